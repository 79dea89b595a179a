"""The later unseen intake sets (``tests/heldout-intake-fresh``, ``tests/heldout-intake-third``):
gold lists valid against their texts, copies of every draft in both families, real PDFs present.

No thresholds: the figures are measured with ``bench/intake_unseen.py --set DIR``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "heldout-intake-fresh", ROOT / "heldout-intake-third"]
_NUM = re.compile(r"^\d+(_\d+)*(:\d+(_\d+)*)?$")


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_draft_has_a_valid_gold_list(folder: Path) -> None:
    drafts = sorted(folder.glob("*.txt"))
    assert len(drafts) >= 2
    for draft in drafts:
        gold = json.loads(draft.with_suffix(".gold.json").read_text(encoding="utf-8"))
        text = draft.read_text(encoding="utf-8")
        assert text.startswith(gold["title"])
        nums = [a["num"] for a in gold["articles"]]
        assert len(nums) == len(set(nums)) and all(_NUM.match(n) for n in nums)
        for art in gold["articles"]:
            if not art.get("deleted") and art["caption"] is not None:
                assert f"（{art['caption']}）" in text or f"({art['caption']})" in text, art
        terms = [t["term"] for t in gold["terms"]]
        assert len(terms) == len(set(terms))
        assert all(t["term"] in text and t["article"] in nums for t in gold["terms"])


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_copies_cover_every_draft_in_both_families_and_the_pdfs_exist(folder: Path) -> None:
    manifest = json.loads((folder / "variants" / "MANIFEST.json").read_text(encoding="utf-8"))
    per_draft: dict[str, set[str]] = {}
    for entry in manifest:
        assert (folder / "variants" / entry["file"]).is_file()
        per_draft.setdefault(entry["source"], set()).add(entry["family"])
    assert set(per_draft) == {p.name for p in folder.glob("*.txt")}
    assert all(fams == {"pdf", "web"} for fams in per_draft.values())
    for draft in folder.glob("*.txt"):
        pdf = folder / "pdf" / f"{draft.stem}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF-")
