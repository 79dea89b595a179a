"""Hand-made inputs for the export tests and readers of what the exporters wrote.

The builders make small Word drafts (several runs with different formatting, a table, an
existing comment), review values built by hand from core.model, and the readers walk an
output .docx the way Word shows it: comment ranges, underlined runs, tracked changes.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from ordreview.core.checks.registry import finding_id
from ordreview.core.model import (
    Annotation,
    Block,
    Comparison,
    Coverage,
    DiffChunk,
    Document,
    Finding,
    FindingId,
    Locator,
    Location,
    Ordinance,
    RequirementId,
    Review,
    Reviewer,
    RuleId,
    SourceInfo,
    Span,
)

REVIEWER = Reviewer(name="法制 太郎", initials="HT")

# (text, bold, italic) runs per paragraph; the draft every docx test starts from
DRAFT_RUNS: list[list[tuple[str, bool, bool]]] = [
    [("架空市個人情報保護条例", True, False)],
    [("（定義）", False, False)],
    [("第2条　この条例において、", False, False), ("次の各号に掲げる用語", True, False), ("の意義は、当該各号に定めるところによる。", False, False)],
    [("(1)　個人情報　", False, False), ("生存する個人に関する情報", False, True), ("であって、特定の個人を識別することができるものをいう。", False, False)],
    [("(2)　実施機関　市長、教育委員会及び議会をいう。", False, False)],
    [("（収集の制限）", False, False)],
    [("第3条　実施機関は、個人情報を収集するときは、", False, False), ("適法かつ公正な手段", True, True), ("により収集しなければならない。", False, False)],
]


def make_draft_docx(path: Path, *, with_comment: bool = True, with_table: bool = False) -> Path:
    """Write the hand-made draft to ``path`` (formatting per run, optionally a comment and a table)."""
    d = docx.Document()
    for runs in DRAFT_RUNS:
        p = d.add_paragraph()
        for text, bold, italic in runs:
            r = p.add_run(text)
            r.bold = bold or None
            r.italic = italic or None
            r.font.size = Pt(11)
    if with_table:
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).paragraphs[0].add_run("別表　区分")
        t.cell(0, 1).paragraphs[0].add_run("手数料の額は、1件につき300円とする。")
    if with_comment:
        first = d.paragraphs[0].runs[0]
        d.add_comment(first, text="既存のコメント", author="起案者", initials="KA")
    d.core_properties.title = "架空市個人情報保護条例"
    d.save(str(path))
    return path


def document_from_docx(path: Path) -> Document:
    """The reader's document of a .docx (tracked changes accepted, numbering materialised)."""
    from ordreview.core.read import read_document

    return read_document(path)


def text_document(lines: list[str], *, path: str = "draft.txt", fmt: str = "txt") -> Document:
    """A document of plain lines, as the text reader makes it."""
    src = SourceInfo(path, fmt, "utf-8", "0" * 64, sum(len(x) + 1 for x in lines), "\n")
    kind = "line" if fmt == "txt" else "html"
    return Document.from_blocks(source=src, blocks=[Block(t, Locator(kind, i)) for i, t in enumerate(lines)])


def bare_ordinance(document: Document, *, title: str = "") -> Ordinance:
    """An ordinance with no structure (enough for anchoring tests)."""
    title_span = None
    if title and title in document.text:
        start = document.text.index(title)
        title_span = Span(start, start + len(title))
    return Ordinance(document, title, title_span, (), None, (), (), (), (), (), (), (), ())


