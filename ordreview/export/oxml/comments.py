"""Comments: new ``w:comment`` entries with cheaply allocated ids, and the marks that anchor
them in the text (a range over runs, or an empty range at a point)."""

from __future__ import annotations

import datetime as dt
from typing import cast

from docx.comments import Comment
from docx.oxml.comments import CT_Comment
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.oxml.text.run import CT_R
from lxml import etree

from ordreview.export.oxml.elements import CT_Markup
from ordreview.export.oxml.runs import ensure_boundary, iter_run_slots


def mark_comment_range(first: etree._Element, last: etree._Element, comment_id: int) -> None:
    """Let comment ``comment_id`` cover the runs from ``first`` to ``last`` (inclusive)."""
    cast(CT_R, first).insert_comment_range_start_above(comment_id)
    cast(CT_R, last).insert_comment_range_end_and_reference_below(comment_id)


def insert_point_comment(p: etree._Element, offset: int, comment_id: int) -> None:
    """Mark an empty comment range at character ``offset`` of ``p`` (a point comment)."""
    ensure_boundary(p, offset)
    start = CT_Markup.new("w:commentRangeStart", comment_id)
    end = CT_Markup.new("w:commentRangeEnd", comment_id)
    ref_run = OxmlElement("w:r")
    ref_run.append(CT_Markup.new("w:commentReference", comment_id))
    following = next((s.r for s in iter_run_slots(p) if s.start >= offset and s.end > s.start), None)
    if following is not None:
        following.addprevious(start)
        following.addprevious(end)
        following.addprevious(ref_run)
    else:
        p.append(start)
        p.append(end)
        p.append(ref_run)


class CommentWriter:
    """Adds comments to a document with ids allocated once, not by a scan per comment.

    python-docx's ``Comments.add_comment`` collects every existing ``w:id`` for each new
    comment (quadratic over thousands of findings) and fails on an id that is not a number
    (``w:id="abc"`` in a received draft). Here the ids in use are read once, non-numeric
    ones are left alone, and each new comment takes the next free number below 2**31.
    """

    _MAX_ID = 2**31 - 1

    def __init__(self, document) -> None:  # a python-docx Document
        comments = document.comments  # creates the comments part when there is none
        self._elm = comments._comments_elm
        self._part = comments._comments_part
        self._used: set[int] = set()
        for el in self._elm.iterchildren(qn("w:comment")):
            try:
                self._used.add(int(el.get(qn("w:id"), "")))
            except ValueError:
                continue
        top = max(self._used, default=-1) + 1
        self._next = top if top <= self._MAX_ID else 0

    def add(self, *, author: str, initials: str | None) -> Comment:
        """A new empty comment (one paragraph holding the annotation mark), as python-docx's."""
        while self._next in self._used:
            self._next += 1
        cid = self._next
        self._used.add(cid)
        elm = cast(CT_Comment, OxmlElement("w:comment"))
        elm.id = cid
        elm.author = ""
        p = elm.add_p()
        p.get_or_add_pPr().style = "CommentText"
        r = p.add_r()
        r.get_or_add_rPr().style = "CommentReference"
        r.append(OxmlElement("w:annotationRef"))
        self._elm.append(elm)
        elm.author = author
        elm.initials = initials
        elm.date = dt.datetime.now(dt.timezone.utc)
        return Comment(elm, self._part)

    @staticmethod
    def set_date(comment: Comment, when: dt.datetime) -> None:
        """Date ``comment`` at ``when`` (the time the officer wrote the note)."""
        comment._comment_elm.date = when
