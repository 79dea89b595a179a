"""Formatting python-docx has no API for: east-Asian fonts and language, repeated header rows,
rows kept on one page, cell shading, fixed table widths, page number fields, hanging indents,
and the plain and 傍線 (underlined) runs written in bulk into tables and built drafts.

The functions named after a proxy (``run_``, ``row_``, ``cell_``, ``table_``, ``paragraph_``)
take python-docx's proxy objects; the others take elements, as python-docx's oxml layer does.
"""

from __future__ import annotations

from typing import cast

from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from lxml import etree

from ordreview.export.oxml.elements import XML_SPACE, CT_FldChar, CT_Language, CT_TcPrExt, CT_TrPrExt

_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_east_asian_font(rpr: etree._Element, name: str, *, latin: str | None = None) -> None:
    """Set ``w:rFonts/@w:eastAsia`` (and the Latin faces when ``latin`` is given) on an ``rPr``."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)
    if latin is not None:
        fonts.set(qn("w:ascii"), latin)
        fonts.set(qn("w:hAnsi"), latin)


def run_east_asian_font(run, name: str) -> None:
    """Set one face for a run's Japanese and Latin text (``run`` is a python-docx ``Run``)."""
    set_east_asian_font(run._r.get_or_add_rPr(), name, latin=name)


def style_japanese_font(style, name: str) -> None:
    """Give a python-docx style one face for Japanese and Latin text, theme fonts removed,
    and Japanese as its east-Asian language (``w:lang/@w:eastAsia="ja-JP"``)."""
    rpr = style.element.get_or_add_rPr()
    set_east_asian_font(rpr, name, latin=name)
    fonts = rpr.find(qn("w:rFonts"))
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    cast(CT_Language, lang).eastAsia = "ja-JP"


def row_repeat_as_header(row) -> None:
    """Repeat a python-docx table row at the top of every page, and keep it whole."""
    trpr = cast(CT_TrPrExt, row._tr.get_or_add_trPr())
    trpr.ensure_tbl_header()
    trpr.ensure_cant_split()


def row_cant_split(row) -> None:
    """Keep a python-docx table row on one page."""
    cast(CT_TrPrExt, row._tr.get_or_add_trPr()).ensure_cant_split()


def cell_shading(cell, fill: str) -> None:
    """Fill a python-docx table cell with the hex colour ``fill`` (e.g. ``"D9D9D9"``)."""
    cast(CT_TcPrExt, cell._tc.get_or_add_tcPr()).add_shd(fill)


def table_fixed_widths(table, widths_twips: list[int]) -> None:
    """Fix a python-docx table's layout and its grid and cell widths (twips), so columns never
    overflow the page."""
    table.autofit = False  # w:tblLayout type="fixed", in its place in w:tblPr
    tbl = table._tbl
    tblpr = tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:w"), str(sum(widths_twips)))
    tblw.set(qn("w:type"), "dxa")
    for col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_twips):
        col.set(qn("w:w"), str(width))
    for tr in tbl.findall(qn("w:tr")):
        for tc, width in zip(tr.findall(qn("w:tc")), widths_twips):
            cast(CT_TcPrExt, tc.get_or_add_tcPr()).set_dxa_width(width)


def append_field(p: etree._Element, instruction: str, *, placeholder: str = "1") -> None:
    """Append a complex field (``w:fldChar`` begin / ``w:instrText`` / separate / end) to ``p``."""

    def run_with(child: etree._Element) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        p.append(r)

    def fld_char(kind: str) -> CT_FldChar:
        mark = cast(CT_FldChar, OxmlElement("w:fldChar"))
        mark.fldCharType = kind
        return mark

    run_with(fld_char("begin"))
    instr = OxmlElement("w:instrText")
    instr.text = f" {instruction} "
    instr.set(XML_SPACE, "preserve")
    run_with(instr)
    run_with(fld_char("separate"))
    t = OxmlElement("w:t")
    t.text = placeholder
    run_with(t)
    run_with(fld_char("end"))


def paragraph_page_number(paragraph) -> None:
    """Append a ``PAGE`` field to a python-docx paragraph."""
    append_field(paragraph._p, "PAGE")


def paragraph_element(paragraph) -> CT_P:
    """The ``w:p`` behind a python-docx paragraph (span anchoring works on elements)."""
    return paragraph._p


def new_paragraph() -> CT_P:
    """A new empty ``w:p``, not yet placed."""
    return cast(CT_P, OxmlElement("w:p"))


def set_hanging_indent(p: etree._Element, twips: int) -> None:
    """Indent the paragraph's lines by ``twips``, its first line hanging back as far."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(twips))
    ind.set(qn("w:hanging"), str(twips))
    ppr.append(ind)


def marked_run(text: str, *, underlined: bool, half_points: int) -> CT_R:
    """A run of ``text`` in ``half_points`` size, underlined (傍線) when ``underlined``.

    Built as elements because a 対照表 of a few hundred provisions has thousands of runs and
    python-docx's run API costs about a millisecond each.
    """
    r = cast(CT_R, OxmlElement("w:r"))
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(half_points))
    rpr.append(sz)
    if underlined:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.insert(0, u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(XML_SPACE, "preserve")
    r.append(t)
    return r


def cell_paragraphs(cell, count: int) -> list[CT_P]:
    """The ``w:p`` of a python-docx cell's first paragraph and ``count - 1`` new ones after it."""
    first = cell.paragraphs[0]._p
    tc = first.getparent()
    out = [first]
    for _ in range(count - 1):
        p = new_paragraph()
        tc.append(p)
        out.append(p)
    return out


def body_without_paragraphs(document):
    """Empty a new python-docx document's body of paragraphs and take out its section
    properties; return ``(body, sect_pr)``. Appending paragraphs to the body's end and putting
    ``sect_pr`` back last (``restore_section``) avoids python-docx's search for ``w:sectPr`` on
    every ``add_paragraph`` (quadratic in the paragraph count)."""
    body = document.element.body
    for p in list(body.iter(qn("w:p"))):
        body.remove(p)
    sect_pr = body.find(qn("w:sectPr"))
    if sect_pr is not None:
        body.remove(sect_pr)
    return body, sect_pr


def restore_section(body, sect_pr) -> None:
    """Put back the section properties ``body_without_paragraphs`` took out."""
    if sect_pr is not None:
        body.append(sect_pr)
