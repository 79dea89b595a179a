"""Two printed columns side by side: put the left column before the right one, page by page.

A 公報 or a 例規集 volume often sets its pages in two columns. A text extractor that keeps the
page's layout (``pdftotext -layout``, a viewer's "copy with layout") then gives, on each row of
text, a line of the left column, a run of spaces (the gutter) and the line of the right column
printed at the same height. Read row by row, every sentence of the left column is cut by one of
the right, and the ordinance's structure is lost.

:func:`find_gutter` recognises such text: on many rows the right column's text starts at the
same column — measured as a terminal shows it (a full-width character two columns wide, as
layout extractors pad it) or in characters — after a run of at least two spaces, while the left
column's lines end before it. The column must be consistent over the text (one layout for every
page), the rows split there must hold text on both sides on a good share of them, and almost no
row may run across it.

:func:`split_columns` then reads each page (pages are separated by form feeds) band by band: the
left parts of the rows, then their right parts; a row that runs across the gutter (a title set
over both columns, a centred page number) closes a band and stays where it is. Only the order of
the lines and the gutter's spaces change; no character is altered, and the caller keeps, for
every character, its offset in the text as read.

Only the stdlib is imported: this runs on the text path.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import accumulate

_GAP = re.compile(r" {2,}")
_WIDE_GAP = re.compile(r"\S {4,}\S")
_MIN_ROWS = 6
"""Fewest rows with text on both sides of the gutter for a text to count as two columns."""
_MAX_CHARS = 2_000_000
"""Longest text looked at (a two-column volume of several hundred pages): beyond it the work of
splitting every row would outgrow the reading budget, and the text is read as it is."""
_SAMPLE_ROWS = 4000
"""Rows the gutter is looked for in (spread over the text): one layout holds for every page."""


@lru_cache(maxsize=4096)
def _char_width(ch: str) -> int:
    return 2 if ch >= "\u1100" and unicodedata.east_asian_width(ch) in "WF" else 1


def _columns(line: str, wide: bool) -> list[int]:
    """The column at which each character of ``line`` starts (and one past the end)."""
    if not wide:
        return list(range(len(line) + 1))
    return list(accumulate(map(_char_width, line), initial=0))


def _segment_starts(line: str, cols: list[int]) -> list[tuple[int, int, int]]:
    """(gap start index, text start index, text start column) of each text after 2+ spaces
    (the indentation of a line counts as such a gap)."""
    out = []
    for m in _GAP.finditer(line):
        if m.end() < len(line):
            out.append((m.start(), m.end(), cols[m.end()]))
    return out


class Gutter:
    """Where the right column starts: ``column`` in the ``wide`` (terminal) or character metric."""

    __slots__ = ("column", "wide")

    def __init__(self, column: int, wide: bool) -> None:
        self.column = column
        self.wide = wide

    def split(self, line: str, cols: list[int] | None = None) -> tuple[int, int] | None:
        """(left end, right start) indices of ``line`` at the gutter; ``(len, len)`` for a row
        that ends before it; ``None`` for a row that runs across it (``cols``: its columns)."""
        if cols is None:
            cols = _columns(line, self.wide)
        if cols[-1] < self.column - 1:
            return len(line), len(line)
        for gap_start, text_start, col in _segment_starts(line, cols):
            if self.column - 1 <= col <= self.column + 2 and cols[gap_start] < self.column - 1:
                return gap_start, text_start
        stripped = len(line.rstrip(" "))
        if cols[stripped] < self.column - 1:
            return stripped, len(line)
        return None


def _vote(rows: list[str], all_cols: list[list[int]]) -> tuple[int, int] | None:
    """The most common start column of text after a gap and the rows with text left of it
    (columns one apart count as the same gutter seen with a padding difference), or None."""
    starts: Counter[int] = Counter()
    for line, cols in zip(rows, all_cols):
        for gap_start, _, col in _segment_starts(line, cols):
            if gap_start > 0:  # text on the left: a row of two columns
                starts[col] += 1
    if not starts:
        return None
    column, _ = starts.most_common(1)[0]
    return column, sum(n for c, n in starts.items() if column - 1 <= c <= column + 2)


def find_gutter(text: str) -> Gutter | None:
    """The gutter of text laid out in two columns, or ``None`` (see the module docstring)."""
    if len(text) > _MAX_CHARS or text.count("    ") < _MIN_ROWS or len(_WIDE_GAP.findall(text)) < _MIN_ROWS:
        return None  # cheap tests first: a clean draft has no run of spaces inside a line
    rows = [line.rstrip("\r") for line in text.replace("\f", "\n").split("\n") if line.strip()]
    if len(rows) > _SAMPLE_ROWS:
        rows = rows[:: len(rows) // _SAMPLE_ROWS + 1]
    if sum(1 for line in rows if _WIDE_GAP.search(line)) < 0.25 * len(rows):
        return None
    best: tuple[int, Gutter] | None = None
    for wide in (True, False):
        all_cols = [_columns(line, wide) for line in rows]
        found = _vote(rows, all_cols)
        if found is None:
            continue
        column, both = found
        if both < max(_MIN_ROWS, 0.25 * len(rows)):
            continue
        scale = max(cols[-1] for cols in all_cols)
        if not 0.3 * scale <= column <= 0.75 * scale:
            continue
        gutter = Gutter(column, wide)
        lefts = [gutter.split(line, cols) for line, cols in zip(rows, all_cols)]
        if sum(1 for cut in lefts if cut is None) > max(2, 0.05 * len(rows)):
            continue  # rows running across the gutter: no gutter
        # the right column holds a good share of the text (not a table or two inside one column)
        if sum(1 for line, cut in zip(rows, lefts) if cut is not None and cut[1] < len(line)) < 0.35 * len(rows):
            continue
        # the left column's lines fill most of its width (not a hanging indent after (1))
        split = [(cols, cut) for line, cols, cut in zip(rows, all_cols, lefts)
                 if cut is not None and cut[1] < len(line) and cut[0] > 0]
        widths = sorted(cols[cut[0]] for cols, cut in split)
        if not widths or widths[len(widths) // 2] < 0.5 * column:
            continue
        # and so do the right column's (not the short cells of a table)
        right_widths = sorted(cols[-1] - cols[cut[1]] for cols, cut in split)
        if right_widths[len(right_widths) // 2] < 0.5 * (scale - column):
            continue
        if best is None or both > best[0]:
            best = (both, gutter)
    return best[1] if best else None


def split_columns(text: str, src: list[int], gutter: Gutter) -> tuple[str, list[int], int]:
    """Reorder the rows of every page: left column, then right column, band by band.

    ``src[i]`` is the offset in the text as read of character ``i`` of ``text``; the returned
    list is the same for the returned text (a line break closing a moved line takes the offset
    of the row's own line end). Returns the text, its offsets and the number of rows split.
    """
    out: list[str] = []
    out_src: list[int] = []
    split_rows = 0
    pos = 0
    end_of_text = src[-1] + 1 if src else 0

    def emit(start: int, stop: int, newline_at: int) -> None:
        out.append(text[start:stop])
        out_src.extend(src[start:stop])
        out.append("\n")
        out_src.append(src[newline_at] if newline_at < len(src) else end_of_text)

    pages = text.split("\f")
    for p, page in enumerate(pages):
        rows = page.split("\n")
        left: list[tuple[int, int, int]] = []  # (start, stop, newline index) in text
        right: list[tuple[int, int, int]] = []

        def flush() -> None:
            while left and left[-1][0] == left[-1][1]:
                right_blank = left.pop()  # the column's empty bottom: after the right column
                right.append(right_blank)
            for piece in left + right:
                emit(*piece)
            left.clear()
            right.clear()

        row_pos = pos
        for r, row in enumerate(rows):
            last_row = r == len(rows) - 1
            body = row.rstrip("\r")
            newline_at = row_pos + len(row)  # the "\n" (or "\f", or end) after the row
            cut = gutter.split(body) if body.strip() else (0, 0)
            if cut is None:
                flush()
                if last_row:
                    out.append(text[row_pos:newline_at])
                    out_src.extend(src[row_pos:newline_at])
                else:
                    emit(row_pos, newline_at, newline_at)
            elif last_row and not body.strip():
                flush()
                out.append(text[row_pos:newline_at])
                out_src.extend(src[row_pos:newline_at])
            else:
                left_end, right_start = cut
                left.append((row_pos, row_pos + left_end, newline_at))
                if right_start < len(body):
                    right.append((row_pos + right_start, row_pos + len(body), newline_at))
                    split_rows += left_end > 0
                else:
                    right.append((newline_at, newline_at, newline_at))
                if last_row:
                    flush()
                    # the page's last row had no line end of its own: drop the one emitted
                    out.pop()
                    out_src.pop()
            row_pos = newline_at + 1
        pos += len(page)
        if p < len(pages) - 1:
            out.append("\f")
            out_src.append(src[pos])
            pos += 1
    return "".join(out), out_src, split_rows
