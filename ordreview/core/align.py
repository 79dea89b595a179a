"""Alignment: which provisions of the draft serve which requirement of the profile.

For every requirement the engine scores every main-provision article (for the 附則
requirements, ``units == "suppl"`` such as O10: every 附則 article, and each 項-style 附則 as
one unit) and keeps the best *with its margin and a reason*, the way Picard's ``find_best_match_with_margin`` does, then
checks the requirement's must-have elements to tell ``covered`` from ``partial``.

How the tiers combine (every weight and threshold comes from ``Profile.alignment``)::

    caption    = 1 if a caption signal occurs in the article's 見出し, else 0
    signal     = min(1, Σ weights of the phrase/regex signals found in the article
                        / Σ weights of all the requirement's phrase/regex signals)
    term       = 1 if the article defines one of the requirement's terms, else 0
    similarity = share of the character n-grams of the requirement's model wording
                 (``suggestion_ja``) that occur in the article (both through
                 :func:`similarity_text`: folded, no spaces, variants and statute wordings
                 mapped to one spelling)

    score = Σ w_tier · tier / Σ w_tier, summed over the tiers the requirement has
            (a requirement without caption signals is not penalised for a missing caption).

Only articles with at least one caption, signal or term hit are candidates; similarity just
orders candidates. Then, with ``best`` and ``runner_up`` the two highest scores:

- ``best < floor`` and no must element found, or the first must element is a defined
  term (``term:X``) the draft does not define: status ``missing`` (or ``not_applicable``
  for requirements whose absence is normal), reason ``"below_floor"`` when under the floor;
- all must elements found and nothing forbidden found: ``covered``; otherwise ``partial``
  (a requirement without must elements is covered when ``best >= covered``);
- ``best - runner_up < ambiguity_margin`` with a runner-up above the floor, for a
  requirement whose status rests on the chosen article: reason ``"ambiguous"`` (the
  status stands; two provisions compete);
- elements are looked for as :mod:`ordreview.core.align_elements` describes (the other verb
  form, parentheses inside, 準用, acts mentioned but not provided for); then one decision
  settles what the requirements claim (:func:`_one_decision`): a clause inside another
  requirement's longer element is not this one's, such an article is not its evidence, and a
  requirement with no element of its own whose candidates all hold other requirements'
  elements is ``missing``;
- C requirements while the draft has no 非識別 mechanism (and C20 while it has one):
  ``not_applicable``, reason ``"conditional"``; C0 itself is ``covered`` by a provision that
  records the decision not to introduce it (:func:`~ordreview.core.c_mechanism.declined_span`),
  and that provision is no leftover mention for C20;
- judgement items (``attention``: A6, B5): ``covered`` when their element is present (the
  officer is asked to confirm it), else ``not_applicable``;
- a post-2023 draft (O15 vocabulary): every reason becomes ``"regime"``;
- a partial-amendment bill (:mod:`ordreview.core.amendment`): ``missing`` becomes
  ``not_applicable`` with reason ``"amendment"`` (the bill shows only what it changes), and
  O14 (新旧対照表) is ``partial``, shown by the title: the officer checks the table.

The facts about the draft these decisions read (folded text, articles, terms, phrase hits) are
computed once by :class:`~ordreview.core.draft_index.DraftIndex`, re-exported here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Hashable
from dataclasses import dataclass, replace

from ordreview.core.adoption import adopts_by_reference
from ordreview.core.align_created import settle_created_track
from ordreview.core.align_elements import (
    applied_spans,
    bare_hits,
    is_mention,
    register_variants,
    unmentioned,
    verb_variants,
)
from ordreview.core.amendment import AmendmentSigns, detect_amendment
from ordreview.core.attached_tables import attached_tables
from ordreview.core.c_mechanism import declined_span, introduces_mechanism
from ordreview.core.definition_conditions import condition_spans
from ordreview.core.draft_index import DraftIndex, ngrams, similarity_text
from ordreview.core.instrument import RuleSigns, detect_rule, repeal_signal
from ordreview.core.model import (
    Coverage,
    Location,
    NodeRef,
    Ordinance,
    RequirementId,
    Span,
)
from ordreview.core.named_here import named_here_forms
from ordreview.core.profile import AlignmentSettings, ElementGroup, Profile, Requirement
from ordreview.core.law_reach import PREFIX as LAW_REACH
from ordreview.core.law_reach import find_law_reach
from ordreview.core.mechanism_route import PREFIX as MECHANISM_ROUTE
from ordreview.core.mechanism_route import find_mechanism_route
from ordreview.core.set_aside import PREFIX as SET_ASIDE
from ordreview.core.set_aside import find_set_aside
from ordreview.core.statute_cites import PREFIX as CITES
from ordreview.core.applied_definition import PREFIX as APPLIES_WHOLE
from ordreview.core.applied_definition import find_applied_definition
from ordreview.core.statute_cites import find_citation
from ordreview.core.statute_applied import applied_span
from ordreview.core.text import fold

ANYWHERE = "document:"
"""Prefix of a profile element alternative looked for in the whole draft, whatever the scope."""
IN_DEFINITION = "in_definition:"
"""Prefix of a profile element alternative (``in_definition:TERM:REGEX``) looked for in the
definition of TERM when the draft defines it (a condition of the definition said elsewhere in the
draft is not part of the definition), in the requirement's scope otherwise."""
APPLIED = "applied:"
"""Prefix of a profile element alternative (``applied:LAW:PROVISION``) met only by a run of the
statute the draft applies (準用する, 例による) that takes PROVISION in
(:mod:`ordreview.core.statute_applied`), never by a mere citation: 「法第2条第8項から第11項まで…の規定は、
…について準用する。」 brings the conditions of 第2条第9項 with it."""
UNLESS = "unless:"
"""Prefix of a profile element alternative (``unless:NEG then:REGEX``): REGEX as usual, but only
when NEG is said nowhere in the draft (the general limit on provision of 保有個人情報 stands for the
chapter's limit on provision of 非識別加工情報 only where the draft does not set it aside for their
provision). Such a hit reads a provision that is another
requirement's: it claims no words, makes no article its own, and counts only beside an element
found in the requirement's own provision."""
UNLESS_THEN = " then:"
WITHOUT = "without:"
"""Prefix of a profile element alternative (``without:NEG then:REGEX``): REGEX, a reading of the requirement's own
provision like any other, that holds only in a draft that says NEG nowhere (the 個人情報取扱事務登録簿 stands for the
個人情報ファイル簿 only in a draft that never speaks of a ファイル簿: one whose mechanism writes in a ファイル簿 the
draft never sets up has not arranged the two)."""
UNNAMED = "unnamed:"
"""Prefix of a profile element alternative (``unnamed:REGEX``) met when the draft nowhere says
REGEX: a definition is needed only for a term the draft uses (a draft that calls the contractor
「…契約を締結した者」 throughout needs no 「…取扱事業者」, and a definition of it would be unused).
Such an element is shown at the requirement's first element found; with none found, it is absent."""

