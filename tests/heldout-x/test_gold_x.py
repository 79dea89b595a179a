"""The fresh 2016 held-out set x's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-x``), and the drafts are not even
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
    assert [gold(p)["draft"] for p in GOLDS if gold(p)["clean"]] == ["aimi-shi.txt"]


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


def test_every_defect_is_seeded_since_every_draft_has_the_mechanism() -> None:
    assert all(d["seeded"] for p in GOLDS for d in gold(p)["defects"])
    assert sum(len(gold(p)["defects"]) for p in GOLDS) == 26


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_branches_gaps_and_deleted_articles() -> None:
    town = articles(_read("benizome-cho"))
    assert town[0] == "1条" and town[-1] == "22条" and len(town) == 22
    prefecture = articles(_read("sukikawa-ken"))
    assert prefecture[-1] == "30条" and len(prefecture) == 30  # the 附則's 第1条・第2条 are not counted
    union = articles(_read("kozomine-eisei"))
    assert "11条" not in union and union[-1] == "21条" and len(union) == 20
    koiki = articles(_read("someno-koiki"))
    assert "8条の2" in koiki and "20条の3" in koiki and "12条" in koiki and len(koiki) == 27
    city = articles(_read("aimi-shi"))
    assert city[-1] == "26条" and len(city) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("benizome-cho")
    assert location_exists(town, "第15条第2項") and not location_exists(town, "第24条")
    prefecture = _read("sukikawa-ken")
    assert location_exists(prefecture, "第4章") and not location_exists(prefecture, "第7章")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    union = _read("kozomine-eisei")
    assert location_exists(union, "第12条") and not location_exists(union, "第11条")
    koiki = _read("someno-koiki")
    assert location_exists(koiki, "第20条の2") and not location_exists(koiki, "第20条の4")
    assert location_exists(koiki, "附則(令和元年9月30日条例第2号)")
    city = _read("aimi-shi")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    assert location_exists(city, "第2条第8号") and not location_exists(city, "第27条")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-x.json"
