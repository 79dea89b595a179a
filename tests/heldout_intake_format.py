"""The format checks shared by the unseen intake sets of three drafts (the ``tests/heldout-intake-*``
sets from the seventh on, each calling them from its own test module): gold lists valid against
their texts, the seeded drafting defects of the one defect draft at provisions the draft has,
every kind of copy of every draft listed and present, real PDFs present. Format only, no reading
by ordreview and no thresholds.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.heldout_reading import location_exists

TESTS = Path(__file__).resolve().parent
_NUM = re.compile(r"^\d+(_\d+)*(:\d+(_\d+)*)?$")
_N = "[0-9０-９一二三四五六七八九十]+"
# an article head of the main provisions, and a deleted range 「第X条から第Y条まで　削除」
_HEAD = re.compile(rf"^第{_N}条(の{_N})?[　 ]", re.M)
_RANGE = re.compile(rf"^第{_N}条から第{_N}条まで[　 ]削除$", re.M)
# the supplementary provisions, written 附則 or 付則
_SUPPL = re.compile(r"^[　 ]*[附付][　 ]*則", re.M)
# 以下「X」という / 以下単に「X」という / 以下<scope>において「X」という / 以下これらを「X」と総称する
_INTRODUCED = re.compile(r"以下(?:[^「」。（）]{1,30}?において|単に|これらを)?「([^」]+)」(?:という|と総称)")
# the same form with anything before the quotation, to check that nothing is missed by the above
_ANY_INTRODUCED = re.compile(r"以下[^「」。]{0,40}「([^」]+)」(?:という|と総称)")
KINDS = {
    "pdf-poppler", "pdf-poppler-layout", "pdf-pdfium-paste", "pdf-poppler-oneline",
    "pdf-poppler-raw", "pdf-poppler-nopunct", "pdf-poppler-mixedwidth",
    "pdf-allnumspace-oneline", "pdf-charspace-crlf-pages", "pdf-numspace-wrap-pages",
    "pdf-browserprint-numbreak", "pdf-twocolumn-layout",
    "web-nbsp", "web-stray-dense", "web-glued-nbsp", "web-nomarker", "web-markerline",
    "web-caption-after", "web-softwrap-indent",
}
SEVERITIES = {"error", "warning", "info"}


def _drafts(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def _gold(draft: Path) -> dict:
    return json.loads(draft.with_suffix(".gold.json").read_text(encoding="utf-8"))


def _main_provisions(text: str) -> str:
    """The text before the first 附則/付則 heading after the first article (a 目次 lists it too)."""
    first = _HEAD.search(text)
    assert first, "no article"
    end = _SUPPL.search(text, first.start())
    return text[: end.start()] if end else text


def _bracketed_terms(text: str) -> list[str]:
    """The text just before each bracket closing with 以下同じ。）, i.e. where 「X（…。以下同じ。）」 puts X."""
    befores = []
    for m in re.finditer("以下同じ。）", text):
        depth, i = 0, m.end() - 1
        while i >= 0:
            depth += {"）": 1, "（": -1}.get(text[i], 0)
            if depth == 0:
                break
            i -= 1
        befores.append(text[max(0, i - 20):i])
    return befores


def _earlier_rule_kinds(folder: Path) -> set[tuple[str, str]]:
    """(rule, kind) pairs of the seeded defects in the gold lists of the other held-out sets."""
    pairs = set()
    for path in TESTS.glob("*/*.gold.json"):
        if path.parent == folder:
            continue
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        entries = gold if isinstance(gold, list) else gold.get("defects") or gold.get("findings") or []
        pairs |= {(d["rule"], d["kind"]) for d in entries if isinstance(d, dict) and "rule" in d}
    return pairs


def check_gold_lists_against_texts(folder: Path, *, articles: tuple[int, int], term_count: tuple[int, int]) -> None:
    """Each draft's gold list (articles, captions, terms) against its text; ``articles`` and
    ``term_count``: the bounds of their counts in each draft."""
    assert len(_drafts(folder)) == 3
    for draft in _drafts(folder):
        gold = _gold(draft)
        text = draft.read_text(encoding="utf-8")
        assert text.startswith(gold["title"])
        nums = [a["num"] for a in gold["articles"]]
        assert len(nums) == len(set(nums)) and all(_NUM.match(n) for n in nums)
        assert articles[0] <= len(nums) <= articles[1] and term_count[0] <= len(gold["terms"]) <= term_count[1], draft.name
        # one gold article per article head (or deleted range) of the main provisions, in order
        main = _main_provisions(text)
        assert len(_HEAD.findall(main)) + len(_RANGE.findall(main)) == len(nums), draft.name
        assert sum(":" in n for n in nums) == len(_RANGE.findall(main)), draft.name
        assert sum("_" in n for n in nums) == len(re.findall(rf"^第{_N}条の", main, re.M))
        for art in gold["articles"]:
            if art.get("deleted"):
                assert art["caption"] is None
                continue
            assert art["caption"] and f"（{art['caption']}）" in main, art
        # a 共通見出し repeats the caption of the article before it
        for before, art in zip(gold["articles"], gold["articles"][1:]):
            if art.get("common_caption"):
                assert art["caption"] == before["caption"], art
        terms = [t["term"] for t in gold["terms"]]
        assert len(terms) == len(set(terms))
        assert all(t["style"] in {"item", "paragraph", "inline"} for t in gold["terms"])
        assert all(t["term"] in main and t["article"] in nums for t in gold["terms"])
        quoted = {t["term"] for t in gold["terms"] if f"「{t['term']}」" in main}
        # every 「X」 introduced by 以下…「X」という or 「X」とは is in the gold list
        introduced = set(_INTRODUCED.findall(text)) | set(re.findall(r"「([^」]+)」とは", text))
        assert set(_ANY_INTRODUCED.findall(text)) <= introduced
        assert introduced <= quoted, introduced - quoted
        # every X of 「X（…以下同じ。）」 is in the gold list as an inline term
        inline = [t["term"] for t in gold["terms"] if t["style"] == "inline"]
        for before in _bracketed_terms(text):
            assert any(before.endswith(t) for t in inline), before


def check_seeded_defects(folder: Path) -> None:
    """One draft carries the seeded drafting defects, at provisions it has."""
    with_defects = [d for d in _drafts(folder) if _gold(d).get("defects")]
    assert len(with_defects) == 1
    draft = with_defects[0]
    gold, text = _gold(draft), draft.read_text(encoding="utf-8")
    defects = gold["defects"]
    assert len(defects) >= 6
    ids = [d["id"] for d in defects]
    assert len(ids) == len(set(ids)) and all(i.startswith(f"{draft.stem.split('-')[0]}-") for i in ids)
    known = _earlier_rule_kinds(folder)
    for d in defects:
        assert d["seeded"] is True and d["severity"] in SEVERITIES and d["reviewer_ja"], d["id"]
        assert (d["rule"], d["kind"]) in known, d["id"]
        for label in [d["location"], *d.get("also", [])]:
            assert location_exists(text, label), (d["id"], label)
    # the structural families the set is meant to measure are all seeded
    prefixes = {d["rule"].split(".")[0] for d in defects}
    assert {"ref", "num", "toc", "cite", "term", "penalty"} <= prefixes
    assert gold["accepted"] and all(location_exists(text, a["location"]) and a["note_ja"]
                                    for a in gold["accepted"])
    # the numbering gap is a real gap: the gold list skips a number with no 削除 entry for it
    nums = [int(a["num"].split(":")[-1].split("_")[0]) for a in gold["articles"]]
    gap = next(d for d in defects if d["kind"] == "numbering_gap")
    after = int(re.match(r"第(\d+)条", gap["location"]).group(1))
    assert after in nums and after - 1 not in nums and after - 2 in nums
    # the clean drafts carry no defect list
    assert all("defects" not in _gold(d) for d in _drafts(folder) if d != draft)


def check_copies(folder: Path) -> None:
    """Every kind of copy of every draft listed, present and not empty; real PDFs present."""
    manifest = json.loads((folder / "variants" / "MANIFEST.json").read_text(encoding="utf-8"))
    kinds: dict[str, set[str]] = {}
    for entry in manifest:
        path = folder / "variants" / entry["file"]
        assert path.is_file() and path.stat().st_size > 500, entry["file"]
        assert entry["family"] == entry["kind"].split("-")[0]
        assert path.name == f"{Path(entry['source']).stem}.{entry['kind']}.txt"
        kinds.setdefault(entry["source"], set()).add(entry["kind"])
    assert set(kinds) == {p.name for p in _drafts(folder)}
    assert all(k == KINDS for k in kinds.values())
    for draft in _drafts(folder):
        assert (folder / "pdf" / f"{draft.stem}.pdf").read_bytes().startswith(b"%PDF-")
        assert draft.with_suffix(".gold.json").is_file()
