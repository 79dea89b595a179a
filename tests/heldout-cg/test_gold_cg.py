"""The fresh 2016 held-out set "cg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cg``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="owanzaka-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["takamakie-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["takamakie-kumiai.txt"]] == [("C0",)]


def test_no_kind_of_defect_is_seeded_in_two_drafts() -> None:
    """Each seeded defect is of its own kind: no (requirement, rule, kind) is seeded twice in the set."""
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = (acc.requirements_of(d), d["rule"], d["kind"])
                assert key not in seen, (key, seen.get(key), p.name)
                seen[key] = p.name


def test_the_article_counter_reads_kanji_branches_and_a_gap() -> None:
    prefecture = articles(_read("wankawa-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "28条" and len(prefecture) == 28
    city = articles(_read("zenbadai-shi"))
    assert "18条の13" in city and city[-1] == "24条" and len(city) == 36
    town = articles(_read("nurino-cho"))
    assert "12条" not in town and town[-1] == "31条" and len(town) == 30


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("wankawa-ken")
    assert location_exists(prefecture, "第21条第4項") and not location_exists(prefecture, "第30条")
    assert location_exists(prefecture, "第4章") and not location_exists(prefecture, "第4章の2")
    city = _read("zenbadai-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第18条の13第5項")
    assert not location_exists(city, "第18条の14")
    union = _read("takamakie-kumiai")
    assert location_exists(union, "附則第3条") and not location_exists(union, "附則第4条")
    clean = _read("owanzaka-shi")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第32条")
