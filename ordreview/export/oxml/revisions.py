"""Tracked changes: a rewrite of part of a paragraph as ``w:del``/``w:ins`` pairs, and new
paragraphs marked as inserted.

Every revision carries an id, the author and the time (``RevisionStamp``); ids are taken above
the highest one already used in the document, so a draft with its own tracked changes keeps them.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from lxml import etree

from ordreview.export.oxml.elements import CT_TrackChange
from ordreview.export.oxml.runs import W_PPR, W_RPR, ensure_boundary, first_text_run, iter_run_slots, runs_covering

_ID_CARRIERS = ("w:ins", "w:del", "w:bookmarkStart", "w:moveFrom", "w:moveTo", "w:rPrChange", "w:pPrChange")
_NOT_COPIED_TO_NEW_PARAGRAPHS = ("w:numPr", "w:sectPr", "w:pPrChange")


@dataclass(frozen=True, slots=True)
class RevisionStamp:
    """Who made the revisions, when, and where their next id comes from."""

    author: str
    when: dt.datetime
    new_id: Callable[[], int]


@dataclass(frozen=True, slots=True)
class EditOp:
    """Delete ``length`` characters at ``pos`` (relative to the rewritten range) and insert ``text``."""

    pos: int
    length: int
    text: str


def max_annotation_id(root: etree._Element) -> int:
    """The highest ``w:id`` used by revisions and bookmarks under ``root`` (-1 when none)."""
    best = -1
    for tag in _ID_CARRIERS:
        for el in root.iter(qn(tag)):
            try:
                best = max(best, int(el.get(qn("w:id"), "-1")))
            except ValueError:  # a received draft may carry an id that is not a number
                continue
    return best


def wrap_deleted(r: etree._Element, *, rev_id: int, author: str, when: dt.datetime) -> CT_TrackChange:
    """Wrap run ``r`` in a ``w:del`` (its ``w:t`` become ``w:delText``); return the ``w:del``."""
    deleted = CT_TrackChange.new("w:del", rev_id=rev_id, author=author, when=when)
    r.addprevious(deleted)
    deleted.take_deleted_run(r)
    return deleted


def make_inserted_run(
    text: str, *, rpr: etree._Element | None, rev_id: int, author: str, when: dt.datetime
) -> CT_TrackChange:
    """A ``w:ins`` holding one run with ``text`` (formatted with a copy of ``rpr``)."""
    inserted = CT_TrackChange.new("w:ins", rev_id=rev_id, author=author, when=when)
    inserted.add_text_run(text, rpr=copy.deepcopy(rpr) if rpr is not None else None)
    return inserted


def mark_paragraph_inserted(p: etree._Element, *, rev_id: int, author: str, when: dt.datetime) -> None:
    """Mark the paragraph mark of ``p`` as a tracked insertion (``w:pPr/w:rPr/w:ins``)."""
    _mark_paragraph(p, "w:ins", rev_id=rev_id, author=author, when=when)


def mark_paragraph_deleted(p: etree._Element, *, rev_id: int, author: str, when: dt.datetime) -> None:
    """Mark the paragraph mark of ``p`` as a tracked deletion (``w:pPr/w:rPr/w:del``)."""
    _mark_paragraph(p, "w:del", rev_id=rev_id, author=author, when=when)


def _mark_paragraph(p: etree._Element, tag: str, *, rev_id: int, author: str, when: dt.datetime) -> None:
    """Put the revision ``tag`` first in the run properties of ``p``'s paragraph mark."""
    ppr = p.find(W_PPR)
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    rpr = ppr.find(W_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.insert(0, CT_TrackChange.new(tag, rev_id=rev_id, author=author, when=when))


def delete_paragraph(p: etree._Element, stamp: RevisionStamp) -> bool:
    """Delete paragraph ``p`` as a tracked change: every run of its text in a ``w:del`` and its
    paragraph mark deleted, so that accepting the change removes the paragraph. Returns False,
    and changes nothing, when a run lies inside a hyperlink or an earlier revision."""
    runs = [s.r for s in iter_run_slots(p) if s.end > s.start]
    if any(r.getparent() is not p for r in runs):
        return False
    for r in runs:
        wrap_deleted(r, rev_id=stamp.new_id(), author=stamp.author, when=stamp.when)
    mark_paragraph_deleted(p, rev_id=stamp.new_id(), author=stamp.author, when=stamp.when)
    return True


def _top_level(el: etree._Element, p: etree._Element) -> etree._Element:
    while el.getparent() is not p:
        el = el.getparent()
    return el


def rewrite_range(p: etree._Element, start: int, end: int, edits: Sequence[EditOp], stamp: RevisionStamp) -> bool:
    """Write ``edits`` of the paragraph range ``[start, end)`` as tracked changes.

    Each edit becomes a ``w:del`` of the runs it removes (split at its ends) followed by a
    ``w:ins`` of its text, formatted as the first deleted run, or as the run before the
    insertion point (the one after it at the start of the paragraph). Returns False, and
    changes nothing, when a run of the range lies inside a hyperlink or an earlier revision.
    """
    runs = runs_covering(p, start, end)
    if not runs or any(r.getparent() is not p for r in runs):
        return False
    for edit in sorted(edits, key=lambda e: e.pos, reverse=True):
        at = start + edit.pos
        rpr_source: etree._Element | None = None
        anchor_after: etree._Element | None = None
        anchor_before: etree._Element | None = None
        if edit.length:
            deleted_runs = runs_covering(p, at, at + edit.length)
            rpr_source = deleted_runs[0] if deleted_runs else None
            wrapper = None
            for r in deleted_runs:
                wrapper = wrap_deleted(r, rev_id=stamp.new_id(), author=stamp.author, when=stamp.when)
            anchor_after = wrapper
        else:
            ensure_boundary(p, at)
            slots = list(iter_run_slots(p))
            after = next((s.r for s in slots if s.start >= at and s.end > s.start), None)
            before = next((s.r for s in reversed(slots) if s.end <= at and s.end > s.start), None)
            rpr_source = before if before is not None else after
            if before is not None:
                anchor_after = _top_level(before, p)
            elif after is not None:
                anchor_before = _top_level(after, p)
        if edit.text:
            rpr = rpr_source.find(W_RPR) if rpr_source is not None else None
            ins = make_inserted_run(edit.text, rpr=rpr, rev_id=stamp.new_id(), author=stamp.author, when=stamp.when)
            if anchor_after is not None:
                anchor_after.addnext(ins)
            elif anchor_before is not None:
                anchor_before.addprevious(ins)
            else:
                p.append(ins)
    return True


def insert_paragraphs_after(anchor: etree._Element, lines: Sequence[str], stamp: RevisionStamp) -> None:
    """Insert one paragraph per non-blank line after ``anchor``, all tracked as inserted.

    The new paragraphs take ``anchor``'s paragraph properties (without its numbering, section
    break or own revision) and the formatting of its first run with text.
    """
    ppr = anchor.find(W_PPR)
    model_run = first_text_run(anchor)
    rpr = model_run.find(W_RPR) if model_run is not None else None
    last = anchor
    for line in lines:
        if not line.strip():
            continue
        p = OxmlElement("w:p")
        if ppr is not None:
            new_ppr = copy.deepcopy(ppr)
            for tag in _NOT_COPIED_TO_NEW_PARAGRAPHS:
                for el in new_ppr.findall(qn(tag)):
                    new_ppr.remove(el)
            p.append(new_ppr)
        mark_paragraph_inserted(p, rev_id=stamp.new_id(), author=stamp.author, when=stamp.when)
        p.append(make_inserted_run(line, rpr=rpr, rev_id=stamp.new_id(), author=stamp.author, when=stamp.when))
        last.addnext(p)
        last = p


__all__ = [
    "EditOp",
    "delete_paragraph",
    "mark_paragraph_deleted",
    "RevisionStamp",
    "insert_paragraphs_after",
    "make_inserted_run",
    "mark_paragraph_inserted",
    "max_annotation_id",
    "rewrite_range",
    "wrap_deleted",
]
