"""Character-level helpers shared by the parser, alignment and checks.

Two kinds of normalisation, never mixed up:

- :func:`fold` is one-for-one: the result has exactly the length of the input, so a regex
  match on the folded text gives spans that are valid on the original. Use it for matching.
- :func:`normalise` is lossy (NFKC, conjunction spellings, old large kana): use it only to
  compare wordings, never to compute spans.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ordreview.core.chars import (
    FULL_WIDTH_DIGITS,
    KANJI_DIGIT_VALUES,
    KANJI_DIGITS,
    KANJI_NUMERAL_CHARS,
    KANJI_UNIT_VALUES,
    TO_FULL_WIDTH_DIGITS,
)

_FOLD_TABLE: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD_TABLE[0x3000] = 0x20  # ideographic space
_FOLD_TABLE[0x2212] = 0x2D  # minus sign
_FOLD_TABLE[0x2015] = 0x2014  # horizontal bar → em dash (目次 ranges)
_FOLD_TABLE[0x2500] = 0x2014  # box-drawing horizontal, also seen in 目次 ranges


_FOLD_CHARS = {chr(k): chr(v) for k, v in _FOLD_TABLE.items()}
_FOLD_RUN = re.compile("[\uff01-\uff5e\u3000\u2212\u2015\u2500]+")
_LONG_TEXT = 256  # below this, str.translate is quicker than the regex


def _fold_run(m: re.Match[str]) -> str:
    return "".join(map(_FOLD_CHARS.__getitem__, m.group()))


def fold(text: str) -> str:
    """Full-width ASCII to half-width and ideographic space to space, length-preserving.

    A long text (a whole draft) is folded run by run with a regex, about twice as fast as
    ``str.translate`` on Japanese text, which only has to visit the characters that change;
    short strings keep ``translate``. Both give the same result (tests check it).
    """
    if len(text) < _LONG_TEXT:
        return text.translate(_FOLD_TABLE)
    return _fold_long(text)


@lru_cache(maxsize=32)
def _fold_long(text: str) -> str:
    """:func:`fold` of a long text, kept for the texts folded last: the engine's rules fold the
    same draft text again and again (the cache is keyed on the text itself)."""
    return _FOLD_RUN.sub(_fold_run, text)


def matching_paren(text: str, pos: int) -> int:
    """The offset of the ``)`` closing the ``(`` at ``pos`` (folded text), or -1 if none does."""
    depth = 0
    for i in range(pos, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def outside_parentheses(text: str) -> str:
    """``text`` with every (nested) parenthesis and its content removed; brackets of either width count."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


_SENTENCE_MARKS = re.compile("[(（)）。]")
"""The only characters :func:`sentence_end` has to look at."""


def sentence_end(text: str, start: int = 0, end: int | None = None) -> int:
    """The offset of the 。 that ends the sentence running on from ``start`` (before ``end``, the
    text's end by default), or -1 if none does: a 。 inside brackets opened after ``start``
    (「（以下「法」という。）」, 「（第44条の13を除く。）」) ends no sentence. Brackets of either width count."""
    depth = 0
    # (the brackets and 。 alone are visited, found by the regex engine: a character-by-character
    # loop costs a millisecond a draft when every reference of a long draft looks for its sentence's end)
    for m in _SENTENCE_MARKS.finditer(text, start, len(text) if end is None else end):
        ch = m.group()
        if ch == "。":
            if depth == 0:
                return m.start()
        elif ch in "(（":
            depth += 1
        else:
            depth = max(0, depth - 1)
    return -1


_MUNICIPAL_SUFFIXES = "都道府県市区町村"
_NAME_STOPS = frozenset("、。「」『』()（）[]［］ \u3000\n\t・,")
_MAX_KANA_STEM = 6


def municipal_name_start(text: str, pos: int, *, known: tuple[str, ...] = ()) -> int:
    """Where a municipal name ending in 市/町/村… at ``pos`` begins, hiragana included.

    ``pos`` is where a kanji-only scan stopped (あおば|市…, ひばりが|丘町…); a 市/町/村/区/都/道/
    府/県 must follow within three characters. The name is extended back over the kana before it when one of ``known`` (the draft's own
    municipality, ``"あおば市"``) ends there, or when a run of at most six kana reaches a
    punctuation mark, a bracket, a blank or the start of the text (、みなと市情報公開条例).
    Returns ``pos`` when there is nothing to extend.
    """
    if not 0 <= pos < len(text):
        return pos
    for name in known:
        if len(name) > 1 and name[-1] == text[pos] and text.startswith(name, pos - len(name) + 1):
            return pos - len(name) + 1
    if not any(ch in _MUNICIPAL_SUFFIXES for ch in text[pos : pos + 3]):
        return pos
    i = pos
    while i > 0 and pos - i < _MAX_KANA_STEM and _is_kana(text[i - 1]):
        i -= 1
    if i == pos or pos - i < 2:
        return pos
    if i == 0 or text[i - 1] in _NAME_STOPS:
        return i
    return pos


def _is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f" or "\u30a1" <= ch <= "\u30fa" or ch == "ー"


_KANJI_DIGITS = {**KANJI_DIGIT_VALUES, "零": 0}
_KANJI_UNITS = KANJI_UNIT_VALUES


MAX_NUMBER_DIGITS = 18
"""Longest printed number read as a number (article, paragraph, item, law and year numbers)."""


@lru_cache(maxsize=4096)
def kanji_to_int(text: str) -> int | None:
    """Parse a kanji numeral (一, 十二, 百二, 三十四, 千二百) or digits (2, ２); ``None`` if neither.

    Positional forms such as 一〇二 are accepted too. More than ``MAX_NUMBER_DIGITS`` digits
    is no number a provision uses (and past 4,300 Python refuses to convert): ``None``.
    Kept for the numbers read last (the rules read the same few hundred numbers of a draft
    again and again; the answer depends on the text alone).
    """
    text = fold(text).strip()
    if not text or len(text) > MAX_NUMBER_DIGITS:
        return None
    if text.isdigit():
        return int(text)
    if all(ch in _KANJI_DIGITS for ch in text):
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in _KANJI_DIGITS:
            current = _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def int_to_kanji(n: int) -> str:
    """Write ``n`` (0 < n < 10000) as a kanji numeral the way statutes do: 三十四, 百二."""
    if n <= 0:
        return "〇"
    digits = KANJI_DIGITS
    out = []
    for unit, char in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, unit)
        if q:
            out.append(("" if q == 1 else digits[q]) + char)
    if n:
        out.append(digits[n])
    return "".join(out)


