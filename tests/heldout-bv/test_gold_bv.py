"""The fresh 2016 held-out set "bv"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bv``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="saoura-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["ukegawa-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["ukegawa-cho.txt"]] == [("C0",)]


def test_no_seeded_defect_is_repeated_across_drafts() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d)[0], d["kind"])
            assert key not in seen, (key, seen.get(key), d["id"])
            seen[key] = d["id"]
    assert len(seen) == 24


def test_the_article_counter_reads_kanji_full_width_and_half_width_numbers() -> None:
    city = articles(_read("toamisaki-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30
    town = articles(_read("saoura-cho"))
    assert town[-1] == "32条" and len(town) == 32
    union = articles(_read("bikudani-kumiai"))
    assert union[-1] == "28条" and len(union) == 28  # the 附則 in 条 are not counted


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("yanase-shi")
    assert location_exists(city, "第8条第2項") and not location_exists(city, "第8条第3項")
    union = _read("bikudani-kumiai")
    assert location_exists(union, "附則第1条") and not location_exists(union, "附則第3条")
    big = _read("toamisaki-shi")
    assert location_exists(big, "第22条第2項") and not location_exists(big, "第31条")
    assert location_exists(big, "目次") and not location_exists(_read("ukegawa-cho"), "目次")
