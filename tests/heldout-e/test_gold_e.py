"""The fifth held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-e``), and the drafts are not
even parsed by the engine: whether a location exists is decided by the small reading of the
text in ``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers,
paragraph numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.heldout_reading import article_count, bench_accuracy, location_exists

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROFILE = ROOT / "resources" / "profiles" / "basic-policy-2016.json"
OTHER_SETS = tuple(p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name.startswith("heldout") and p != HERE)

acc = bench_accuracy()
GOLDS = sorted(HERE.glob("*.gold.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _text(gold: dict) -> str:
    return (HERE / gold["draft"]).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- tests


def test_the_set_has_six_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    golds = [_gold(p) for p in GOLDS]
    assert len(golds) == 6
    assert [g["clean"] for g in golds].count(True) == 1
    assert all((HERE / g["draft"]).is_file() for g in golds)
    names = {g["draft"] for g in golds}
    for other in OTHER_SETS:
        assert not names & {p.name for p in (ROOT / "tests" / other).glob("*.txt")}
    assert {p.name for p in HERE.glob("*.txt")} == names


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    assert gold["draft"] == gold_path.name.replace(".gold.json", ".txt")
    assert all(d["id"].startswith(gold_path.name.split("-")[0]) for d in gold["defects"])


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_seeded_draft_has_six_to_ten_defects_and_a_few_accepted_provisions(gold_path: Path) -> None:
    gold = _gold(gold_path)
    seeded = [d for d in gold["defects"] if d["seeded"]]
    if gold["clean"]:
        assert seeded == [] and gold["defects"] == []
    else:
        assert 6 <= len(seeded) <= 10
        # defects of the three points of the Basic Policy or of drafting, not of one kind only
        kinds = {rid[0] for d in seeded for rid in acc.requirements_of(d)}
        assert len(kinds) >= 2
    assert len(gold["accepted"]) >= 3


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_fifteen_to_forty_five_articles(gold_path: Path) -> None:
    assert 15 <= article_count(_text(_gold(gold_path))) <= 45


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    gold = _gold(gold_path)
    text = _text(gold)
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    assert [(i, lab) for i, lab in labels if not location_exists(text, lab)] == []


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    kanji = (HERE / "ashibi-mura.txt").read_text(encoding="utf-8")
    assert location_exists(kanji, "第12条第2項") and not location_exists(kanji, "第12条第3項")
    assert location_exists(kanji, "第17条") and not location_exists(kanji, "第18条")
    assert location_exists(kanji, "附則第3項") and not location_exists(kanji, "附則第4項")
    branch = (HERE / "tamakaze-shi.txt").read_text(encoding="utf-8")
    assert location_exists(branch, "第19条の16") and not location_exists(branch, "第19条の17")
    assert location_exists(branch, "第19条の10") and not location_exists(branch, "第19条の9")
    assert location_exists(branch, "第3章の2") and not location_exists(branch, "第3章の3")
    assert location_exists(branch, "附則第2項") and not location_exists(branch, "附則第3項")
    wide = (HERE / "kusunoki-ku.txt").read_text(encoding="utf-8")
    assert location_exists(wide, "第21条の15") and not location_exists(wide, "第21条の16")
    assert location_exists(wide, "第4章の2") and not location_exists(wide, "第4章の3")
    assert location_exists(wide, "第14条第2項") and not location_exists(wide, "第14条第3項")
    articles = (HERE / "hiiragi-ken.txt").read_text(encoding="utf-8")
    assert location_exists(articles, "附則第3条") and not location_exists(articles, "附則第4条")
    assert location_exists(articles, "第43条") and not location_exists(articles, "第44条")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [_gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-e.json"
