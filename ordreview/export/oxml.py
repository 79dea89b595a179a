"""The only module with raw WordprocessingML: small element helpers for the exporters.

python-docx has no API for splitting runs, tracked changes, repeated table headers, page
number fields or east-Asian fonts, so these helpers build and rearrange the elements
themselves, as python-docx's own ``docx.oxml`` layer does beneath its proxies. Everything
here works on lxml elements (``w:p``, ``w:r`` …); ``annotate`` and ``report`` keep to proxies
and call in here for the rest.

Character counting follows the reader (``core.read.docx.paragraph_text``): the text of a
paragraph is the text of its runs in document order, runs inside ``w:ins`` counted (tracked
changes accepted), runs inside ``w:del``/``w:moveFrom`` skipped, runs of nested text boxes
skipped; ``w:t`` gives its text, ``w:tab`` a tab, ``w:br``/``w:cr`` a line break.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

W_P = qn("w:p")
W_R = qn("w:r")
W_T = qn("w:t")
W_RPR = qn("w:rPr")
W_PPR = qn("w:pPr")
_SKIP_ANCESTORS = frozenset({qn("w:del"), qn("w:moveFrom")})
_CHAR_OF: dict[str, str] = {
    qn("w:tab"): "\t",
    qn("w:ptab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "\u2011",
}
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True, slots=True)
class RunSlot:
    """A counted run of a paragraph and its half-open character range in the paragraph text."""

    r: etree._Element
    start: int
    end: int


def run_text(r: etree._Element) -> str:
    """The characters one ``w:r`` contributes to its paragraph's text."""
    out: list[str] = []
    for child in r:
        if child.tag == W_T:
            out.append(child.text or "")
        else:
            char = _CHAR_OF.get(child.tag)
            if char is not None:
                out.append(char)
    return "".join(out)


def _is_counted(r: etree._Element, p: etree._Element) -> bool:
    parent = r.getparent()
    while parent is not None and parent is not p:
        if parent.tag in _SKIP_ANCESTORS or parent.tag == W_P:
            return False
        parent = parent.getparent()
    return parent is p


def iter_run_slots(p: etree._Element) -> Iterator[RunSlot]:
    """Every run of ``p`` that contributes text, with its character range, in document order.

    Uses the reader's own walk (``core.read.docx.run_texts``) so offsets agree with
    ``Document.text`` exactly; the local walk is a fallback with the same rules.
    """
    try:
        from ordreview.core.read.docx import run_texts
    except ImportError:
        pairs = [(r, run_text(r)) for r in p.iter(W_R) if _is_counted(r, p)]
    else:
        pairs = run_texts(p)
    pos = 0
    for r, text in pairs:
        yield RunSlot(r, pos, pos + len(text))
        pos += len(text)


def paragraph_run_text(p: etree._Element) -> str:
    """The paragraph's text as this module counts it (equal to the reader's for real drafts)."""
    return "".join(run_text(s.r) for s in iter_run_slots(p))


def split_run(r: etree._Element, offset: int) -> etree._Element:
    """Split ``r`` at character ``offset`` (0 < offset < len); return the new right-hand run.

    The right-hand run is a deep copy with the same ``w:rPr``, so formatting is kept; the
    text content elements are divided so that the two runs' texts concatenate to the old one.
    """
    right = copy.deepcopy(r)
    _trim_run(r, 0, offset)
    _trim_run(right, offset, None)
    r.addnext(right)
    return right


def _trim_run(r: etree._Element, keep_from: int, keep_to: int | None) -> None:
    """Keep only characters ``[keep_from, keep_to)`` of the run's content elements."""
    pos = 0
    for child in list(r):
        if child.tag == W_RPR:
            continue
        if child.tag == W_T:
            text = child.text or ""
            a, b = pos, pos + len(text)
            lo = max(a, keep_from)
            hi = b if keep_to is None else min(b, keep_to)
            if lo >= hi:
                r.remove(child)
            else:
                child.text = text[lo - a : hi - a]
                child.set(_XML_SPACE, "preserve")
            pos = b
        elif child.tag in _CHAR_OF:
            inside = pos >= keep_from and (keep_to is None or pos < keep_to)
            if not inside:
                r.remove(child)
            pos += 1
        else:
            # non-text content (drawings, field chars, comment references) stays on the left
            if keep_from > 0:
                r.remove(child)


