"""The review pipeline: parsed draft + profile → alignment → every registered check → Review.

``iter_review`` is steppable (a generator yielding ``(done, total, label)`` and returning the
``Review`` as ``StopIteration.value``) so that the GUI can run it in a worker and show
progress; ``review_ordinance`` runs it to completion. A rule that raises does not kill the
review: the error is logged and reported as a ``check.rule_failed`` finding anchored on the
title (or the first line of the draft when there is no title).
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from collections.abc import Generator
from typing import Any

from ordreview.core.align import DraftIndex, align
from ordreview.core.checks.context import MAX_FINDINGS_PER_RULE, CheckContext
from ordreview.core.checks.registry import all_rules
from ordreview.core.codec import comparison_to_json, location_to_json
from ordreview.core.fragment import TRUNCATED, detect_truncation, silence
from ordreview.core.labels import article_label as article_label  # re-exported (callers import it from here)
from ordreview.core.labels import location_label as location_label
from ordreview.core.messages import define
from ordreview.core.model import SEVERITY_ORDER, Coverage, Finding, FindingId, Ordinance, Review, Span
from ordreview.core.profile import Profile, load_profile
from ordreview.core.read.cleanup import punctuation_lost
from ordreview.core.restatements import merge_restatements

log = logging.getLogger("ordreview.review")

RULE_FAILED = define(
    "check.rule_failed",
    ja="検査規則「{rule}」の実行中にエラーが発生したため、その検査結果はない（{kind}）。",
    en="Check rule “{rule}” failed and produced no results ({kind}).",
)
RULE_TRUNCATED = define(
    "check.truncated",
    ja="検査規則「{rule}」の指摘が{shown}件を超えたため、最初の{shown}件のみを示す。条例案の内容を確認されたい。",
    en="Check rule “{rule}” found more than {shown} issues; only the first {shown} are shown."
    " Please check the draft's content.",
)
LABEL_ALIGN = "align"

AMENDMENT_SILENCED = frozenset({
    "ref.unresolved", "ref.chapter", "ref.no_previous", "ref.deleted", "ref.wrong_kind", "ref.table",
    "num.article", "num.paragraph", "num.item", "toc.mismatch",
    "term.undefined", "term.unused", "abbr.before_definition", "abbr.out_of_scope",
    "caption.missing",
})
"""Rules whose findings a partial-amendment bill does not get: each judges the bill against the
whole ordinance (a reference into the articles it amends, the articles it skips, a term the
ordinance defines elsewhere, a caption it leaves unchanged) and would only be false alarms.
Definitions it contains are still compared with the statute; law citations, delegations and
penalties are still checked."""

Progress = tuple[int, int, str]


def iter_review(
    ordinance: Ordinance, profile: Profile, *, index: DraftIndex | None = None
) -> Generator[Progress, None, Review]:
    """Review ``ordinance`` step by step.

    ``index`` is the draft's index when the caller has built it already (``choose_profile``
    does); it is used only when built for this very ordinance and profile.

    Yields ``(done, total, label)`` before each step (``label`` is ``"align"`` or a rule
    id) and once more with ``done == total`` and label ``"done"``; returns the ``Review``.
    """
    rules = [r for r in all_rules() if r.id not in profile.skip_rules]  # (a profile's own scope)
    total = len(rules) + 1
    yield (0, total, LABEL_ALIGN)
    if index is None or index.ordinance is not ordinance or index.profile is not profile:
        index = DraftIndex(ordinance, profile)
    alignment = align(ordinance, profile, index=index)
    ctx = CheckContext(
        ordinance=ordinance,
        profile=profile,
        coverage=alignment.coverage,
        extra={"alignment": alignment, "index": index},
    )
    findings: list[Finding] = []
    for n, rule in enumerate(rules, start=1):
        yield (n, total, rule.id)
        try:
            found = rule.run(ctx)
            if len(found) > MAX_FINDINGS_PER_RULE:
                found = sort_findings(found)[:MAX_FINDINGS_PER_RULE]
                found.append(ctx.finding(
                    rule=rule.id, requirement=None, span=failure_span(ordinance), code=RULE_TRUNCATED,
                    severity="warning", params={"rule": rule.id, "shown": MAX_FINDINGS_PER_RULE},
                ))
            findings.extend(found)
        except Exception as exc:  # one broken rule must not lose the whole review
            log.exception("check rule %s failed on %s", rule.id, ordinance.document.source.path)
            if os.environ.get("ORDREVIEW_DEBUG") == "raise":
                raise
            findings.append(
                ctx.finding(
                    rule=rule.id,
                    requirement=None,
                    span=failure_span(ordinance),
                    code=RULE_FAILED,
                    severity="warning",
                    params={"rule": rule.id, "kind": type(exc).__name__},
                )
            )
    yield (total, total, "done")
    kept = {r.id for r in profile.requirements}  # a requirement the profile drops gets no finding
    findings = [f for f in findings if f.requirement is None or f.requirement in kept]
    if alignment.amendment is not None:
        findings = [f for f in findings if f.rule not in AMENDMENT_SILENCED]
    cut = None
    if any(n.code == TRUNCATED for n in ordinance.notices):
        try:
            cut = detect_truncation(ordinance)
            if cut is not None:  # a fragment: nothing past the cut is judged (core.fragment)
                findings = silence(ordinance, cut, findings)
        except Exception:  # never lose the review over this filter
            log.exception("fragment filter failed on %s", ordinance.document.source.path)
            cut = None
    coverage = settle_coverage(alignment.coverage, findings, profile)
    findings = merge_restatements(  # one defect, one finding (core.restatements)
        findings, profile, lost_punct=punctuation_lost(ordinance.document.notices))
    if cut is not None:
        coverage = {k: replace(c, status="not_applicable", reason="fragment") if c.status == "missing" else c
                    for k, c in coverage.items()}
    return Review(
        ordinance=ordinance,
        profile_id=profile.id,
        profile_version=profile.version,
        coverage=tuple(coverage[r.id] for r in profile.requirements if r.id in coverage),
        article_requirements=alignment.article_requirements,
        findings=tuple(sort_findings(_dedupe(findings))),
    )


def failure_span(ordinance: Ordinance) -> Span | None:
    """Where a ``check.rule_failed`` finding is anchored: the title, else the first non-blank
    line of the draft (``None`` only for an empty text), so that a Word comment and the
    window's text view have a place to point at."""
    if ordinance.title_span is not None:
        return ordinance.title_span
    text = ordinance.text
    start = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            return Span(start + lead, start + lead + len(stripped))
        start += len(line)
    return None


