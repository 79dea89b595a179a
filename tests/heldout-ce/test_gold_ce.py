"""The fresh 2016 held-out set "ce"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ce``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="sashiganeyama-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["sumisashi-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["sumisashi-mura.txt"]] == [("C0",)]


def test_no_kind_of_defect_is_seeded_in_two_drafts() -> None:
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d), d["kind"])
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name
    assert len(seen) == 25


def test_the_article_counter_reads_kanji_branch_numbers_and_full_width() -> None:
    town = articles(_read("nomikawa-cho"))
    assert "19条の11" in town and town[-1] == "27条" and len(town) == 37
    village = articles(_read("sumisashi-mura"))
    assert village[0] == "1条" and village[-1] == "24条" and len(village) == 24
    prefecture = articles(_read("kanejaku-ken"))
    assert prefecture[2] == "3条" and len(prefecture) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("nomikawa-cho")
    assert location_exists(town, "第19条の11第4項") and not location_exists(town, "第19条の12")
    assert location_exists(town, "附則（平成三〇年一二月一四日条例第二八号）第2項")
    assert not location_exists(town, "附則（平成三〇年一二月一四日条例第二八号）第3項")
    city = _read("kannagaoka-shi")
    assert location_exists(city, "第5章") and not location_exists(city, "第8章")
    assert location_exists(city, "附則第5項") and not location_exists(city, "附則第6項")
    village = _read("sumisashi-mura")
    assert location_exists(village, "附則第3条") and not location_exists(village, "目次")
