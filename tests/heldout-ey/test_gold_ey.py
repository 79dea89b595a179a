"""The fresh 2016 held-out set "ey"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hayashibue-koiki.txt", spread=True, every_point=True))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hikiyama-cho.txt": ("C0",)})
    town = read_draft(HERE, "hikiyama-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報を作成し、又は提供する場合" in town


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "mikoshigaoka-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "34条" and len(prefecture) == 34
    village = articles(read_draft(HERE, "kasaboko-mura"))
    assert village[-1] == "27条" and len(village) == 27
    town = articles(read_draft(HERE, "hikiyama-cho"))
    assert "10条の2" in town and "10条の4" in town and "10条の3" not in town
    assert town[-1] == "22条" and len(town) == 27
    city = articles(read_draft(HERE, "kiriko-shi"))
    assert city[-1] == "36条" and len(city) == 36
    clean = articles(read_draft(HERE, "hayashibue-koiki"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "kasaboko-mura")
    assert location_exists(village, "第27条") and not location_exists(village, "第28条")
    assert location_exists(village, "附則第2項") and not location_exists(village, "附則第3項")
    prefecture = read_draft(HERE, "mikoshigaoka-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第5章")
    assert not location_exists(prefecture, "第8章")
    town = read_draft(HERE, "hikiyama-cho")
    assert not location_exists(town, "目次") and not location_exists(town, "第10条の3")
    clean = read_draft(HERE, "hayashibue-koiki")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第1章")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "第41条")


def test_the_wrong_and_the_dangling_reference_point_where_the_gold_says() -> None:
    village = read_draft(HERE, "kasaboko-mura")
    assert "第２８条の規定による開示" in village
    city = read_draft(HERE, "kiriko-shi")
    assert "第十七条の規定による開示" in city and "（訂正請求権）\n第十七条" in city


def test_the_clean_draft_cites_the_statute_with_the_right_number_and_no_fee_left_to_rule() -> None:
    clean = read_draft(HERE, "hayashibue-koiki")
    assert "平成15年法律第58号" in clean and "平成15年法律第59号" not in clean
    assert "規則で定める額" not in clean and "21,000円" in clean
    assert "3年以下" not in clean
