"""Review a 改め文 bill: consolidate it into the ordinance in force, review the result.

The findings come from three places and say where they sit:

- each sentence that could not be applied is an error on that sentence of the bill
  (``in_bill``: its span indexes the bill's text);
- each citation the bill left pointing at a provision it renumbered or deleted is an error on
  the citing provision of the consolidated text, with the sentence that caused it;
- the consolidated text is reviewed with the full profile; a finding whose anchor lies on a
  line the bill wrote or changed also names that sentence.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from ordreview.core.amend.apply import Consolidation, consolidate_texts
from ordreview.core.checks.registry import finding_id
from ordreview.core.errors import NotAnOrdinanceError, ReadError
from ordreview.core.messages import define, render
from ordreview.core.model import Document, Finding, FindingId, Location, Review, RuleId, Span
from ordreview.core.profile import Profile, load_profile

NO_SENTENCES = define(
    "amend.no_sentences",
    ja="改め文（「…を…に改める。」等の改正規定）が見つからないため、一部改正条例案として読み取れません: {path}",
    en="No amending sentence (「…を…に改める。」 etc.) was found; this is not an amendment bill: {path}",
)
NO_ARTICLES = define(
    "amend.current_not_ordinance",
    ja="現行条例として読み取れません（条が見つかりません）: {path}",
    en="The ordinance in force cannot be read (no article was found): {path}",
)

STRAY = define(
    "amend.stray",
    ja="この行は改正規定としても、改正規定が引用する規定としても読み取れないため、適用していない：「{text}」",
    en="This line is neither an amending sentence nor a provision one quotes, so it was not applied: 「{text}」",
)
TARGET_MISMATCH = define(
    "amend.target_mismatch",
    ja="制定文は「{named}」を改正するとしているが、現行として指定された条例は「{current}」である。現行条例の指定又は制定文を確認されたい。",
    en="The enacting sentence amends 「{named}」 but the ordinance given as in force is 「{current}」; "
       "check which ordinance is meant.",
)

RULE_APPLY = RuleId("amend.apply")
RULE_STYLE = RuleId("amend.style")
RULE_STRAY = RuleId("amend.stray")
RULE_TARGET = RuleId("amend.target")
RULE_STALE = RuleId("amend.stale_reference")
RULE_OTHER = RuleId("amend.other_ordinance")
RULE_SUPPL = RuleId("amend.suppl_provision")
RULE_COMMENCEMENT = RuleId("amend.suppl_commencement")

_LABEL = re.compile(r"第(\d+)条((?:の\d+)*)(?:第(\d+)項)?(?:第(\d+)号((?:の\d+)*))?")


@dataclass(frozen=True)
class BillReview:
    """A bill consolidated and reviewed.

    Attributes:
        bill_path / current_path: the two inputs.
        bill_text: the bill's text (what ``bill_findings`` spans index).
        consolidation: the consolidated ordinance and the sentences that failed.
        review: the review of the consolidated text (its spans index ``consolidation.text``),
            the stale-citation findings included.
        bill_findings: one error per sentence that could not be applied.
        sentence_of: finding id → the sentence it sits on, for findings of ``review``.
        bill_document: the bill as read (its ``text`` is ``bill_text``).
    """

    bill_path: str
    current_path: str
    bill_text: str
    consolidation: Consolidation
    review: Review
    bill_findings: tuple[Finding, ...]
    sentence_of: dict[str, int] = field(default_factory=dict)
    bill_document: Document | None = None

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Bill findings first (in sentence order), then the consolidated text's."""
        return self.bill_findings + self.review.findings


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a .txt/.docx/.html file as the readers give it (raises ``ReadError``)."""
    from ordreview.core.read import read_document

    return read_document(path).text


def consolidate_files(bill_path: str | os.PathLike[str], current_path: str | os.PathLike[str]
                      ) -> tuple[Consolidation, str]:
    """Read both files and apply the bill; returns the consolidation and the bill's text.

    Raises ``ReadError`` when either file cannot be read, the bill has no amending sentence or
    the ordinance in force has no article.
    """
    result, document, _, _ = _consolidate(bill_path, current_path)
    return result, document.text


def consolidate_files_noting(bill_path: str | os.PathLike[str], current_path: str | os.PathLike[str]
                             ) -> tuple[Consolidation, str, tuple[Any, ...]]:
    """As :func:`consolidate_files`, with the articles of a bill amending several ordinances
    that were not applied (``multi.Skipped``; empty for a bill amending one ordinance)."""
    result, document, _, skipped = _consolidate(bill_path, current_path)
    return result, document.text, skipped


def _consolidate(bill_path: str | os.PathLike[str], current_path: str | os.PathLike[str]
                 ) -> tuple[Consolidation, Document, str, tuple[Any, ...]]:
    from ordreview.core.read import read_document

    bill_document = read_document(bill_path)
    bill_text = bill_document.text
    current_text = read_text(current_path)
    from ordreview.core.amend.ordtree import read_tree

    if not any(True for _ in read_tree(current_text).articles()):
        raise NotAnOrdinanceError(NO_ARTICLES, path=os.fspath(current_path))
    from ordreview.core.amend.multi import (
        first_sentence_number, matching_part, only_part, ordinance_parts, several_message, skipped_parts)

    parts = ordinance_parts(bill_text)
    skipped: tuple[Any, ...] = ()
    applied_text = bill_text
    first = 1
    if parts:  # one article per ordinance: only the article amending CURRENT is applied
        chosen = matching_part(parts, current_text)
        if chosen is None:
            code, params = several_message(parts, current_text)
            raise ReadError(code, **params)
        applied_text = only_part(bill_text, parts, chosen)
        skipped = skipped_parts(parts, chosen, current_text)
        first = first_sentence_number(bill_text, parts, chosen)
    result = consolidate_texts(current_text, applied_text, first=first)
    if result.bill is None or not result.bill.sentences:
        raise ReadError(NO_SENTENCES, path=os.fspath(bill_path))
    return result, bill_document, current_text, skipped


def review_bill(bill_path: str | os.PathLike[str], current_path: str | os.PathLike[str], *,
                profile: Profile | str | None = None) -> BillReview:
    """Consolidate ``bill_path`` into ``current_path`` and review the result."""
    from ordreview.core.parse import parse_text
    from ordreview.core.review import review_ordinance, sort_findings

    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    result, bill_document, current_text, skipped = _consolidate(bill_path, current_path)
    bill_text = bill_document.text
    ordinance = parse_text(result.text, path=os.fspath(bill_path))
    review = review_ordinance(ordinance, prof)
    stale = tuple(_stale_finding(s) for s in result.stale_references)
    sentence_of: dict[str, int] = {}
    for f in review.findings:
        if f.location.span is not None:
            n = result.sentence_at(f.location.span.start)
            if n is not None:
                sentence_of[f.id] = n
    for f, s in zip(stale, result.stale_references):
        sentence_of[f.id] = s.sentence
    if stale:
        from dataclasses import replace

        review = replace(review, findings=tuple(sort_findings([*review.findings, *stale])))
    bill_findings = tuple(sorted((*(_failure_finding(f, bill_text) for f in result.failures),
                                  *(_failure_finding(n, bill_text, severity="warning", rule=RULE_STYLE)
                                    for n in result.notes)),
                                 key=lambda f: f.location.span.start if f.location.span else -1))
    stray = tuple(_stray_finding(span, bill_text) for span in (result.bill.stray if result.bill else ()))
    if stray:
        bill_findings = tuple(sorted((*bill_findings, *stray),
                                     key=lambda f: f.location.span.start if f.location.span else -1))
    target = _target_finding(result, current_text, bill_text)
    if target is not None:
        bill_findings = (target, *bill_findings)
    if result.bill is not None and not skipped:  # 改正規定 the bill's 附則 names that its 本則 lacks
        from ordreview.core.amend.supplcheck import missing_provisions

        named = tuple(_suppl_finding(n, bill_text) for n in missing_provisions(result.bill, current_text))
        named += _commencement_findings(result.bill, bill_text)
        if named:
            bill_findings = tuple(sorted((*bill_findings, *named),
                                         key=lambda f: f.location.span.start if f.location.span else -1))
    if skipped:  # the articles amending other ordinances, at their 制定文
        bill_findings = tuple(sorted((*bill_findings, *(_skipped_finding(k, bill_text) for k in skipped)),
                                     key=lambda f: f.location.span.start if f.location.span else -1))
    return BillReview(os.fspath(bill_path), os.fspath(current_path), bill_text, result, review,
                      bill_findings, sentence_of, bill_document)


def _location(label: str, span: Span | None) -> Location:
    m = _LABEL.search(label or "")
    if not m:
        return Location(None, None, None, span)
    article = m.group(1) + "".join("_" + b for b in re.findall(r"\d+", m.group(2)))
    paragraph = int(m.group(3)) if m.group(3) else None
    item = (m.group(4) + "".join("_" + b for b in re.findall(r"\d+", m.group(5) or ""))) if m.group(4) else None
    return Location(article, paragraph, item, span)  # type: ignore[arg-type]


def _failure_finding(failure: Any, bill_text: str, *, severity: str = "error", rule: RuleId = RULE_APPLY) -> Finding:
    start, end = failure.span
    anchor = bill_text[start:end]
    return Finding(
        id=finding_id(rule, None, anchor, failure.code, failure.target),
        rule=rule,
        requirement=None,
        severity=severity,  # type: ignore[arg-type]
        point="other",
        location=_location(failure.target, Span(start, end)),
        code=f"amend.{failure.code}" if rule == RULE_APPLY else f"amend.note.{failure.code}",
        message_ja=failure.message_ja,
        message_en=failure.message_en,
        anchor_text=anchor,
    )


_ERA_YEAR = re.compile(r"(明治|大正|昭和|平成|令和)\s*([0-9]+|元)\s*年")
_NUMBER = re.compile(r"第\s*([0-9]+)\s*号")


def _target_finding(result: Consolidation, current_text: str, bill_text: str) -> Finding | None:
    """A warning when the 制定文 names another ordinance than the one given as in force
    (another title, or another year or number)."""
    from ordreview.core.text import fold

    bill = result.bill
    if bill is None or not bill.target_title or bill.enactment_span is None:
        return None
    lines = [line.strip() for line in current_text.splitlines() if line.strip()]
    if not lines:
        return None
    title = lines[0]
    number_line = next((line for line in lines[1:4] if _NUMBER.search(fold(line))), "")

    def squash(text: str) -> str:
        return re.sub(r"\s", "", fold(text))

    differs = squash(bill.target_title) != squash(title)
    if not differs and bill.target_number and number_line:
        cited, printed = fold(bill.target_number), fold(number_line)
        cited_year, printed_year = _ERA_YEAR.search(cited), _ERA_YEAR.search(printed)
        cited_number, printed_number = _NUMBER.search(cited), _NUMBER.search(printed)
        differs = bool(cited_year and printed_year and cited_year.groups() != printed_year.groups()) or bool(
            cited_number and printed_number and cited_number.group(1) != printed_number.group(1))
    if not differs:
        return None
    start, end = bill.enactment_span
    named = bill.target_title + (f"（{bill.target_number}）" if bill.target_number else "")
    current = title + (f"（{number_line}）" if number_line else "")
    ja, en = render(TARGET_MISMATCH, named=named, current=current)
    return Finding(
        id=finding_id(RULE_TARGET, None, bill_text[start:end]),
        rule=RULE_TARGET, requirement=None, severity="warning", point="other",
        location=Location(None, None, None, Span(start, end)), code=TARGET_MISMATCH,
        message_ja=ja, message_en=en, anchor_text=bill_text[start:end],
    )


def _skipped_finding(skipped: Any, bill_text: str) -> Finding:
    start, end = skipped.span
    anchor = bill_text[start:end]
    return Finding(
        id=finding_id(RULE_OTHER, None, anchor), rule=RULE_OTHER, requirement=None, severity="warning",
        point="other", location=Location(None, None, None, Span(start, end)), code="amend.other_ordinance",
        message_ja=skipped.message_ja, message_en=skipped.message_en, anchor_text=anchor,
    )


def _suppl_finding(named: Any, bill_text: str) -> Finding:
    start, end = named.span
    anchor = bill_text[start:end]
    ja, en = named.messages()
    return Finding(
        id=finding_id(RULE_SUPPL, None, anchor), rule=RULE_SUPPL, requirement=None, severity="error",
        point="other", location=Location(None, None, None, Span(start, end)), code="amend.suppl_provision",
        message_ja=ja, message_en=en, anchor_text=anchor,
    )


def _commencement_findings(bill: Any, bill_text: str) -> tuple[Finding, ...]:
    """Errors on the 施行期日 provisions of the bill's 附則 that are malformed or point at nothing."""
    from ordreview.core.amend.commencement import commencement_problems

    out = []
    for problem in commencement_problems(bill):
        start, end = problem.span
        anchor = bill_text[start:end]
        ja, en = problem.messages()
        out.append(Finding(
            id=finding_id(RULE_COMMENCEMENT, None, anchor, problem.code), rule=RULE_COMMENCEMENT, requirement=None,
            severity="error", point="other", location=Location(None, None, None, Span(start, end)),
            code=problem.code, message_ja=ja, message_en=en, anchor_text=anchor,
        ))
    return tuple(out)