@dataclass(frozen=True, slots=True)
class ElementHit:
    """A must or forbid element of a requirement and where it was found (``None``: absent)."""

    group: ElementGroup
    span: Span | None


@dataclass(frozen=True)
class Alignment:
    """The alignment of one draft with one profile.

    Attributes:
        coverage: per requirement id, in profile order.
        article_requirements: per article number, the requirements it serves.
        must: per requirement id, each must element with where it was found.
        forbidden: per requirement id, the forbidden elements that were found.
        c_present: True when the draft introduces the 非識別 mechanism.
        regime_hits: spans of post-2023 vocabulary (non-empty when ``regime_mismatch``).
        regime_mismatch: True when the draft belongs to the post-2023 regime.
        amendment: the partial-amendment signs (``None`` when the draft is not an amendment
            bill; see :mod:`ordreview.core.amendment`).
    """

    coverage: dict[str, Coverage]
    article_requirements: dict[str, tuple[RequirementId, ...]]
    must: dict[str, tuple[ElementHit, ...]]
    forbidden: dict[str, tuple[ElementHit, ...]]
    c_present: bool
    regime_hits: tuple[Span, ...]
    regime_mismatch: bool
    amendment: AmendmentSigns | None = None
    rule: RuleSigns | None = None
    """Set when the draft is a 規則 (:mod:`ordreview.core.instrument`): A/B/C do not apply."""


# --------------------------------------------------------------------------- per-profile cache

# Per profile (by identity, checked with ``is``: profiles that share an id and version may still
# differ), the n-grams of each requirement's model wording.
_MODEL_GRAMS: dict[int, tuple[Profile, dict[str, frozenset[Hashable]]]] = {}
_MODEL_GRAMS_SIZE = 8


def _model_grams(profile: Profile, req: Requirement) -> frozenset[Hashable]:
    entry = _MODEL_GRAMS.get(id(profile))
    if entry is None or entry[0] is not profile:
        if len(_MODEL_GRAMS) >= _MODEL_GRAMS_SIZE:
            _MODEL_GRAMS.clear()
        entry = _MODEL_GRAMS[id(profile)] = (profile, {})
    grams = entry[1]
    g = grams.get(req.id)
    if g is None:
        g = grams[req.id] = ngrams(similarity_text(profile, fold(req.suggestion_ja)), profile.alignment.ngram)
    return g


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Candidate:
    """One article scored for one requirement."""

    index: int
    score: float
    anchor: Span


def score_articles(index: DraftIndex, req: Requirement, *, restrict: tuple[Span, ...] = ()) -> list[Candidate]:
    """Score the candidate articles of ``req``, best first (see the module docstring)."""
    alignment = index.profile.alignment
    caption_sigs = [s for s in req.signals if s.kind == "caption"]
    text_sigs = [s for s in req.signals if s.kind in ("phrase", "regex")]
    term_sigs = [s for s in req.signals if s.kind == "term"]
    total_text = sum(s.weight for s in text_sigs)
    parts: dict[int, dict[str, float]] = {}
    anchors: dict[int, Span] = {}

    def note(i: int | None, tier: str, value: float, span: Span | None) -> None:
        # (``span`` may be None when article ``i`` has its anchor already: the first one noted stays)
        if i is None:
            return
        if restrict and not any(r.contains(index.articles[i].span) for r in restrict):
            return
        p = parts.setdefault(i, {})
        p[tier] = p.get(tier, 0.0) + value
        if i not in anchors:
            anchors[i] = span  # type: ignore[assignment]

    for sig in text_sigs:
        seen: set[int] = set()
        for a, b in index.flat_hits(sig.text, literal=sig.kind == "phrase"):
            i = index.flat_article_index(a)
            if i is not None and i not in seen:
                seen.add(i)
                note(i, "signal", sig.weight, None if i in anchors else index.flat_span(a, b))
    if caption_sigs:
        patterns = [index.profile.pattern(s.text) for s in caption_sigs]
        for i, cap in index.captions:
            if any(p.search(cap) for p in patterns):
                note(i, "caption", 1.0, index.articles[i].caption_span)  # type: ignore[arg-type]
    for sig in term_sigs:
        for term in index.terms.get(sig.text, []):
            if term.style == "inline" or term.where.article is None:
                continue
            art = index.ordinance.article(term.where.article)
            if art is not None:
                note(index.article_index(art.span.start), "term", 1.0, term.term_span)
        if not index.terms.get(sig.text):
            span = index.term_span(sig.text)
            if span is not None:
                note(index.article_index(span.start), "term", 1.0, span)

    model = _model_grams(index.profile, req)
    out: list[Candidate] = []
    for i, p in parts.items():
        num = den = 0.0
        if caption_sigs:
            num += alignment.w_caption * min(1.0, p.get("caption", 0.0))
            den += alignment.w_caption
        if text_sigs and total_text > 0:
            num += alignment.w_signal * min(1.0, p.get("signal", 0.0) / total_text)
            den += alignment.w_signal
        if term_sigs:
            num += alignment.w_term * min(1.0, p.get("term", 0.0))
            den += alignment.w_term
        if model:
            num += alignment.w_similarity * (len(model & index.grams(i)) / len(model))
            den += alignment.w_similarity
        out.append(Candidate(i, num / den if den else 0.0, anchors[i]))
    out.sort(key=lambda c: (-c.score, c.index))
    return out


