"""The fresh 2016 held-out set "ht"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shiokaze-shi.txt", spread=True, every_point=False))


def test_only_the_water_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"matsubayashi-kigyodan.txt": ("C0",)})
    authority = read_draft(HERE, "matsubayashi-kigyodan")
    assert "非識別加工情報" not in authority and "管理規程" in authority


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "sakyuhara-cho"))
    assert "20条" not in town and town[-1] == "27条" and len(town) == 26
    city = articles(read_draft(HERE, "hamakaze-shi"))
    assert "18条の2" in city and "18条の10" in city and "18条の11" not in city
    assert city[-1] == "23条" and len(city) == 32
    assert len(articles(read_draft(HERE, "matsubayashi-kigyodan"))) == 23
    assert len(articles(read_draft(HERE, "bofu-ken"))) == 29
    clean = articles(read_draft(HERE, "shiokaze-shi"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "sakyuhara-cho")
    assert location_exists(town, "付則第2条") and not location_exists(town, "第20条")
    assert not location_exists(town, "目次")
    city = read_draft(HERE, "hamakaze-shi")
    assert location_exists(city, "目次") and location_exists(city, "第18条の5第2項")
    assert not location_exists(city, "第18条の12") and location_exists(city, "附則第2項")
    authority = read_draft(HERE, "matsubayashi-kigyodan")
    assert location_exists(authority, "第17条第2項") and not location_exists(authority, "第24条")
    prefecture = read_draft(HERE, "bofu-ken")
    assert location_exists(prefecture, "第2条第9号") and not location_exists(prefecture, "目次")
    clean = read_draft(HERE, "shiokaze-shi")
    assert location_exists(clean, "目次") and location_exists(clean, "第10条") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")


def test_the_seeded_dangling_reference_and_duplicate_item_are_where_the_gold_says() -> None:
    assert "第18条の12の規定により" in read_draft(HERE, "hamakaze-shi")
    prefecture = read_draft(HERE, "bofu-ken")
    assert "(9)　県非識別加工情報" in prefecture and "(9)　本人" in prefecture and "(10)" not in prefecture
    assert "第十九条の次" not in read_draft(HERE, "sakyuhara-cho")  # the gap is only in the headings