def _stray_finding(span: tuple[int, int], bill_text: str) -> Finding:
    start, end = span
    anchor = bill_text[start:end]
    ja, en = render(STRAY, text=anchor[:60])
    return Finding(
        id=finding_id(RULE_STRAY, None, anchor), rule=RULE_STRAY, requirement=None, severity="warning",
        point="other", location=Location(None, None, None, Span(start, end)), code=STRAY,
        message_ja=ja, message_en=en, anchor_text=anchor,
    )


def _stale_finding(stale: Any) -> Finding:
    article, paragraph, item = stale.citing
    return Finding(
        id=finding_id(RULE_STALE, None, stale.text, article, paragraph, item),
        rule=RULE_STALE,
        requirement=None,
        severity="error",
        point="other",
        location=Location(article, paragraph, item, Span(*stale.span)),
        code="amend.stale_reference",
        message_ja=stale.message_ja,
        message_en=stale.message_en,
        anchor_text=stale.text,
    )


def bill_review_to_json(br: BillReview) -> dict[str, Any]:
    """The ``ordreview check BILL --current CURRENT --json`` object (``docs/check-json.md``)."""
    from ordreview.core.review import finding_to_json, review_to_json

    out = review_to_json(br.review)
    findings = []
    for f in br.bill_findings:
        item = finding_to_json(f)
        item["location"]["sentence"] = sentence_of_bill_finding(br, f)
        item["location"]["in"] = "bill"
        findings.append(item)
    for f in br.review.findings:
        item = finding_to_json(f)
        item["location"]["sentence"] = br.sentence_of.get(f.id)
        item["location"]["in"] = "consolidated"
        findings.append(item)
    out["findings"] = findings
    counts = dict(out["summary"]["findings"])
    for f in br.bill_findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    out["summary"]["findings"] = counts
    bill = br.consolidation.bill
    failed = {f.sentence for f in br.consolidation.failures}
    out["bill"] = {
        "path": br.bill_path,
        "current": br.current_path,
        "title": bill.title if bill else "",
        "sentences": [
            {"number": s.number, "span": list(s.span), "text": s.text, "applied": s.number not in failed}
            for s in (bill.sentences if bill else ())
        ],
    }
    out["consolidated_text"] = br.consolidation.text
    return out