def ensure_boundary(p: etree._Element, offset: int) -> None:
    """Make ``offset`` of the paragraph text fall on a run boundary, splitting a run if needed."""
    for slot in iter_run_slots(p):
        if slot.start < offset < slot.end:
            if slot.r.find(qn("w:ruby")) is None:  # a ruby run stays whole
                split_run(slot.r, offset - slot.start)
            return


def runs_covering(p: etree._Element, start: int, end: int) -> list[etree._Element]:
    """The counted, non-empty runs of ``p`` lying inside ``[start, end)`` (boundaries split first)."""
    ensure_boundary(p, start)
    ensure_boundary(p, end)
    return [s.r for s in iter_run_slots(p) if s.start >= start and s.end <= end and s.end > s.start]


def first_text_run(p: etree._Element) -> etree._Element | None:
    """The first counted run of ``p`` that has text, else its first counted run, else ``None``."""
    slots = list(iter_run_slots(p))
    for slot in slots:
        if slot.end > slot.start:
            return slot.r
    return slots[0].r if slots else None


def insert_point_comment(p: etree._Element, offset: int, comment_id: int) -> None:
    """Mark an empty comment range at character ``offset`` of ``p`` (a point comment)."""
    ensure_boundary(p, offset)
    start = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): str(comment_id)})
    end = OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): str(comment_id)})
    ref_run = OxmlElement("w:r")
    ref_run.append(OxmlElement("w:commentReference", attrs={qn("w:id"): str(comment_id)}))
    following = next((s.r for s in iter_run_slots(p) if s.start >= offset and s.end > s.start), None)
    if following is not None:
        following.addprevious(start)
        following.addprevious(end)
        following.addprevious(ref_run)
    else:
        p.append(start)
        p.append(end)
        p.append(ref_run)


# --------------------------------------------------------------------------- tracked changes


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def max_annotation_id(root: etree._Element) -> int:
    """The highest ``w:id`` used by revisions and bookmarks under ``root`` (-1 when none)."""
    best = -1
    for tag in ("w:ins", "w:del", "w:bookmarkStart", "w:moveFrom", "w:moveTo", "w:rPrChange", "w:pPrChange"):
        for el in root.iter(qn(tag)):
            try:
                best = max(best, int(el.get(qn("w:id"), "-1")))
            except ValueError:
                continue
    return best


def wrap_deleted(r: etree._Element, *, rev_id: int, author: str, when: dt.datetime) -> etree._Element:
    """Wrap run ``r`` in a ``w:del`` (its ``w:t`` become ``w:delText``); return the ``w:del``."""
    deleted = OxmlElement(
        "w:del", attrs={qn("w:id"): str(rev_id), qn("w:author"): author, qn("w:date"): _iso(when)}
    )
    r.addprevious(deleted)
    deleted.append(r)
    for t in r.findall(W_T):
        t.tag = qn("w:delText")
    return deleted


def make_inserted_run(
    text: str, *, rpr: etree._Element | None, rev_id: int, author: str, when: dt.datetime
) -> etree._Element:
    """A ``w:ins`` holding one run with ``text`` (formatted with a copy of ``rpr``)."""
    inserted = OxmlElement(
        "w:ins", attrs={qn("w:id"): str(rev_id), qn("w:author"): author, qn("w:date"): _iso(when)}
    )
    r = OxmlElement("w:r")
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    t = OxmlElement("w:t")
    t.text = text
    t.set(_XML_SPACE, "preserve")
    r.append(t)
    inserted.append(r)
    return inserted


