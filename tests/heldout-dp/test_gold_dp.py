"""The fresh 2016 held-out set "dp"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="uirobashi-shi.txt", spread=True, every_point=False))


def test_only_the_water_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kashibara-kigyodan.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kashibara-kigyodan")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_a_branch_article() -> None:
    town = articles(read_draft(HERE, "mochizuka-cho"))
    assert "14条" not in town and town[-1] == "30条" and len(town) == 29
    city = articles(read_draft(HERE, "nerikiri-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30
    clean = articles(read_draft(HERE, "uirobashi-shi"))
    assert "7条の2" in clean and clean[-1] == "39条" and len(clean) == 40
    assert len(articles(read_draft(HERE, "chayatsuji-mura"))) == 26
    assert len(articles(read_draft(HERE, "kashibara-kigyodan"))) == 23


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "chayatsuji-mura")
    assert location_exists(village, "第26条") and not location_exists(village, "第27条")
    town = read_draft(HERE, "mochizuka-cho")
    assert location_exists(town, "目次") and location_exists(town, "附則第3条")
    assert not location_exists(town, "第14条") and not location_exists(town, "附則第4条")
    clean = read_draft(HERE, "uirobashi-shi")
    assert location_exists(clean, "第2章第3節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")
    authority = read_draft(HERE, "kashibara-kigyodan")
    assert not location_exists(authority, "目次") and location_exists(authority, "第5条第4項")


def test_the_dangling_and_the_wrong_reference_point_where_the_gold_says() -> None:
    assert "第27条第3項" in read_draft(HERE, "chayatsuji-mura")
    authority = read_draft(HERE, "kashibara-kigyodan")
    assert "第7条第2項の受託業務" in authority and "第8条第2項" not in authority.split("（罰則）")[1]
