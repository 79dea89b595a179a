"""The seventh 施行条例 held-out set's gold lists: their shape, and every location exists in its draft.

The gold schema and location labels are the scorer's own (``bench/accuracy.py``), the set
machinery that of ``bench/accuracy_2023.py``. Locations and titles are read with the small
reading of ``tests/heldout_reading.py``, never with ``ordreview.core.parse``: these tests do not
run any part of the engine on the drafts. No accuracy figure is asserted (that is the bench's,
once: ``python bench/accuracy_2023.py --set tests/heldout2023-g``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tests.heldout_reading import article_count, bench_accuracy, location_exists

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROFILE = ROOT / "resources" / "profiles" / "kojin-joho-2023.json"


def _module(name: str, path: Path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


acc = bench_accuracy()
acc2023 = _module("bench_accuracy_2023", ROOT / "bench" / "accuracy_2023.py")
GOLDS = sorted(HERE.glob("*.gold.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _draft(gold: dict) -> str:
    return (HERE / gold["draft"]).read_text(encoding="utf-8")


def test_the_set_has_its_five_forms_one_clean_draft_and_no_overlap_with_earlier_sets() -> None:
    golds = [_gold(p) for p in GOLDS]
    assert len(golds) == 5
    assert [g["clean"] for g in golds].count(True) == 1
    titles = [g["title"] for g in golds]
    for form in ("市", "町", "村", "組合"):
        assert any(t.split("個人情報")[0].endswith(form) for t in titles), form
    assert all((HERE / g["draft"]).is_file() for g in golds)
    # no body of an earlier held-out set (either profile) is reused, even with another form
    earlier = {
        p.name.split("-")[0]
        for folder in (ROOT / "tests").glob("heldout*")
        if folder.is_dir() and folder != HERE
        for p in folder.glob("*.txt")
    }
    assert {"seiran", "sekirei", "hagoromo"} <= earlier
    assert not earlier & {g["draft"].split("-")[0] for g in golds}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid_for_the_2023_profile(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    assert gold["draft"] == gold_path.name.replace(".gold.json", ".txt")
    assert len(gold["accepted"]) >= 5
    if not gold["clean"]:
        assert 5 <= len(gold["defects"]) <= 6
        assert all(d["seeded"] for d in gold["defects"])
        # a drafting defect without a requirement is matched by its rule
        assert all(d["requirement"] or d["rule"].split(".")[0] in ("ref", "num", "toc", "abbr", "term")
                   for d in gold["defects"])


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_draft_and_the_title_is_its_first_line(gold_path: Path) -> None:
    gold = _gold(gold_path)
    text = _draft(gold)
    assert next(line.strip() for line in text.splitlines() if line.strip()) == gold["title"]
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    absent = [(did, label) for did, label in labels if not location_exists(text, label)]
    assert absent == []
    # from the seven-article 村 to the 指定都市 with six chapters
    assert 7 <= article_count(text) <= 10


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_location_is_both_a_defect_and_accepted(gold_path: Path) -> None:
    gold = _gold(gold_path)
    defects = {d["location"] for d in gold["defects"]}
    assert not defects & {a["location"] for a in gold["accepted"]}


def test_the_reader_rejects_a_provision_the_draft_does_not_have() -> None:
    town = _draft(_gold(HERE / "tobiume-cho.gold.json"))
    # the 付則 cites 付則第4条, which the draft does not have (tobiume-5); 第3条の2 is an 枝番 article
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert location_exists(town, "第3条の2") and not location_exists(town, "第3条の3")
    assert location_exists(town, "第9条") and not location_exists(town, "第10条")
    city = _draft(_gold(HERE / "sumiregaoka-shi.gold.json"))
    assert location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第4項") and not location_exists(city, "附則第5項")
    union = _draft(_gold(HERE / "asatsuyu-shobo-kumiai.gold.json"))
    # kanji numbers; the fee article cites 第十条, which the draft does not have (asatsuyu-3)
    assert location_exists(union, "第4条") and location_exists(union, "第9条")
    assert not location_exists(union, "第10条")
    assert location_exists(union, "第5条第3項") and not location_exists(union, "第5条第4項")
    village = _draft(_gold(HERE / "kamishiro-mura.gold.json"))
    assert article_count(village) == 7 and not location_exists(village, "附則第3項")
    clean = _draft(_gold(HERE / "kamomegawa-shi.gold.json"))
    # blank lines between captions, articles and paragraphs do not hide a paragraph
    assert location_exists(clean, "附則第3条") and not location_exists(clean, "附則第4条")
    assert location_exists(clean, "第5条第2項") and not location_exists(clean, "第5条第3項")


def test_the_2023_bench_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    assert acc2023.set_folder(Path("tests/heldout2023-g")).resolve() == HERE
    names = [name for name, _ in acc2023.golds(HERE)]
    assert names == [p.name[: -len(".gold.json")] for p in GOLDS]
    own = acc2023.baseline_path(HERE)
    assert own.name == "accuracy_2023_baseline.heldout2023-g.json"
    assert own != acc2023.BASELINE
    assert not own.exists()
