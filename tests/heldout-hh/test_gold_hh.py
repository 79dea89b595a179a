"""The fresh 2016 held-out set "hh"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="nokiyama-ken.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"nokiba-cho.txt": ("C0",)})
    town = read_draft(HERE, "nokiba-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報を作成し、又は提供する" in town


def test_the_article_counter_reads_arabic_kanji_full_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "tsubakurazaka-shi"))
    assert city[0] == "1条" and city[-1] == "35条" and len(city) == 35
    town = articles(read_draft(HERE, "nokiba-cho"))
    assert town[-1] == "27条" and len(town) == 27
    authority = articles(read_draft(HERE, "ensu-shobo-kumiai"))
    assert authority[-1] == "29条" and len(authority) == 29
    branch = articles(read_draft(HERE, "nokibira-shi"))
    assert "8条の2" in branch and "17条の12" in branch and branch[-1] == "22条" and len(branch) == 34
    clean = articles(read_draft(HERE, "nokiyama-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tsubakurazaka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5章") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第36条") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "nokiba-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第7条第3項")
    assert not location_exists(town, "第9条第3項") and location_exists(town, "附則第3項")
    branch = read_draft(HERE, "nokibira-shi")
    assert location_exists(branch, "付則第2条") and not location_exists(branch, "付則第3条")
    assert location_exists(branch, "第17条の12") and not location_exists(branch, "第17条の13")
    clean = read_draft(HERE, "nokiyama-ken")
    assert location_exists(clean, "第2章第2節") and location_exists(clean, "第6章") and not location_exists(clean, "第7章")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "第40条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "tsubakurazaka-shi")
    assert "第5章　非識別加工情報の提供（第20条―第29条）" in city and "\n第30条　" in city
    assert "平成15年法律第57号。以下「行政機関個人情報保護法」" in city and "10万円以下の過料" in city
    town = read_draft(HERE, "nokiba-cho")
    assert "第九条第三項の委託" in town and "\n３　" not in town.split("第九条")[1].split("第十条")[0]
    assert town.index("審議会の意見を聴いて") < town.index("（以下「審議会」という。）")
    authority = read_draft(HERE, "ensu-shobo-kumiai")
    assert "法第２条第９項に規定する措置" in authority and "契約の解除" not in authority
    assert "の\n\n第１９条　" in authority  # no caption line before it
    branch = read_draft(HERE, "nokibira-shi")
    clause = branch.split("第１１条")[1].split("第１２条")[0]
    assert "⑶" in clause and "⑷" not in clause and "⑸" in clause
    assert "開示決定等" in branch and "「開示決定等」" not in branch
