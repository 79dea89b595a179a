"""Whole phrases around a character difference, for messages that quote a draft and a statute.

A character diff can start or end inside a word or a bracket (「…施行令（平成15年政令第548号」).
A reviewer quotes whole phrases instead: each side of a difference is widened, in its own text,
to the nearest phrase boundary (、。「」（） or a line break; a space is a copy's artefact, no
boundary, and left out of the quote, and so is a line break that wraps a sentence, with no
mark before it and no item number after it) and then to the matching
bracket when the difference itself opens or closes one. The sentences are in the register of a
審査 memo: 条例の「…」は、法では「…」である。
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Comparison, DiffChunk

_STOPS = frozenset("、。「」（）()\n")
_SPACES = lazy_compile(r"[ \u3000\u00a0\u2002-\u200b\t]+")
"""A space inside a phrase is a copy's artefact (a web copy rejoined with stray spaces, PDF text):
it neither ends a phrase nor shows in the quote."""
_REACH = 30
_LINE_MARKER = lazy_compile(
    r"[ \u3000\u00a0]*(?:[(（][0-9０-９]+[)）]|[(（][ア-ン][)）]|[⑴-⒇①-⑳]|[一二三四五六七八九十]+|[ア-ン])[ \u3000\u00a0]+"
)
"""An item or sub-item marker opening a line, with the space after it (left out of a quote, as
the comparison leaves it out: a web copy that set it in a cell of its own quotes the same)."""
"""Most characters a phrase is widened by on each side when no boundary comes first."""
_PAIRS = {"（": "）", "(": ")", "「": "」"}


def whole_phrase(text: str, start: int, end: int, *, reach: int = _REACH, lost_punct: bool = False) -> str:
    """``text[start:end]`` widened to whole phrases (see the module docstring); ``…`` marks a cut.

    With ``lost_punct`` (a text whose 、 and 。 an extractor turned into spaces) a space between
    two Japanese characters stands for the lost mark and ends the phrase like it.
    """
    def stop(i: int) -> bool:
        if text[i] == "\n" and _wrapped(text, i):
            return False
        if text[i] in _STOPS:
            return True
        return lost_punct and text[i] == " " and _lost_mark(text, i)

    lo = start
    while lo > 0 and start - lo < reach and not stop(lo - 1):
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < reach and not stop(hi):
        hi += 1
    lo, hi = _balance(text, lo, hi, reach)
    after_marker = False
    if lo == 0 or text[lo - 1] == "\n":  # a line's item marker (「ア　」) is no part of the phrase
        marker = _LINE_MARKER.match(text, lo)
        if marker is not None and marker.end() <= start:
            lo, after_marker = marker.end(), True
    head = "…" if lo > 0 and not stop(lo - 1) and not after_marker else ""
    tail = "…" if hi < len(text) and not stop(hi) else ""
    piece = "".join(ch for i, ch in enumerate(text[lo:hi], lo) if ch != "\n" or not _wrapped(text, i))
    if lost_punct:  # the space of a lost mark stays in the quote, as the copy has it
        body = _SPACES.sub(
            lambda m: " " if 0 < m.start() and m.end() < len(piece) and not piece[m.start() - 1].isascii()
            and not piece[m.end()].isascii() else "", piece).strip("\n、。 ")
    else:
        body = _SPACES.sub("", piece).strip("\n、。")
    return f"{head}{body}{tail}" if body else ""


_UNIT_START = lazy_compile(
    r"[ \u3000\u00a0]*(?:[(（][^)）\n]{1,4}[)）]|[0-9０-９]+[ \u3000\u00a0]|[一二三四五六七八九十]+[ \u3000\u00a0]"
    r"|[ア-ン][ \u3000\u00a0]|[⑴-⒇①-⑳]|第|[ア-ン一二三四五六七八九十0-9０-９]+\n|$)"
)


_LAYOUT_LINE = 16
"""Fewest characters of a line that a line break may wrap (a printed page's line is 35 to 45)."""


def _wrapped(text: str, i: int) -> bool:
    """True if the line break at ``i`` wraps a layout line inside a sentence (PDF text): the line
    is a page's width, no mark ends it, and no item or paragraph number (nor a line of its own)
    comes after it."""
    if i == 0 or text[i - 1] in "、。\n" or _UNIT_START.match(text, i + 1) is not None:
        return False
    return i - (text.rfind("\n", 0, i) + 1) >= _LAYOUT_LINE


def _lost_mark(text: str, i: int) -> bool:
    """True if the space at ``i`` lies between two Japanese characters (where a 、 or 。 was)."""
    return 0 < i < len(text) - 1 and not text[i - 1].isascii() and not text[i + 1].isascii() and (
        text[i - 1] not in " \u3000" and text[i + 1] not in " \u3000")


def _balance(text: str, lo: int, hi: int, reach: int) -> tuple[int, int]:
    """Widen ``[lo, hi)`` so that every bracket it opens or closes is matched inside it."""
    for _ in range(4):
        piece = text[lo:hi]
        changed = False
        for open_, close in _PAIRS.items():
            depth = 0
            for ch in piece:
                if ch == open_:
                    depth += 1
                elif ch == close:
                    if depth:
                        depth -= 1
                    else:  # closes a bracket opened before lo
                        j = text.rfind(open_, max(0, lo - reach * 2), lo)
                        if j >= 0:
                            lo, changed = j, True
                        break
            if depth > 0:  # opens a bracket closed after hi
                j = text.find(close, hi, hi + reach * 2)
                if j >= 0:
                    hi, changed = j + 1, True
        if not changed:
            break
    return lo, hi


MAX_QUOTED = 40
"""Longest phrase a message quotes from a definition; a longer difference (a clause, a 号 with
its line break) is shown as the two texts side by side in the comparison, not in the message."""
SHOWN_APART = "相違の箇所は、定義の比較（条例と法の対照）に示す。"
_PARTICLES = frozenset("をはがにのとでへやも")
"""A phrase opening with a particle (「をいう」) is a fragment cut from its words, not a phrase
an officer can read against the statute."""


def difference_sentences(
    comparison: Comparison, chunks: Sequence[DiffChunk], *, limit: int = 3, lost_punct: bool = False
) -> str:
    """The first ``limit`` differences as sentences: 条例の「…」は、法では「…」である。 Only
    short phrases on one line are quoted; when none is, :data:`SHOWN_APART` says where the
    difference is shown (the two texts side by side, the differing characters marked)."""
    out: list[str] = []
    seen: set[tuple[str, str]] = set()
    skipped = False
    for c in chunks:
        if len(out) >= limit:
            break
        draft = whole_phrase(comparison.draft, c.start_a, c.end_a, lost_punct=lost_punct)
        statute = whole_phrase(comparison.statute, c.start_b, c.end_b)
        if (draft, statute) in seen:
            continue
        seen.add((draft, statute))
        if any(len(p) > MAX_QUOTED or "\n" in p or p[:1] in _PARTICLES for p in (draft, statute)):
            skipped = True
            continue
        if draft and statute:
            out.append(f"条例の「{draft}」は、法では「{statute}」である。")
        elif draft:
            out.append(f"条例の「{draft}」に当たる文言は、法にない。")
        elif statute:
            out.append(f"法の「{statute}」に当たる文言が、条例にない。")
    return "".join(out) or (SHOWN_APART if skipped else "")


_GODAN_A = {"す": "さ", "く": "か", "ぐ": "が", "む": "ま", "う": "わ", "つ": "た", "ぶ": "ば", "ぬ": "な", "る": "ら"}
_CHECKLIST_ENDING = lazy_compile(r"^(?P<head>(?:.*。)?)(?P<verb>[^。]+?)こと(?P<note>（[^（）]*）)?。$", re.S)


def as_request(text: str) -> str:
    """A checklist item written as a rule (「…を定義すること。」) as a 審査 memo request
    (「…を定義されたい。」): 〜すること → 〜されたい, 〜ること → 〜られたい (定める, 用いる,
    限る …), other 〜うこと → 〜わ/か/ま…れたい, 〜ないこと → 〜ないこととされたい,
    〜ていること → 〜ているようにされたい. Every sentence of the text changes (a sentence is
    closed by a 「。」 outside brackets), so that one message keeps one register; a sentence
    without that ending is kept as it is.
    """
    return "".join(_sentence_as_request(s) for s in _sentences(text.strip()))


def _sentences(text: str) -> list[str]:
    """``text`` cut after each 「。」 that closes a sentence (not one inside （…） or 「…」)."""
    out: list[str] = []
    depth = start = 0
    for i, ch in enumerate(text):
        depth += 1 if ch in "（「(" else -1 if ch in "）」)" else 0
        if ch == "。" and depth <= 0:
            out.append(text[start : i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out


def _sentence_as_request(text: str) -> str:
    m = _CHECKLIST_ENDING.match(text)
    if m is None:
        return text
    head, verb, note = m.group("head"), m.group("verb"), m.group("note") or ""
    if verb.endswith("ない"):
        out = f"{verb}こととされたい"
    elif verb.endswith("ている"):
        out = f"{verb}ようにされたい"
    elif verb.endswith("する"):
        out = f"{verb[:-2]}されたい"
    elif verb[-1:] in _GODAN_A:
        out = f"{verb[:-1]}{_GODAN_A[verb[-1]]}れたい"
    else:
        return text
    return f"{head}{out}{note}。"


def cited(ref: str, target: str | None) -> str:
    """What a message says the citation names: 「の引用先」 when the citation names it in so many
    words (「第40条第3項」 — said once), else 「の引用する第2条第2項」 (a 前条 or 同項 resolved,
    a kanji number written in Arabic)."""
    if not target:
        return "の引用先"
    from ordreview.core.text import fold

    return "の引用先" if fold(ref).replace(" ", "") == target else f"の引用する{target}"