def settle_coverage(coverage: dict[str, Coverage], findings: list[Finding],
                    profile: Profile | None = None) -> dict[str, Coverage]:
    """Coverage after the checks: a requirement found ``covered`` by alignment but with an
    error or warning finding of any rule (a wrong 要配慮 list, a dangling reference…) is
    ``partial``; so is a definition whose citation of the statute drifted (reported under O1,
    :mod:`ordreview.core.checks.drift_requirement`); everything else stands."""
    flagged = {f.requirement for f in findings if f.requirement and f.severity in ("error", "warning")}
    drifted = [f.location for f in findings if f.rule == "cite.drift" and f.severity == "error"]
    if profile is not None and drifted:
        from ordreview.core.checks.drift_requirement import short_definitions

        evidence = {rid: cov.evidence for rid, cov in coverage.items() if cov.status == "covered"}
        flagged |= short_definitions(profile, evidence, drifted)
    out = dict(coverage)
    for rid in flagged:
        cov = out.get(rid)
        if cov is not None and cov.status == "covered":
            out[rid] = replace(cov, status="partial")
    return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop repeated findings; give a distinct finding that shares an id a numbered id.

    Ids carry no article numbers (``core.checks.stable_ids``), so two different findings of
    one rule in one provision may meet (two dangling references differing only by their
    numbers): the later one in document order gets ``<id>~2``, ``<id>~3`` …
    """
    seen: dict[str, list[Finding]] = {}
    out = []
    for f in sorted(findings, key=lambda f: -1 if f.location.span is None else f.location.span.start):
        same = seen.setdefault(f.id, [])
        if any(g.location.span == f.location.span and g.code == f.code and g.message_ja == f.message_ja for g in same):
            continue
        same.append(f)
        out.append(f if len(same) == 1 else replace(f, id=FindingId(f"{f.id}~{len(same)}")))
    return out


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Document order of the anchor (whole-draft findings first), then severity, rule, id."""

    def key(f: Finding) -> tuple[Any, ...]:
        span = f.location.span
        return (
            -1 if span is None else span.start,
            SEVERITY_ORDER.get(f.severity, 9),
            f.rule,
            f.requirement or "",
            f.id,
        )

    return sorted(findings, key=key)


