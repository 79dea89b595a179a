"""The fresh 2016 held-out set "gb"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hayabusaone-mura.txt", spread=True, pairs=24))


def test_only_the_special_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"takajo-ku.txt": ("C0",)})
    ward = read_draft(HERE, "takajo-ku")
    assert "非識別加工情報の提供" not in ward and "「非識別加工情報」とは" in ward


def test_the_article_counter_reads_branch_articles_kanji_and_full_width() -> None:
    prefecture = articles(read_draft(HERE, "takagoe-ken"))
    assert "20条の2" in prefecture and "20条の12" in prefecture and prefecture[-1] == "28条"
    assert len(prefecture) == 39
    city = articles(read_draft(HERE, "onedake-shi"))
    assert "7条の2" in city and "22条の11" in city and city[-1] == "28条" and len(city) == 39
    assert len(articles(read_draft(HERE, "takajo-ku"))) == 26
    assert len(articles(read_draft(HERE, "raichodaira-kouiki"))) == 31
    village = articles(read_draft(HERE, "hayabusaone-mura"))
    assert village == [f"{n}条" for n in range(1, 40)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "takagoe-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章の2")
    assert location_exists(prefecture, "第8章") and not location_exists(prefecture, "第9章")
    assert not location_exists(prefecture, "第20条の13")
    ward = read_draft(HERE, "takajo-ku")
    assert location_exists(ward, "第10条第2項") and not location_exists(ward, "第10条第3項")
    city = read_draft(HERE, "onedake-shi")
    assert location_exists(city, "付則第3項") and not location_exists(city, "付則第4項")
    assert not location_exists(city, "目次") and not location_exists(city, "第23条の2")
    village = read_draft(HERE, "hayabusaone-mura")
    assert not location_exists(village, "目次") and not location_exists(village, "第1章")
    assert location_exists(village, "附則第4項") and not location_exists(village, "第40条")


def test_the_wrong_and_the_dangling_reference_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "raichodaira-kouiki")
    penalty = authority.split("（罰則）")[1]
    assert "第7条第2項の受託業務" in penalty and "第8条第2項" not in penalty
    assert "（提案の募集）" not in authority
    ward = read_draft(HERE, "takajo-ku")
    assert "第十条第三項の受託業務" in ward
