"""Runs of a paragraph: counting their characters, splitting them, finding those in a range.

Character counting follows the reader (``core.read.docx.paragraph_text``): the text of a
paragraph is the text of its runs in document order, runs inside ``w:ins`` counted (tracked
changes accepted), runs inside ``w:del``/``w:moveFrom`` skipped, runs of nested text boxes
skipped; ``w:t`` gives its text, ``w:tab`` a tab, ``w:br``/``w:cr`` a line break.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

from ordreview.core.chars import WORD_RUN_CHARS
from ordreview.core.read.docx import run_texts

W_P = qn("w:p")
W_R = qn("w:r")
W_T = qn("w:t")
W_RPR = qn("w:rPr")
W_PPR = qn("w:pPr")
_CHAR_OF: dict[str, str] = {qn(f"w:{name}"): char for name, char in WORD_RUN_CHARS.items()}
_XML_SPACE = qn("xml:space")


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


def iter_run_slots(p: etree._Element) -> Iterator[RunSlot]:
    """Every run of ``p`` that contributes text, with its character range, in document order.

    Uses the reader's own walk (``core.read.docx.run_texts``) so offsets agree with
    ``Document.text`` exactly.
    """
    pos = 0
    for r, text in run_texts(p):
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
