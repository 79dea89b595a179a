"""The fresh 2016 held-out set "ec"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="rindogaoka-shi.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"rindodaira-mura.txt": ("C0",)})
    village = read_draft(HERE, "rindodaira-mura")
    assert "非識別加工情報の提供" not in village and "提案の募集" not in village


def test_the_article_counter_reads_branch_articles_kanji_with_a_gap_and_full_width() -> None:
    city = articles(read_draft(HERE, "kikyodani-shi"))
    assert "19条の2" in city and "19条の12" in city and city[-1] == "25条" and len(city) == 36
    village = articles(read_draft(HERE, "rindodaira-mura"))
    assert "13条" not in village and village[-1] == "24条" and len(village) == 23
    assert len(articles(read_draft(HERE, "nadeshikozawa-cho"))) == 28
    assert len(articles(read_draft(HERE, "azamidake-rengo"))) == 22
    clean = articles(read_draft(HERE, "rindogaoka-shi"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kikyodani-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章の2") and location_exists(city, "附則第3項")
    assert not location_exists(city, "第19条の13") and not location_exists(city, "附則第4項")
    village = read_draft(HERE, "rindodaira-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "第13条")
    assert not location_exists(village, "目次") and not location_exists(village, "第25条")
    clean = read_draft(HERE, "rindogaoka-shi")
    assert location_exists(clean, "第2章第2節") and location_exists(clean, "附則第3条")
    assert not location_exists(clean, "第41条") and not location_exists(clean, "第2章第3節")
    authority = read_draft(HERE, "azamidake-rengo")
    assert not location_exists(authority, "目次") and location_exists(authority, "第10条第3項")


def test_the_seeded_references_and_numbers_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "kikyodani-shi")
    assert "第19条の12の規定により実施機関との間で" in city and "平成15年法律第57号" in city
    authority = read_draft(HERE, "azamidake-rengo")
    assert "法第2条第9項に規定する非識別加工情報" in authority and "第44条の13及び第44条の16を除く" in authority
    assert "３年以下の懲役" in read_draft(HERE, "nadeshikozawa-cho")
    locations = {d["location"] for p in GOLDS for d in gold(p)["defects"]}
    assert {"第19条の6第2項第1号", "第2条第9号", "第27条", "第14条"} <= locations
