"""The thirteenth held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-m``), and the drafts are not
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


def test_the_municipality_kinds_of_the_set_are_all_there() -> None:
    titles = [gold(p)["title"] for p in GOLDS]
    for kind in ("市", "区", "広域連合", "県", "村"):
        assert any(t.split("個人情報保護条例")[0].endswith(kind) for t in titles), kind


def test_the_seeded_defects_cover_every_point_of_the_policy_and_drafting() -> None:
    points = {rid[0] for p in GOLDS for d in gold(p)["defects"] for rid in acc.requirements_of(d)}
    assert points == {"A", "B", "C", "O"}


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_branches_deleted_articles_and_fuzoku() -> None:
    kanji = articles(_read("suo-ken"))
    assert kanji[0] == "1条" and kanji[-1] == "39条" and len(kanji) == 39
    ward = articles(_read("gunjo-ku"))
    assert "9条" in ward and "12条の2" in ward and ward[-1] == "37条" and len(ward) == 38
    union = articles(_read("asagi-kouiki"))
    assert "17条の2" in union and "17条の3" in union and union[-1] == "23条" and len(union) == 25
    city = articles(_read("aizawa-shi"))
    assert city[-1] == "39条" and len(city) == 39
    village = articles(_read("kariyasu-mura"))
    assert "8条の2" in village and "10条" in village and village[-1] == "34条" and len(village) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    kanji = _read("suo-ken")
    assert location_exists(kanji, "第39条") and not location_exists(kanji, "第40条")
    assert location_exists(kanji, "附則第3条") and not location_exists(kanji, "附則第4条")
    assert location_exists(kanji, "第7章") and not location_exists(kanji, "第8章")
    ward = _read("gunjo-ku")
    assert location_exists(ward, "第12条の2") and not location_exists(ward, "第12条の3")
    assert location_exists(ward, "附則第2項") and not location_exists(ward, "附則第3項")
    union = _read("asagi-kouiki")
    assert location_exists(union, "第3章の2") and not location_exists(union, "第3章の3")
    assert location_exists(union, "第17条の3") and not location_exists(union, "第17条の4")
    city = _read("aizawa-shi")
    assert location_exists(city, "付則第3条") and not location_exists(city, "付則第4条")
    assert location_exists(city, "第2条第11項") and not location_exists(city, "第2条第12項")
    assert not location_exists(city, "第40条")
    village = _read("kariyasu-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    assert location_exists(village, "第8条の2") and not location_exists(village, "第8条の3")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-m.json"
