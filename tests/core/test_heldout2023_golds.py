"""The gold lists of tests/heldout2023 are well formed (the engine's accuracy is measured by
bench/accuracy_2023.py, never here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.core.parse import load_ordinance
from ordreview.core.profile import load_profile

FOLDER = Path(__file__).resolve().parents[1] / "heldout2023"
GOLDS = sorted(FOLDER.glob("*.gold.json"))


def test_there_are_drafts_of_every_form() -> None:
    titles = [json.loads(p.read_text(encoding="utf-8"))["title"] for p in GOLDS]
    assert len(titles) >= 5
    assert any("県" in t for t in titles) and any("市" in t for t in titles) and any("町" in t for t in titles)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_list_shape(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert set(gold) == {"draft", "title", "style", "clean", "defects", "accepted"}
    ordinance = load_ordinance(FOLDER / gold["draft"])
    assert ordinance.title == gold["title"]
    known = {r.id for r in load_profile("kojin-joho-2023").requirements}
    ids = [d["id"] for d in gold["defects"]]
    assert len(ids) == len(set(ids))
    if gold["clean"]:
        assert gold["defects"] == []
    else:
        assert sum(1 for d in gold["defects"] if d["seeded"]) >= 5
    for d in gold["defects"]:
        assert d["requirement"] is None or d["requirement"] in known, d["id"]
        assert d["severity"] in ("error", "warning", "info") and d["reviewer_ja"].strip()
        assert d["location"] in ("題名", "附則", "全体") or d["location"].startswith("第"), d["id"]
