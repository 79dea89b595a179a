"""The fresh 2016 held-out set "ah"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ah``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="yamamegawa-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["ayunose-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["ayunose-mura.txt"]] == [("C0",)]


def test_no_seeded_defect_is_repeated_across_the_drafts() -> None:
    # the same requirement with the same kind of defect is seeded once in the whole set
    seeded = [(acc.requirements_of(d)[0], d["kind"]) for p in GOLDS for d in gold(p)["defects"] if d["seeded"]]
    assert len(seeded) == 24 and len(set(seeded)) == len(seeded)


def test_the_article_counter_reads_kanji_branch_and_deleted_articles() -> None:
    village = articles(_read("ayunose-mura"))
    assert village[:6] == ["1条", "2条", "3条", "4条", "5条", "5条の2"] and "9条" in village and len(village) == 25
    town = articles(_read("iwanakubo-cho"))
    assert "12条の4" in town and "12条の5" not in town and len(town) == 31
    city = articles(_read("yamamegawa-shi"))
    assert city[-1] == "39条" and "9条の2" in city and len(city) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = _read("ayunose-mura")
    assert location_exists(village, "附則（令和2年3月19日条例第4号）")
    assert not location_exists(village, "附則（令和2年3月19日条例第5号）") and not location_exists(village, "目次")
    union = _read("uguigawa-shobo")
    assert location_exists(union, "第9条第2項") and not location_exists(union, "第9条第3項")
    ward = _read("kajikahara-ku")
    assert location_exists(ward, "第4章") and location_exists(ward, "第2章第2節") and not location_exists(ward, "第36条")
    town = _read("iwanakubo-cho")
    assert location_exists(town, "第12条の4第2項") and not location_exists(town, "第12条の5")
