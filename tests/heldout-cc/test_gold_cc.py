"""The fresh 2016 held-out set "cc"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cc``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番,
paragraph numbers, chapter and 節 headings, 附則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hakkazaka-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_draft_lists_a_consequential_defect_and_the_union_records_its_choice() -> None:
    # the union without the mechanism records its decision, so not even C0 is listed for it
    assert [d for p in GOLDS for d in gold(p)["defects"] if not d["seeded"]] == []
    union = _read("kanzodani-kumiai")
    assert "利用に関する契約" not in union and "設けないものとする" in union
    assert all(rid != "C0" for p in GOLDS for d in gold(p)["defects"] for rid in acc.requirements_of(d))


def test_the_article_counter_reads_full_width_kanji_and_branch_numbers() -> None:
    prefecture = articles(_read("kuzuhara-ken"))
    assert prefecture[-1] == "32条" and len(prefecture) == 32
    town = articles(_read("uikyono-cho"))
    assert town[0] == "1条" and town[-1] == "30条" and len(town) == 30
    city = articles(_read("yomogida-shi"))
    assert "16条の2" in city and "16条の13" in city and "16条の14" not in city and len(city) == 34
    clean = articles(_read("hakkazaka-shi"))
    assert clean[-1] == "35条" and len(clean) == 35  # the 附則 in 条 are not counted


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("yomogida-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第16条の13第4項")
    assert not location_exists(city, "第16条の14")  # the seeded dangling reference points here
    prefecture = _read("kuzuhara-ken")
    assert location_exists(prefecture, "第2章第1節") and not location_exists(prefecture, "第2章第3節")
    assert location_exists(prefecture, "第17条第3項") and not location_exists(prefecture, "第17条第4項")
    clean = _read("hakkazaka-shi")
    assert location_exists(clean, "附則第2条") and not location_exists(clean, "附則第3条")
    union = _read("kanzodani-kumiai")
    assert location_exists(union, "附則第3項") and not location_exists(union, "第26条")
