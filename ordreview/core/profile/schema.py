"""The types of a reference profile: what a validated profile JSON becomes.

:class:`Profile` holds the whole profile and answers the engine's lookups (a requirement by id,
the requirement a drafting rule maps to, a requirement's caveat, a statutory text, and phrases
compiled for matching through :mod:`.patterns`). The tuples of allowed values are the schema's
enumerations, checked by :mod:`.validate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ordreview.core.profile.patterns import compile_pattern, pattern_source

DEFAULT_PROFILE = "basic-policy-2016"
SCHEMA_VERSION = 1

SEVERITIES = ("error", "warning", "info")
POINTS = ("A", "B", "C", "other")
SIGNAL_KINDS = ("phrase", "caption", "regex", "term")
SCOPES = ("evidence", "document", "c_chapter", "definitions", "purpose")
ANCHORS = ("definitions", "c_chapter", "register", "file_register", "title", "evidence", "purpose", "limits")
CONDITIONS = (None, "c_present", "c_absent")
UNITS = ("main", "suppl")


@dataclass(frozen=True, slots=True)
class Signal:
    """A weighted clue that a provision serves a requirement.

    ``kind``: ``"phrase"`` (literal text, variants tolerated), ``"caption"`` (text inside an
    article's 見出し), ``"regex"`` (a regular expression on the folded text) or ``"term"``
    (a term the article defines).
    """

    text: str
    kind: str
    weight: float


@dataclass(frozen=True, slots=True)
class ElementGroup:
    """One element a requirement needs (``must``) or must not have (``forbid``).

    ``any`` holds alternatives: regular expressions on the folded text (variants expanded),
    or ``"term:X"`` meaning "the draft defines X", or ``"sets_aside:REGEX"`` meaning "the
    非識別 chapter sets aside an article whose text matches REGEX" (:mod:`ordreview.core.set_aside`),
    or ``"mechanism_route:REGEX"``: such an article is set aside only for the provision the
    mechanism's own provisions make (:mod:`ordreview.core.mechanism_route`),
    or ``"document:REGEX"``: REGEX said anywhere in the draft, whatever the requirement's scope
    (a rule of the 非識別 chapter stated once in the general limits article), or
    ``"in_definition:TERM:REGEX"``: REGEX said in the definition of TERM (a condition of it),
    or ``"unnamed:REGEX"``: met when the draft nowhere says REGEX (a term's definition is needed
    only when the draft uses the term), or ``"cites:LAW:PROVISION"``: the requirement's
    scope incorporates that statute provision by citing it (:mod:`ordreview.core.statute_cites`),
    or ``"applied:LAW:PROVISION"``: a run of the statute the draft applies (準用する, 例による) takes that
    provision in (:mod:`ordreview.core.statute_applied`), a mere citation not counting,
    or ``"applies_whole:TERM:LAW:PROVISION[:ITEM]"``: the definition of TERM applies that
    statute paragraph (with 読替え) and keeps its item ITEM (:mod:`ordreview.core.applied_definition`).
    """

    label_ja: str
    label_en: str
    any: tuple[str, ...]
    severity: str | None = None
    """A must element whose absence alone is less grave than the requirement's (its content is
    partly secured by another provision): a partial finding missing only such elements takes the
    highest of their severities, never more than the requirement's."""
    severity_together: str | None = None
    """The severity of a partial finding when this element and every other element carrying
    ``severity_together`` are all missing: the draft states none of a set of elements (the
    conditions of a definition), a design that needs a documented reason rather than a slip in
    one of them; never more than the requirement's (see ``severity`` for mixed cases)."""
    keys: tuple[tuple[str, ...], ...] = ()
    """The element's content words, for telling "said in other words" from "absent" when no
    alternative matches: groups of regex alternatives, every group matched inside one sentence
    of the scope (:mod:`ordreview.core.other_words`). Such an element is an info note to
    confirm, not an error (content present in other words is at most an info note)."""
    keys_in: str | None = None
    """Where ``keys`` are looked for when not the requirement's scope (``"definition:X"``: the
    definition of X, where the conditions of a definition stand)."""


