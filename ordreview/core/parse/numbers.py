"""Markers of ordinance units: article numbers, paragraph numbers, item and sub-item markers.

Every pattern here runs on *folded* text (``core.text.fold``: full-width ASCII → half-width,
ideographic space → space), so offsets stay valid on the original. Spaces inside markers
and numbers are tolerated (``第 1 条``, ``( 1 )``) because text flattened from PDFs spreads
them between characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ordreview.core.chars import AIUEO, IROHA
from ordreview.core.text import kanji_to_int

NUM = r"(?:[0-9]+(?: [0-9]+)*|[〇一二三四五六七八九十百千]+)"
"""A number as printed: digits (possibly spaced out) or a kanji numeral."""

_BRANCH = rf"(?:\s*の\s*{NUM})"

ARTICLE_RE = re.compile(rf"第\s*(?P<num>{NUM})\s*条(?P<branch>{_BRANCH}*)")
"""An article number: 第2条, 第三十四条の二, 第2条の2の2 (also 第 2 条)."""

ARTICLE_RANGE_RE = re.compile(
    rf"第\s*(?P<a>{NUM})\s*条(?P<ab>{_BRANCH}*)\s*(?:から|及び|、)\s*"
    rf"第\s*(?P<b>{NUM})\s*条(?P<bb>{_BRANCH}*)\s*(?:まで)?"
)
"""Two article numbers joined by から…まで or 及び (deleted together)."""

DIVISION_RE = re.compile(rf"第\s*(?P<num>{NUM})\s*(?P<kind>[編章節款目])(?P<branch>{_BRANCH}*)")
"""A 章/節/款/目 number, e.g. 第5章の2."""

DIVISION_KINDS: tuple[str, ...] = ("編", "章", "節", "款", "目")

# Characters that show a "第N条" at a line start is a citation in running text, not a heading.
CITATION_FOLLOWERS = frozenset("の、。にをはがでと及又並若かま第前同各")


def to_int(text: str) -> int | None:
    """The value of a printed number (``"12"``, ``"1 2"``, ``"十二"``), or ``None``."""
    return kanji_to_int(re.sub(r"\s+", "", text))


def branch_nums(branch: str) -> list[int] | None:
    """The branch numbers of ``の2の3`` as ``[2, 3]``; ``None`` if one cannot be read."""
    out: list[int] = []
    for part in re.findall(rf"の\s*({NUM})", branch):
        value = to_int(part)
        if value is None:
            return None
        out.append(value)
    return out


def egov_num(num: str, branch: str = "") -> str | None:
    """e-Gov style number of ``num`` plus branch: ("34", "の2") → ``"34_2"``; ``None`` if unreadable."""
    main = to_int(num)
    branches = branch_nums(branch)
    if main is None or branches is None:
        return None
    return "_".join(str(n) for n in (main, *branches))


# --------------------------------------------------------------------------- item markers

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_ROMAN_SYMBOLS = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"
_ENCLOSED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Families whose marker closes itself (a bracket or an enclosed glyph): a line starting with
# one of them is hardly ever running text, so gaps in their numbering are tolerated.
SELF_DELIMITED = frozenset(
    {"paren_digit", "bracket_digit", "enclosed", "circled", "paren_kata", "paren_iroha",
     "paren_roman", "paren_alpha", "roman_sym", "paren_kanji"}
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A candidate item marker at the start of a line.

    Attributes:
        family: the numbering family (``"paren_digit"`` for (1), ``"kanji"`` for 一, ``"kata"``
            for ア, ``"iroha"`` for イロハ, ``"digit"`` for a bare 1 …).
        number: the marker's ordinal within its family (1-based).
        length: characters taken by the marker and the spaces after it.
        title: the marker as printed, without trailing spaces.
        branch: the branch number of an item inserted later (``(2の2)``, ``二の二``), else 0.
    """

    family: str
    number: int
    length: int
    title: str
    branch: int = 0


# digit runs are bounded (18, as core.text.MAX_NUMBER_DIGITS): no marker has more, and
# Python refuses to convert more than 4,300 digits
_PAREN_RE = re.compile(r"\(\s*([^()\s]{1,6}?)\s*\)\s*")
_BRACKET_RE = re.compile(r"\[\s*([0-9]{1,18})\s*\]\s*")
_BARE_DIGIT_RE = re.compile(r"([0-9]{1,18})\s+(?=\S)")
_KANJI_RE = re.compile(r"([一二三四五六七八九十]+)(?:の([一二三四五六七八九十]+))?(?:\s+(?=\S)|(?=[「(『]))")
_BRANCH_DIGITS = re.compile(r"([0-9]{1,18})\s*の\s*([0-9]{1,18})(?![0-9])")
_KATA_RE = re.compile(rf"([{AIUEO}])(?:\s+(?=\S)|(?=[「(『0-9])|(?=(?![又及若並])[\u4e00-\u9fff]))")
"""ア・イ with a space after it, or before a bracket, or glued to a kanji or a digit (a web or PDF copy
that lost the cell or space between the letter and its text: 「ア当該情報に含まれる氏名…」, 「ア1時間までごとに」);
never before kana (アクセス) nor before 又・及・若・並 (「ア又はイに定める」 wrapped onto a new line names the letters)."""
_SYMBOL_RE = re.compile(rf"([{_ENCLOSED}{_CIRCLED}{_ROMAN_SYMBOLS}])\s*")


