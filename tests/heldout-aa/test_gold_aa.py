"""The 2016 held-out set aa's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-aa``), and the drafts are not even
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



def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_draft_of_this_set_has_a_consequential_defect() -> None:
    assert all(d["seeded"] for p in GOLDS for d in gold(p)["defects"])


def test_the_article_counter_reads_kanji_branches_and_gaps() -> None:
    hospital = articles(_read("kamagaya-byoin"))
    assert "19条" not in hospital and hospital[-1] == "30条" and len(hospital) == 29
    prefecture = articles(_read("chasenzaki-ken"))
    assert "17条の2" in prefecture and len(prefecture) == 31
    city = articles(_read("natsumeyama-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30  # 附則 in 項 not counted


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("hishakuno-cho")
    assert location_exists(town, "附則第4項") and not location_exists(town, "附則第5項")
    assert not location_exists(town, "第31条")
    union = _read("fukusa-koiki")
    assert location_exists(union, "第8条第2項") and not location_exists(union, "第8条第3項")
    prefecture = _read("chasenzaki-ken")
    assert location_exists(prefecture, "第22条第4項") and not location_exists(prefecture, "第22条第5項")
    assert location_exists(prefecture, "第7条第2項") and location_exists(prefecture, "第17条の2")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-aa.json"
