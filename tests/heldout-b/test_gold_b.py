"""The second held-out set's gold lists: their shape, and every location exists in its draft.

The machinery (gold schema, location labels) is the scorer's own, ``bench/accuracy.py``, shared
with ``tests/heldout/``; no accuracy figure is asserted here (that is the bench's:
``python bench/accuracy.py --set tests/heldout-b``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from ordreview.core.parse import parse_text

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROFILE = ROOT / "resources" / "profiles" / "basic-policy-2016.json"


def _bench():
    name = "bench_accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "accuracy.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


acc = _bench()
GOLDS = sorted(HERE.glob("*.gold.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_set_has_six_drafts_a_clean_one_and_no_overlap_with_the_first_set() -> None:
    golds = [_gold(p) for p in GOLDS]
    assert len(golds) >= 6
    assert any(g["clean"] for g in golds)
    assert all((HERE / g["draft"]).is_file() for g in golds)
    first = {p.name for p in (ROOT / "tests" / "heldout").glob("*.txt")}
    assert not first & {g["draft"] for g in golds}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    assert gold["draft"] == gold_path.name.replace(".gold.json", ".txt")


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_parsed_draft(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ordinance = parse_text((HERE / gold["draft"]).read_text(encoding="utf-8"))
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    absent = [(did, label) for did, label in labels if not acc.label_exists(ordinance, label)]
    assert absent == []


def test_the_scorer_reads_this_folder_as_a_set() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [_gold(p)["draft"] for p in GOLDS]
    assert all(p.parent == HERE for p, _ in golds)
    assert acc.load_golds() != golds  # the default set is still tests/heldout


def test_a_set_keeps_its_own_baseline_and_the_default_keeps_the_historical_one() -> None:
    assert acc.baseline_path(ROOT / "tests" / "heldout") == acc.BASELINE
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-b.json"


def test_the_bench_refuses_a_folder_without_gold_lists(tmp_path: Path, capsys) -> None:
    assert acc.main(["--set", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "評価セットが見つかりません" in err and "no evaluation set" in err
