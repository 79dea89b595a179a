"""The eleventh 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-k``), and the drafts are not even
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
def test_every_seeded_draft_has_five_to_eight_defects_over_several_points(gold_path: Path) -> None:
    g = gold(gold_path)
    if all(d["seeded"] for d in g["defects"]):
        check_seeded(gold_path, 5, 8)
        return
    # The shared check takes the phrase 「非識別加工情報の提供」 as the sign of a mechanism, but
    # negihara-cho keeps that phrase on purpose as a seeded leftover (C20) in its 審議会 article.
    # Here the sign of a mechanism is a provision on proposals or on making the information.
    seeded = [d for d in g["defects"] if d["seeded"]]
    assert 5 <= len(seeded) <= 8
    kinds = {rid[0] for d in seeded for rid in acc.requirements_of(d)}
    assert "O" in kinds and len(kinds) >= 3
    draft = (HERE / g["draft"]).read_text(encoding="utf-8")
    for d in g["defects"]:
        if not d["seeded"]:
            assert acc.requirements_of(d) == ("C0",)
            assert "提案" not in draft and "非識別加工情報の作成" not in draft
    assert len(g["accepted"]) >= 4


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


def test_the_article_counter_reads_branches_kanji_full_width_gaps_and_deleted_articles() -> None:
    branch = articles(_read("kabuno-shi"))
    assert "16条の2" in branch and "16条の10" in branch and branch[-1] == "23条" and len(branch) == 32
    kanji = articles(_read("kibiyama-ken"))
    assert kanji[0] == "1条" and kanji[-1] == "35条" and len(kanji) == 35
    wide = articles(_read("awagawa-kigyodan"))
    assert "9条" in wide and "15条" not in wide and wide[-1] == "22条" and len(wide) == 21
    town = articles(_read("negihara-cho"))
    assert town[-1] == "24条" and len(town) == 24  # the 付則's 第1条・第2条 are not counted
    village = articles(_read("sobadani-mura"))
    assert village[-1] == "32条" and len(village) == 32


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("kabuno-shi")
    assert location_exists(city, "第16条の10第3項") and not location_exists(city, "第16条の11")
    assert location_exists(city, "第3章の2") and location_exists(city, "附則第2項")
    assert not location_exists(city, "附則第3項")
    prefecture = _read("kibiyama-ken")
    assert location_exists(prefecture, "第2条第11号") and not location_exists(prefecture, "第36条")
    assert location_exists(prefecture, "第4章") and not location_exists(prefecture, "第7章")
    union = _read("awagawa-kigyodan")
    assert location_exists(union, "第20条第11項") and not location_exists(union, "第20条第12項")
    assert not location_exists(union, "第15条")
    town = _read("negihara-cho")
    assert location_exists(town, "付則第2条") and not location_exists(town, "付則第3条")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-k.json"
