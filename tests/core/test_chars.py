"""The shared table of special characters and the numeral style built on it."""

from __future__ import annotations

import pytest

from ordreview.core.chars import TO_FULL_WIDTH_DIGITS, TO_HALF_WIDTH_DIGITS, leading_blanks
from ordreview.core.text import fold, kanji_to_int, numeral_style, write_number


@pytest.mark.parametrize(
    ("printed", "style"),
    [("第三十四条", "kanji"), ("第千二条", "kanji"), ("第３４条", "full"), ("第34条", "arabic"), ("附則", "arabic")],
)
def test_numeral_style(printed: str, style: str) -> None:
    assert numeral_style(printed) == style


@pytest.mark.parametrize("n", [1, 9, 10, 11, 34, 102, 1200, 9999])
def test_write_number_reads_back_in_every_style(n: int) -> None:
    for style in ("kanji", "full", "arabic"):
        written = write_number(n, style)
        assert kanji_to_int(written) == n
        assert numeral_style(f"第{written}条") == style


def test_digit_tables_agree_with_fold() -> None:
    digits = "0123456789"
    full = digits.translate(TO_FULL_WIDTH_DIGITS)
    assert full == "０１２３４５６７８９"
    assert full.translate(TO_HALF_WIDTH_DIGITS) == fold(full) == digits


def test_leading_blanks_counts_both_spaces() -> None:
    assert leading_blanks("\u3000 \u3000第1条") == 3
    assert leading_blanks("第1条　") == 0
