"""The special characters of Japanese statute text, in one table.

Digits come in three sets: half-width (``2``), full-width (``２``, as 縦書き-era drafts and many
例規集 print them) and kanji (``二``, as statutes print article numbers; ``一〇二`` positional in
some numbering). Lines are indented with the ideographic space (U+3000) as well as the ASCII
space. A Word run's text has characters that are elements rather than text (a tab, a line break,
a non-breaking hyphen).

Code that needs one of these characters takes it from here rather than keeping a copy of its
own. ``core.text`` builds on them: ``fold`` (the one-for-one folding of full-width forms used
for matching), kanji numerals (``kanji_to_int``, ``int_to_kanji``) and a draft's numeral style
(``numeral_style``, ``write_number``).
"""

from __future__ import annotations

HALF_WIDTH_DIGITS = "0123456789"
FULL_WIDTH_DIGITS = "０１２３４５６７８９"
KANJI_DIGITS = "〇一二三四五六七八九"
"""Kanji digits by value, as positional numbering writes them (一〇二)."""
KANJI_DIGIT_VALUES = {ch: value for value, ch in enumerate(KANJI_DIGITS)}
"""The value of each kanji digit (〇 → 0 … 九 → 9)."""
KANJI_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}
"""The value of each unit character of a kanji numeral below 万."""
KANJI_NUMERAL_CHARS = "〇零一二三四五六七八九十百千"
"""Every character of a kanji numeral as provisions use them (三十四, 百二, 千二百)."""
ITERATION_MARK = "々"
AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
"""The 五十音 order in which items below a 号 are lettered (ア, イ, ウ …)."""
IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
"""The いろは order, the older lettering of items (イ, ロ, ハ …)."""
IDEOGRAPHIC_SPACE = "\u3000"
BLANKS = " " + IDEOGRAPHIC_SPACE
"""The blanks that indent a line of statute text and separate a number from its text."""

TO_FULL_WIDTH_DIGITS = str.maketrans(HALF_WIDTH_DIGITS, FULL_WIDTH_DIGITS)
TO_HALF_WIDTH_DIGITS = str.maketrans(FULL_WIDTH_DIGITS, HALF_WIDTH_DIGITS)
TO_KANJI_DIGITS = str.maketrans(HALF_WIDTH_DIGITS, KANJI_DIGITS)

WORD_RUN_CHARS: dict[str, str] = {
    "tab": "\t",
    "ptab": "\t",
    "br": "\n",
    "cr": "\n",
    "noBreakHyphen": "\u2011",
}
"""WordprocessingML run children (local names) that stand for one character of the run's text."""


def leading_blanks(line: str) -> int:
    """How many blanks (ASCII or ideographic spaces) open ``line``."""
    return len(line) - len(line.lstrip(BLANKS))
