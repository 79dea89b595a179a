"""The twelfth held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-l``), and the drafts are not
even parsed by the engine: whether a location exists is decided by the small reading of the
text in ``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers,
paragraph numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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


def test_the_municipality_kinds_of_the_set_are_all_there() -> None:
    titles = [gold(p)["title"] for p in GOLDS]
    for kind in ("市", "町", "県", "組合", "村"):
        assert any(t.split("個人情報保護条例")[0].endswith(kind) for t in titles), kind


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_branches_gaps_and_inline_captions() -> None:
    kanji = articles(_read("sumomodani-mura"))
    assert kanji[0] == "1条" and kanji[-1] == "31条" and len(kanji) == 31
    branch = articles(_read("nashinoki-cho"))
    assert "15条の2" in branch and "15条の11" in branch and branch[-1] == "20条" and len(branch) == 30
    gap = articles(_read("anzuno-ken"))
    assert "20条" not in gap and gap[-1] == "39条" and len(gap) == 38
    inline = articles(_read("biwasaki-shobo-kumiai"))
    assert inline[0] == "1条" and inline[-1] == "29条" and len(inline) == 29
    city = articles(_read("momozono-shi"))
    assert city[-1] == "40条" and len(city) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    kanji = _read("sumomodani-mura")
    assert location_exists(kanji, "第31条") and not location_exists(kanji, "第32条")
    assert location_exists(kanji, "附則第2項") and not location_exists(kanji, "附則第3項")
    town = _read("nashinoki-cho")
    assert location_exists(town, "第3章の2") and not location_exists(town, "第3章の3")
    assert location_exists(town, "第15条の11") and not location_exists(town, "第15条の12")
    pref = _read("anzuno-ken")
    assert location_exists(pref, "第21条") and not location_exists(pref, "第20条")
    assert location_exists(pref, "附則第3条") and not location_exists(pref, "附則第5条")
    assert location_exists(pref, "第2条第11項") and not location_exists(pref, "第2条第12項")
    union = _read("biwasaki-shobo-kumiai")
    assert location_exists(union, "第6条第3項") and not location_exists(union, "第6条第4項")
    city = _read("momozono-shi")
    assert location_exists(city, "第8章") and not location_exists(city, "第9章")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-l.json"
