"""What every check receives, and the one way to build a ``Finding``.

The engine builds one ``CheckContext`` per draft after alignment; rules read the parsed
ordinance, the profile and the coverage, and return findings made with
:meth:`CheckContext.finding`, which fills in the stable id, the rendered messages, the anchor
text and the profile's point, statute and policy passage for the requirement.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ordreview.core.checks.registry import finding_id
from ordreview.core.checks.stable_ids import stable_extra, stable_key
from ordreview.core.basis import DRAFTING, POINT_WORDS, drafting_basis, policy_basis, split_statute
from ordreview.core.messages import define, render
from ordreview.core.own_style import own_item_marker
from ordreview.core.model import (
    Comparison,
    Coverage,
    Finding,
    Location,
    NodeRef,
    Ordinance,
    RequirementId,
    RuleId,
    Span,
)


def _is_profile(obj: object) -> bool:
    from ordreview.core.profile import Profile

    return isinstance(obj, Profile)


CAVEAT = define("check.caveat", ja="（要確認：{note}）", en=" (To be verified: {note})")


def with_caveat(ja: str, en: str, note: tuple[str, str]) -> tuple[str, str]:
    """``ja``/``en`` followed by the profile's caveat for an unverified fact (「要確認：…」)."""
    cj, _ = render(CAVEAT, note=note[0])
    _, ce = render(CAVEAT, note=note[1])
    return ja + cj, en + ce


MAX_FINDINGS_PER_RULE = 2_000
"""Most findings one rule reports on one draft; the engine keeps the first ones in document
order and adds one ``check.truncated`` finding saying so. A genuine draft stays far below
(a 5,000-article one gives a few hundred per rule); a flood of findings would make the list,
the store and the Word comments unusable and slow. A rule whose work grows with its findings
may stop once it has one more than this."""


def _model_wording(rule: str, point: str, req: RequirementInfo | None, ordinance: Ordinance, span: Span | None,
                   profile_id: str = "", coverage: Mapping[str, Coverage] | None = None) -> str:
    """The profile's model wording as a finding's suggestion when the rule gives none: for a
    missing or incomplete provision (rule ``gap``) and for points A–C. A drafting finding
    (a reference, a number, a 略称, a caption) gets no generic text written for no draft in
    particular: its message says what to decide, and a rule that can word the edit in the
    draft's own terms passes it."""
    if req is None or not (rule == "gap" or point in POINT_WORDS):
        return ""
    from ordreview.core.own_style import own_terms, restyle_definition

    wording = own_terms(ordinance, req.suggestion_ja)  # the draft's own names for ○○市 …
    from ordreview.core.own_style import own_abbreviations

    wording = own_abbreviations(ordinance, span, wording)  # no 略称 before the draft defines it
    from ordreview.core.own_style import cites_model_references

    if coverage is not None and cites_model_references(profile_id, req.id):
        # its cross-references: the draft's own articles, or a note what to cite
        from ordreview.core.own_style import article_of, own_references

        articles = {rid: article_of(ordinance, cov.evidence[0].span.start) for rid, cov in coverage.items()
                    if cov.status == "covered" and cov.evidence and cov.evidence[0].span is not None}
        wording = own_references(ordinance, profile_id, req.id, wording, {k: v for k, v in articles.items() if v})
    if rule == "gap":  # a missing definition is inserted: in the draft's own definition style
        return restyle_definition(ordinance, span, wording)
    return wording


class RequirementInfo(Protocol):
    """The part of a profile requirement that findings need (see ``core.profile``)."""

    id: str
    point: str
    severity: str
    statute_refs: tuple[str, ...]
    policy: str
    suggestion_ja: str


class ProfileLike(Protocol):
    """The part of a profile the context needs."""

    id: str
    version: str

    def requirement(self, rid: str) -> RequirementInfo | None: ...


