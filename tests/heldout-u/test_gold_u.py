"""The twenty-first 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-u``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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
    assert [gold(p)["draft"] for p in GOLDS if gold(p)["clean"]] == ["komagawa-shi.txt"]


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


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-u.json"