def _scope_spans(index: DraftIndex, req: Requirement, evidence: list[Candidate]) -> tuple[Span, ...] | None:
    """Where must/forbid elements are looked for; ``None`` means the whole draft."""
    if req.scope == "document":
        return None
    if req.scope == "c_chapter":
        return (index.c_spans + _mechanism_elsewhere(index)) if index.c_spans else None
    if req.scope == "definitions":
        art = index.definitions_article()
        return (art.span,) if art is not None else ()
    if req.scope == "purpose":
        art = index.purpose_article()
        return (art.span,) if art is not None else ()
    if req.scope.startswith("definition:"):
        span = index.definition_span(req.scope.split(":", 1)[1])
        if span is not None:
            return (span,)
    # "evidence", or a term the draft does not define: the aligned articles
    return tuple(index.articles[c.index].span for c in evidence)


def _mechanism_elsewhere(index: DraftIndex) -> tuple[Span, ...]:
    """The paragraphs outside the 非識別 chapter that speak of the mechanism's information (a fee
    article for disclosure fees and the contract's fee alike, a general duty article extended to
    the information): a draft may lay a provision of the mechanism down there. The definitions
    article is not one of them (it defines the words, it provides nothing)."""
    memo = index.__dict__.setdefault("_mechanism_elsewhere", None)
    if memo is not None:
        return memo
    definitions = index.definitions_article()
    terms = [t for t in index.profile.c_terms if t]
    text = index.ordinance.text
    out: list[Span] = []
    for art in index.articles:
        if art is definitions or any(c.contains(art.span) or art.span.contains(c) for c in index.c_spans):
            continue
        for para in art.paragraphs:
            body = re.sub(r"\s+", "", text[para.span.start:para.span.end])
            if any(t in body for t in terms):
                out.append(para.span)
    index.__dict__["_mechanism_elsewhere"] = tuple(out)
    return index.__dict__["_mechanism_elsewhere"]


def _find(index: DraftIndex, alternative: str, spans: tuple[Span, ...] | None,
          claimed: tuple[Span, ...] = ()) -> Span | None:
    """The first place ``alternative`` is said inside ``spans`` (``None``: anywhere), in its
    own words or the other verb form, then with parentheses inside (see
    :mod:`ordreview.core.align_elements`); never inside a clause ``claimed`` by another
    requirement."""
    if alternative.startswith("term:"):
        return index.term_span(alternative[5:])
    if alternative.startswith(SET_ASIDE):
        return find_set_aside(index, alternative[len(SET_ASIDE):], spans)
    if alternative.startswith(LAW_REACH):  # the chapter reached through 「法令等に基づく場合」
        return find_law_reach(index, alternative[len(LAW_REACH):])
    if alternative.startswith(MECHANISM_ROUTE):  # the limits set aside only for the mechanism's provision
        return find_mechanism_route(index, alternative[len(MECHANISM_ROUTE):])
    if alternative.startswith(APPLIED):  # the statute's provision taken in by a run the draft applies
        law, _, provision = alternative[len(APPLIED):].partition(":")
        return applied_span(index, law, provision, spans)
    if alternative.startswith(CITES):  # the statute's provision incorporated by citing it
        law, _, provision = alternative[len(CITES):].partition(":")
        return (find_citation(index, alternative[len(CITES):], spans)  # (or inside a run it applies)
                or applied_span(index, law, provision, spans))
    if alternative.startswith(APPLIES_WHOLE):  # a definition applying the statute's paragraph (読替え)
        return find_applied_definition(index, alternative[len(APPLIES_WHOLE):])
    if alternative.startswith(ANYWHERE):  # said anywhere in the draft, whatever the scope
        return _find(index, alternative[len(ANYWHERE):], None, claimed)
    if alternative.startswith(UNLESS):  # only where the draft nowhere says NEG
        neg, _, rest = alternative[len(UNLESS):].partition(UNLESS_THEN)
        if index.hits(neg, literal=False):
            return None
        return _find(index, rest, spans, claimed)
    if alternative.startswith(WITHOUT):  # only in a draft that nowhere says NEG, then as any other reading
        neg, _, rest = alternative[len(WITHOUT):].partition(UNLESS_THEN)
        if index.hits(neg, literal=False):
            return None
        return _find(index, rest, spans, claimed)
    if alternative.startswith(IN_DEFINITION):  # said in the definition of a term, when the draft has one
        term, _, rest = alternative[len(IN_DEFINITION):].partition(":")
        span = index.definition_span(term)
        found = _find(index, rest, (span,) if span is not None else spans, claimed)
        if found is None and span is not None:  # conditions set out where the definition points
            found = next((f for s in condition_spans(index, span)
                          if (f := _find(index, rest, (s,), claimed)) is not None), None)
        return found
    forms = [alternative, *verb_variants(alternative), *register_variants(index, alternative)]
    mentioned = False
    for form in forms:
        for hit in index.hits(form, literal=False):
            if (spans is None or any(s.contains(hit) for s in spans)) and not _claimed(hit, claimed):
                if not is_mention(index, form, hit):
                    return hit
                mentioned = True
    if mentioned:  # a mention took the words a longer match would reach the provision with
        for form in forms:
            longer = unmentioned(form)
            for hit in index.hits(longer, literal=False) if longer else ():
                if (spans is None or any(s.contains(hit) for s in spans)) and not _claimed(hit, claimed):
                    return hit
    if "(" not in alternative and "（" not in alternative:
        for form in forms:
            for hit in bare_hits(index, form, spans):
                if ((spans is None or any(s.contains(hit) for s in spans)) and not _claimed(hit, claimed)
                        and not is_mention(index, form, hit)):
                    return hit
    for form in named_here_forms(index, alternative):  # 「帳簿（以下「X」という。）を作成し」
        for hit in index.hits(form, literal=False):
            if ((spans is None or any(s.contains(hit) for s in spans)) and not _claimed(hit, claimed)
                    and not is_mention(index, form, hit)):
                return hit
    return None


