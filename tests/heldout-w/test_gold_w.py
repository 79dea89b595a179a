"""The heldout-w 2016 set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-w``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, 附則 and 付則 headings), independent of ``ordreview.core.parse``.
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
    assert [name for name, ds in unseeded.items() if ds] == ["isogani-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["isogani-mura.txt"]] == [("C0",)]


def test_the_clean_draft_is_the_city_and_the_totals_match_the_readme() -> None:
    clean = [gold(p)["draft"] for p in GOLDS if gold(p)["clean"]]
    assert clean == ["umineko-shi.txt"]
    seeded = sum(d["seeded"] for p in GOLDS for d in gold(p)["defects"])
    assert seeded == 25 and sum(len(gold(p)["accepted"]) for p in GOLDS) == 47


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_and_leaves_out_the_supplementary_articles() -> None:
    town = articles(_read("isoshigi-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25  # kanji 第二十五条
    ward = articles(_read("ajisashi-ku"))
    assert ward[-1] == "39条" and len(ward) == 39  # full-width digits
    prefecture = articles(_read("shiokaze-ken"))
    assert prefecture[-1] == "38条" and len(prefecture) == 38  # the 附則's 第1条・第2条 are not counted
    village = articles(_read("isogani-mura"))
    assert village[-1] == "25条" and len(village) == 25
    city = articles(_read("umineko-shi"))
    assert city[-1] == "39条" and len(city) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("shiokaze-ken")
    assert location_exists(prefecture, "第9条第2項") and not location_exists(prefecture, "第9条第3項")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    assert location_exists(prefecture, "第5章") and not location_exists(prefecture, "第8章")
    ward = _read("ajisashi-ku")
    assert location_exists(ward, "第8条第2項") and not location_exists(ward, "第8条第3項")
    assert location_exists(ward, "附則第3項") and not location_exists(ward, "附則第4項")
    village = _read("isogani-mura")
    assert location_exists(village, "付則第2項") and not location_exists(village, "第26条")
    town = _read("isoshigi-cho")
    assert location_exists(town, "第18条") and not location_exists(town, "第26条")
    city = _read("umineko-shi")
    assert location_exists(city, "第8章") and location_exists(city, "第28条第2項")
    assert not location_exists(city, "第9章") and not location_exists(city, "第40条")