@dataclass(frozen=True, slots=True)
class Requirement:
    """One checklist requirement (the profile's ``requirements``; docs/domain.md).

    Attributes:
        id / point / title_ja / title_en: as in the checklist.
        requirement_ja / requirement_en: what the ordinance should contain.
        severity: base severity of a gap finding.
        verify: True when the requirement rests on an unverified fact: its findings are
            capped at ``warning``.
        statute_refs: the statute provisions it rests on.
        policy: the sentence of section 3(1) of the Basic Policy it rests on.
        signals: weighted clues for alignment.
        must / forbid: elements checked for covered-vs-partial.
        scope: where ``must``/``forbid`` are looked for: ``"evidence"`` (the aligned
            articles), ``"document"``, ``"c_chapter"`` (the 非識別 chapter),
            ``"definitions"`` (the 定義 article), ``"purpose"`` (the 目的 article, see
            ``DraftIndex.purpose_article``) or ``"definition:X"`` (the paragraph or
            item defining X; the aligned articles when X is not defined).
        anchor: where a ``missing`` finding is anchored (one of ``ANCHORS``; ``"limits"`` is the
            article limiting use and provision outside the purpose, ``DraftIndex.limits_article``).
        when_absent: status when nothing matches (``"missing"`` or ``"not_applicable"``).
        gap: whether the gap rule reports this requirement (integrity reports the O items).
        attention: report an ``info`` finding when present (reviewer judgement items).
        condition: ``"c_present"``/``"c_absent"``: applies only with/without the C mechanism.
        escalate_if_c: severity used instead when the C mechanism is present.
        suggestion_ja: model wording an officer can paste.
        requires: requirements this one builds on: its gap is not reported while one of
            them is missing (that gap is reported instead).
        if_unused: the severity of a ``missing`` finding on a definition (first element
            ``term:X``) in a draft without the C mechanism that never writes X at all (a
            事務登録簿 village that never speaks of 個人情報ファイル has nothing to define);
            ``None``: no such relief.
        keys: the provision's content words (as ``ElementGroup.keys``): a ``missing``
            requirement whose words are all said in one sentence of its scope is an info
            note to confirm that sentence, not an error.
        units: which provisions alignment scores: ``"main"`` (the main-provision articles,
            the default) or ``"suppl"`` (the 附則: each 附則 article, and each 項-style 附則
            as one unit — O10).
    """

    id: str
    point: str
    title_ja: str
    title_en: str
    requirement_ja: str
    requirement_en: str
    severity: str
    verify: bool
    statute_refs: tuple[str, ...]
    policy: str
    signals: tuple[Signal, ...]
    must: tuple[ElementGroup, ...]
    forbid: tuple[ElementGroup, ...]
    scope: str
    anchor: str
    when_absent: str
    gap: bool
    attention: bool
    condition: str | None
    escalate_if_c: str | None
    suggestion_ja: str
    requires: tuple[str, ...] = ()
    units: str = "main"
    if_unused: str | None = None
    keys: tuple[tuple[str, ...], ...] = ()
    near: str | None = None
    """The requirement whose provision a missing one of this requirement is reported on (the
    cancellation of the contract, on the article concluding the contract): where a reviewer asks
    for it; ``None``: the statute's order decides (:mod:`ordreview.core.insertion`)."""

    @property
    def terms(self) -> tuple[str, ...]:
        """The defined terms among the signals."""
        return tuple(s.text for s in self.signals if s.kind == "term")


@dataclass(frozen=True, slots=True)
class AlignmentSettings:
    """Weights and thresholds of alignment (see ``core.align``)."""

    w_caption: float
    w_signal: float
    w_term: float
    w_similarity: float
    covered: float
    floor: float
    ambiguity_margin: float
    ngram: int
    max_evidence: int


@dataclass(frozen=True, slots=True)
class Substitution:
    """A benign difference: statute wording and the ordinance wordings that replace it."""

    statute: str
    ordinance: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StatuteText:
    """A statutory definition quoted for comparison (docs/domain.md)."""

    key: str
    term: str
    label_ja: str
    label_en: str
    ref: str
    requirement: str
    text: str


@dataclass(frozen=True, slots=True)
class Category:
    """A 要配慮 category with the wordings that show it."""

    key: str
    label_ja: str
    label_en: str
    any: tuple[str, ...]


@dataclass(frozen=True)
class DriftEntry:
    """What a statute paragraph defines now and before 2017 (see the module docstring).

    Not slotted, so that ``vars(entry)`` gives a plain mapping to rules that want one.
    """

    law: str
    names: tuple[str, ...]
    article: str
    paragraph: int
    means: str
    before_2017: str | None


@dataclass(frozen=True, slots=True)
class RuleRequirement:
    """``rule_requirements[i]``: findings of ``rule`` belong to ``requirement`` of this profile;
    with ``statutes``, only findings about one of those statutes (by the name their ``statute``
    field starts with, before the law number in brackets)."""

    rule: str
    requirement: str
    statutes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RequirementGroup:
    """A heading under which the report groups requirements (a profile without points A–C).

    Attributes:
        id: the group's key.
        title_ja / title_en: the heading.
        requirements: the ids it holds, in checklist order.
    """

    id: str
    title_ja: str
    title_en: str
    requirements: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProfileInfo:
    """A profile found on disk, for listings."""

    id: str
    version: str
    title_ja: str
    title_en: str
    path: str
    bundled: bool


