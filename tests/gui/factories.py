"""Small reviews made by hand for GUI tests: a real parsed draft, hand-placed findings.

The draft is parsed by the real parser; findings and coverage are built here with exact
spans, so model and view tests do not depend on the engine's rules.
"""

from __future__ import annotations

from ordreview.core.model import (
    Comparison,
    Coverage,
    DiffChunk,
    Finding,
    FindingId,
    Location,
    RequirementId,
    Review,
    RuleId,
    Span,
)
from ordreview.core.parse import parse_text
from ordreview.gui.services import RequirementLabel

DRAFT = "\n".join(
    [
        "ときわ町個人情報保護条例",
        "　　　第1章　総則",
        "（目的）",
        "第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定める。",
        "（定義）",
        "第2条　この条例において「個人情報」とは、個人に関する情報であって、特定の個人を識別することができるものをいう。",
        "2　この条例において「実施機関」とは、町長及び教育委員会をいう。",
        "　　　第2章　個人情報の取扱い",
        "（収集の制限）",
        "第3条　実施機関は、個人情報を収集するときは、適法かつ公正な手段により収集しなければならない。",
        "（𠮷田地区の特例）",
        "第4条　𠮷田地区の個人情報は、前条の規定により収集する。",
    ]
)
#             ruler for the spans below: offsets are found with str.index on DRAFT


def span_of(needle: str, *, text: str = DRAFT) -> Span:
    """The span of the first occurrence of ``needle``."""
    start = text.index(needle)
    return Span(start, start + len(needle))


def finding(
    fid: str,
    *,
    needle: str | None,
    severity: str = "warning",
    point: str = "A",
    requirement: str | None = "A1",
    article: str | None = "2",
    comparison: Comparison | None = None,
) -> Finding:
    """A finding anchored on the first occurrence of ``needle`` (``None``: whole draft)."""
    span = span_of(needle) if needle else None
    return Finding(
        id=FindingId(fid),
        rule=RuleId("test"),
        requirement=RequirementId(requirement) if requirement else None,
        severity=severity,  # type: ignore[arg-type]
        point=point,  # type: ignore[arg-type]
        location=Location(article if span else None, 1 if span else None, None, span),
        code="test.code",
        message_ja=f"日本語の指摘 {fid}",
        message_en=f"English finding {fid}",
        statute="行政機関個人情報保護法 第2条第2項",
        policy="基本方針 3(1)",
        suggestion="修正案の文言",
        anchor_text=needle or "",
        comparison=comparison,
    )


DEFINITION_COMPARISON = Comparison(
    label_ja="個人情報の定義",
    label_en="Definition of personal information",
    draft="個人に関する情報であって",
    statute="生存する個人に関する情報であって",
    statute_ref="行政機関個人情報保護法 第2条第2項",
    chunks=(DiffChunk("insert", 0, 0, 0, 4), DiffChunk("equal", 0, 12, 4, 16)),
    draft_span=span_of("個人に関する情報であって"),
)

FINDINGS: tuple[Finding, ...] = (
    finding("f-def", needle="個人に関する情報であって", severity="error", requirement="A1",
            comparison=DEFINITION_COMPARISON),
    finding("f-org", needle="町長及び教育委員会", severity="info", point="other", requirement="O2"),
    finding("f-collect", needle="適法かつ公正な手段", severity="warning", point="B", requirement="B1", article="3"),
    finding("f-astral", needle="前条の規定", severity="warning", point="other", requirement=None, article="4"),
    finding("f-whole", needle=None, severity="error", point="C", requirement="C0", article=None),
)

REQUIREMENTS: tuple[RequirementLabel, ...] = (
    RequirementLabel("A1", "A", "個人情報の定義", "Definition of personal information"),
    RequirementLabel("B1", "B", "要配慮個人情報の定義", "Definition of sensitive information"),
    RequirementLabel("C0", "C", "非識別加工情報の仕組み", "Anonymised-information mechanism"),
    RequirementLabel("O2", "other", "実施機関の範囲", "Scope of implementing bodies"),
)


def make_review() -> Review:
    """A review of :data:`DRAFT` with :data:`FINDINGS`."""
    ordinance = parse_text(DRAFT, path="tokiwa.txt")
    loc2 = Location("2", 1, None, span_of("第2条"))
    return Review(
        ordinance=ordinance,
        profile_id="basic-policy-2016",
        profile_version="test",
        coverage=(
            Coverage(RequirementId("A1"), "partial", (loc2,), 0.6, 0.2, None),
            Coverage(RequirementId("B1"), "missing", (), 0.0, 0.0, "below_floor"),
            Coverage(RequirementId("C0"), "not_applicable", (), 0.0, 0.0, "conditional"),
            Coverage(RequirementId("O2"), "covered", (loc2,), 0.9, 0.5, None),
        ),
        article_requirements={"2": (RequirementId("A1"), RequirementId("O2"))},
        findings=FINDINGS,
    )
