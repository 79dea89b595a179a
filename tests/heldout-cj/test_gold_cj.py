"""The fresh 2016 held-out set "cj"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cj``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="setsutsumi-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["ninowatari-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["ninowatari-mura.txt"]] == [("C0",)]


def test_no_requirement_is_seeded_in_two_drafts() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_the_article_counter_reads_kanji_full_width_a_gap_and_a_branch_article() -> None:
    town = articles(_read("tsutsumiuchi-cho"))
    assert "20条" not in town and town[-1] == "31条" and len(town) == 30
    core_city = articles(_read("sewatari-shi"))
    assert core_city[0] == "1条" and core_city[-1] == "36条" and len(core_city) == 36
    clean = articles(_read("setsutsumi-shi"))
    assert "10条の2" in clean and clean[-1] == "38条" and len(clean) == 39
    village = articles(_read("ninowatari-mura"))
    assert village[-1] == "24条" and len(village) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("susakino-shi")
    assert location_exists(city, "第20条第14項") and not location_exists(city, "第20条第15項")
    assert not location_exists(city, "第27条")
    town = _read("tsutsumiuchi-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "第20条")
    core_city = _read("sewatari-shi")
    assert location_exists(core_city, "目次") and location_exists(core_city, "附則第2項")
    assert not location_exists(core_city, "附則第3項")
