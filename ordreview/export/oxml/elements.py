"""Element classes for the WordprocessingML that ordreview adds, registered with python-docx.

python-docx gives each element it understands a class (``CT_R`` for ``w:r``, ``CT_TrPr`` for
``w:trPr`` …) through its parser's element-class lookup; properties and children are declared
with ``OptionalAttribute``/``RequiredAttribute`` and ``ZeroOrOne``. The elements it has no class
for — tracked changes, comment range marks, complex fields, cell shading, the language of a
run — get one here, registered the same way (``register_element_cls``), so that every element
python-docx creates or parses with these tags is one of these classes and the rest of the
exporter calls methods instead of spelling tags and attributes.

Importing this module registers the classes; ``ordreview.export.oxml`` imports it first.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement, register_element_cls
from docx.oxml.shared import CT_OnOff
from docx.oxml.simpletypes import ST_DateTime, ST_DecimalNumber, ST_String
from docx.oxml.table import CT_TcPr, CT_TrPr
from docx.oxml.text.run import CT_R
from docx.oxml.xmlchemy import BaseOxmlElement, OptionalAttribute, RequiredAttribute

XML_SPACE = qn("xml:space")


class CT_TrackChange(BaseOxmlElement):
    """``w:ins`` or ``w:del``: a tracked insertion or deletion with its author and time.

    As a run container (child of ``w:p``) it holds the inserted or deleted runs; inside a
    paragraph mark's ``w:rPr`` it marks the paragraph mark itself as inserted or deleted.
    """

    id: int = RequiredAttribute("w:id", ST_DecimalNumber)  # pyright: ignore[reportAssignmentType]
    author: str = RequiredAttribute("w:author", ST_String)  # pyright: ignore[reportAssignmentType]
    date: dt.datetime | None = OptionalAttribute("w:date", ST_DateTime)  # pyright: ignore[reportAssignmentType]

    @classmethod
    def new(cls, tag: str, *, rev_id: int, author: str, when: dt.datetime) -> CT_TrackChange:
        """A new ``w:ins`` (``tag="w:ins"``) or ``w:del`` stamped with id, author and time."""
        el = cast(CT_TrackChange, OxmlElement(tag))
        el.id = rev_id
        el.author = author
        el.date = when
        return el

    def add_text_run(self, text: str, *, rpr: BaseOxmlElement | None = None) -> CT_R:
        """Append a run holding ``text`` (space preserved), formatted with ``rpr`` when given."""
        r = cast(CT_R, OxmlElement("w:r"))
        if rpr is not None:
            r.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set(XML_SPACE, "preserve")
        r.append(t)
        self.append(r)
        return r

    def take_deleted_run(self, r: CT_R) -> None:
        """Move run ``r`` into this ``w:del``; its ``w:t`` become ``w:delText`` (as Word writes them)."""
        self.append(r)
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")


class CT_Markup(BaseOxmlElement):
    """``w:commentRangeStart``, ``w:commentRangeEnd`` and ``w:commentReference``: a comment's id."""

    id: int = RequiredAttribute("w:id", ST_DecimalNumber)  # pyright: ignore[reportAssignmentType]

    @classmethod
    def new(cls, tag: str, comment_id: int) -> CT_Markup:
        el = cast(CT_Markup, OxmlElement(tag))
        el.id = comment_id
        return el


class CT_FldChar(BaseOxmlElement):
    """``w:fldChar``: the begin, separate or end mark of a complex field."""

    fldCharType: str = RequiredAttribute("w:fldCharType", ST_String)  # pyright: ignore[reportAssignmentType]


class CT_InstrText(BaseOxmlElement):
    """``w:instrText``: a field instruction (``PAGE``)."""


class CT_Shd(BaseOxmlElement):
    """``w:shd``: shading of a cell, as a pattern value, a pattern colour and a fill colour."""

    val: str = RequiredAttribute("w:val", ST_String)  # pyright: ignore[reportAssignmentType]
    color: str | None = OptionalAttribute("w:color", ST_String)  # pyright: ignore[reportAssignmentType]
    fill: str | None = OptionalAttribute("w:fill", ST_String)  # pyright: ignore[reportAssignmentType]


class CT_Language(BaseOxmlElement):
    """``w:lang``: the languages of a run's text; ``eastAsia`` is the one for Japanese text."""

    eastAsia: str | None = OptionalAttribute("w:eastAsia", ST_String)  # pyright: ignore[reportAssignmentType]


class CT_Border(BaseOxmlElement):
    """One edge of ``w:tblBorders`` (``w:top``, ``w:insideH`` …), created by ``CT_TblBorders``.

    Not registered: the same tag names are cell margins (``CT_TblWidth``) elsewhere.
    """


class CT_TrPrExt(CT_TrPr):
    """``w:trPr`` as python-docx declares it, with the row flags ordreview sets.

    ``cantSplit`` keeps a row on one page; ``tblHeader`` repeats the row at the top of each page.
    """

    def ensure_cant_split(self) -> None:
        if self.find(qn("w:cantSplit")) is None:
            self.insert(0, OxmlElement("w:cantSplit"))

    def ensure_tbl_header(self) -> None:
        if self.find(qn("w:tblHeader")) is None:
            self.append(OxmlElement("w:tblHeader"))


class CT_TcPrExt(CT_TcPr):
    """``w:tcPr`` as python-docx declares it, with the shading and width ordreview sets."""

    def add_shd(self, fill: str) -> CT_Shd:
        """Append a clear shading filled with the hex colour ``fill``."""
        shd = cast(CT_Shd, OxmlElement("w:shd"))
        shd.val = "clear"
        shd.color = "auto"
        shd.fill = fill
        self.append(shd)
        return shd

    def set_dxa_width(self, twips: int) -> None:
        """Fix the cell's width in twips (``w:tcW``, added first when missing)."""
        tcw = self.find(qn("w:tcW"))
        if tcw is None:
            tcw = OxmlElement("w:tcW")
            self.insert(0, tcw)
        tcw.set(qn("w:w"), str(twips))
        tcw.set(qn("w:type"), "dxa")


register_element_cls("w:ins", CT_TrackChange)
register_element_cls("w:del", CT_TrackChange)
register_element_cls("w:commentRangeStart", CT_Markup)
register_element_cls("w:commentRangeEnd", CT_Markup)
register_element_cls("w:commentReference", CT_Markup)
register_element_cls("w:fldChar", CT_FldChar)
register_element_cls("w:instrText", CT_InstrText)
register_element_cls("w:shd", CT_Shd)
register_element_cls("w:lang", CT_Language)
register_element_cls("w:cantSplit", CT_OnOff)
register_element_cls("w:tblHeader", CT_OnOff)
register_element_cls("w:trPr", CT_TrPrExt)
register_element_cls("w:tcPr", CT_TcPrExt)