def item_markers(folded: str, pos: int) -> list[Marker]:
    """Every reading of an item marker at ``folded[pos:]`` (several for ambiguous ones like イ)."""
    out: list[Marker] = []
    m = _PAREN_RE.match(folded, pos)
    if m:
        inner = m.group(1)
        title = folded[pos : m.end()].rstrip()
        branched = _BRANCH_DIGITS.fullmatch(inner)
        if inner.isdigit():
            out.append(Marker("paren_digit", int(inner), m.end() - pos, title))
        elif branched:
            out.append(Marker("paren_digit", int(branched.group(1)), m.end() - pos, title,
                              int(branched.group(2))))
        elif len(inner) == 1 and inner in AIUEO:
            out.append(Marker("paren_kata", AIUEO.index(inner) + 1, m.end() - pos, title))
            if inner in IROHA:
                out.append(Marker("paren_iroha", IROHA.index(inner) + 1, m.end() - pos, title))
        elif inner in ROMAN:
            out.append(Marker("paren_roman", ROMAN.index(inner) + 1, m.end() - pos, title))
        elif len(inner) == 1 and "a" <= inner <= "z":
            out.append(Marker("paren_alpha", ord(inner) - ord("a") + 1, m.end() - pos, title))
        elif all(ch in "一二三四五六七八九十" for ch in inner):
            value = to_int(inner)
            if value:
                out.append(Marker("paren_kanji", value, m.end() - pos, title))
        if inner == "i":  # (i) is both the first roman and the ninth letter
            out.append(Marker("paren_alpha", 9, m.end() - pos, title))
        return out
    m = _BRACKET_RE.match(folded, pos)
    if m:
        title = folded[pos : m.end()].rstrip()
        return [Marker("bracket_digit", int(m.group(1)), m.end() - pos, title)]
    m = _SYMBOL_RE.match(folded, pos)
    if m:
        ch = m.group(1)
        length = m.end() - pos
        if ch in _ENCLOSED:
            return [Marker("enclosed", _ENCLOSED.index(ch) + 1, length, ch)]
        if ch in _CIRCLED:
            return [Marker("circled", _CIRCLED.index(ch) + 1, length, ch)]
        return [Marker("roman_sym", _ROMAN_SYMBOLS.index(ch) + 1, length, ch)]
    m = _BARE_DIGIT_RE.match(folded, pos)
    if m:
        return [Marker("digit", int(m.group(1)), m.end() - pos, m.group(1))]
    m = _KANJI_RE.match(folded, pos)
    if m:
        value = to_int(m.group(1))
        branch = to_int(m.group(2)) if m.group(2) else 0
        if value and branch is not None:
            return [Marker("kanji", value, m.end() - pos, folded[pos : m.end()].rstrip(), branch)]
        return []
    m = _KATA_RE.match(folded, pos)
    if m:
        ch = m.group(1)
        out.append(Marker("kata", AIUEO.index(ch) + 1, m.end() - pos, ch))
        if ch in IROHA:
            out.append(Marker("iroha", IROHA.index(ch) + 1, m.end() - pos, ch))
    return out


_PARA_RE = re.compile(r"([0-9]{1,18})(?:\s+|(?=[^\s0-9.,:%年月日条項号章節款編か箇個人件回円歳]))(?![のをがに])")
"""A number then a particle is a quantity (「1の開示請求書によって」: an item whose marker a web copy
dropped), never a paragraph number: no sentence starts with の, を, が or に; nor is the number of a
division whose 第 ended the line above (「ただし 第\n2章第2節の改正規定は」)."""


def paragraph_number(folded: str, pos: int) -> tuple[int, int] | None:
    """A bare paragraph number at ``folded[pos:]`` as (number, length incl. spaces), or ``None``.

    The number must be followed by a space, or directly by text that cannot continue a
    quantity (``2前項の`` in flattened text, but not ``10日`` nor ``1の``).
    """
    m = _PARA_RE.match(folded, pos)
    if not m:
        return None
    return int(m.group(1)), m.end() - pos
