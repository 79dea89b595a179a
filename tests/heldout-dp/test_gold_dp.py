"""The fresh 2016 held-out set "dp"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-dp``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    check_no_pair_seeded_twice,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="uirobashi-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_water_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["kashibara-kigyodan.txt"]
    assert [acc.requirements_of(d) for d in unseeded["kashibara-kigyodan.txt"]] == [("C0",)]
    assert "非識別加工情報の提供" not in _read("kashibara-kigyodan")


def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    check_no_pair_seeded_twice(GOLDS)


def test_the_article_counter_reads_kanji_full_width_a_gap_and_a_branch_article() -> None:
    town = articles(_read("mochizuka-cho"))
    assert "14条" not in town and town[-1] == "30条" and len(town) == 29
    city = articles(_read("nerikiri-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30
    clean = articles(_read("uirobashi-shi"))
    assert "7条の2" in clean and clean[-1] == "39条" and len(clean) == 40
    assert len(articles(_read("chayatsuji-mura"))) == 26
    assert len(articles(_read("kashibara-kigyodan"))) == 23


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = _read("chayatsuji-mura")
    assert location_exists(village, "第26条") and not location_exists(village, "第27条")
    town = _read("mochizuka-cho")
    assert location_exists(town, "目次") and location_exists(town, "附則第3条")
    assert not location_exists(town, "第14条") and not location_exists(town, "附則第4条")
    clean = _read("uirobashi-shi")
    assert location_exists(clean, "第2章第3節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")
    authority = _read("kashibara-kigyodan")
    assert not location_exists(authority, "目次") and location_exists(authority, "第5条第4項")


def test_the_dangling_and_the_wrong_reference_point_where_the_gold_says() -> None:
    assert "第27条第3項" in _read("chayatsuji-mura")
    authority = _read("kashibara-kigyodan")
    assert "第7条第2項の受託業務" in authority and "第8条第2項" not in authority.split("（罰則）")[1]
