"""The fresh 2016 held-out set "ax"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ax``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and 節 headings, 附則 and 付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="chokinyama-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["tankinzawa-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["tankinzawa-mura.txt"]] == [("C0",)]


def test_no_two_seeded_defects_of_the_set_share_a_requirement_and_kind() -> None:
    pairs = [
        (acc.requirements_of(d), d["kind"])
        for p in GOLDS
        for d in gold(p)["defects"]
        if d["seeded"]
    ]
    assert len(pairs) == len(set(pairs)) == 25


def test_the_article_counter_reads_kanji_full_width_a_gap_and_the_suppl_in_articles() -> None:
    town = articles(_read("radenzaki-cho"))
    assert "14条" not in town and town[-1] == "26条" and len(town) == 25
    prefecture = articles(_read("chokinyama-ken"))
    assert prefecture[-1] == "36条" and len(prefecture) == 36
    city = _read("makiedai-shi")
    assert articles(city)[-1] == "27条" and location_exists(city, "附則第3条")
    assert location_exists(city, "第4章第1節") and not location_exists(city, "第4章第3節")
    village = _read("tankinzawa-mura")
    assert location_exists(village, "付則第3条") and not location_exists(village, "第25条")
    ward = _read("zoganbashi-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第3条第3項")
    assert not location_exists(ward, "第3条第4項")
