"""The fresh 2016 held-out set "gv"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hanami-ken.txt", spread=True, every_point=False))


def test_only_the_special_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"oukazutsumi-ku.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "oukazutsumi-ku")
    assert "非識別加工情報" not in read_draft(HERE, "oukazutsumi-ku")


def test_the_article_counter_reads_kanji_full_width_a_deleted_and_a_branch_article() -> None:
    city = articles(read_draft(HERE, "hanamidai-shi"))
    assert "12条" in city and city[-1] == "37条" and len(city) == 37
    town = articles(read_draft(HERE, "hanamizutsumi-cho"))
    assert town[0] == "1条" and town[-1] == "26条" and len(town) == 26
    authority = articles(read_draft(HERE, "sakurazutsumi-kigyodan"))
    assert "10条の2" in authority and authority[-1] == "23条" and len(authority) == 24
    assert len(articles(read_draft(HERE, "oukazutsumi-ku"))) == 27
    clean = articles(read_draft(HERE, "hanami-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "hanamidai-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    ward = read_draft(HERE, "oukazutsumi-ku")
    assert not location_exists(ward, "目次") and not location_exists(ward, "第28条")
    assert location_exists(ward, "付則第2項")
    town = read_draft(HERE, "hanamizutsumi-cho")
    assert location_exists(town, "第5条第4項") and not location_exists(town, "第5条第3項")
    clean = read_draft(HERE, "hanami-ken")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "第41条")


def test_the_seeded_drafting_defects_are_in_the_text_where_the_gold_says() -> None:
    city = read_draft(HERE, "hanamidai-shi")
    assert "第十二条　削除" in city and "第十二条の規定によるほか" in city
    assert "平成十五年法律第五十九号" in city and "（第十三条―第二十条）" in city
    ward = read_draft(HERE, "oukazutsumi-ku")
    assert "平成30年6月15日" in ward and "平成30年4月1日から施行" in ward and "3年以下の懲役" in ward
    town = read_draft(HERE, "hanamizutsumi-cho")
    assert town.index("（以下「審議会」という。）") > town.index("審議会の意見を聴いて事務の目的")
    assert "規則で定める額の手数料" in town and "別表（第１９条関係）" in town
    authority = read_draft(HERE, "sakurazutsumi-kigyodan")
    assert "行政機関の保有する個人情報の保護に関する法律（以下「法」という。）" in authority
    assert "契約を解除" not in authority and "削除情報" not in authority
