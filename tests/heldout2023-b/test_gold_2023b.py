"""The second 施行条例 held-out set's gold lists: their shape, and every location exists in its draft.

The gold schema and location labels are the scorer's own (``bench/accuracy.py``), the set
machinery that of ``bench/accuracy_2023.py``. No accuracy figure is asserted and the engine never
reviews these drafts here (that is the bench's, once:
``python bench/accuracy_2023.py --set tests/heldout2023-b``).
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


def test_the_set_has_every_form_a_clean_draft_and_no_overlap_with_the_first_set() -> None:
    golds = [_gold(p) for p in GOLDS]
    assert len(golds) >= 5
    assert any(g["clean"] for g in golds)
    titles = [g["title"] for g in golds]
    for form in ("県", "市", "町", "組合"):
        assert any(form in t for t in titles), form
    assert all((HERE / g["draft"]).is_file() for g in golds)
    first = {p.name for p in (ROOT / "tests" / "heldout2023").glob("*.txt")}
    assert not first & {g["draft"] for g in golds}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid_for_the_2023_profile(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    assert gold["draft"] == gold_path.name.replace(".gold.json", ".txt")


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_parsed_draft_and_the_title_is_read(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ordinance = parse_text((HERE / gold["draft"]).read_text(encoding="utf-8"))
    assert ordinance.title == gold["title"]
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    absent = [(did, label) for did, label in labels if not acc.label_exists(ordinance, label)]
    assert absent == []


def test_the_2023_bench_reads_this_folder_as_a_set() -> None:
    assert acc2023.set_folder(Path("tests/heldout2023-b")).resolve() == HERE
    assert acc2023.set_folder(None) == acc2023.HELDOUT
    names = [name for name, _ in acc2023.golds(HERE)]
    assert names == [p.name[: -len(".gold.json")] for p in GOLDS]
    assert names != [name for name, _ in acc2023.golds(acc2023.HELDOUT)]


def test_each_2023_set_keeps_its_own_baseline() -> None:
    assert acc2023.baseline_path(acc2023.HELDOUT) == acc2023.BASELINE
    own = acc2023.baseline_path(HERE)
    assert own.name == "accuracy_2023_baseline.heldout2023-b.json"
    assert own != acc2023.BASELINE and own.parent == acc2023.BASELINE.parent


def test_the_2023_bench_refuses_a_folder_without_gold_lists(tmp_path: Path, capsys) -> None:
    assert acc2023.main(["--set", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "評価セットが見つかりません" in err and "no evaluation set" in err
