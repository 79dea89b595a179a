"""Mapping ``Document.text`` spans onto the ``w:p`` elements and runs of a Word document.

Each block of the reviewed document lies in one ``w:p``: for a .docx draft the paragraph its
``Locator.index`` names (in ``core.read.docx.iter_body_paragraphs`` order; a paragraph with
line breaks gives several blocks), for a .txt/.html draft the paragraph ``docx_build`` wrote
for it. A span becomes one segment per paragraph it touches, in the paragraph's run-text
coordinates (``core.read.docx.paragraph_text``): the reader's contract is that a
paragraph's blocks joined by ``"\n"`` are exactly the numbering prefix plus that text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ordreview.core.model import Document, Span
from ordreview.core.read.docx import iter_body_paragraphs
from ordreview.export import oxml


@dataclass(frozen=True, slots=True)
class BlockParagraph:
    """The ``w:p`` holding one block, and where the block starts in the paragraph's run text.

    ``start`` is negative for a first block that carries a numbering prefix
    (``-prefix_len``): those characters exist in no run.
    """

    p: oxml.Element
    start: int = 0


@dataclass(frozen=True, slots=True)
class Segment:
    """The part of a span inside one paragraph.

    Attributes:
        block: index of the block in ``Document.blocks``.
        p: the paragraph element.
        start / end: half-open range in the paragraph's run text.
        in_prefix: True when the span's part in this block lies wholly inside numbering text
            that no run holds.
    """

    block: int
    p: oxml.Element
    start: int
    end: int
    in_prefix: bool


def body_paragraphs(body: oxml.Element) -> list[oxml.Element]:
    """Every ``w:p`` of the body in the reader's order (``Locator.index`` indexes this list)."""
    return list(iter_body_paragraphs(body))


class SpanMapper:
    """Turns spans of ``document.text`` into paragraph segments.

    Attributes:
        document: the reviewed document.
        paragraphs: per block, its ``BlockParagraph`` (``None`` when the block has no
            paragraph in the output, e.g. a locator that points past the body).
    """

    def __init__(self, document: Document, paragraphs: Sequence[BlockParagraph | None]) -> None:
        self.document = document
        self.paragraphs = list(paragraphs)

    def segments(self, span: Span) -> Iterator[Segment]:
        """The span's segments, one per paragraph it touches, in document order."""
        doc = self.document
        first = doc.block_at(span.start)
        last = doc.block_at(max(span.start, span.end - 1))
        current: Segment | None = None
        for i in range(first, last + 1):
            bp = self.paragraphs[i] if i < len(self.paragraphs) else None
            if bp is None:
                continue
            base = doc.block_starts[i]
            length = len(doc.blocks[i].text)
            a = max(span.start, base) - base
            b = min(span.end, base + length) - base
            if b < a:  # the span ends on the separator before this block
                continue
            seg = Segment(
                block=i,
                p=bp.p,
                start=max(0, a + bp.start),
                end=max(0, b + bp.start),
                in_prefix=b > a and b + bp.start <= 0,
            )
            if current is not None and current.p is seg.p:
                # a line break inside one paragraph: the "\n" is a character of its run text
                current = Segment(current.block, current.p, current.start, seg.end, current.in_prefix and seg.in_prefix)
                continue
            if current is not None:
                yield current
            current = seg
        if current is not None:
            yield current

    def first_paragraph(self) -> BlockParagraph | None:
        """The paragraph of the first block that has one."""
        return next((bp for bp in self.paragraphs if bp is not None), None)
