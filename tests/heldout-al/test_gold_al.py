"""The fresh 2016 held-out set "al"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-al``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="manaitazaka-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["zarugawa-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["zarugawa-mura.txt"]] == [("C0",)]


def test_no_requirement_is_seeded_in_two_drafts() -> None:
    """Each seeded draft carries defects of its own kinds: no (requirement, kind) pair repeats across drafts."""
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = (acc.requirements_of(d), d["kind"])
                assert key not in seen, (key, seen.get(key), p.name)
                seen[key] = p.name


def test_the_article_counter_reads_kanji_full_width_and_half_width_numbers() -> None:
    town = articles(_read("suribachino-cho"))
    assert town[0] == "1条" and town[-1] == "30条" and len(town) == 30
    prefecture = articles(_read("shakushigata-ken"))
    assert prefecture[-1] == "34条" and len(prefecture) == 34
    village = articles(_read("zarugawa-mura"))
    assert village[-1] == "27条" and len(village) == 27
    assert len(articles(_read("hochoyama-shi"))) == 33 and len(articles(_read("manaitazaka-shi"))) == 32


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("hochoyama-shi")
    assert location_exists(city, "第22条第2項") and not location_exists(city, "第22条第3項")
    assert location_exists(city, "第5章") and not location_exists(city, "第6章")
    town = _read("suribachino-cho")
    assert location_exists(town, "第2条第11項") and not location_exists(town, "第2条第12項")
    assert not location_exists(town, "目次")
    village = _read("zarugawa-mura")
    assert location_exists(village, "附則第3項") and not location_exists(village, "附則第4項")
    prefecture = _read("shakushigata-ken")
    assert location_exists(prefecture, "第2章第3節") and location_exists(prefecture, "附則第2条")
    assert not location_exists(prefecture, "附則第3条")
    clean = _read("manaitazaka-shi")
    assert location_exists(clean, "第3条第5項") and not location_exists(clean, "第33条")
