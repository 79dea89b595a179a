"""The 2016 drafting-forms development set's gold lists: their shape, and every location names a provision of its draft.

Only the format is checked here. The drafts are scored by
``python bench/accuracy.py --set tests/dev-2016-oforms``; whether a location exists is decided by the
small reading of the text in ``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.

Unlike the held-out sets, a seeded draft here carries two to four defects (the set is about correct
forms of drafting practice): ``validate_gold``'s "fewer than 5 seeded defects" is the one problem allowed.
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
    assert all(d["id"].startswith(gold_path.name.split("-")[0]) for d in g["defects"])


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_a_seeded_draft_has_two_to_four_drafting_defects_of_different_rules(gold_path: Path) -> None:
    g = gold(gold_path)
    if g["clean"]:
        assert g["defects"] == []
        return
    seeded = [d for d in g["defects"] if d["seeded"]]
    assert 2 <= len(seeded) <= 4
    assert all(any(r.startswith("O") for r in acc.requirements_of(d)) for d in seeded)
    assert len({d["rule"] for d in seeded}) == len(seeded)
    assert len(g["accepted"]) >= 8 and all(a["note_ja"].strip() for a in g["accepted"])


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_fifteen_to_thirty_articles(gold_path: Path) -> None:
    check_article_count(gold_path, 15, 30)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    check_locations(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def test_the_article_counter_reads_branches_and_stops_at_either_spelling_of_the_supplementary_provisions() -> None:
    city = articles(_read("kacho-shi"))
    assert "7条の2" in city and city[-1] == "24条" and len(city) == 25
    village = articles(_read("takebayashi-mura"))
    assert "6条の2" in village and village[-1] == "21条" and len(village) == 22


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("suzumeno-shi")
    assert location_exists(city, "第15条の2") and not location_exists(city, "第15条の3")
    assert location_exists(city, "附則第6項") and not location_exists(city, "附則第7項")
    pref = _read("baio-ken")
    assert location_exists(pref, "第6条第2項") and not location_exists(pref, "第6条第4項")


def test_the_scorer_reads_this_folder_as_a_set() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
