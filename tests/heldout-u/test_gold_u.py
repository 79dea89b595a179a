"""The twenty-first 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-u``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="komagawa-shi.txt"))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["karutano-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["karutano-mura.txt"]] == [("C0",)]


def test_the_totals_of_the_readme_hold() -> None:
    seeded = sum(1 for p in GOLDS for d in gold(p)["defects"] if d["seeded"])
    assert seeded == 26
    assert "26 seeded defects plus 1 consequential one" in (HERE / "README.md").read_text("utf-8")


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_and_arabic_numbers() -> None:
    city = articles(_read("komagawa-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    town = articles(_read("takohara-cho"))
    assert town[-1] == "27条" and len(town) == 27
    union = articles(_read("mariyama-shobo"))
    assert union[-1] == "24条" and len(union) == 24
    prefecture = articles(_read("hagono-ken"))
    assert prefecture[-1] == "36条" and len(prefecture) == 36  # the 附則's 第1条–第3条 are not counted
    village = articles(_read("karutano-mura"))
    assert village[-1] == "25条" and len(village) == 25


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("komagawa-shi")
    assert location_exists(city, "第5章") and location_exists(city, "第28条第2項")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    town = _read("takohara-cho")
    assert location_exists(town, "第17条第2項") and not location_exists(town, "第28条")
    assert location_exists(town, "附則第1項") and not location_exists(town, "第1章")
    union = _read("mariyama-shobo")
    assert location_exists(union, "第19条第2項") and not location_exists(union, "第9条第2項")
    prefecture = _read("hagono-ken")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第4条")
    assert location_exists(prefecture, "第20条第2項") and not location_exists(prefecture, "第20条第3項")
    village = _read("karutano-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "第7章")

