"""The definitions development set's gold lists: their shape, and every location names a provision the draft has.

The set seeds only definition defects, one or two per draft with defects (the general rule of
five seeded defects per non-clean draft does not apply to it); everything else matches the
other sets' format.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.heldout_reading import bench_accuracy, location_exists

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROFILE = ROOT / "resources" / "profiles" / "basic-policy-2016.json"
DEFINITION_REQUIREMENTS = {"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "B1", "B2"}

acc = bench_accuracy()
GOLDS = sorted(HERE.glob("*.gold.json"))


def test_the_set_has_eight_drafts_four_with_defects() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS]
    assert len(golds) == 8
    assert sum(1 for g in golds if not g["clean"]) == 4
    for g in golds:
        assert (HERE / g["draft"]).is_file()


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_gold_list_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    ids = [r["id"] for r in json.loads(PROFILE.read_text(encoding="utf-8"))["requirements"]]
    problems = [p for p in acc.validate_gold(gold, ids) if p != "fewer than 5 seeded defects"]
    assert problems == []
    text = (HERE / gold["draft"]).read_text(encoding="utf-8")
    if not gold["clean"]:
        assert 1 <= len([d for d in gold["defects"] if d["seeded"]]) <= 2
    for d in gold["defects"]:
        reqs = d["requirement"] if isinstance(d["requirement"], list) else [d["requirement"]]
        assert DEFINITION_REQUIREMENTS & set(reqs), d["id"]
        assert d["location"].startswith("第2条"), d["id"]
        for label in [d["location"], *d.get("also", [])]:
            assert location_exists(text, label), (d["id"], label)
    for a in gold["accepted"]:
        assert location_exists(text, a["location"]), a["location"]
