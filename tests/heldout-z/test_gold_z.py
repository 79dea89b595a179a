"""The heldout-z 2016 set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-z``), and the drafts are not even
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


def test_the_clean_draft_is_the_village_without_the_mechanism_and_no_defect_is_consequential() -> None:
    golds = {gold(p)["draft"]: gold(p) for p in GOLDS}
    assert [name for name, g in golds.items() if g["clean"]] == ["ukizawa-mura.txt"]
    assert "非識別加工情報" not in _read("ukizawa-mura")
    assert all(d["seeded"] for g in golds.values() for d in g["defects"])


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_branches_kanji_full_width_gaps_and_deleted_articles() -> None:
    ward = articles(_read("rogahama-ku"))
    assert "16条の2" in ward and "16条の13" in ward and "16条の14" not in ward
    assert ward[-1] == "24条" and len(ward) == 36
    prefecture = articles(_read("hobashira-ken"))
    assert "18条" not in prefecture and prefecture[-1] == "36条" and len(prefecture) == 35
    town = articles(_read("kaizaki-cho"))
    assert "9条" in town and town[-1] == "29条"  # 第9条 削除 counts; so do three 読替え table rows
    village = articles(_read("ukizawa-mura"))
    assert village[-1] == "26条" and len(village) == 26
    city = articles(_read("ajirohama-shi"))
    assert city[0] == "1条" and city[-1] == "38条" and len(city) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = _read("rogahama-ku")
    assert location_exists(ward, "第16条の9第3項") and not location_exists(ward, "第16条の14")
    assert location_exists(ward, "附則第2項") and not location_exists(ward, "附則第3項")
    prefecture = _read("hobashira-ken")
    assert location_exists(prefecture, "第2章第4節") and location_exists(prefecture, "附則第2条")
    assert not location_exists(prefecture, "第18条") and not location_exists(prefecture, "附則第3条")
    town = _read("kaizaki-cho")
    assert location_exists(town, "第4章") and location_exists(town, "第17条第2項")
    assert not location_exists(town, "第30条") and not location_exists(town, "第7章")
    village = _read("ukizawa-mura")
    assert location_exists(village, "第2条第7項") and not location_exists(village, "第2条第8項")
    assert not location_exists(village, "第1章") and not location_exists(village, "目次")
    city = _read("ajirohama-shi")
    assert location_exists(city, "第5章") and location_exists(city, "第32条第4項")
    assert not location_exists(city, "第32条第5項") and not location_exists(city, "第39条")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-z.json"
