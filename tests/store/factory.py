"""Hand-made core values for the store tests (no engine needed).

``make_review(title, ids)`` builds a tiny ordinance text and one finding per id, anchored
on successive lines, so tests can state exactly which findings a revision has.
"""

from __future__ import annotations

import hashlib

from ordreview.core.model import (
    Block,
    Comparison,
    DiffChunk,
    Document,
    Finding,
    FindingId,
    Locator,
    Location,
    Ordinance,
    Review,
    Reviewer,
    RuleId,
    RequirementId,
    SourceInfo,
    Span,
)

REVIEWER = Reviewer(name="山田 花子", initials="YH")
OTHER = Reviewer(name="佐藤 一郎", initials="SI")


def make_document(title: str, body: str) -> Document:
    """A text document whose first line is ``title``; sha256 is of its UTF-8 text."""
    lines = [title, *body.splitlines()]
    raw = "\n".join(lines).encode("utf-8")
    source = SourceInfo(
        path=f"/drafts/{hashlib.sha1(raw).hexdigest()[:8]}.txt",
        format="txt",
        encoding="utf-8",
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        newline="\n",
    )
    blocks = [Block(text=line, locator=Locator("line", i)) for i, line in enumerate(lines)]
    return Document.from_blocks(source=source, blocks=blocks)


def make_finding(fid: str, *, n: int = 0, with_comparison: bool = False) -> Finding:
    """A finding with id ``fid`` anchored on characters ``[10n, 10n+5)``."""
    comparison = None
    if with_comparison:
        comparison = Comparison(
            label_ja="個人情報の定義",
            label_en="Definition of personal information",
            draft="生存する個人に関する情報",
            statute="生存する個人に関する情報であって",
            statute_ref="行政機関個人情報保護法 第2条第2項",
            chunks=(DiffChunk("equal", 0, 12, 0, 12), DiffChunk("insert", 12, 12, 12, 16)),
            draft_span=Span(3, 15),
        )
    return Finding(
        id=FindingId(fid),
        rule=RuleId("gap"),
        requirement=RequirementId("A1"),
        severity="warning",
        point="A",
        location=Location(article="2", paragraph=1, item=None, span=Span(10 * n, 10 * n + 5)),
        code="check.gap.missing",
        message_ja=f"指摘 {fid}",
        message_en=f"Finding {fid}",
        statute="行政機関個人情報保護法 第2条第3項",
        policy="基本方針 3",
        suggestion="「個人識別符号」の定義を置くこと。",
        anchor_text=f"アンカー{n}",
        evidence=(Location(article="3", paragraph=2, item="1", span=Span(1, 4)),),
        comparison=comparison,
    )


def make_review(title: str, ids: list[str], *, body: str = "第1条　この条例は…") -> Review:
    """A review of a draft titled ``title`` with one finding per id, in order."""
    body = body + "\n" + "\n".join(ids)  # content differs when the findings differ
    doc = make_document(title, body)
    ordinance = Ordinance(
        document=doc,
        title=title,
        title_span=Span(0, len(title)),
        preamble=(),
        law_num=None,
        toc=(),
        divisions=(),
        articles=(),
        suppl_provisions=(),
        tables=(),
        terms=(),
        references=(),
        notices=(),
    )
    findings = tuple(
        make_finding(fid, n=i, with_comparison=(i == 0)) for i, fid in enumerate(ids)
    )
    return Review(
        ordinance=ordinance,
        profile_id="basic-policy-2016",
        profile_version="1.0",
        coverage=(),
        article_requirements={},
        findings=findings,
    )
