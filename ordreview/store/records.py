"""Rows and core values: a finding as the ``findings`` columns and back, an annotation row as
a core ``Annotation``.

Evidence and the definition comparison are kept as one JSON column (``evidence_json``) in the
form ``core.codec`` gives them, the same form ``check --json`` and the portable review file use.
"""

from __future__ import annotations

import json
from typing import Any

from ordreview.core.codec import comparison_from_json, comparison_to_json, location_from_json, location_to_json
from ordreview.core.model import Annotation, Finding, FindingId, Location, Span
from ordreview.store.clock import iso


def finding_columns(finding: Finding, *, place: str = "") -> dict[str, Any]:
    """The ``findings`` columns describing ``finding`` (without review, ordinal, state).

    ``place`` is its label in the reviewed draft (第3条第1項), kept in the JSON snapshot so
    that the finding is still named right once a later revision has made it obsolete."""
    loc = finding.location
    evidence: dict[str, Any] = {
        "evidence": [location_to_json(place) for place in finding.evidence],
        "comparison": comparison_to_json(finding.comparison),
    }
    if place or finding.place:
        evidence["place"] = place or finding.place
    return {
        "finding_id": finding.id,
        "rule": finding.rule,
        "requirement": finding.requirement,
        "severity": finding.severity,
        "point": finding.point,
        "article": loc.article,
        "paragraph": loc.paragraph,
        "item": loc.item,
        "span_start": None if loc.span is None else loc.span.start,
        "span_end": None if loc.span is None else loc.span.end,
        "code": finding.code,
        "message_ja": finding.message_ja,
        "message_en": finding.message_en,
        "statute": finding.statute,
        "policy": finding.policy,
        "suggestion": finding.suggestion,
        "anchor_text": finding.anchor_text,
        "evidence_json": json.dumps(evidence, ensure_ascii=False, separators=(",", ":")),
    }


FINDING_COLUMNS = (
    "finding_id", "rule", "requirement", "severity", "point", "article", "paragraph", "item",
    "span_start", "span_end", "code", "message_ja", "message_en", "statute", "policy",
    "suggestion", "anchor_text", "evidence_json",
)  # fmt: skip


def finding_from_columns(cols: Any) -> Finding:
    """Rebuild a core finding from a row (or mapping) holding the ``findings`` columns."""
    get = cols.__getitem__ if isinstance(cols, dict) else lambda name: getattr(cols, name)
    start, end = get("span_start"), get("span_end")
    extra = json.loads(get("evidence_json") or "{}")
    return Finding(
        id=FindingId(get("finding_id")),
        rule=get("rule"),
        requirement=get("requirement"),
        severity=get("severity"),
        point=get("point"),
        location=Location(
            article=get("article"),
            paragraph=get("paragraph"),
            item=get("item"),
            span=None if start is None or end is None else Span(start, end),
        ),
        code=get("code"),
        message_ja=get("message_ja"),
        message_en=get("message_en"),
        statute=get("statute"),
        policy=get("policy"),
        suggestion=get("suggestion"),
        anchor_text=get("anchor_text"),
        evidence=tuple(location_from_json(place) for place in extra.get("evidence", ())),
        comparison=comparison_from_json(extra.get("comparison")),
        place=str(extra.get("place") or ""),
    )


def annotation_from_rec(rec: Any) -> Annotation:
    """The core annotation of an ``annotations`` row (or a row holding its columns)."""
    return Annotation(
        finding_id=FindingId(rec.finding_id),
        status=rec.status,
        comment=rec.comment,
        author=rec.author,
        updated_at=iso(rec.updated_at),
        version=rec.version,
    )