def span_of(document: Document, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in the document text."""
    start = -1
    for _ in range(nth + 1):
        start = document.text.index(needle, start + 1)
    return Span(start, start + len(needle))


def finding(
    document: Document,
    span: Span | None,
    *,
    rule: str = "def.diff",
    requirement: str | None = "A1",
    severity: str = "warning",
    message_ja: str = "定義が法と異なります。",
    message_en: str = "The definition differs from the Act.",
    suggestion: str = "",
    comparison: Comparison | None = None,
    point: str = "A",
    statute: str = "行政機関個人情報保護法 第2条第2項",
) -> Finding:
    """A finding anchored on ``span`` of ``document``."""
    anchor = span.slice(document.text) if span is not None else ""
    return Finding(
        id=finding_id(rule, requirement, anchor, message_ja),
        rule=RuleId(rule),
        requirement=RequirementId(requirement) if requirement else None,
        severity=severity,  # type: ignore[arg-type]
        point=point,  # type: ignore[arg-type]
        location=Location(None, None, None, span),
        code="test.finding",
        message_ja=message_ja,
        message_en=message_en,
        statute=statute,
        suggestion=suggestion,
        anchor_text=anchor,
        comparison=comparison,
    )


def review_of(ordinance: Ordinance, findings: list[Finding], coverage: tuple[Coverage, ...] = ()) -> Review:
    """A review holding ``findings``."""
    return Review(ordinance, "basic-policy-2016", "2016.1", coverage, {}, tuple(findings))


def annotation(f: Finding, status: str, comment: str) -> Annotation:
    """An officer's annotation on ``f``."""
    return Annotation(FindingId(f.id), status, comment, "法制 太郎", "2026-11-27T00:00:00Z", 1)


def comparison(draft: str, statute: str, chunks: tuple[DiffChunk, ...], draft_span: Span | None) -> Comparison:
    """A definition comparison."""
    return Comparison("個人情報の定義", "Definition of personal information", draft, statute,
                      "行政機関個人情報保護法 第2条第2項", chunks, draft_span)


# --------------------------------------------------------------------------- reading outputs


def anchored_texts(path: Path, *, view: str = "draft", ours: str = REVIEWER.name) -> dict[int, str]:
    """Comment id → the text between its range start and end, paragraphs joined with "\\n".

    ``view`` "draft" reads the text as the reader read the source: the exporter's own
    tracked changes (author ``ours``) undone, the draft's own changes accepted. "accepted"
    accepts every change (the text after the drafting section accepts the suggestions).
    """
    d = docx.Document(str(path))
    body = d.element.body
    open_ids: dict[int, list[str]] = {}
    done: dict[int, str] = {}

    def change_author(el, tag) -> str | None:
        for a in el.iterancestors(qn(tag)):
            return a.get(qn("w:author"))
        return None

    for el in body.iter():
        tag = el.tag
        if tag == qn("w:commentRangeStart"):
            open_ids[int(el.get(qn("w:id")))] = []
        elif tag == qn("w:commentRangeEnd"):
            cid = int(el.get(qn("w:id")))
            done[cid] = "".join(open_ids.pop(cid, []))
        elif tag == qn("w:p"):
            for parts in open_ids.values():
                if parts:  # a new paragraph inside an open range
                    parts.append("\n")
        elif tag in (qn("w:t"), qn("w:delText"), qn("w:tab"), qn("w:br")):
            ins_by = change_author(el, "w:ins")
            del_by = change_author(el, "w:del")
            if view == "draft":
                counted = ins_by != ours and (del_by is None or del_by == ours)
            else:
                counted = del_by is None
            if counted:
                char = "\t" if tag == qn("w:tab") else "\n" if tag == qn("w:br") else (el.text or "")
                for parts in open_ids.values():
                    parts.append(char)
    return done


def paragraph_signature(p: etree._Element) -> list[tuple[str, str]]:
    """(text, rPr XML) per text run of ``p``, runs with identical rPr merged (splits undone)."""
    out: list[tuple[str, str]] = []
    for r in p.iter(qn("w:r")):
        text = "".join((t.text or "") for t in r.findall(qn("w:t")))
        if not text:
            continue
        rpr = r.find(qn("w:rPr"))
        key = etree.tostring(rpr).decode() if rpr is not None else ""
        if out and out[-1][1] == key:
            out[-1] = (out[-1][0] + text, key)
        else:
            out.append((text, key))
    return out


def ppr_xml(p: etree._Element) -> str:
    """The paragraph properties as XML ("" when none)."""
    ppr = p.find(qn("w:pPr"))
    return etree.tostring(ppr).decode() if ppr is not None else ""
