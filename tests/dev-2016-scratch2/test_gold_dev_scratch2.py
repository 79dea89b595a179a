"""The second set of development drafts' gold lists: their shape, and every location names a provision the draft has."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.heldout_reading import bench_accuracy, location_exists

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROFILE = ROOT / "resources" / "profiles" / "basic-policy-2016.json"

acc = bench_accuracy()
GOLDS = sorted(HERE.glob("*.gold.json"))


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_gold_list_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    ids = [r["id"] for r in json.loads(PROFILE.read_text(encoding="utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    text = (HERE / gold["draft"]).read_text(encoding="utf-8")
    for d in gold["defects"]:
        for label in [d["location"], *d.get("also", [])]:
            assert location_exists(text, label), (d["id"], label)