@dataclass(frozen=True)
class CheckContext:
    """Inputs of one check run.

    Attributes:
        ordinance: the parsed draft.
        profile: the reference profile.
        coverage: per requirement id, the alignment result.
        extra: anything the engine precomputes once for several rules (e.g. the defined
            terms by name); rules must treat it as read-only.
    """

    ordinance: Ordinance
    profile: ProfileLike
    coverage: Mapping[str, Coverage] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)

    def location(self, span: Span | None) -> Location:
        """A location for ``span`` with the deepest node containing its start."""
        if span is None:
            return Location(None, None, None, None)
        ref: NodeRef = self.ordinance.locate(span.start)
        return Location(ref.article, ref.paragraph, ref.item, span)

    def finding(
        self,
        *,
        rule: str,
        requirement: str | None,
        span: Span | None,
        code: str,
        severity: str | None = None,
        params: Mapping[str, Any] | None = None,
        suggestion: str | None = None,
        statute: str | None = None,
        evidence: tuple[Location, ...] = (),
        comparison: Comparison | None = None,
        id_extra: tuple[Any, ...] = (),
        caveat: bool = True,
    ) -> Finding:
        """Build a finding; profile data fills what is not given.

        Args:
            rule: the registered rule id.
            requirement: checklist id, or ``None`` for a finding outside the checklist.
            span: the exact text to anchor on (``None`` only for whole-draft findings).
            code: message code; rendered with ``params``.
            severity: overrides the requirement's severity (``"info"`` if neither).
            suggestion: overrides the requirement's suggested wording.
            statute: overrides the requirement's statute references.
            id_extra: disambiguates two findings of one rule on the same anchor text (its
                numbers are masked: see ``core.checks.stable_ids``).
            caveat: ``False`` for a finding the requirement's unverified fact does not bear on
                (a note that itself asks the officer to check something else): no 「（要確認：…）」.

        The id never depends on article, paragraph or item numbers, so that it survives
        renumbering (``core.checks.stable_ids``).
        """
        req = self.profile.requirement(requirement) if requirement else None
        if requirement and req is None and _is_profile(self.profile):
            requirement = None  # a drafting rule naming a requirement this profile does not have
        if requirement is None and _is_profile(self.profile):
            # the profile's own point for this drafting rule (``rule_requirements``), if any
            requirement = self.profile.requirement_for_rule(rule, statute or "")  # type: ignore[attr-defined]
            req = self.profile.requirement(requirement) if requirement else None
        anchor = span.slice(self.ordinance.text) if span is not None else ""
        ja, en = render(code, **dict(params or {}))
        caveat_of = getattr(self.profile, "caveat", None)
        note = caveat_of(requirement) if callable(caveat_of) and caveat else None
        basis, unsure = split_statute(statute if statute is not None else "、".join(req.statute_refs) if req else "")
        if note is None and unsure:  # an unsure reference is a fact to check, not a basis
            note = (unsure, unsure)
        if note is not None:  # an unverified fact: the officer sees it on the finding itself
            ja, en = with_caveat(ja, en, note)
        point = req.point if req else "other"
        if basis == DRAFTING or (not basis and req is not None and point not in POINT_WORDS):
            basis = drafting_basis(getattr(req, "title_ja", "") if req else "")
        return Finding(
            id=finding_id(rule, requirement, *stable_key(self.ordinance, span, anchor), code, *stable_extra(id_extra)),
            rule=RuleId(rule),
            requirement=RequirementId(requirement) if requirement else None,
            severity=severity or (req.severity if req else "info"),  # type: ignore[arg-type]
            point=(req.point if req else "other"),  # type: ignore[arg-type]
            location=self.location(span),
            code=code,
            message_ja=ja,
            message_en=en,
            statute=basis,
            policy=policy_basis(point, req.policy) if req else "",
            suggestion=own_item_marker(self.ordinance, span, suggestion if suggestion is not None else _model_wording(
                rule, point, req, self.ordinance, span, self.profile.id, self.coverage)),
            anchor_text=anchor,
            evidence=evidence,
            comparison=comparison,
        )