_KANJI_NUMERAL = re.compile(f"[{KANJI_NUMERAL_CHARS}]")
_FULL_WIDTH_DIGIT = re.compile(f"[{FULL_WIDTH_DIGITS}]")


def numeral_style(printed: str) -> str:
    """How ``printed`` writes its numbers: ``"kanji"``, ``"full"`` (full-width digits) or ``"arabic"`` (half-width digits)."""
    if _KANJI_NUMERAL.search(printed):
        return "kanji"
    if _FULL_WIDTH_DIGIT.search(printed):
        return "full"
    return "arabic"


def write_number(n: int, style: str) -> str:
    """``n`` written in ``style`` (see :func:`numeral_style`): 三十四, ３４ or 34."""
    if style == "kanji":
        return int_to_kanji(n)
    if style == "full":
        return str(n).translate(TO_FULL_WIDTH_DIGITS)
    return str(n)


_VARIANTS = [
    ("および", "及び"),
    ("または", "又は"),
    ("もしくは", "若しくは"),
    ("ならびに", "並びに"),
    ("あつて", "あって"),
    ("よつて", "よって"),
    ("したがつて", "したがって"),
    ("かつて", "かつて"),
    ("行なう", "行う"),
    ("行なわ", "行わ"),
    ("当つて", "当たって"),
    ("当たつて", "当たって"),
    ("係る", "係る"),
]
_ENCLOSED = {chr(0x2474 + i): f"({i + 1})" for i in range(20)}  # ⑴..⒇
_ENCLOSED.update({chr(0x2460 + i): f"({i + 1})" for i in range(20)})  # ①..⑳


def normalise(text: str) -> str:
    """Lossy normal form for comparing wordings: NFKC, ⑴→(1), conjunctions, old kana, no spaces."""
    for k, v in _ENCLOSED.items():
        text = text.replace(k, v)
    text = unicodedata.normalize("NFKC", text)
    for variant, standard in _VARIANTS:
        text = text.replace(variant, standard)
    return re.sub(r"\s+", "", text)
