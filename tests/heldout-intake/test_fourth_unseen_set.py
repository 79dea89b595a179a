"""The fourth unseen intake set (``tests/heldout-intake-fourth``): gold lists valid against their
texts, every kind of copy of every draft listed and present, real PDFs present.

Format only, no reading and no thresholds: the figures are measured with
``bench/intake_unseen.py --set tests/heldout-intake-fourth``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "heldout-intake-fourth"
_NUM = re.compile(r"^\d+(_\d+)*(:\d+(_\d+)*)?$")
_HEAD = re.compile(r"^第([0-9０-９一二三四五六七八九十]+)条(の[0-9０-９一二三四五六七八九十]+)?[　 ]", re.M)
KINDS = {
    "pdf-poppler", "pdf-poppler-layout", "pdf-pdfium-paste", "pdf-poppler-oneline",
    "pdf-poppler-raw", "pdf-poppler-nopunct", "pdf-allnumspace-oneline",
    "pdf-charspace-crlf-pages", "pdf-numspace-wrap-pages",
    "web-nbsp", "web-stray-dense", "web-glued-nbsp", "web-nomarker", "web-markerline",
}


def _drafts() -> list[Path]:
    return sorted(FOLDER.glob("*.txt"))


def test_every_draft_has_a_gold_list_consistent_with_its_text() -> None:
    assert len(_drafts()) == 3
    for draft in _drafts():
        gold = json.loads(draft.with_suffix(".gold.json").read_text(encoding="utf-8"))
        text = draft.read_text(encoding="utf-8")
        assert text.startswith(gold["title"])
        nums = [a["num"] for a in gold["articles"]]
        assert len(nums) == len(set(nums)) and all(_NUM.match(n) for n in nums)
        # one gold article per article head of the main provisions (the 附則 has none in 条)
        assert len(_HEAD.findall(text)) == len(nums), draft.name
        for art in gold["articles"]:
            if art.get("deleted"):
                continue
            assert art["caption"] and f"（{art['caption']}）" in text, art
        terms = [t["term"] for t in gold["terms"]]
        assert len(terms) == len(set(terms))
        assert all(t["style"] in {"item", "paragraph", "inline"} for t in gold["terms"])
        assert all(t["term"] in text and t["article"] in nums for t in gold["terms"])
        quoted = {t["term"] for t in gold["terms"] if f"「{t['term']}」" in text}
        # every 「X」 introduced by 以下「X」という or 「X」とは is in the gold list
        introduced = set(re.findall(r"以下(?:この条(?:及び次条)?において)?「([^」]+)」という", text))
        introduced |= set(re.findall(r"「([^」]+)」とは", text))
        assert introduced <= quoted, introduced - quoted


def test_every_kind_of_copy_of_every_draft_is_listed_present_and_not_empty() -> None:
    manifest = json.loads((FOLDER / "variants" / "MANIFEST.json").read_text(encoding="utf-8"))
    kinds: dict[str, set[str]] = {}
    families: dict[str, set[str]] = {}
    for entry in manifest:
        path = FOLDER / "variants" / entry["file"]
        assert path.is_file() and path.stat().st_size > 500, entry["file"]
        assert entry["family"] == entry["kind"].split("-")[0]
        kinds.setdefault(entry["source"], set()).add(entry["kind"])
        families.setdefault(entry["source"], set()).add(entry["family"])
    assert set(kinds) == {p.name for p in _drafts()}
    assert all(k == KINDS for k in kinds.values())
    assert all(f == {"pdf", "web"} for f in families.values())
    for draft in _drafts():
        assert (FOLDER / "pdf" / f"{draft.stem}.pdf").read_bytes().startswith(b"%PDF-")