def _set_aside_hit(index: DraftIndex, hit: ElementHit) -> bool:
    """True when ``hit`` is a whole provision found as setting another aside (``sets_aside:``):
    「第N条の規定は、この章の規定に基づく…提供については、適用しない。」 serves that requirement and
    may serve another one too (the chapter's own limit on provision), so it claims no words."""
    return hit.span is not None and any(
        (alt.startswith(SET_ASIDE) and find_set_aside(index, alt[len(SET_ASIDE):], None) == hit.span)
        or (alt.startswith(MECHANISM_ROUTE) and find_mechanism_route(index, alt[len(MECHANISM_ROUTE):]) == hit.span)
        for alt in hit.group.any)


def _claimed(hit: Span, claimed: tuple[Span, ...]) -> bool:
    """True when ``hit`` lies inside a longer clause that is another requirement's element."""
    return bool(claimed) and any(
        c.start <= hit.start and hit.end <= c.end and (c.end - c.start) > (hit.end - hit.start) for c in claimed
    )


def _elements(index: DraftIndex, groups: tuple[ElementGroup, ...], spans: tuple[Span, ...] | None,
              claimed: tuple[Span, ...] = ()) -> tuple[ElementHit, ...]:
    if spans:
        spans = applied_spans(index, spans)
        spans = spans + attached_tables(index, spans)
    out: list[ElementHit] = []
    for group in groups:
        found = None
        for alt in group.any:
            if alt.startswith(UNNAMED):
                continue
            found = _find(index, alt, spans, claimed)
            if found is not None:
                break
        if found is None and any(a.startswith(UNNAMED) and not index.hits(a[len(UNNAMED):], literal=False)
                                 for a in group.any):
            found = next((h.span for h in out if h.span is not None), None)
        out.append(ElementHit(group, found))
    # an element read in another requirement's provision (unless:) counts only beside an element
    # of this requirement's own provision: with none, the requirement's provision is absent
    own = [h for h in out if h.span is not None and not _only_unless(index, h, spans, claimed)]
    if not own:
        out = [ElementHit(h.group, None) if h.span is not None else h for h in out]
    return tuple(out)


def _only_unless(index: DraftIndex, hit: ElementHit, spans: tuple[Span, ...] | None,
                 claimed: tuple[Span, ...]) -> bool:
    """True if ``hit`` was found only through an ``unless:`` alternative."""
    if not any(a.startswith(UNLESS) for a in hit.group.any):
        return False
    return not any(_find(index, a, spans, claimed) is not None
                   for a in hit.group.any if not a.startswith((UNLESS, UNNAMED)))


def detect_c(index: DraftIndex) -> bool:
    """True when the draft introduces the 非識別 mechanism: a chapter or captioned article, or
    operative provisions; a definition or a passing mention is not enough
    (:mod:`ordreview.core.c_mechanism`)."""
    return introduces_mechanism(index)


def detect_regime(index: DraftIndex) -> tuple[bool, tuple[Span, ...]]:
    """Post-2023 vocabulary: (mismatch?, the spans found)."""
    total = 0.0
    spans: list[Span] = []
    for text, weight in index.profile.regime_signals:
        found = index.hits(text, literal=True)
        if found:
            total += weight
            if weight > 0:  # a negative weight is a pre-2023 sign: not evidence of the regime
                spans.extend(found)
    repeal, repeal_spans = repeal_signal(index.ordinance)
    if total > 0 or repeal >= index.profile.regime_threshold:
        total += repeal  # the former ordinance repealed in the 附則 (see core.instrument)
        spans.extend(repeal_spans)
    return total >= index.profile.regime_threshold and bool(spans), tuple(sorted(set(spans)))


def _location(index: DraftIndex, span: Span) -> Location:
    ref: NodeRef = index.ordinance.locate(span.start)
    return Location(ref.article, ref.paragraph, ref.item, span)


@dataclass(frozen=True, slots=True)
class _RequirementAlignment:
    """The alignment of one requirement (internal)."""

    coverage: Coverage
    must: tuple[ElementHit, ...]
    forbidden: tuple[ElementHit, ...]
    serving: tuple[int, ...]
    scores: tuple[tuple[int, float], ...] = ()  # evidence articles with this requirement's score


def _evidence_locations(index: DraftIndex, evidence: list[Candidate], found: list[ElementHit]) -> list[Location]:
    """The evidence candidates' anchors, then must hits outside those articles (bounded)."""
    limit = index.profile.alignment.max_evidence
    locs = [_location(index, c.anchor) for c in evidence]
    in_evidence = {c.index for c in evidence}
    for h in found:
        span = h.span
        if span is None or len(locs) >= limit:
            continue
        if index.article_index(span.start) not in in_evidence and not any(
            loc.span is not None and loc.span.contains(span) for loc in locs
        ):
            locs.append(_location(index, span))
    return locs


