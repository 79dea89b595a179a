"""The ninth 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-i``), and the drafts are not
even parsed by the engine: whether a location exists is decided by the small reading of the
text in ``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers,
paragraph numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
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
def test_every_seeded_draft_has_five_to_eight_defects_over_several_points(gold_path: Path) -> None:
    check_seeded(gold_path, 5, 8)


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


def test_the_article_counter_reads_kanji_full_width_branches_gaps_and_deleted_articles() -> None:
    kanji = articles(_read("uguisuzawa-cho"))
    assert kanji[0] == "1条" and kanji[-1] == "25条" and len(kanji) == 25
    wide = articles(_read("tsugumino-ken"))
    assert "18条の12" in wide and wide[-1] == "23条" and len(wide) == 34
    gap = articles(_read("hiyodorino-kumiai"))
    assert "15条" not in gap and gap[-1] == "26条" and len(gap) == 25
    village = articles(_read("kijidani-mura"))
    assert "15条" in village and "22条の2" in village and len(village) == 29


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("uguisuzawa-cho")
    assert location_exists(town, "付則第4項") and not location_exists(town, "付則第5項")
    assert location_exists(town, "第25条") and not location_exists(town, "第26条")
    pref = _read("tsugumino-ken")
    assert location_exists(pref, "第4章の2") and not location_exists(pref, "第4章の3")
    assert location_exists(pref, "第18条の2") and not location_exists(pref, "第18条の13")
    union = _read("hiyodorino-kumiai")
    assert not location_exists(union, "第15条") and not location_exists(union, "第9条第3項")
    city = _read("mozuhara-shi")
    assert location_exists(city, "第8条第2項") and not location_exists(city, "第8条第3項")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-i.json"
