"""The third 施行条例 held-out set's gold lists: their shape, and every location exists in its draft.

The gold schema and location labels are the scorer's own (``bench/accuracy.py``), the set
machinery that of ``bench/accuracy_2023.py``. No accuracy figure is asserted and the engine never
reviews these drafts here (that is the bench's, once:
``python bench/accuracy_2023.py --set tests/heldout2023-c``).
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


acc = _module("bench_accuracy", ROOT / "bench" / "accuracy.py")
acc2023 = _module("bench_accuracy_2023", ROOT / "bench" / "accuracy_2023.py")
GOLDS = sorted(HERE.glob("*.gold.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_set_has_its_five_forms_one_clean_draft_and_no_overlap_with_earlier_sets() -> None:
    golds = [_gold(p) for p in GOLDS]
    assert len(golds) == 5
    assert [g["clean"] for g in golds].count(True) == 1
    titles = [g["title"] for g in golds]
    for form in ("市", "町", "区", "広域連合", "県"):
        assert any(form in t.split("個人情報")[0] for t in titles), form
    assert all((HERE / g["draft"]).is_file() for g in golds)
    earlier = {
        p.name
        for folder in ("heldout2023", "heldout2023-b")
        for p in (ROOT / "tests" / folder).glob("*.txt")
    }
    assert not earlier & {g["draft"] for g in golds}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid_for_the_2023_profile(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    assert gold["draft"] == gold_path.name.replace(".gold.json", ".txt")
    if not gold["clean"]:
        assert 5 <= len(gold["defects"]) <= 9
        assert len(gold["accepted"]) >= 3


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_parsed_draft_and_the_title_is_read(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ordinance = parse_text((HERE / gold["draft"]).read_text(encoding="utf-8"))
    assert ordinance.title == gold["title"]
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    absent = [(did, label) for did, label in labels if not acc.label_exists(ordinance, label)]
    assert absent == []


def test_the_2023_bench_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    assert acc2023.set_folder(Path("tests/heldout2023-c")).resolve() == HERE
    names = [name for name, _ in acc2023.golds(HERE)]
    assert names == [p.name[: -len(".gold.json")] for p in GOLDS]
    own = acc2023.baseline_path(HERE)
    assert own.name == "accuracy_2023_baseline.heldout2023-c.json"
    assert own != acc2023.BASELINE