def _heading_location(index: DraftIndex, span: Span) -> Location:
    end = index.folded.find("\n", span.start)
    return _location(index, Span(span.start, end if 0 <= end < span.end else span.end))


def _adopted(index: DraftIndex, term: str, span: Span) -> bool:
    """True if the definition of ``term`` at ``span`` adopts the statute's by reference."""
    name = next(iter(index.own_names(term)), term) if term not in index.terms else term
    return adopts_by_reference(span.slice(index.ordinance.text), name)


def _host_adopting(index: DraftIndex, term: str) -> Span | None:
    """The definition that brings ``term`` in with a statute's definition adopted by reference,
    when the draft never uses ``term`` itself: 「「個人情報」とは、行政機関個人情報保護法第2条第2項に
    規定する個人情報をいう。」 takes in 個人識別符号 with the statute's 個人情報, and a draft that never
    writes 個人識別符号 has nothing left to define. The host is a term whose requirement
    (scope ``definition:<host>``) asks for wording naming ``term``."""
    if index.hits(term, literal=True):
        return None
    for req in index.profile.requirements:
        scope = req.scope or ""
        if not scope.startswith("definition:") or scope == f"definition:{term}":
            continue
        if not any(term in a and not a.startswith("term:") for g in req.must for a in g.any):
            continue
        host = scope[len("definition:"):]
        span = index.definition_span(host)
        if span is not None and _adopted(index, host, span):
            return span
    return None


def _adopted_elements(index: DraftIndex, must: tuple[ElementHit, ...], scope: str = "") -> tuple[ElementHit, ...]:
    """``must`` with the elements a definition adopted by reference supplies marked found.

    When the first element is the definition of a term and the draft defines it by citing the
    statute's definition (see :mod:`ordreview.core.adoption`), every further element of that
    definition is there, at the definition; the definitions of other terms the requirement also
    asks for (a group labelled 「…の定義」) are still looked for on their own.

    A requirement that asks only for parts of one term's definition (its ``scope`` is
    ``definition:<term>`` and no element is the term itself: 記述等 and the exclusion of
    個人識別符号 inside 個人情報, the Cabinet-Order categories inside 要配慮個人情報) is met in full
    by adopting that term's statutory definition: every part of it comes with the adoption.
    """
    if not must or all(h.span is not None for h in must):
        return must
    term = next((a[5:] for a in must[0].group.any if a.startswith("term:")), None)
    if term is None:
        if not scope.startswith("definition:") or any(a.startswith("term:") for h in must for a in h.group.any):
            return must
        term = scope[len("definition:"):]
        span = index.definition_span(term)
        if span is None or not _adopted(index, term, span):
            return must
        return tuple(ElementHit(h.group, span) if h.span is None else h for h in must)
    if must[0].span is None:
        host = _host_adopting(index, term)
        if host is None:
            return must
        return tuple(ElementHit(h.group, host) if h.span is None else h for h in must)
    span = index.definition_span(term)
    if span is None:
        return must
    if not _adopted(index, term, span):
        return must
    return tuple(
        ElementHit(h.group, span) if h.span is None and i > 0 and not h.group.label_ja.endswith("の定義") else h
        for i, h in enumerate(must)
    )


def _align_one(index: DraftIndex, req: Requirement, *, c_present: bool, regime: bool, regime_hits: tuple[Span, ...],
               claimed: tuple[Span, ...] = ()) -> _RequirementAlignment:
    """One requirement's coverage: the articles that score for it, the elements found in their
    scope, and the status those decide (:func:`_status`)."""
    if req.units == "suppl":
        index = index.suppl_view()
    alignment = index.profile.alignment
    rid = RequirementId(req.id)
    if (req.condition == "c_present" and not c_present) or (req.condition == "c_absent" and c_present):
        cov = Coverage(rid, "not_applicable", (), 0.0, 0.0, "regime" if regime else "conditional")
        return _RequirementAlignment(cov, (), (), ())
    cands = _candidates(index, req)
    best = cands[0].score if cands else 0.0
    runner = cands[1].score if len(cands) > 1 else 0.0
    evidence = [c for c in cands if c.score >= alignment.floor][: alignment.max_evidence]
    spans = _scope_spans(index, req, evidence)
    if spans is None or spans:
        must = _elements(index, req.must, spans, claimed)
    elif req.scope.startswith("definition:") and index.definitions_article() is not None:
        # a term the draft does not define may still come in by citing the statute's definition
        # where the draft's definitions stand (「同条第8項に規定する非識別加工情報」): only such citations count
        where = (index.definitions_article().span,)  # type: ignore[union-attr]
        must = tuple(ElementHit(g, next((f for a in g.any if a.startswith(CITES)
                                         for f in [_find(index, a, where)] if f is not None), None))
                     for g in req.must)
    else:  # scoped to evidence, and there is none
        must = tuple(ElementHit(g, None) for g in req.must)
    aside: tuple[Span, ...] = ()
    if req.condition == "c_absent" and req.forbid:  # (C20) the article recording the decision is no leftover
        declined = declined_span(index)
        k = index.article_index(declined[0]) if declined is not None else None
        aside = (index.articles[k].span,) if k is not None else ()
    forbid = tuple(h for h in _elements(index, req.forbid, spans if spans else None, aside) if h.span is not None)
    must = _adopted_elements(index, must, req.scope)
    found = [h for h in must if h.span is not None]
    locs = _evidence_locations(index, evidence, found)
    if req.condition is None and req.point == "C" and index.c_spans and req.must and found:
        locs = [_heading_location(index, index.c_spans[0])]  # C0: the chapter heading shows it best
    if req.scope == "purpose" and spans:
        locs = [_heading_location(index, spans[0])]  # the 目的 article is the evidence, whatever scored
    status, reason, locs, best = _status(index, req, must=must, forbid=forbid, found=found, spans=spans, best=best,
                                         locs=locs, c_present=c_present, regime=regime, regime_hits=regime_hits)
    if reason is None and _ambiguous(req, cands, best, runner, alignment):
        reason = "ambiguous"
    if regime:
        reason = "regime"
    cov = Coverage(rid, status, tuple(locs), round(best, 4), round(best - runner, 4), reason)  # type: ignore[arg-type]
    serving = tuple(c.index for c in evidence) if status in ("covered", "partial") else ()
    return _RequirementAlignment(cov, must, forbid, serving, tuple((c.index, c.score) for c in evidence))


