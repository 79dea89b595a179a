"""The document model shared by every layer: source blocks, the ordinance tree, findings.

Everything here is an immutable value. Text positions are half-open ``[start, end)`` offsets
into one text, ``Document.text`` (identical to ``Ordinance.text``): the reader's blocks
joined with ``"\\n"``. That text is *not* NFKC-normalised, so that offsets map straight back
to the source; matching code folds characters one-for-one (see ``core.text``) so that spans
computed on the folded text are valid on the original.

Identifiers are ``NewType``s so that an article number cannot be passed where a checklist
requirement id is expected.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NewType

if TYPE_CHECKING:
    from ordreview.core.read.cleanup import SourceMap

ArticleNum = NewType("ArticleNum", str)
"""e-Gov style article number: ``"2"``, ``"34_2"`` (第34条の2), ``"2_2_2"``, ``"3:5"`` (a range
deleted together: 第3条から第5条まで　削除)."""

RequirementId = NewType("RequirementId", str)
"""Checklist requirement id, as in the profile (``resources/profiles/*.json``; docs/domain.md): ``"A1"``, ``"C14"``, ``"O15"``."""

RuleId = NewType("RuleId", str)
"""Id of a registered check rule, e.g. ``"gap"``, ``"def.diff"``, ``"ref.unresolved"``."""

FindingId = NewType("FindingId", str)
"""Stable finding id: derived from rule, requirement and anchor text, never from offsets,
so that the same finding in a revised draft gets the same id."""

SourceFormat = Literal["docx", "txt", "html", "pdf"]
Severity = Literal["error", "warning", "info"]
Point = Literal["A", "B", "C", "other"]
CoverageStatus = Literal["covered", "partial", "missing", "not_applicable"]

SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open ``[start, end)`` range of characters in ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """True if ``other`` lies inside this span (an empty span at either edge counts)."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True if the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]


# --------------------------------------------------------------------------- source


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a block came from in the source file.

    Attributes:
        kind: ``"docx"`` (a ``w:p`` of the body), ``"line"`` (a line of a text file),
            ``"html"`` (a block element of an HTML page) or ``"pdf"`` (a line of a PDF page).
        index: for ``docx``, the index of the paragraph in the sequence
            ``core.read.docx.iter_body_paragraphs(body)`` yields: every ``w:p`` of the body in
            document order, table-cell paragraphs included, the duplicate paragraphs under
            ``mc:Fallback`` skipped (a paragraph split at ``w:br`` gives several blocks with one
            index); for ``line``, the 0-based line number; for ``html``, the ordinal of the
            block element; for ``pdf``, the 0-based page.
        in_table: True for a docx paragraph that sits inside a table cell.
        line: for ``pdf``, the 0-based line on the page (as laid out by ``core.read.pdf``)
            where the block starts; 0 elsewhere.
    """

    kind: Literal["docx", "line", "html", "pdf"]
    index: int
    in_table: bool = False
    line: int = 0


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph or line of the source, in document order.

    Attributes:
        text: the text as a reader of the printed document sees it, with Word's automatic
            numbering materialised at the front (e.g. ``"第3条　"``) and tracked changes
            accepted.
        locator: where the block is in the source file.
        prefix_len: how many leading characters of ``text`` were generated from Word's
            numbering (``w:numPr``) and so exist in no run; 0 when none. Character
            ``prefix_len + k`` of ``text`` is character ``k`` of the paragraph's run text
            (see ``core.read.docx.paragraph_text``).
        style: the paragraph style name for docx (``None`` elsewhere).
    """

    text: str
    locator: Locator
    prefix_len: int = 0
    style: str | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Facts about the file a document was read from.

    Attributes:
        path: the path as given (never written to).
        format: ``"docx"``, ``"txt"``, ``"html"`` or ``"pdf"``.
        encoding: the detected text encoding (``"utf-8"``, ``"utf-8-sig"``, ``"cp932"``,
            ``"euc_jp"``, ``"utf-16"`` …); ``None`` for docx.
        sha256: hex digest of the file's bytes.
        size: the file's size in bytes.
        newline: ``"\\r\\n"``, ``"\\n"`` or ``"\\r"`` for text files, ``None`` otherwise.
    """

    path: str
    format: SourceFormat
    encoding: str | None
    sha256: str
    size: int
    newline: str | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning raised while reading or parsing, rendered through ``core.messages``.

    Attributes:
        code: message code registered in ``core.messages`` (e.g. ``"read.tracked_changes"``).
        message_ja: the Japanese message.
        message_en: the English message.
        span: where in ``Document.text`` it applies; ``None`` for the whole document.
    """

    code: str
    message_ja: str
    message_en: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader returns: the source's blocks and the one text all spans index.

    Attributes:
        source: facts about the file.
        blocks: the blocks in document order.
        text: ``"\\n".join(b.text for b in blocks)``.
        block_starts: offset in ``text`` of each block's first character.
        notices: warnings from reading (e.g. tracked changes accepted, encoding guessed).
        title_hint: a title the container states (HTML ``<title>``, docx core
            properties), or ``None``.
        source_map: for a text whose extraction artefacts were removed (PDF-extracted text,
            a PDF file), where each character of ``text`` is in the text as read from the
            file (``core.read.cleanup.SourceMap``); ``None`` when ``text`` is the file's text.
    """

    source: SourceInfo
    blocks: tuple[Block, ...]
    text: str
    block_starts: tuple[int, ...]
    notices: tuple[Notice, ...] = ()
    title_hint: str | None = None
    source_map: SourceMap | None = None

    @classmethod
    def from_blocks(
        cls,
        *,
        source: SourceInfo,
        blocks: tuple[Block, ...] | list[Block],
        notices: tuple[Notice, ...] | list[Notice] = (),
        title_hint: str | None = None,
        source_map: SourceMap | None = None,
    ) -> Document:
        """Build a document, computing ``text`` and ``block_starts`` from the blocks."""
        starts: list[int] = []
        pos = 0
        for block in blocks:
            starts.append(pos)
            pos += len(block.text) + 1
        return cls(
            source=source,
            blocks=tuple(blocks),
            text="\n".join(b.text for b in blocks),
            block_starts=tuple(starts),
            notices=tuple(notices),
            title_hint=title_hint,
            source_map=source_map,
        )

    def block_at(self, offset: int) -> int:
        """Index of the block containing ``offset`` (a separator belongs to the block before)."""
        from bisect import bisect_right

        return max(0, bisect_right(self.block_starts, offset) - 1)


# --------------------------------------------------------------------------- ordinance tree


@dataclass(frozen=True, slots=True)
class Item:
    """A 号 or any depth of 号の細分 (sub-item).

    Attributes:
        num: e-Gov style ordinal: ``"1"``, ``"2_2"`` (第2号の2); sub-items count from ``"1"``
            at each level as e-Gov's ``Subitem1`` … do.
        title: the printed marker: ``"(1)"``, ``"（１）"``, ``"⑴"``, ``"一"``, ``"ア"``, ``"(ア)"``.
        text: the item's own sentence, without its marker and without its sub-items.
        span: the whole item, marker and sub-items included.
        items: sub-items in order.
    """

    num: str
    title: str
    text: str
    span: Span
    items: tuple[Item, ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A 項.

    Attributes:
        num: 1-based paragraph number (the first paragraph is 1 even though unprinted).
        printed_num: the printed number (``"2"``, ``"２"``) or ``None`` when implicit.
        text: the paragraph's sentences (柱書), without its items.
        span: the whole paragraph, items included.
        items: the 号 in order.
        proviso: the span of a ただし書 within the paragraph, or ``None``.
    """

    num: int
    printed_num: str | None
    text: str
    span: Span
    items: tuple[Item, ...] = ()
    proviso: Span | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A 条.

    Attributes:
        num: e-Gov style number, e.g. ``"34_2"``.
        title: the printed title, e.g. ``"第34条の2"``.
        caption: the 見出し without brackets (``"定義"``), a common caption shared with the
            articles before it included; ``None`` when the article has none.
        caption_span: the span of the bracketed caption line, or ``None`` when the article
            has no caption of its own (none at all, or one shared common caption printed
            above an earlier article).
        paragraphs: the 項 in order.
        span: the article from its caption (or title) to the end of its last paragraph.
        chapter: ``key`` of the innermost 章/節/款 containing it (``"2.1"`` for 第2章第1節,
            see ``Division.key``), or ``None``.
        deleted: True for ``第N条　削除`` and ranges ``第N条から第M条まで　削除``.
        in_suppl: True for an article of the 附則.
    """

    num: ArticleNum
    title: str
    caption: str | None
    caption_span: Span | None
    paragraphs: tuple[Paragraph, ...]
    span: Span
    chapter: str | None = None
    deleted: bool = False
    in_suppl: bool = False


@dataclass(frozen=True, slots=True)
class Division:
    """A 章, 節, 款 or 目.

    Attributes:
        kind: ``"章"``, ``"節"``, ``"款"`` or ``"目"``.
        num: e-Gov style number within its parent, e.g. ``"5_2"`` (第5章の2).
        key: a unique key over the whole ordinance: ``"5_2"`` for a chapter,
            ``"2.1"`` for section 1 of chapter 2.
        title: the printed heading number, e.g. ``"第5章の2"``.
        caption: the heading text after the number, e.g. ``"非識別加工情報の提供"``.
        span: from the heading to the end of the division's last article.
        parent: ``key`` of the enclosing division, or ``None``.
        articles: the numbers of the articles in it, in order.
    """

    kind: str
    num: str
    key: str
    title: str
    caption: str
    span: Span
    parent: str | None = None
    articles: tuple[ArticleNum, ...] = ()


@dataclass(frozen=True, slots=True)
class TocEntry:
    """A line of the 目次, with the article range it states (``第1条―第3条``)."""

    text: str
    span: Span
    division_title: str
    first: ArticleNum | None
    last: ArticleNum | None


@dataclass(frozen=True, slots=True)
class SupplProvision:
    """A 附則 (supplementary provisions), the original one or one of a later amendment.

    Attributes:
        label: the heading as printed (``"附則"``, ``"付　則"``).
        amend_law_num: the amending ordinance's number when the heading carries one
            (``"平成29年条例第5号"``), else ``None``.
        articles: the 附則's articles when written with 条.
        paragraphs: the 附則's paragraphs when written with 項 only.
        span: the whole 附則.
    """

    label: str
    amend_law_num: str | None
    articles: tuple[Article, ...]
    paragraphs: tuple[Paragraph, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class AppendedTable:
    """A 別表 or 様式, kept as text."""

    title: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class NodeRef:
    """An address in the ordinance tree: article, paragraph and item.

    ``None`` at a level means "the whole of the level above". ``item`` is the path of item
    numbers joined by ``"."``: ``"2"`` for 第2号, ``"2.1"`` for its first sub-item.
    """

    article: ArticleNum | None
    paragraph: int | None = None
    item: str | None = None


TermScope = Literal["ordinance", "chapter", "section", "article", "paragraph", "item"]


@dataclass(frozen=True, slots=True)
class Term:
    """A defined term (定義語 or 略称).

    Attributes:
        term: the term, e.g. ``"個人情報"``.
        definition: the defining text (what follows とは up to をいう, or what the inline
            parenthesis abbreviates).
        style: ``"paragraph"`` (項-style 「X」とは…をいう), ``"item"`` (号-style list),
            ``"inline"`` (（以下「X」という。）/ をいう。以下同じ。) or ``"collective"`` (と総称する).
        where: the node that holds the definition.
        scope: how far the definition reaches.
        scope_span: the text range the definition governs (from the definition onward for
            inline 略称).
        span: the span of the defining text in the document.
        term_span: the span of the term itself (inside 「」 where quoted).
    """

    term: str
    definition: str
    style: Literal["paragraph", "item", "inline", "collective"]
    where: NodeRef
    scope: TermScope
    scope_span: Span
    span: Span
    term_span: Span


@dataclass(frozen=True, slots=True)
class Reference:
    """A cross-reference found in the text.

    Attributes:
        text: the reference as written (``"前条第2項"``, ``"法第2条第3項"``).
        span: its position.
        source: the node containing the reference.
        target: the resolved node, or ``None`` when it could not be resolved (or is external).
        external_law: for a reference into another instrument, the law's name or 略称 as
            written (``"法"``, ``"行政機関個人情報保護法"``, ``"情報公開条例"``); else ``None``.
        kind: ``"absolute"`` (第N条…), ``"relative"`` (前条, 同項, 前各号 …), ``"range"``
            (第3条から第5条まで) or ``"external"``.
        range_end: for a range, the resolved last node (``None`` if unresolved or no range).
        address: the node the reference names, resolved against its context, whether or not
            it exists (``前条第2項第3号又は第5号`` in 第13条: ``第5号`` names 第12条第2項第5号);
            for a range, its first node. Equal to ``target`` whenever ``target`` is set.
            ``None`` for external references and where the context gives no address (前条 of
            the first article, 前項 of a first paragraph, 同条 with no antecedent).
    """

    text: str
    span: Span
    source: NodeRef
    target: NodeRef | None
    external_law: str | None
    kind: Literal["absolute", "relative", "range", "external"]
    range_end: NodeRef | None = None
    address: NodeRef | None = None


@dataclass(frozen=True, slots=True)
class Ordinance:
    """The parsed draft.

    Attributes:
        document: the source document (its ``text`` is what every span indexes).
        title: the ordinance's title, e.g. ``"○○市個人情報保護条例"``; ``""`` if none found.
        title_span: the title's span, or ``None``.
        preamble: lines before the first article that are not the title or 目次 (公布文,
            条例番号 …), as ``(text, span)``.
        law_num: the ordinance number line, e.g. ``"平成17年条例第12号"``, or ``None``.
        toc: the 目次 entries.
        divisions: every 章/節/款/目 in document order.
        articles: the main-provision articles in document order.
        suppl_provisions: the 附則, in order.
        tables: 別表 and 様式.
        terms: defined terms, in document order.
        references: cross-references, in document order.
        notices: reading and parsing warnings (reader notices first).
        unplaced: spans of text the parser could not place in the tree (also warned about).
    """

    document: Document
    title: str
    title_span: Span | None
    preamble: tuple[tuple[str, Span], ...]
    law_num: str | None
    toc: tuple[TocEntry, ...]
    divisions: tuple[Division, ...]
    articles: tuple[Article, ...]
    suppl_provisions: tuple[SupplProvision, ...]
    tables: tuple[AppendedTable, ...]
    terms: tuple[Term, ...]
    references: tuple[Reference, ...]
    notices: tuple[Notice, ...]
    unplaced: tuple[Span, ...] = ()
    _index: dict[str, Article] = field(default_factory=dict, compare=False, repr=False)
    _starts: list[int] = field(default_factory=list, compare=False, repr=False)

    @property
    def text(self) -> str:
        """The one text every span indexes."""
        return self.document.text

    def article(self, num: str) -> Article | None:
        """The main-provision article with e-Gov number ``num``, or ``None``."""
        if not self._index:
            self._index.update((a.num, a) for a in self.articles)
        return self._index.get(num)

    def locate(self, offset: int) -> NodeRef:
        """The deepest main-provision node containing ``offset`` (article None if outside)."""
        for art in self._articles_near(offset):
            if art.span.start <= offset < art.span.end:
                for para in art.paragraphs:
                    if para.span.start <= offset < para.span.end:
                        path: list[str] = []
                        items = para.items
                        while True:
                            hit = next(
                                (i for i in items if i.span.start <= offset < i.span.end), None
                            )
                            if hit is None:
                                break
                            path.append(hit.num)
                            items = hit.items
                        return NodeRef(art.num, para.num, ".".join(path) or None)
                return NodeRef(art.num)
        return NodeRef(None)

    def _articles_near(self, offset: int) -> tuple[Article, ...]:
        """The only article that can hold ``offset`` (by bisection), or all when spans overlap."""
        arts = self.articles
        if not self._starts and arts:
            ordered = all(a.span.end <= b.span.start for a, b in zip(arts, arts[1:]))
            if ordered:
                self._starts.extend(a.span.start for a in arts)
            else:
                self._starts.append(-1)
        if not arts or self._starts[0] == -1:
            return arts
        i = bisect_right(self._starts, offset) - 1
        return arts[i : i + 1] if i >= 0 else ()


# --------------------------------------------------------------------------- review results


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding or a piece of evidence sits: a node and the exact span.

    ``span`` is ``None`` only for a finding about the whole draft with no better anchor.
    A finding on a cell of a 新旧対照表 bill also has ``table_row`` (1-based, header rows
    excluded, counted across the bill's tables) and ``column`` (``"new"`` = 改正後 or
    ``"old"`` = 改正前); both are ``None`` elsewhere.
    """

    article: ArticleNum | None
    paragraph: int | None
    item: str | None
    span: Span | None
    table_row: int | None = None
    column: Literal["new", "old"] | None = None


@dataclass(frozen=True, slots=True)
class DiffChunk:
    """A typed diff chunk with half-open offsets into both texts (as in Meld's ``DiffChunk``).

    ``tag`` is ``"equal"``, ``"insert"`` (only in b), ``"delete"`` (only in a) or
    ``"replace"``.
    """

    tag: Literal["equal", "insert", "delete", "replace"]
    start_a: int
    end_a: int
    start_b: int
    end_b: int


@dataclass(frozen=True, slots=True)
class Comparison:
    """A draft provision compared with the statute text it follows.

    Attributes:
        label_ja / label_en: what is compared, e.g. ``"個人情報の定義"``.
        draft: the draft's text (a = left side of the chunks).
        statute: the statute's text (b).
        statute_ref: e.g. ``"行政機関個人情報保護法 第2条第2項"``.
        chunks: diff chunks, after the benign substitutions were normalised away (so an
            ``equal`` chunk may hide 実施機関 ↔ 行政機関).
        draft_span: where ``draft`` sits in the document.
    """

    label_ja: str
    label_en: str
    draft: str
    statute: str
    statute_ref: str
    chunks: tuple[DiffChunk, ...]
    draft_span: Span | None


@dataclass(frozen=True, slots=True)
class Finding:
    """One gap or inconsistency.

    Attributes:
        id: stable id (rule + requirement + anchor text, numbers masked; see
            ``core.checks.registry.finding_id`` and ``core.checks.stable_ids``).
        rule: the rule that raised it.
        requirement: the checklist requirement it concerns, or ``None`` for a pure drafting
            finding that maps to no checklist item.
        severity: ``"error"``, ``"warning"`` or ``"info"``.
        point: ``"A"``, ``"B"``, ``"C"`` or ``"other"``.
        location: where it is anchored.
        code: message code in ``core.messages``.
        message_ja / message_en: the rendered message.
        statute: the statute reference it rests on (``"行政機関個人情報保護法 第2条第3項"``), or ``""``.
        policy: the Basic Policy passage it rests on, or ``""``.
        suggestion: suggested wording in Japanese, or ``""``.
        anchor_text: the text of ``location.span`` (what the Word comment is anchored on).
        evidence: further places that support the finding.
        comparison: for definition findings, the draft-vs-statute comparison.
        place: the place label (``core.labels.place_label``) stored with the finding, ``""``
            for a fresh one; names a finding of an earlier revision, whose node is in that
            revision's text. Not part of the finding's identity.
    """

    id: FindingId
    rule: RuleId
    requirement: RequirementId | None
    severity: Severity
    point: Point
    location: Location
    code: str
    message_ja: str
    message_en: str
    statute: str = ""
    policy: str = ""
    suggestion: str = ""
    anchor_text: str = ""
    evidence: tuple[Location, ...] = ()
    comparison: Comparison | None = None
    place: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Coverage:
    """How a requirement is met by the draft.

    Attributes:
        requirement: the checklist id.
        status: ``"covered"``, ``"partial"``, ``"missing"`` or ``"not_applicable"``.
        evidence: the nodes that show presence, best first.
        confidence: 0..1 score of the best evidence.
        margin: confidence minus the runner-up candidate's score (0 when there is none).
        reason: ``None`` when the match is clear, ``"ambiguous"`` when the margin is small,
            ``"below_floor"`` when the best score is under the profile's floor,
            ``"conditional"`` when not applicable because of another requirement (C0).
    """

    requirement: RequirementId
    status: CoverageStatus
    evidence: tuple[Location, ...]
    confidence: float
    margin: float
    reason: str | None


@dataclass(frozen=True, slots=True)
class Review:
    """The result of checking one ordinance against one profile.

    Attributes:
        ordinance: the parsed draft.
        profile_id / profile_version: which profile was used.
        coverage: per requirement, in profile order.
        article_requirements: per article number, the requirements it serves.
        findings: sorted by location (document order), then severity.
    """

    ordinance: Ordinance
    profile_id: str
    profile_version: str
    coverage: tuple[Coverage, ...]
    article_requirements: dict[str, tuple[RequirementId, ...]]
    findings: tuple[Finding, ...]


# --------------------------------------------------------------------------- officer's annotations

ANNOTATION_STATUSES: tuple[str, ...] = ("unreviewed", "needs_fix", "no_action", "on_hold")
"""Stored status codes, in display order."""

STATUS_LABELS: dict[str, tuple[str, str]] = {
    "unreviewed": ("未確認", "Not reviewed"),
    "needs_fix": ("要修正", "Needs fixing"),
    "no_action": ("対応不要", "No action needed"),
    "on_hold": ("保留", "On hold"),
}
"""Status code → (Japanese label, English label)."""


@dataclass(frozen=True, slots=True)
class Annotation:
    """An officer's status and comment on one finding, as the store hands it out.

    Attributes:
        finding_id: the stable id of the finding it belongs to.
        status: one of ``ANNOTATION_STATUSES``.
        comment: free text, possibly empty.
        author: who wrote it last (reviewer name).
        updated_at: ISO 8601 timestamp of the last change (UTC).
        version: optimistic-locking counter, 1 for the first save.
    """

    finding_id: FindingId
    status: str
    comment: str
    author: str
    updated_at: str
    version: int


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Who reviews: used as the Word comment author and in the audit trail."""

    name: str
    initials: str