def review_ordinance(ordinance: Ordinance, profile: Profile, *, index: DraftIndex | None = None) -> Review:
    """Review ``ordinance`` against ``profile`` in one go (``index``: see :func:`iter_review`)."""
    steps = iter_review(ordinance, profile, index=index)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def review_file(path: str | os.PathLike[str], *, profile: Profile | str | None = None) -> Review:
    """Read, parse and review the draft at ``path``.

    ``profile`` is a loaded profile, a profile id or path, or ``None`` for the default.
    Raises ``ReadError``/``NotAnOrdinanceError`` for unreadable input and ``ProfileError``.
    """
    from ordreview.core.parse import load_ordinance

    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    return review_ordinance(load_ordinance(path), prof)


# --------------------------------------------------------------------------- JSON


def coverage_to_json(cov: Coverage) -> dict[str, Any]:
    """One coverage entry of ``check --json``."""
    return {
        "status": cov.status,
        "evidence": [location_to_json(e) for e in cov.evidence],
        "confidence": cov.confidence,
        "margin": cov.margin,
        "reason": cov.reason,
    }


def finding_to_json(finding: Finding) -> dict[str, Any]:
    """One finding of ``check --json``."""
    out: dict[str, Any] = {
        "id": finding.id,
        "rule": finding.rule,
        "requirement": finding.requirement,
        "severity": finding.severity,
        "point": finding.point,
        "code": finding.code,
        "location": location_to_json(finding.location),
        "anchor_text": finding.anchor_text,
        "message_ja": finding.message_ja,
        "message_en": finding.message_en,
        "statute": finding.statute,
        "policy": finding.policy,
        "suggestion": finding.suggestion,
        "evidence": [location_to_json(e) for e in finding.evidence],
    }
    if finding.comparison is not None:
        out["comparison"] = comparison_to_json(finding.comparison)
    return out


def review_to_json(review: Review) -> dict[str, Any]:
    """The ``ordreview check --json`` object (schema in ``docs/check-json.md``)."""
    o = review.ordinance
    counts = {s: 0 for s in SEVERITY_ORDER}
    for f in review.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    findings = [finding_to_json(f) for f in review.findings]
    if o.document.source_map is not None:  # cleaned extracted text: say where each span is in the file
        from ordreview.core.read.cleanup import source_location

        for f, out in zip(review.findings, findings):
            if f.location.span is not None:
                out["location"].update(
                    source_location(o.document.source_map, f.location.span, pages=o.document.source.format == "pdf")
                )
    return {
        "source": {"path": o.document.source.path, "sha256": o.document.source.sha256, "title": o.title},
        "profile": {"id": review.profile_id, "version": review.profile_version},
        "summary": {"findings": counts, "coverage": coverage_summary(review)},
        "coverage": {c.requirement: coverage_to_json(c) for c in review.coverage},
        "findings": findings,
        "articles": [
            {"num": a.num, "title": a.title, "caption": a.caption, "requirements": list(review.article_requirements.get(a.num, ()))}
            for a in o.articles
        ],
    }


def coverage_summary(review: Review) -> dict[str, dict[str, int]]:
    """Per point (A, B, C, other): how many requirements are covered / partial / missing / n/a."""
    out: dict[str, dict[str, int]] = {}
    for cov in review.coverage:
        point = _point_of(cov.requirement)
        bucket = out.setdefault(point, {"covered": 0, "partial": 0, "missing": 0, "not_applicable": 0})
        bucket[cov.status] += 1
    return out


def _point_of(rid: str) -> str:
    return rid[0] if rid[:1] in ("A", "B", "C") else "other"

