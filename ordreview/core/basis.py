"""What a finding rests on, as the officer reads it: the Basic Policy point or the drafting rule,
and the statute references with any unsure part moved into a note.

- A finding of points A, B or C rests on the one sentence of the Basic Policy §3(1) that names
  the three points; :func:`policy_basis` shows that sentence with the words of the finding's
  own point marked 【…】 (個人情報の定義の明確化 / 要配慮個人情報の取扱い /
  非識別加工情報を提供するための仕組みの整備).
- A drafting finding (a dangling reference, a numbering gap, a 略称 …) does not rest on that
  sentence: it gets no policy passage, and its basis names the drafting rule
  (「法制執務（条例内の引用条項の存在確認）」) instead of a bare 「（法制執務）」.
- A statute reference the profile marks as unsure (「第3条と思われる・要確認」) is a fact to
  check, not a basis: :func:`split_statute` keeps the sure part in the basis and returns the
  rest as a note (shown as 「要確認：…」 with the message).
"""

from __future__ import annotations

import re
from functools import lru_cache

POINT_WORDS = {
    "A": "個人情報の定義の明確化",
    "B": "要配慮個人情報の取扱い",
    "C": "非識別加工情報を提供するための仕組みの整備",
}
"""The words of each point in the Basic Policy §3(1) sentence."""

DRAFTING = "（法制執務）"
_UNSURE = re.compile(r"要確認|と思われる|？|\?")
_PAREN = re.compile(r"（[^（）]*(?:（[^（）]*）[^（）]*)*）")


def policy_basis(point: str, passage: str) -> str:
    """The Basic Policy passage for a finding of ``point``, its point's words marked; "" for
    a finding outside points A–C (a drafting finding does not rest on the passage)."""
    words = POINT_WORDS.get(point)
    if not words or not passage:
        return ""
    return passage.replace(words, f"【{words}】", 1)


def drafting_basis(title: str) -> str:
    """The basis of a drafting finding: 「法制執務（<the checklist item's title>）」."""
    return f"法制執務（{title}）" if title else "法制執務"


@lru_cache(maxsize=1024)
def split_statute(statute: str) -> tuple[str, str]:
    """``(sure part, note)`` of a 、-separated list of statute references.

    A bracketed remark that is unsure (要確認, と思われる, ？) is cut out of its reference and
    goes into the note; a reference that is unsure as a whole, or no longer names an article
    once the remark is cut, goes into the note entirely.
    """
    sure: list[str] = []
    notes: list[str] = []
    for ref in _split_refs(statute):
        if not _UNSURE.search(ref):
            sure.append(ref)
            continue
        kept = ref
        for m in _PAREN.finditer(ref):
            if _UNSURE.search(m.group(0)):
                kept = kept.replace(m.group(0), "")
        kept = kept.strip()
        if kept and not _UNSURE.search(kept) and "第" in kept:
            sure.append(kept)
        notes.append(_clean_note(ref))
    return "、".join(sure), "、".join(n for n in notes if n)


def _split_refs(statute: str) -> list[str]:
    """The references of ``statute``, split at 、 outside brackets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(statute):
        if ch == "（":
            depth += 1
        elif ch == "）":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            out.append(statute[start:i].strip())
            start = i + 1
    out.append(statute[start:].strip())
    return [r for r in out if r]


def _clean_note(ref: str) -> str:
    text = ref.replace("要確認", "未確認").strip()
    return "" if text == "未確認" else text