def mark_paragraph_inserted(p: etree._Element, *, rev_id: int, author: str, when: dt.datetime) -> None:
    """Mark the paragraph mark of ``p`` as a tracked insertion (``w:pPr/w:rPr/w:ins``)."""
    ppr = p.find(W_PPR)
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    rpr = ppr.find(W_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.insert(
        0,
        OxmlElement(
            "w:ins", attrs={qn("w:id"): str(rev_id), qn("w:author"): author, qn("w:date"): _iso(when)}
        ),
    )


# --------------------------------------------------------------------------- formatting


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


def set_repeat_header(tr: etree._Element) -> None:
    """Flag table row ``tr`` as a header row repeated at the top of every page (``w:tblHeader``)."""
    trpr = tr.get_or_add_trPr()
    if trpr.find(qn("w:tblHeader")) is None:
        trpr.append(OxmlElement("w:tblHeader"))
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.insert(0, OxmlElement("w:cantSplit"))


def set_cant_split(tr: etree._Element) -> None:
    """Keep table row ``tr`` on one page (``w:cantSplit``)."""
    trpr = tr.get_or_add_trPr()
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.insert(0, OxmlElement("w:cantSplit"))


def set_cell_shading(tc: etree._Element, fill: str) -> None:
    """Fill a table cell with the hex colour ``fill`` (e.g. ``"D9D9D9"``)."""
    tcpr = tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd", attrs={qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill})
    tcpr.append(shd)


def append_field(p: etree._Element, instruction: str, *, placeholder: str = "1") -> None:
    """Append a complex field (``w:fldChar`` begin / ``w:instrText`` / separate / end) to ``p``."""

    def run_with(child: etree._Element) -> etree._Element:
        r = OxmlElement("w:r")
        r.append(child)
        p.append(r)
        return r

    run_with(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): "begin"}))
    instr = OxmlElement("w:instrText")
    instr.text = f" {instruction} "
    instr.set(_XML_SPACE, "preserve")
    run_with(instr)
    run_with(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): "separate"}))
    t = OxmlElement("w:t")
    t.text = placeholder
    run_with(t)
    run_with(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): "end"}))


def set_table_borders(tbl: etree._Element, *, size: int = 4) -> None:
    """Give a table single borders on every edge and between cells (size in eighths of a point)."""
    tblpr = tbl.tblPr
    borders = tblpr.find(qn("w:tblBorders"))
    if borders is None:
        borders = OxmlElement("w:tblBorders")
        tblpr.append(borders)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(
            OxmlElement(
                f"w:{edge}",
                attrs={qn("w:val"): "single", qn("w:sz"): str(size), qn("w:space"): "0", qn("w:color"): "auto"},
            )
        )


def set_table_fixed_widths(tbl: etree._Element, widths_twips: list[int]) -> None:
    """Fix the table layout and the grid/cell widths (twips), so columns never overflow the page."""
    tblpr = tbl.tblPr
    layout = tblpr.find(qn("w:tblLayout"))
    if layout is None:
        tblpr.append(OxmlElement("w:tblLayout", attrs={qn("w:type"): "fixed"}))
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:w"), str(sum(widths_twips)))
    tblw.set(qn("w:type"), "dxa")
    grid = tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_twips):
        col.set(qn("w:w"), str(width))
    for tr in tbl.findall(qn("w:tr")):
        for tc, width in zip(tr.findall(qn("w:tc")), widths_twips):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(width))
            tcw.set(qn("w:type"), "dxa")


# --------------------------------------------------------------------------- comments


class CommentWriter:
    """Adds comments to a document with ids allocated once, not by a scan per comment.

    python-docx's ``Comments.add_comment`` collects every existing ``w:id`` for each new
    comment (quadratic over thousands of findings) and fails on an id that is not a number
    (``w:id="abc"`` in a received draft). Here the ids in use are read once, non-numeric
    ones are left alone, and each new comment takes the next free number below 2**31.
    """

    _MAX_ID = 2**31 - 1

    def __init__(self, document) -> None:  # a python-docx Document
        self._comments = document.comments  # creates the comments part when there is none
        self._elm = self._comments._comments_elm
        self._part = self._comments._comments_part
        self._used: set[int] = set()
        for el in self._elm.iterchildren(qn("w:comment")):
            try:
                self._used.add(int(el.get(qn("w:id"), "")))
            except ValueError:
                continue
        top = max(self._used, default=-1) + 1
        self._next = top if top <= self._MAX_ID else 0

    def add(self, *, author: str, initials: str | None):
        """A new empty comment (one paragraph holding the annotation mark), as python-docx's."""
        from docx.comments import Comment
        from docx.oxml.parser import parse_xml
        from docx.oxml.ns import nsdecls

        while self._next in self._used:
            self._next += 1
        cid = self._next
        self._used.add(cid)
        elm = parse_xml(
            f'<w:comment {nsdecls("w")} w:id="{cid}" w:author="">'
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r></w:p>'
            "</w:comment>"
        )
        self._elm.append(elm)
        elm.author = author
        elm.initials = initials
        elm.date = dt.datetime.now(dt.timezone.utc)
        return Comment(elm, self._part)
