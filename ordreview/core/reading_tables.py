"""読替え tables written as text lines under the paragraph that announces them.

「…の規定は、…について準用する。この場合において、次の表の上欄に掲げる同法の規定中同表の中欄に
掲げる字句は、それぞれ同表の下欄に掲げる字句に読み替えるものとする。」 is followed by rows such as
「第四十四条の十三第一項　政令で定める額　規則で定める額」: a provision of the law read over, the
words it uses and the words that replace them. The rows are not provisions of the ordinance: the
articles they name are the statute's, and the words in the middle column are the statute's own.
"""

from __future__ import annotations

import re
import unicodedata

from ordreview.core.model import Ordinance, Span

ANNOUNCES_TABLE = re.compile(r"次の表の(?:上欄|左欄|第一欄|第1欄)[^。]*読み?替え[^。]*。")


def _tables(ordinance: Ordinance) -> list[tuple[int, Span]]:
    """Each 読替え table as (start of the paragraph holding it, its rows: from the end of the sentence
    announcing the table to the end of the paragraph)."""
    out: list[tuple[int, Span]] = []
    text = ordinance.text
    for article in ordinance.articles:
        for para in article.paragraphs:
            body = para.span.slice(text)
            if "表" not in body:  # no character but 表 itself becomes 表 under NFKC: no table here
                continue
            body = unicodedata.normalize("NFKC", body)
            m = ANNOUNCES_TABLE.search(body)
            if m is None:
                continue
            # NFKC keeps the length of these characters, so offsets carry over
            out.append((para.span.start, Span(para.span.start + m.end(), para.span.end)))
    return out


def reading_table_spans(ordinance: Ordinance) -> list[Span]:
    """The rows of every 読替え table: from the end of the sentence announcing the table to the
    end of the paragraph that holds it."""
    return [rows for _, rows in _tables(ordinance)]


_ABSOLUTE = re.compile(r"第\s*[0-9０-９〇一二三四五六七八九十百千]+\s*条")
# the run a table reads over is a statute's: 「行政機関個人情報保護法第四章の二（…）の規定は、…準用する。」,
# 「法第44条の3から…までの規定は」, 「同法の規定中」 (never 「第20条から第23条までの規定は」, the draft's own)
_STATUTE_RUN = re.compile(r"(?:法律|法)(?:\([^()]*\))?第\s*[0-9０-９〇一二三四五六七八九十百千]+\s*[条章]|同法の規定")


class TableRows:
    """The rows of the draft's 読替え tables, read once for the reference rules: which rows read a
    statute's provisions over, and which cells are the words read in."""

    def __init__(self, ordinance: Ordinance) -> None:
        tables = _tables(ordinance)
        text = ordinance.text
        self.rows = [rows for _, rows in tables]
        self.statute_rows = [rows for start, rows in tables  # (the applying sentence before the table)
                             if _STATUTE_RUN.search(unicodedata.normalize("NFKC", text[start : rows.start]))]
        self.read_in = replacement_cells(ordinance) if self.statute_rows else []

    def read_over(self, start: int, ref_text: str) -> bool:
        """True for a reference at ``start`` that a 読替え row reads in another provision than the article
        holding the table: any reference of a row reading a statute over, but in the words read in (the
        draft's own: 「…条例第十条第一項」), and in a row reading the draft's own articles over one that does
        not name its article (「前条の募集」, 「第3号及び第4号」: read in the row's provision, 「第20条第2項」).
        A reference naming its article in such a row is read as anywhere else."""
        if any(s.start <= start < s.end for s in self.statute_rows):
            return not any(c.start <= start < c.end for c in self.read_in)
        return (any(s.start <= start < s.end for s in self.rows)
                and _ABSOLUTE.match(unicodedata.normalize("NFKC", ref_text)) is None)


_CELL_GAP = re.compile(r"\t+|[ \u3000]{2,}|\u3000")


def replacement_cells(ordinance: Ordinance) -> list[Span]:
    """The last cell (the words read in) of every row of a 読替え table with three or more cells.

    Those words are the draft's own: 「法令等」 read into 「法令」's place uses the draft's 法令等,
    while the middle cell quotes the statute."""
    out: list[Span] = []
    text = ordinance.text
    for table in reading_table_spans(ordinance):
        pos = table.start
        for line in text[table.start : table.end].split("\n"):
            cells = [m for m in re.finditer(r"\S(?:.*?\S)?(?=(?:\t|[ \u3000]{2,}|\u3000|$))", line)]
            if len(_CELL_GAP.split(line.strip())) >= 3 and cells:
                last = cells[-1]
                out.append(Span(pos + last.start(), pos + last.end()))
            elif len(line.strip().split(" ")) == 3 and "\u3000" not in line.strip():
                # a PDF's text keeps one space between the cells of a row: three cells, the last read in
                last_start = line.rstrip().rfind(" ") + 1
                out.append(Span(pos + last_start, pos + len(line.rstrip())))
            pos += len(line) + 1
    return out
