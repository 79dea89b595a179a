"""The seventh held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-g``), and the drafts are not
even parsed by the engine: whether a location exists is decided by the small reading of the
text in ``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers,
paragraph numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
Articles are counted here, because one draft puts the caption right after the article number
(「第1条（目的）」), a heading the shared counter does not take.
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


def test_the_set_has_six_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    check_set(HERE, 6)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    check_gold_valid(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_seeded_draft_has_six_to_nine_defects_over_several_points(gold_path: Path) -> None:
    check_seeded(gold_path, 6, 9)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_twenty_five_to_fifty_articles(gold_path: Path) -> None:
    check_article_count(gold_path, 25, 50)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    check_locations(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def test_the_article_counter_starts_after_the_table_of_contents_and_stops_at_the_supplement() -> None:
    toc = _articles((HERE / "mikazuki-shi.txt").read_text(encoding="utf-8"))
    assert toc[0] == "1条" and toc[-1] == "39条" and len(toc) == 39
    kanji = _articles((HERE / "kusabue-cho.txt").read_text(encoding="utf-8"))
    assert kanji[0] == "1条" and kanji[-1] == "28条" and len(kanji) == 28
    branch = _articles((HERE / "okitsu-ken.txt").read_text(encoding="utf-8"))
    assert "24条の11" in branch and "24条の12" not in branch and branch[-1] == "29条"
    wide = _articles((HERE / "sekirei-byoin-kumiai.txt").read_text(encoding="utf-8"))
    assert wide[-1] == "34条" and len(wide) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    kanji = (HERE / "kusabue-cho.txt").read_text(encoding="utf-8")
    assert location_exists(kanji, "第8条第2項") and not location_exists(kanji, "第8条第3項")
    assert location_exists(kanji, "第28条") and not location_exists(kanji, "第29条")
    assert location_exists(kanji, "附則第3項") and not location_exists(kanji, "附則第4項")
    branch = (HERE / "okitsu-ken.txt").read_text(encoding="utf-8")
    assert location_exists(branch, "第24条の11") and not location_exists(branch, "第24条の12")
    assert location_exists(branch, "第4章の2") and not location_exists(branch, "第4章の3")
    assert location_exists(branch, "附則第2条") and not location_exists(branch, "附則第3条")
    paragraphs = (HERE / "mikazuki-shi.txt").read_text(encoding="utf-8")
    assert location_exists(paragraphs, "第2条第10項") and not location_exists(paragraphs, "第2条第11項")
    assert location_exists(paragraphs, "第39条") and not location_exists(paragraphs, "第40条")
    wide = (HERE / "sekirei-byoin-kumiai.txt").read_text(encoding="utf-8")
    assert location_exists(wide, "第16条第2項") and not location_exists(wide, "第16条第3項")
    flat = (HERE / "hakuro-shi.txt").read_text(encoding="utf-8")
    assert location_exists(flat, "第7章") and not location_exists(flat, "第8章")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [_gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-g.json"
