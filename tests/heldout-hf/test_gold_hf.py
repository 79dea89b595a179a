"""The fresh 2016 held-out set "hf"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ikanobori-shi.txt", spread=True, pairs=24))


def test_only_the_special_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kazaori-ku.txt": ("C0",)})
    ward = read_draft(HERE, "kazaori-ku")
    assert "非識別加工情報の提供" not in ward and "非識別加工情報の作成及び利用" in ward


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    clean = articles(read_draft(HERE, "ikanobori-shi"))
    assert clean[-1] == "25条" and "20条の16" in clean and "20条の17" not in clean and len(clean) == 40
    authority = articles(read_draft(HERE, "soraito-koiki"))
    assert "27条" not in authority and authority[-1] == "37条" and len(authority) == 36
    assert len(articles(read_draft(HERE, "kazaori-ku"))) == 31
    assert len(articles(read_draft(HERE, "kazeito-cho"))) == 30
    assert len(articles(read_draft(HERE, "takohara-shi"))) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "ikanobori-shi")
    assert location_exists(clean, "第4章の2") and location_exists(clean, "第3章第3節")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "第26条")
    ward = read_draft(HERE, "kazaori-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第25条第2項")
    assert not location_exists(ward, "第32条")
    town = read_draft(HERE, "kazeito-cho")
    assert not location_exists(town, "目次") and location_exists(town, "付則第1項")
    assert not location_exists(town, "附則第4項")
    city = read_draft(HERE, "takohara-shi")
    assert not location_exists(city, "目次") and not location_exists(city, "第36条")


def test_the_dangling_reference_and_the_late_abbreviation_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "soraito-koiki")
    assert "第11条第3項の受託業務" in authority and not location_exists(authority, "第11条第3項")
    city = read_draft(HERE, "takohara-shi")
    assert city.index("法第2条第3項") < city.index("以下「法」といいます")
    town = read_draft(HERE, "kazeito-cho")
    assert "削除情報" in town and "「削除情報」" not in town