def _candidates(index: DraftIndex, req: Requirement) -> list[Candidate]:
    """The articles scored for ``req``, best first (a requirement looked for again reuses its scores)."""
    restrict = index.c_spans if req.scope == "c_chapter" and index.c_spans else ()
    scored = index.__dict__.setdefault("_scored", {})
    key = (req.id, req.units, restrict)
    cands = scored.get(key)
    if cands is None:
        cands = scored[key] = score_articles(index, req, restrict=restrict)
    return cands


def _status(index: DraftIndex, req: Requirement, *, must: tuple[ElementHit, ...], forbid: tuple[ElementHit, ...],
            found: list[ElementHit], spans: tuple[Span, ...] | None, best: float, locs: list[Location],
            c_present: bool, regime: bool, regime_hits: tuple[Span, ...]
            ) -> tuple[str, str | None, list[Location], float]:
    """(status, reason, evidence locations, confidence) of ``req``, by the kind of requirement:
    the regime check (O15), the C mechanism when the draft has none, a judgement item, one with
    elements to find, one with wordings to avoid only, one decided by article scores alone."""
    alignment = index.profile.alignment
    if req.id == "O15":
        locs = [_location(index, s) for s in regime_hits[: alignment.max_evidence]]
        return ("missing" if regime else "covered"), None, locs, (1.0 if regime else 0.0)
    if req.point == "C" and req.condition is None and not c_present:
        # C0: the mechanism's word alone (a definition, a mention) is not the mechanism; a
        # provision saying it is not introduced documents the decision C0 asks for
        declined = declined_span(index)
        if declined is not None:
            return "covered", None, [_location(index, Span(*declined))], best
        return req.when_absent, ("below_floor" if best < alignment.floor else None), [], best
    if req.attention:
        # judgement items: present → covered (the officer is asked to confirm), else n/a
        locs = [_location(index, h.span) for h in found if h.span is not None]
        return ("covered" if found else req.when_absent), (None if found else "below_floor"), locs, best
    if req.must:
        status, reason = _elements_status(req, must=must, forbid=forbid, found=found, spans=spans, best=best,
                                          floor=alignment.floor)
        return status, reason, locs, best
    if req.forbid:
        if forbid:
            locs = [_location(index, h.span) for h in forbid[: alignment.max_evidence] if h.span is not None]
        return ("partial" if forbid else "covered"), None, locs, best
    if best >= alignment.covered:
        return "covered", None, locs, best
    if best >= alignment.floor:
        return "partial", None, locs, best
    return req.when_absent, "below_floor", locs, best


def _elements_status(req: Requirement, *, must: tuple[ElementHit, ...], forbid: tuple[ElementHit, ...],
                     found: list[ElementHit], spans: tuple[Span, ...] | None, best: float, floor: float
                     ) -> tuple[str, str | None]:
    """(status, reason) of a requirement with elements to find: all found and nothing forbidden is
    covered, some is partial; absent when the scores, the primary term or the scope say so."""
    primary_missing = must[0].span is None and any(a.startswith("term:") for a in must[0].group.any)
    located = req.scope == "purpose" and bool(spans)  # the article is known: its words decide
    # A requirement that reconciles something the draft may not have (it may not apply, and
    # has wordings it forbids: the legacy sensitive-information list against 要配慮個人情報)
    # does not apply when neither what it asks for nor what it forbids is there: a collection
    # article with no sensitive list at all follows the statute, which has none.
    nothing_to_reconcile = req.when_absent == "not_applicable" and bool(req.forbid) and not found and not forbid
    below_floor = not found and best < floor and not forbid and not located
    if below_floor or primary_missing or nothing_to_reconcile:
        return req.when_absent, ("below_floor" if best < floor else None)
    if len(found) == len(must) and not forbid:
        return "covered", None
    return "partial", None


def _ambiguous(req: Requirement, cands: list[Candidate], best: float, runner: float,
               alignment: AlignmentSettings) -> bool:
    """True when two candidate articles score too close to tell apart, and the status rests on the
    chosen article(s): not for elements looked for in the whole draft or chapter (B6, C0 …), where
    many articles may legitimately mention the term."""
    depends_on_choice = (
        not (req.must or req.forbid)
        or req.scope in ("evidence", "definitions")
        or req.scope.startswith("definition:")
    )
    return (depends_on_choice and len(cands) > 1 and runner >= alignment.floor
            and best - runner < alignment.ambiguity_margin)


