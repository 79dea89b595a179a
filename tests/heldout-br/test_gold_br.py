"""The fresh 2016 held-out set "br"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-br``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番,
paragraph numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="madake-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["ashihara-koiki.txt"]
    assert [acc.requirements_of(d) for d in unseeded["ashihara-koiki.txt"]] == [("C0",)]


def test_no_kind_of_seeded_defect_is_repeated_across_the_drafts() -> None:
    """Each seeded defect is a different (requirements, kind) pair: no defect copied from one draft to another."""
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d), d["kind"])
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name
    assert len(seen) == 24


def test_the_article_counter_reads_branch_numbers_kanji_and_full_width() -> None:
    city = articles(_read("shinodake-shi"))
    assert len(city) == 39 and city[20] == "20条の2" and city[32] == "20条の14" and city[-1] == "26条"
    union = articles(_read("ashihara-koiki"))
    assert union[0] == "1条" and union[-1] == "28条" and len(union) == 28
    town = articles(_read("sasabue-cho"))
    assert town[-1] == "39条" and len(town) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("shinodake-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第20条の14")
    assert not location_exists(city, "第20条の15") and not location_exists(city, "第27条")
    assert location_exists(city, "附則（平成30年3月28日条例第9号）第2項")
    assert not location_exists(city, "附則（平成30年3月28日条例第9号）第3項")
    town = _read("sasabue-cho")
    assert location_exists(town, "第18条") and not location_exists(town, "第42条")
    union = _read("ashihara-koiki")
    assert location_exists(union, "附則第3条") and not location_exists(union, "附則第4条")
    assert location_exists(union, "第20条第2項") and not location_exists(union, "第20条第3項")