@dataclass(frozen=True)
class Profile:
    """A validated reference profile.

    Attributes:
        id / version / title_ja / title_en / regime: identification.
        policy_text: path of the Basic Policy text resource (relative to resources).
        alignment: weights and thresholds.
        variants: orthographic variant pairs (standard, variant).
        substitutions: benign statute ↔ ordinance wordings.
        statute_texts: statutory definitions for diffing.
        yohairyo_statute / yohairyo_order: the six statutory and five Cabinet-Order categories.
        yohairyo_delegation: wordings that delegate further categories to a rule.
        statute_drift: the drift table for O1.
        regime_signals / regime_threshold: post-2023 vocabulary (O15).
        c_terms / c_division_caption / c_article_caption: how the C mechanism is recognised.
        requirements: in checklist order.
        path: where it was loaded from.
    """

    id: str
    version: str
    title_ja: str
    title_en: str
    regime: str
    policy_text: str
    alignment: AlignmentSettings
    variants: tuple[tuple[str, str], ...]
    substitutions: tuple[Substitution, ...]
    statute_texts: tuple[StatuteText, ...]
    yohairyo_statute: tuple[Category, ...]
    yohairyo_order: tuple[Category, ...]
    yohairyo_delegation: tuple[str, ...]
    statute_drift: tuple[DriftEntry, ...]
    regime_signals: tuple[tuple[str, float], ...]
    regime_threshold: float
    c_terms: tuple[str, ...]
    c_division_caption: str
    c_article_caption: str
    requirements: tuple[Requirement, ...]
    path: str = ""
    caveats: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False)
    """Per requirement id, the unverified fact its findings rest on: (Japanese, English) notes
    from ``verify_facts``, shown on every finding of that requirement (「要確認：…」)."""
    skip_rules: tuple[str, ...] = ()
    """Rule ids that do not apply to drafts reviewed with this profile (``skip_rules``)."""
    groups: tuple[RequirementGroup, ...] = ()
    """Optional report headings over the requirements (``groups`` in the JSON); empty for a
    profile whose requirements are grouped by their point A/B/C/O."""
    act: Any = None
    """The Act's data for the post-2023 profile (:class:`ordreview.core.profile_act.ActData`),
    or ``None``."""
    rule_requirements: tuple[RuleRequirement, ...] = ()
    """Drafting rules mapped to this profile's requirements (``rule_requirements``)."""
    _by_id: dict[str, Requirement] = field(default_factory=dict, compare=False, repr=False)
    _patterns: dict[tuple[str, bool], re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    _needles: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def requirement(self, rid: str) -> Requirement | None:
        """The requirement with id ``rid``, or ``None``."""
        if not self._by_id:
            self._by_id.update((r.id, r) for r in self.requirements)
        return self._by_id.get(rid)

    def requirement_for_rule(self, rule: str, statute: str = "") -> str | None:
        """This profile's requirement for a finding of ``rule`` about ``statute`` (the finding's
        statute field, 「個人情報の保護に関する法律（平成15年法律第57号）」), or ``None``."""
        name = re.split(r"[（(]", statute, maxsplit=1)[0].strip()
        for entry in self.rule_requirements:
            if entry.rule == rule and (not entry.statutes or name in entry.statutes):
                return entry.requirement
        return None

    def caveat(self, rid: str | None) -> tuple[str, str] | None:
        """The (Japanese, English) caveat of requirement ``rid`` (``None`` when verified)."""
        return self.caveats.get(rid) if rid else None

    def statute_text(self, key: str) -> StatuteText | None:
        """The statutory text with ``key`` (``"kojin_joho"`` …), or ``None``."""
        return next((s for s in self.statute_texts if s.key == key), None)

    def needle(self, text: str) -> str | None:
        """``text`` folded and without whitespace when a plain substring search can find it;
        ``None`` when variants, substitutions or punctuation need :meth:`pattern` (cached)."""
        if text in self._needles:
            return self._needles[text]
        from ordreview.core.text import fold

        folded = fold(text)
        # The expansion's source tells whether it changed anything; compiling it (what
        # :meth:`pattern` does) is needed only when it did.
        escaped = re.escape(folded)
        plain = "、" not in text and (
            pattern_source(text, True, self.variants, self.substitutions) == escaped
            or self.pattern(text).pattern == escaped
        )
        result = re.sub(r"\s+", "", folded) if plain else None
        self._needles[text] = result
        return result

    def pattern(self, text: str, *, literal: bool = True) -> re.Pattern[str]:
        """Compile ``text`` for matching on folded text, tolerating variants and substitutions.

        ``literal`` escapes ``text`` first (phrases, captions); otherwise it is a regex.
        """
        key = (text, literal)
        rx = self._patterns.get(key)
        if rx is None:
            rx = compile_pattern(text, literal, self.variants, self.substitutions)
            self._patterns[key] = rx
        return rx

