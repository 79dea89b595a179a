"""Word tables with the underline (傍線) of every character: the reader of 新旧対照表 bills.

:func:`read_docx_tables` opens a .docx with the same safety limits as the draft reader and
returns the paragraphs outside tables (title, operative sentence, notes) and every top-level
table: rows of cells, each cell a list of paragraphs with their text (counted exactly as
``core.read.docx.paragraph_text`` counts it: tracked changes accepted) and the half-open
ranges of underlined characters.

A run is underlined when its own ``w:u`` (or that of its character style, following
``basedOn``) has a value other than ``none``; single, double, wavy, dotted … all count
(municipalities use 下線, 傍線 and 二重傍線 alike). Bold (太字) runs are kept apart
(``bold``): a few bills mark moved provisions in 太字 and say so in their operative sentence, and
only the caller knows whether the bill does. Nested tables are read as part of their
cell's paragraphs' text only when they hold paragraphs of their own (rare in 対照表).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from lxml import etree

from ordreview.core.errors import ReadError
from ordreview.core.read import codes
from ordreview.core.read.docx import iter_body_paragraphs, run_texts
from ordreview.core.read.numbering import w
from ordreview.core.read.package import Package

_OFF = {"none", "0", "false", "off"}


@dataclass(frozen=True, slots=True)
class CellParagraph:
    """One paragraph of a table cell.

    Attributes:
        text: the paragraph's text.
        marks: half-open ranges of underlined characters, in order, merged.
        index: the paragraph's position in the body (``Locator.index`` of the draft reader).
        bold: half-open ranges of bold characters, in order, merged.
    """

    text: str
    marks: tuple[tuple[int, int], ...]
    index: int
    bold: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class TableCell:
    """A cell: its paragraphs in order."""

    paragraphs: tuple[CellParagraph, ...]

    @property
    def text(self) -> str:
        """The paragraphs joined by ``"\\n"``."""
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def marks(self) -> tuple[tuple[int, int], ...]:
        """The underlined ranges on :attr:`text`."""
        out: list[tuple[int, int]] = []
        pos = 0
        for p in self.paragraphs:
            out.extend((s + pos, e + pos) for s, e in p.marks)
            pos += len(p.text) + 1
        return tuple(out)

    @property
    def bold(self) -> tuple[tuple[int, int], ...]:
        """The bold ranges on :attr:`text`."""
        out: list[tuple[int, int]] = []
        pos = 0
        for p in self.paragraphs:
            out.extend((s + pos, e + pos) for s, e in p.bold)
            pos += len(p.text) + 1
        return tuple(out)


@dataclass(frozen=True, slots=True)
class WordTable:
    """A top-level table: rows of cells (merged cells appear once per grid column they start)."""

    rows: tuple[tuple[TableCell, ...], ...]


@dataclass(frozen=True, slots=True)
class TableDocument:
    """What a 対照表 bill holds: the text around the tables and the tables, in order.

    Attributes:
        path: the file read.
        paragraphs: the body paragraphs outside any table (title, 制定文, 附則 …), as text.
        tables: the top-level tables in document order.
    """

    path: str
    paragraphs: tuple[str, ...]
    tables: tuple[WordTable, ...]


class _CharStyles:
    def __init__(self, root: etree._Element | None) -> None:
        self.underline: dict[str, bool | None] = {}
        self.bold: dict[str, bool | None] = {}
        self.based_on: dict[str, str] = {}
        if root is None:
            return
        for st in root.iter(w("style")):
            sid = st.get(w("styleId")) or ""
            based = st.find(w("basedOn"))
            if based is not None:
                self.based_on[sid] = based.get(w("val")) or ""
            self.underline[sid] = _u_value(st.find(w("rPr")))
            self.bold[sid] = _b_value(st.find(w("rPr")))

    def underlined(self, style_id: str) -> bool:
        return self._inherited(self.underline, style_id)

    def emboldened(self, style_id: str) -> bool:
        return self._inherited(self.bold, style_id)

    def _inherited(self, table: dict[str, bool | None], style_id: str) -> bool:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            value = table.get(style_id)
            if value is not None:
                return value
            style_id = self.based_on.get(style_id, "")
        return False


def _u_value(rpr: etree._Element | None) -> bool | None:
    if rpr is None:
        return None
    u = rpr.find(w("u"))
    if u is None:
        return None
    return (u.get(w("val")) or "single").lower() not in _OFF


def _b_value(rpr: etree._Element | None) -> bool | None:
    if rpr is None:
        return None
    b = rpr.find(w("b"))
    if b is None:
        return None
    return (b.get(w("val")) or "true").lower() not in _OFF


def _run_bold(run: etree._Element, styles: _CharStyles) -> bool:
    rpr = run.find(w("rPr"))
    direct = _b_value(rpr)
    if direct is not None:
        return direct
    if rpr is not None:
        rs = rpr.find(w("rStyle"))
        if rs is not None:
            return styles.emboldened(rs.get(w("val")) or "")
    return False


def _run_underlined(run: etree._Element, styles: _CharStyles) -> bool:
    rpr = run.find(w("rPr"))
    direct = _u_value(rpr)
    if direct is not None:
        return direct
    if rpr is not None:
        rs = rpr.find(w("rStyle"))
        if rs is not None:
            return styles.underlined(rs.get(w("val")) or "")
    return False


def _paragraph(p: etree._Element, index: int, styles: _CharStyles) -> CellParagraph:
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    bold: list[tuple[int, int]] = []
    pos = 0
    for run, text in run_texts(p):
        for flagged, ranges in ((_run_underlined(run, styles), marks), (_run_bold(run, styles), bold)):
            if not flagged:
                continue
            if ranges and ranges[-1][1] == pos:
                ranges[-1] = (ranges[-1][0], pos + len(text))
            else:
                ranges.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
    return CellParagraph("".join(parts), tuple(marks), index, tuple(bold))


def read_docx_tables(path: str | os.PathLike[str]) -> TableDocument:
    """Read the tables of a .docx with their underlines (see the module docstring).

    Raises:
        ReadError / LimitExceededError: as the draft reader (missing, damaged, not Word,
            too large, unsafe XML).
    """
    from ordreview.core.read import load_bytes

    name = os.fspath(path)
    data, kind = load_bytes(name)
    if kind != "zip":
        raise ReadError(codes.NOT_WORD, path=name)
    package = Package(data, path=name)
    main = package.main_document()
    root = None if main is None else package.xml(main)
    if root is None or root.tag != w("document"):
        raise ReadError(codes.NOT_WORD, path=name)
    styles_name = package.target(main, "/styles")
    styles = _CharStyles(None if styles_name is None else package.xml(styles_name))
    body = root.find(w("body"))
    if body is None:
        raise ReadError(codes.EMPTY, path=name)
    # the list keeps lxml's element proxies alive, so that ``id`` names the same proxy below
    paragraphs = list(iter_body_paragraphs(body))
    index_of = {id(p): i for i, p in enumerate(paragraphs)}
    outside: list[str] = []
    tables: list[WordTable] = []
    for child in body:
        if child.tag == w("p"):
            outside.append(_paragraph(child, index_of.get(id(child), -1), styles).text)
        elif child.tag == w("tbl"):
            tables.append(_table(child, index_of, styles))
        elif child.tag == w("sdt"):  # a content control around body paragraphs
            for p in child.iter(w("p")):
                if next(p.iterancestors(w("tbl")), None) is None:
                    outside.append(_paragraph(p, index_of.get(id(p), -1), styles).text)
            for tbl in child.iter(w("tbl")):
                if next(tbl.iterancestors(w("tbl")), None) is None:
                    tables.append(_table(tbl, index_of, styles))
    return TableDocument(name, tuple(outside), tuple(tables))


def _table(tbl: etree._Element, index_of: dict[int, int], styles: _CharStyles) -> WordTable:
    rows: list[tuple[TableCell, ...]] = []
    for tr in tbl.iter(w("tr")):
        if next(tr.iterancestors(w("tbl"))) is not tbl:
            continue  # a row of a nested table
        cells: list[TableCell] = []
        for tc in tr.iter(w("tc")):
            if next(tc.iterancestors(w("tr"))) is not tr:
                continue
            paragraphs = [
                _paragraph(p, index_of.get(id(p), -1), styles)
                for p in tc.iter(w("p"))
                if next(p.iterancestors(w("tc"))) is tc
            ]
            cells.append(TableCell(tuple(paragraphs)))
        rows.append(tuple(cells))
    return WordTable(tuple(rows))
