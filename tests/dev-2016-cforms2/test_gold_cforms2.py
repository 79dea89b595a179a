"""The second 非識別 development set's gold lists: their shape, and every location names a provision of its draft.

Only the format is checked here. The drafts are scored by
``python bench/accuracy.py --set tests/dev-2016-cforms2``; whether a location exists is decided by
the small reading of the text in ``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.

Unlike the held-out sets, a seeded draft here carries one to three defects (the set is about correct
forms of the mechanism): ``validate_gold``'s "fewer than 5 seeded defects" is the one problem allowed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.heldout_gold_format import (
    PROFILE,
    ROOT,
    acc,
    articles,
    check_article_count,
    check_locations,
    check_no_accepted_at_a_defect,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))
REQUIREMENT_IDS = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_set_has_six_drafts_two_clean_and_no_name_shared_with_another_set() -> None:
    golds = [gold(p) for p in GOLDS]
    assert len(golds) == 6
    assert [g["clean"] for g in golds].count(True) == 2
    names = {g["draft"] for g in golds}
    assert {p.name for p in HERE.glob("*.txt")} == names
    for other in (p for p in (ROOT / "tests").iterdir() if p.is_dir() and p != HERE):
        assert not names & {p.name for p in other.glob("*.txt")}, other.name


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid_but_for_the_number_of_seeded_defects(gold_path: Path) -> None:
    g = gold(gold_path)
    assert g["draft"] == gold_path.name.replace(".gold.json", ".txt")
    assert [p for p in acc.validate_gold(g, REQUIREMENT_IDS) if p != "fewer than 5 seeded defects"] == []


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_a_seeded_draft_has_one_to_three_defects_each_on_its_own_requirement(gold_path: Path) -> None:
    g = gold(gold_path)
    if g["clean"]:
        assert g["defects"] == []
        return
    assert 1 <= len(g["defects"]) <= 3 and all(d["seeded"] for d in g["defects"])
    first = [acc.requirements_of(d)[0] for d in g["defects"]]
    assert len(first) == len(set(first))
    assert any(r.startswith("C") for r in first)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_the_mechanism_and_lists_its_provisions_as_accepted(gold_path: Path) -> None:
    g = gold(gold_path)
    draft = (HERE / g["draft"]).read_text(encoding="utf-8")
    assert "非識別加工情報" in draft and "契約" in draft and "削除情報" in draft
    assert len(g["accepted"]) >= 10
    assert all(a["note_ja"].strip() for a in g["accepted"])


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_fifteen_to_thirty_articles(gold_path: Path) -> None:
    check_article_count(gold_path, 15, 30)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    check_locations(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def test_the_article_counter_reads_branches_kanji_and_full_width_numbers() -> None:
    city = articles(_read("kuwata-shi"))
    assert "9条の2" in city and "9条の12" in city and city[-1] == "13条" and len(city) == 24
    pref = articles(_read("sukino-ken"))
    assert "10条の2" in pref and "10条の12" in pref and pref[-1] == "12条" and len(pref) == 23
    town = articles(_read("sukizaki-cho"))
    assert town[-1] == "16条" and len(town) == 16


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("sukizaki-cho")
    assert location_exists(town, "第11条第18項") and not location_exists(town, "第11条第19項")
    pref = _read("sukino-ken")
    assert location_exists(pref, "第10条の12") and not location_exists(pref, "第10条の13")
    city = _read("usugahara-shi")
    assert location_exists(city, "第4章") and location_exists(city, "第24条") and not location_exists(city, "第26条")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.dev-2016-cforms2.json"
