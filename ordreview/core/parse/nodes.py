"""Mutable builders of the structure pass and the frozen values it hands on.

Package-internal: ``structure`` fills the builders while it walks the lines; ``terms`` and
``refs`` read the frozen ``Structure`` and its ``Unit`` list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ordreview.core.model import (
    AppendedTable,
    Article,
    Division,
    NodeRef,
    Notice,
    Span,
    SupplProvision,
    TocEntry,
)

Piece = tuple[int, int]
"""A half-open range of the document text that belongs to one unit's own sentence."""

@dataclass
class Line:
    """A line of the text: its range and the range without surrounding blanks."""

    start: int
    end: int
    cs: int  # first non-blank character
    ce: int  # one past the last non-blank character


@dataclass(kw_only=True)
class _ProvisionB:
    """What a paragraph and an item being built share: their own text, the items below them
    and where their printed marker ends."""

    start: int
    pieces: list[Piece] = field(default_factory=list)
    items: list[ItemB] = field(default_factory=list)
    head_end: int = 0  # end of the printed marker
    memo_end: int = -1

    def end(self) -> int:
        if self.memo_end < 0:  # only called once the pass is over, so it can be kept
            ends = [p[1] for p in self.pieces] + [i.end() for i in self.items]
            self.memo_end = max(ends + [self.start, self.head_end])
        return self.memo_end


@dataclass
class ItemB(_ProvisionB):
    """An item being built (号 or sub-item)."""

    number: int
    family: str
    branch: int
    title: str


@dataclass
class ParaB(_ProvisionB):
    """A paragraph being built (項)."""

    num: int
    printed: str | None


@dataclass
class Level:
    """One open level of item numbering inside a paragraph."""

    family: str
    container: list[ItemB]
    last: ItemB


@dataclass
class ArtB:
    """An article being built (条), or the body of a 附則 written with 項 only."""

    num: str
    title: str
    key: tuple[int, ...]
    start: int
    title_end: int
    caption: str | None = None
    caption_span: Span | None = None
    chapter: str | None = None
    deleted: bool = False
    in_suppl: bool = False
    paras: list[ParaB] = field(default_factory=list)
    stack: list[Level] = field(default_factory=list)
    extra_end: int = 0
    div: DivB | None = None
    memo_end: int = -1

    def end(self) -> int:
        if self.memo_end < 0:
            self.memo_end = max([self.title_end, self.extra_end] + [p.end() for p in self.paras])
        return self.memo_end


@dataclass
class DivB:
    """A 章/節/款/目 being built."""

    kind: str
    num: str
    key: str
    title: str
    caption: str
    start: int
    heading_end: int
    parent: str | None
    articles: list[ArtB] = field(default_factory=list)
    parent_div: DivB | None = None


@dataclass
class SupplB:
    """A 附則 being built."""

    label: str
    amend: str | None
    start: int
    heading_end: int
    articles: list[ArtB] = field(default_factory=list)
    body: ArtB | None = None  # paragraphs of a 附則 written with 項 only
    extra_end: int = 0

    def end(self) -> int:
        ends = [self.heading_end, self.extra_end] + [a.end() for a in self.articles]
        if self.body is not None:
            ends.append(self.body.end())
        return max(ends)


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence-bearing node's own text, as pieces of the document.

    Attributes:
        ref: the node (article ``None`` for units of the 附則).
        pieces: the ranges of the document that make up its text, in order.
        in_suppl: True inside a 附則.
        scope_spans: the spans of the enclosing article, paragraph, item, section, chapter
            (``None`` where there is none), for scoped definitions.
    """

    ref: NodeRef
    pieces: tuple[Piece, ...]
    in_suppl: bool
    scope_spans: dict[str, Span | None]


@dataclass(frozen=True, slots=True)
class Structure:
    """What the structure pass found, ready to go into an ``Ordinance``.

    The fields up to ``unplaced`` are the ``Ordinance``'s own, with the same names and types
    (``tests/core/parse/test_structure_and_ordinance.py`` holds them so); ``units`` and
    ``folded`` are for the term and reference passes only. It is a value of its own because
    it exists before those passes have run, and they read it: an ``Ordinance`` is complete
    (document, terms, references) and is not made until they have.
    """

    title: str
    title_span: Span | None
    preamble: tuple[tuple[str, Span], ...]
    law_num: str | None
    toc: tuple[TocEntry, ...]
    divisions: tuple[Division, ...]
    articles: tuple[Article, ...]
    suppl_provisions: tuple[SupplProvision, ...]
    tables: tuple[AppendedTable, ...]
    notices: tuple[Notice, ...]
    unplaced: tuple[Span, ...]
    units: tuple[Unit, ...]
    folded: str = ""


