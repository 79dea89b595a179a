"""The 非識別 development set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored by ``python bench/accuracy.py --set tests/dev-2016-cforms``), and the drafts are not
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout_gold_format import (
    ROOT,
    acc,
    articles,
    check_article_count,
    check_gold_valid,
    check_locations,
    check_no_accepted_at_a_defect,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_set_has_eight_drafts_six_clean_and_no_name_shared_with_another_set() -> None:
    golds = [gold(p) for p in GOLDS]
    assert len(golds) == 8
    assert [g["clean"] for g in golds].count(True) == 6
    names = {g["draft"] for g in golds}
    assert {p.name for p in HERE.glob("*.txt")} == names
    for other in (p for p in (ROOT / "tests").iterdir() if p.is_dir() and p != HERE):
        assert not names & {p.name for p in other.glob("*.txt")}, other.name


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    check_gold_valid(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_a_seeded_draft_has_five_defects_mostly_c_and_a_clean_one_none(gold_path: Path) -> None:
    g = gold(gold_path)
    seeded = [d for d in g["defects"] if d["seeded"]]
    if g["clean"]:
        assert g["defects"] == []
        return
    assert len(seeded) == len(g["defects"]) == 5
    points = [acc.requirements_of(d)[0][0] for d in seeded]
    assert 3 <= points.count("C") <= 5 and "O" in points
    # each C defect on a different requirement
    cs = [acc.requirements_of(d)[0] for d in seeded if acc.requirements_of(d)[0].startswith("C")]
    assert len(cs) == len(set(cs))


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_introduces_the_mechanism_and_lists_its_provisions_as_accepted(gold_path: Path) -> None:
    g = gold(gold_path)
    draft = (HERE / g["draft"]).read_text(encoding="utf-8")
    # written out, or taken in by 準用 of the statute's chapter
    assert "非識別加工情報" in draft and "契約" in draft
    assert "提案" in draft or "法第4章の2" in draft
    assert len(g["accepted"]) >= (10 if g["clean"] else 8)
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


def test_the_article_counter_reads_kanji_full_width_branches_and_table_rows() -> None:
    kanji = articles(_read("maccha-ken"))
    assert kanji[0] == "1条" and kanji[-1] == "25条" and len(kanji) == 25
    branch = articles(_read("gyokuro-cho"))
    assert "9条の2" in branch and "9条の17" in branch and branch[-1] == "10条" and len(branch) == 26
    table = articles(_read("hojihara-shi"))
    assert table[-1] == "15条" and len(table) == 15
    long = articles(_read("bancha-mura"))
    assert long[-1] == "17条" and len(long) == 17


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = _read("bancha-mura")
    assert location_exists(village, "第14条第14項") and not location_exists(village, "第14条第15項")
    assert location_exists(village, "第16条第4項") and not location_exists(village, "第16条第5項")
    town = _read("gyokuro-cho")
    assert location_exists(town, "第3章の2") and not location_exists(town, "第3章の3")
    assert location_exists(town, "第9条の17") and not location_exists(town, "第9条の18")
    city = _read("kamairi-shi")
    assert location_exists(city, "第9条の16") and not location_exists(city, "第9条の17")
    pref = _read("maccha-ken")
    assert location_exists(pref, "附則第2条") and not location_exists(pref, "附則第3条")
    union = _read("tencha-kouiki")
    assert location_exists(union, "第5章") and not location_exists(union, "第6章")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.dev-2016-cforms.json"