def bill_sentence_findings(br: BillReview, severities: tuple[str, ...] = ("error", "warning")) -> tuple[Finding, ...]:
    """The bill's failures, and the consolidated text's findings of ``severities`` that sit on
    a line a sentence wrote, moved onto that sentence of the bill (span = the sentence's span
    in the bill text, message prefixed with the provision as consolidated) — what the annotated
    bill comments on."""
    from dataclasses import replace

    from ordreview.core.labels import location_label

    bill = br.consolidation.bill
    out = list(br.bill_findings)
    if bill is None:
        return tuple(out)
    for f in br.review.findings:
        n = br.sentence_of.get(f.id)
        if n is None or f.severity not in severities:
            continue
        start, end = bill.sentence(n).span
        where = location_label(f.location)
        out.append(replace(f, location=replace(f.location, span=Span(start, end)),
                           anchor_text=br.bill_text[start:end],
                           message_ja=f"（改正後の{where}）{f.message_ja}" if where else f.message_ja,
                           message_en=f"(as amended, {where}) {f.message_en}" if where else f.message_en))
    return tuple(out)


def sentence_of_bill_finding(bill_review: BillReview, finding: Finding) -> int | None:
    """The sentence a finding of ``bill_review.bill_findings`` is on (``None`` for the 制定文)."""
    span = finding.location.span
    for failure in (*bill_review.consolidation.failures, *bill_review.consolidation.notes):
        if span is not None and failure.span == (span.start, span.end):
            return failure.sentence
    return None


__all__ = ["BillReview", "bill_review_to_json", "consolidate_files", "review_bill", "FindingId"]
