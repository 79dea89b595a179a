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

import json
import re
from pathlib import Path

import pytest

from tests.heldout_reading import _lines, bench_accuracy, location_exists

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


def _articles(text: str) -> list[str]:
    """Article numbers of the main provisions (第1条 up to the first 附則/付則), caption after the number allowed."""
    lines = _lines(text)
    first = next((i for i, ln in enumerate(lines) if re.match(r"^第1条[\s(]", ln)), 0)
    out = []
    for ln in lines[first:]:
        if re.match(r"^[附付]\s*則", ln):
            break
        m = re.match(r"^第([0-9]+条(?:の[0-9]+)*)[\s(]", ln)
        if m:
            out.append(m.group(1))
    return out


# --------------------------------------------------------------------------- tests


def test_the_set_has_seven_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    golds = [_gold(p) for p in GOLDS]
    assert len(golds) == 7
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
def test_every_seeded_draft_has_seven_to_ten_defects_over_several_points(gold_path: Path) -> None:
    gold = _gold(gold_path)
    seeded = [d for d in gold["defects"] if d["seeded"]]
    if gold["clean"]:
        assert seeded == [] and gold["defects"] == []
    else:
        assert 7 <= len(seeded) <= 10
        # drafting defects and at least one point of the Basic Policy, never one kind only
        kinds = {rid[0] for d in seeded for rid in acc.requirements_of(d)}
        assert "O" in kinds and len(kinds) >= 3
        # a consequence of the draft's choice is C0 only, and only where there is no 非識別 chapter
        for d in gold["defects"]:
            if not d["seeded"]:
                assert acc.requirements_of(d) == ("C0",) and "非識別加工情報の提供" not in _text(gold)
    assert len(gold["accepted"]) >= 4


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_twenty_five_to_sixty_articles(gold_path: Path) -> None:
    assert 25 <= len(_articles(_text(_gold(gold_path)))) <= 60


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    gold = _gold(gold_path)
    text = _text(gold)
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    assert [(i, lab) for i, lab in labels if not location_exists(text, lab)] == []


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    gold = _gold(gold_path)
    defect_places = {d["location"] for d in gold["defects"]}
    assert [a["location"] for a in gold["accepted"] if a["location"] in defect_places] == []


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
