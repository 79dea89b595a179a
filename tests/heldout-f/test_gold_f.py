"""The sixth held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-f``), and the drafts are not
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


def test_the_set_has_seven_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    check_set(HERE, 7)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    check_gold_valid(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_seeded_draft_has_seven_to_ten_defects_over_several_points(gold_path: Path) -> None:
    check_seeded(gold_path, 7, 10)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_twenty_five_to_sixty_articles(gold_path: Path) -> None:
    check_article_count(gold_path, 25, 60)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    check_locations(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def test_the_article_counter_reads_captions_after_the_number_and_stops_at_the_supplement() -> None:
    captioned = _articles((HERE / "tsukikage-shi.txt").read_text(encoding="utf-8"))
    assert captioned[:3] == ["1条", "2条", "3条"] and captioned[-1] == "37条"
    assert captioned.count("18条") == 2  # the seeded duplicate is read as two articles
    kanji = _articles((HERE / "kogarashi-cho.txt").read_text(encoding="utf-8"))
    assert kanji[0] == "1条" and kanji[-1] == "40条" and len(kanji) == 40
    branch = _articles((HERE / "yamanobe-ken.txt").read_text(encoding="utf-8"))
    assert "26条の11" in branch and "26条の12" not in branch and branch[-1] == "31条"


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    kanji = (HERE / "kogarashi-cho.txt").read_text(encoding="utf-8")
    assert location_exists(kanji, "第25条第3項") and not location_exists(kanji, "第25条第4項")
    assert location_exists(kanji, "第40条") and not location_exists(kanji, "第41条")
    assert location_exists(kanji, "附則第4項") and not location_exists(kanji, "附則第5項")
    branch = (HERE / "yamanobe-ken.txt").read_text(encoding="utf-8")
    assert location_exists(branch, "第26条の16") and not location_exists(branch, "第26条の17")
    assert location_exists(branch, "第26条の13") and not location_exists(branch, "第26条の12")
    assert location_exists(branch, "第4章の2") and not location_exists(branch, "第4章の3")
    assert location_exists(branch, "附則第3条") and not location_exists(branch, "附則第4条")
    captioned = (HERE / "tsukikage-shi.txt").read_text(encoding="utf-8")
    assert location_exists(captioned, "第2条第11項") and not location_exists(captioned, "第2条第12項")
    assert location_exists(captioned, "第37条") and not location_exists(captioned, "第38条")
    wide = (HERE / "aomine-kouiki.txt").read_text(encoding="utf-8")
    assert location_exists(wide, "第9条第2項") and not location_exists(wide, "第9条第3項")
    consolidated = (HERE / "nagiura-shi.txt").read_text(encoding="utf-8")
    assert location_exists(consolidated, "第10条の4") and not location_exists(consolidated, "第10条の3")
    assert location_exists(consolidated, "第8章") and not location_exists(consolidated, "第9章")
    assert location_exists(consolidated, "附則（平成30年3月26日条例第15号）第2項")
    assert not location_exists(consolidated, "附則（平成30年3月26日条例第15号）第3項")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [_gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-f.json"
