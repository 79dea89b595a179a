"""The fresh 2016 held-out set "is"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shinmedai-shi.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shinmehara-cho.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "shinmehara-cho")


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "chabatakezaka-shi"))
    assert city[0] == "1条" and city[-1] == "35条" and len(city) == 35
    prefecture = articles(read_draft(HERE, "hoiro-ken"))
    assert "20条の10" in prefecture and "20条の11" not in prefecture and "20条の12" in prefecture
    assert prefecture[-1] == "26条" and len(prefecture) == 36
    assert len(articles(read_draft(HERE, "shinmehara-cho"))) == 23
    assert len(articles(read_draft(HERE, "chayadai-kumiai"))) == 23
    clean = articles(read_draft(HERE, "shinmedai-shi"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "chabatakezaka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第7章") and not location_exists(city, "第8章")
    prefecture = read_draft(HERE, "hoiro-ken")
    assert location_exists(prefecture, "第4章の2") and not location_exists(prefecture, "第20条の11")
    town = read_draft(HERE, "shinmehara-cho")
    assert location_exists(town, "付則第1項") and not location_exists(town, "目次")
    clean = read_draft(HERE, "shinmedai-shi")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第41条") and not location_exists(clean, "第1章")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "chabatakezaka-shi")
    assert "平成十五年法律第五十九号" in city and "雑則（第三十条―第三十三条）" in city and "百五十万円" in city
    assert "（契約の解除）" not in city
    town = read_draft(HERE, "shinmehara-cho")
    assert town.index("審議会の意見") < town.index("（以下「審議会」という。）")
    assert "平成30年3月26日" in town and "平成30年3月1日から施行" in town
    authority = read_draft(HERE, "chayadai-kumiai")
    assert "規則で定める額の手数料" in authority and "実施機関　管理者と議会をいいます。" in authority
    assert "個人識別符号" not in authority