def align(ordinance: Ordinance, profile: Profile, *, index: DraftIndex | None = None) -> Alignment:
    """Align every requirement of ``profile`` with ``ordinance`` (see the module docstring)."""
    index = index or DraftIndex(ordinance, profile)
    c_present = detect_c(index)
    regime, regime_hits = detect_regime(index)
    coverage: dict[str, Coverage] = {}
    musts: dict[str, tuple[ElementHit, ...]] = {}
    forbidden: dict[str, tuple[ElementHit, ...]] = {}
    serves: dict[str, list[RequirementId]] = {}
    ones = {req.id: _align_one(index, req, c_present=c_present, regime=regime, regime_hits=regime_hits)
            for req in profile.requirements}
    ones = _one_decision(index, ones, c_present=c_present, regime=regime, regime_hits=regime_hits)
    ones = settle_created_track(ones)  # (the track for created information: whole or none)
    for req in profile.requirements:
        one = ones[req.id]
        coverage[req.id] = one.coverage
        if one.coverage.status == "not_applicable" and not one.must:
            continue
        musts[req.id] = one.must
        forbidden[req.id] = one.forbidden
        if req.units == "main":  # (article_requirements lists main-provision articles only)
            for i in one.serving:
                serves.setdefault(index.articles[i].num, []).append(RequirementId(req.id))
    article_requirements = {a.num: tuple(serves.get(a.num, ())) for a in ordinance.articles}
    signs = detect_amendment(ordinance, folded=index.folded)
    amendment = signs if signs.is_amendment and not regime else None
    if amendment is not None:
        coverage = amendment_coverage(index, coverage)
    rule_signs = detect_rule(ordinance)
    rule = rule_signs if rule_signs.is_rule else None
    if rule is not None:
        coverage = rule_coverage(profile, coverage)
    return Alignment(coverage, article_requirements, musts, forbidden, c_present, regime_hits, regime, amendment,
                     rule)


RULE_POINTS = frozenset({"A", "B", "C"})
"""The Basic Policy points whose requirements are matters for the ordinance, not for a 規則."""


def rule_coverage(profile: Profile, coverage: dict[str, Coverage]) -> dict[str, Coverage]:
    """A 規則: the requirements of points A, B and C do not apply (reason ``"rule"``)."""
    out = dict(coverage)
    for req in profile.requirements:
        cov = out.get(req.id)
        if cov is not None and req.point in RULE_POINTS:
            out[req.id] = Coverage(cov.requirement, "not_applicable", cov.evidence, cov.confidence, cov.margin,
                                   "rule")
    return out


def _one_decision(index: DraftIndex, ones: dict[str, _RequirementAlignment], *, c_present: bool, regime: bool,
                  regime_hits: tuple[Span, ...]) -> dict[str, _RequirementAlignment]:
    """Settle what the requirements claim, so that coverage and findings tell one story.

    1. A clause is the element of the requirement whose own, longer element it is: the 提案の
       募集 article's 「提案を募集」 does not count when it is only found inside the ファイル簿
       item 「提案を募集する個人情報ファイルである旨」 (that clause is C5's). The requirement is
       looked for again without such clauses.
    2. A requirement none of whose must elements is found, and whose every candidate article
       holds another requirement's elements (its own provision is absent, another provision
       only mentions its words or caption), is ``missing`` (``when_absent``), not ``partial``;
       so is one whose first (principal) element is absent and whose other elements are found
       only in articles holding another requirement's elements (no 契約の締結 or 審査 article:
       「通知を受けた者」 in the contract article, 「委託を受けた者」 in the 識別行為 article).
       Definitions are exempt: they share the 定義 article by nature.
    """
    folded = index.folded
    claims = {rid: tuple(h.span for h in one.must
                         if h.span is not None and not h.group.any[0].startswith("term:")
                         and "(" not in folded[h.span.start : h.span.end]  # (said around a parenthesis)
                         and not _set_aside_hit(index, h)
                         and not any(alt.startswith(UNLESS) for alt in h.group.any)
                         # (an unnamed: element is only shown at the first element's place: it claims nothing)
                         and not (h is not one.must[0] and h.span == one.must[0].span
                                  and any(alt.startswith(UNNAMED) for alt in h.group.any)))
              for rid, one in ones.items()}
    out = dict(ones)
    every = sorted((sp.start, sp.end) for spans in claims.values() for sp in spans)
    starts = [a for a, _ in every]
    reach: list[int] = []  # the furthest end among the claims starting at or before each one
    for _, b in every:
        reach.append(max(b, reach[-1]) if reach else b)
    for req in index.profile.requirements:
        one = ones[req.id]
        hits = [h.span for h in one.must if h.span is not None]
        # (cheap test first: can any longer claimed clause contain a hit at all?)
        if not any(_may_contain(every, starts, reach, h) for h in hits):
            continue
        others = tuple(sp for rid, spans in claims.items() if rid != req.id for sp in spans)
        if any(_claimed(h, others) for h in hits):
            out[req.id] = _align_one(index, req, c_present=c_present, regime=regime, regime_hits=regime_hits,
                                     claimed=others)
    owners: dict[int, set[str]] = {}  # article index → requirements with a must element found there
    for rid, one in out.items():
        if one.coverage.status not in ("covered", "partial"):
            continue
        for h in one.must:
            if (h.span is not None and not h.group.any[0].startswith("term:")
                    and not any(alt.startswith(UNLESS) for alt in h.group.any)):  # (read in another's provision)
                i = index.article_index(h.span.start)
                if i is not None:
                    owners.setdefault(i, set()).add(rid)
    principal: dict[int, set[str]] = {}  # article index → requirements whose first element is found there
    for rid, one in out.items():
        first = one.must[0].span if one.must and one.coverage.status in ("covered", "partial") else None
        if first is not None and not one.must[0].group.any[0].startswith("term:"):
            i = index.article_index(first.start)
            if i is not None:
                principal.setdefault(i, set()).add(rid)
    for req in index.profile.requirements:
        one = out[req.id]
        cov = one.coverage
        if _principal_elsewhere(index, req, one, principal):
            gone = Coverage(cov.requirement, req.when_absent, (), cov.confidence, cov.margin,
                            "regime" if regime else None)
            out[req.id] = _RequirementAlignment(gone, one.must, one.forbidden, (), one.scores)
            continue
        if cov.status in ("covered", "partial") and one.must and any(h.span is not None for h in one.must):
            # evidence: not an article that only holds another requirement's clause
            mine = {index.article_index(h.span.start) for h in one.must if h.span is not None}
            kept = tuple(
                e for e in cov.evidence if e.span is None or _own_evidence(index, e.span, mine, owners, req.id)
            )
            if kept and kept != cov.evidence:
                out[req.id] = one = replace(one, coverage=replace(cov, evidence=kept))
            continue
        if (cov.status != "partial" or not one.must or one.forbidden or not one.scores
                or req.scope == "definitions" or req.scope.startswith("definition:")):
            continue  # (a definition shares its article with the others: that is no absence)
        if all(owners.get(i, set()) - {req.id} for i, _ in one.scores):
            gone = Coverage(cov.requirement, req.when_absent, (), cov.confidence, cov.margin,
                            "regime" if regime else None)
            out[req.id] = _RequirementAlignment(gone, one.must, one.forbidden, (), one.scores)
    return out


