"""The eighth held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-h``), and the drafts are not
even parsed by the engine: whether a location exists is decided by the small reading of the
text in ``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers,
paragraph numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
Articles are counted here, because one draft puts the caption right after the article number
(「第１条（目的）」), a heading the shared counter does not take.
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
_articles, _gold = articles, gold


# --------------------------------------------------------------------------- tests


def test_the_set_has_five_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    check_set(HERE, 5)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    check_gold_valid(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_seeded_draft_has_five_to_eight_defects_over_several_points(gold_path: Path) -> None:
    check_seeded(gold_path, 5, 8)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_twenty_five_to_forty_five_articles(gold_path: Path) -> None:
    check_article_count(gold_path, 25, 45)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    check_locations(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_inline_captions_branches_gaps_and_deleted_articles() -> None:
    kanji = _articles(_read("kakitsubata-ken"))
    assert kanji[0] == "1条" and kanji[-1] == "44条" and len(kanji) == 44
    inline = _articles(_read("tsuyukusa-shi"))
    assert inline[0] == "1条" and inline[-1] == "44条" and len(inline) == 44
    gap = _articles(_read("ominaeshi-cho"))
    assert "18条" not in gap and gap[-1] == "31条" and len(gap) == 30
    branch = _articles(_read("hozuki-kouiki"))
    assert "7条の2" in branch and branch[-1] == "42条" and len(branch) == 43
    deleted = _articles(_read("suzumushi-ku"))
    assert "10条" in deleted and deleted[-1] == "45条" and len(deleted) == 45


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    kanji = _read("kakitsubata-ken")
    assert location_exists(kanji, "第44条") and not location_exists(kanji, "第45条")
    assert location_exists(kanji, "附則第2条") and not location_exists(kanji, "附則第3条")
    assert location_exists(kanji, "第6章") and not location_exists(kanji, "第7章")
    wide = _read("tsuyukusa-shi")
    assert location_exists(wide, "第13条第2項") and not location_exists(wide, "第13条第3項")
    town = _read("ominaeshi-cho")
    assert not location_exists(town, "第18条") and location_exists(town, "第19条")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    branch = _read("hozuki-kouiki")
    assert location_exists(branch, "第7条の2") and not location_exists(branch, "第7条の3")
    ward = _read("suzumushi-ku")
    assert location_exists(ward, "第10条") and not location_exists(ward, "第10条第3項")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [_gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-h.json"
