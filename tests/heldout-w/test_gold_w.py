"""The heldout-w 2016 set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-w``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, 附則 and 付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout_gold_format import (
    acc,
    articles,
    check_article_count,
    check_gold_valid,
    check_locations,
    check_no_accepted_at_a_defect,
    check_seeded,
    check_set,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))


def test_the_set_has_five_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    check_set(HERE, 5)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    check_gold_valid(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_seeded_draft_has_six_or_seven_defects_over_several_points(gold_path: Path) -> None:
    check_seeded(gold_path, 6, 7)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_twenty_to_forty_articles(gold_path: Path) -> None:
    check_article_count(gold_path, 20, 40)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    check_locations(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


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


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-w.json"