def _principal_elsewhere(index: DraftIndex, req: Requirement, one: _RequirementAlignment,
                         principal: dict[int, set[str]]) -> bool:
    """True when ``req`` is partial, its first (principal) element is absent and every element
    found lies in an article that is another requirement's own (that requirement's first
    element is there), whose caption is not one of ``req``'s and which does not score as
    ``req``'s own provision (at least ``alignment.covered``): the provision is absent and
    another one only uses some of its words (rule 2 of :func:`_one_decision`)."""
    if (one.coverage.status != "partial" or not one.must or one.must[0].span is not None or one.forbidden
            or req.scope == "definitions" or req.scope.startswith("definition:")):
        return False
    found = [h.span for h in one.must if h.span is not None
             and not _only_unless(index, h, None, ())]  # (read in another's provision)
    if not found:
        return False
    if one.must[0].group.severity == "info" and any(
            _in_mechanism(index, span) or _about_mechanism(index, span) for span in found):
        # the principal element is one whose absence alone is a note (C4's authorising clause), and the
        # mechanism itself states another element (the 削除情報 limit in its processing article), or a
        # paragraph of another article whose own subject is the mechanism's information does (「前2項の規定に
        # かかわらず、…実施機関非識別加工情報及び削除情報を自ら利用し、又は提供してはならない。」 as the
        # limits article's last paragraph): the content is there, in an article the drafter chose, not
        # only words used elsewhere
        return False
    captions = [index.profile.pattern(s.text) for s in req.signals if s.kind == "caption"]
    own_scores = dict(one.scores)
    for span in found:
        i = index.article_index(span.start)
        if i is None or not (principal.get(i, set()) - {req.id}):
            return False
        if own_scores.get(i, 0.0) >= index.profile.alignment.covered:
            return False  # (an article written for both: 「（提案の募集及び提案）」)
        cap = index.articles[i].caption or ""
        if any(p.search(cap) for p in captions):
            return False
    return True


def _about_mechanism(index: DraftIndex, span: Span) -> bool:
    """True when ``span`` lies in a paragraph outside the mechanism that speaks of its information
    (:func:`_mechanism_elsewhere`) and the clause found there names that information itself."""
    if not any(p.contains(span) for p in _mechanism_elsewhere(index)):
        return False
    clause = re.sub(r"\s+", "", span.slice(index.folded))
    return any(t and t in clause for t in index.profile.c_terms)


def _in_mechanism(index: DraftIndex, span: Span) -> bool:
    """True when ``span`` lies in the 非識別 chapter, or, in a draft that gives the mechanism no
    chapter of its own, in an article about the mechanism's information."""
    if index.c_spans:
        return index.in_c(span)
    i = index.article_index(span.start)
    return i is not None and "非識別加工情報" in index.articles[i].span.slice(index.folded)


def _may_contain(every: list[tuple[int, int]], starts: list[int], reach: list[int], hit: Span) -> bool:
    """True if some claim in ``every`` (sorted, with ``reach`` the running furthest end) may
    strictly contain ``hit``: one starting before it reaches its end, or one starting with it
    ends after it."""
    k = bisect_left(starts, hit.start)
    if k and reach[k - 1] >= hit.end:
        return True
    while k < len(every) and every[k][0] == hit.start:
        if every[k][1] > hit.end:
            return True
        k += 1
    return False


def _own_evidence(index: DraftIndex, span: Span, mine: set[int | None], owners: dict[int, set[str]], rid: str) -> bool:
    i = index.article_index(span.start)
    return i is None or i in mine or not (owners.get(i, set()) - {rid})


AMENDMENT_REQUIREMENT = "O14"
"""The requirement an amendment bill's notice belongs to: the 新旧対照表 check, which the
officer has to make on the bill's table (or on the ordinance as amended)."""


def amendment_coverage(index: DraftIndex, coverage: dict[str, Coverage]) -> dict[str, Coverage]:
    """Coverage of an amendment bill: what the bill does not show is ``not_applicable``
    (reason ``"amendment"``) instead of ``missing``; O14 is ``partial``, shown by the title."""
    out: dict[str, Coverage] = {}
    for rid, cov in coverage.items():
        if cov.status == "missing":
            cov = Coverage(cov.requirement, "not_applicable", (), cov.confidence, cov.margin, "amendment")
        out[rid] = cov
    o14 = out.get(AMENDMENT_REQUIREMENT)
    title = index.ordinance.title_span
    if o14 is not None and o14.status != "covered":
        evidence = (_location(index, title),) if title is not None else ()
        out[AMENDMENT_REQUIREMENT] = Coverage(o14.requirement, "partial", evidence, 1.0, 1.0, "amendment")
    return out
