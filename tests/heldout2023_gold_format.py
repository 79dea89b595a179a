"""The format checks shared by the gold lists of the 施行条例 (2023 profile) held-out sets
tests/heldout2023-e, -f and -g: the set's forms and its names new, each gold list valid for the
2023 profile, every location a provision of the draft and the title its first line, no location
both a defect and accepted, the set read by ``bench/accuracy_2023.py`` with its own baseline.

The gold schema and location labels are the scorer's own (``bench/accuracy.py``), the set
machinery that of ``bench/accuracy_2023.py``. Locations and titles are read with the small
reading of ``tests/heldout_reading.py``, never with ``ordreview.core.parse``: these checks do not
run any part of the engine on the drafts. Each set keeps its own figures (drafts, forms, counts)
and its own reader checks in its test module.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from tests.heldout_reading import bench_accuracy, location_exists

ROOT = Path(__file__).resolve().parents[1]
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


def gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def draft(here: Path, g: dict) -> str:
    return (here / g["draft"]).read_text(encoding="utf-8")


def check_set(here: Path, drafts: int, forms: tuple[str, ...], earlier_names: set[str],
              alongside: frozenset[str] = frozenset()) -> None:
    """``drafts`` drafts, one clean, each of ``forms`` among the titles, and no body of an
    earlier held-out set (either profile) reused, even with another form. ``earlier_names`` are
    bodies the earlier sets must hold (the check sees them); the folders in ``alongside`` were
    written at the same time as this set or after it, so a name may recur there."""
    golds = [gold(p) for p in sorted(here.glob("*.gold.json"))]
    assert len(golds) == drafts
    assert [g["clean"] for g in golds].count(True) == 1
    titles = [g["title"] for g in golds]
    for form in forms:
        assert any(t.split("個人情報")[0].endswith(form) for t in titles), form
    assert all((here / g["draft"]).is_file() for g in golds)
    earlier = {
        p.name.split("-")[0]
        for folder in (ROOT / "tests").glob("heldout*")
        if folder.is_dir() and folder != here and folder.name not in alongside
        for p in folder.glob("*.txt")
    }
    assert earlier_names <= earlier
    assert not earlier & {g["draft"].split("-")[0] for g in golds}


def check_gold_valid(gold_path: Path, accepted: int, lo: int, hi: int) -> None:
    """Valid for the 2023 profile, at least ``accepted`` accepted provisions, and a seeded draft
    with ``lo``–``hi`` defects, all seeded."""
    g = gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(g, ids) == []
    assert g["draft"] == gold_path.name.replace(".gold.json", ".txt")
    assert len(g["accepted"]) >= accepted
    if not g["clean"]:
        assert lo <= len(g["defects"]) <= hi
        assert all(d["seeded"] for d in g["defects"])
        # a drafting defect without a requirement is matched by its rule
        assert all(d["requirement"] or d["rule"].split(".")[0] in ("ref", "num", "toc", "abbr", "term")
                   for d in g["defects"])


def check_locations(gold_path: Path) -> str:
    """The title is the draft's first line and every location (defects, their ``also``,
    accepted) exists in the draft; returns the draft's text for the set's own article count."""
    g = gold(gold_path)
    text = draft(gold_path.parent, g)
    assert next(line.strip() for line in text.splitlines() if line.strip()) == g["title"]
    labels = [(d["id"], label) for d in g["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in g["accepted"]]
    absent = [(did, label) for did, label in labels if not location_exists(text, label)]
    assert absent == []
    return text


def check_no_accepted_at_a_defect(gold_path: Path) -> None:
    g = gold(gold_path)
    defects = {d["location"] for d in g["defects"]}
    assert not defects & {a["location"] for a in g["accepted"]}


def check_bench_reads_the_set(here: Path) -> None:
    """``bench/accuracy_2023.py --set tests/<set>`` finds this folder, its gold lists in order,
    and a baseline of its own that does not exist yet (the set is scored once)."""
    assert acc2023.set_folder(Path(f"tests/{here.name}")).resolve() == here
    names = [name for name, _ in acc2023.golds(here)]
    assert names == [p.name[: -len(".gold.json")] for p in sorted(here.glob("*.gold.json"))]
    own = acc2023.baseline_path(here)
    assert own.name == f"accuracy_2023_baseline.{here.name}.json"
    assert own != acc2023.BASELINE
    assert not own.exists()
