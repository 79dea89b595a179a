"""The fresh 2016 held-out set "ao"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ao``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 and 付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="hanshibara-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["suminagashi-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["suminagashi-kumiai.txt"]] == [("C0",)]
    assert "非識別加工情報の提供" not in _read("suminagashi-kumiai")


def test_no_requirement_is_seeded_in_two_drafts_of_the_set() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for p in GOLDS:
        g = gold(p)
        for d in g["defects"]:
            if not d["seeded"]:
                continue
            first = acc.requirements_of(d)[0]
            if first in seen and seen[first] != g["draft"] and not first.startswith("O"):
                clashes.append((first, seen[first], g["draft"]))
            seen.setdefault(first, g["draft"])
    assert clashes == []


def test_the_article_counter_reads_kanji_full_width_and_half_width_drafts() -> None:
    town = articles(_read("katsujisawa-cho"))
    assert town[0] == "1条" and town[-1] == "30条" and len(town) == 30
    prefecture = articles(_read("watoji-ken"))
    assert prefecture[-1] == "33条" and len(prefecture) == 33
    union = articles(_read("suminagashi-kumiai"))
    assert union[-1] == "24条" and len(union) == 24
    city = articles(_read("hanshibara-shi"))
    assert city[-1] == "36条" and len(city) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("hangidai-shi")
    assert location_exists(city, "第19条第3項") and not location_exists(city, "第19条第4項")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    town = _read("katsujisawa-cho")
    assert location_exists(town, "第20条第3項") and not location_exists(town, "第20条第4項")
    assert location_exists(town, "付則第2項") and not location_exists(town, "目次")
    prefecture = _read("watoji-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "附則第2条")
    assert location_exists(prefecture, "第2条第12項") and not location_exists(prefecture, "第34条")
