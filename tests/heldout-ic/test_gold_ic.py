"""The fresh 2016 held-out set "ic"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="okumiyabashi-ku.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shukuboguchi-cho.txt": ("C0",)})
    town = read_draft(HERE, "shukuboguchi-cho")
    assert "非識別加工情報の提供" not in town and "実施機関非識別加工情報" not in town
    assert "個人情報取扱事務登録簿" in town and "付　則" in town


def test_the_article_counter_reads_kanji_branches_full_width_and_arabic() -> None:
    prefecture = articles(read_draft(HERE, "junreitoge-ken"))
    assert "20条の2" in prefecture and "20条の13" in prefecture and "20条の14" not in prefecture
    assert prefecture[-1] == "28条" and len(prefecture) == 40
    authority = articles(read_draft(HERE, "sandoyama-suido"))
    assert authority[0] == "1条" and authority[-1] == "27条" and len(authority) == 27
    clean = articles(read_draft(HERE, "okumiyabashi-ku"))
    assert clean == [f"{n}条" for n in range(1, 41)]
    assert len(articles(read_draft(HERE, "toriisaka-shi"))) == 27
    assert len(articles(read_draft(HERE, "shukuboguchi-cho"))) == 30


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "toriisaka-shi")
    assert location_exists(city, "附則第4項") and not location_exists(city, "附則第5項")
    assert not location_exists(city, "目次") and not location_exists(city, "第28条")
    prefecture = read_draft(HERE, "junreitoge-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第20条の8")
    town = read_draft(HERE, "shukuboguchi-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    clean = read_draft(HERE, "okumiyabashi-ku")
    assert location_exists(clean, "第4章") and location_exists(clean, "附則第5項")
    assert not location_exists(clean, "第41条") and not location_exists(clean, "第22条第4項")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "shukuboguchi-cho")
    assert "(3)　法人その他の団体に関する情報" in town and "(4)　" not in town.split("第13条")[1].split("第14条")[0]
    assert "3年以下の懲役" in town
    authority = read_draft(HERE, "sandoyama-suido")
    assert "第２５条第２項に規定する者" in authority and "第２５条\u3000" in authority
    article_25 = authority.split("\n第２５条　")[1].split("\n第２６条　")[0]
    assert not any(line.startswith("２") for line in article_25.splitlines())
    prefecture = read_draft(HERE, "junreitoge-ken")
    assert "第二条第九項に規定する非識別加工情報" in prefecture and "契約の解除" not in prefecture
    city = read_draft(HERE, "toriisaka-shi")
    assert city.index("審議会の意見") < city.index("（以下「審議会」といいます。）")
    assert "令和元年12月20日" in city and "令和元年10月1日から施行します" in city
