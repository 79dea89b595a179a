"""The fresh 2016 held-out set "ab"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ab``), and the drafts are not even
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

globals().update(common_gold_tests(HERE))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["tansuno-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["tansuno-mura.txt"]] == [("C0",)]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    town = articles(_read("hibachiyama-cho"))
    assert town[-1] == "34条" and len(town) == 34
    prefecture = articles(_read("byobusawa-ken"))
    assert prefecture[-1] == "34条" and len(prefecture) == 34
    village = articles(_read("tansuno-mura"))
    assert "17条" not in village and village[-1] == "25条" and len(village) == 24
    ward = articles(_read("sudaregaya-ku"))
    assert ward[0] == "1条" and len(ward) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("hibachiyama-cho")
    assert location_exists(town, "第33条第1項") and not location_exists(town, "第27条第3項")
    village = _read("tansuno-mura")
    assert location_exists(village, "第18条") and not location_exists(village, "第17条")
    assert not location_exists(village, "第5章第26条")
    ward = _read("sudaregaya-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第9条第1項")
    city = _read("andonzaka-shi")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    assert not location_exists(city, "第35条")

