"""Reference profiles: the checklist, weights and statute texts a draft is reviewed against.

A profile is a JSON file (``resources/profiles/<id>.json``, or any file a user drops into
``paths.user_profiles_dir()``). :func:`load_profile` validates it completely and raises a
:class:`~ordreview.core.errors.ProfileError` naming the broken field, e.g.
``requirements[12].severity: 'fatal' is not one of error/warning/info``.

Everything the engine weighs or compares is data here, not code: alignment weights and
thresholds, the benign substitutions (statute wording ↔ ordinance wording), orthographic
variants, the statutory definition texts, the 要配慮 categories, the statute-article drift
table and the 51 requirements with their signals, must-have elements and model wording.

Optional sections: ``verify_facts`` (unverified facts, each with ``note_ja``/``note_en`` and the
``requirements`` resting on it: every ``verify`` requirement needs one, stays at warning or info,
and its findings end with 「（要確認：…）」, see :meth:`Profile.caveat`), ``skip_rules`` (rule ids
that do not apply under the profile), ``act`` (the Act's data for the post-2023 profile,
validated by :mod:`ordreview.core.profile_act`) and ``rule_requirements`` (the profile's own
requirement for a drafting rule whose usual requirement the profile does not have, optionally
only for findings about the named statutes; see :meth:`Profile.requirement_for_rule`).

``Profile.statute_drift`` (for the integrity rule O1) is a tuple of :class:`DriftEntry`:
``law`` (``"gyokoho"``, ``"kojohoho"``, ``"bangoho"``), ``names`` (how drafts name the law,
full title and usual 略称), ``article`` (e-Gov number, ``"2"``), ``paragraph`` (int),
``means`` (the term that paragraph defines in the version in force from 2017-05-30) and
``before_2017`` (what the same paragraph defined before, ``None`` if it did not exist).
A citation ``<law>第2条第4項に規定する<X>`` is drifted when ``X`` differs from ``means``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ordreview import paths
from ordreview.core.errors import ProfileError
from ordreview.core.messages import define

DEFAULT_PROFILE = "basic-policy-2016"
SCHEMA_VERSION = 1

SEVERITIES = ("error", "warning", "info")
POINTS = ("A", "B", "C", "other")
SIGNAL_KINDS = ("phrase", "caption", "regex", "term")
SCOPES = ("evidence", "document", "c_chapter", "definitions", "purpose")
ANCHORS = ("definitions", "c_chapter", "register", "title", "evidence", "purpose")
CONDITIONS = (None, "c_present", "c_absent")

E_NOT_FOUND = define(
    "profile.not_found",
    ja="プロファイルが見つかりません: {name}",
    en="Profile not found: {name}",
)
E_UNREADABLE = define(
    "profile.unreadable",
    ja="プロファイルを読み込めません（{path}）: {reason}",
    en="Cannot read the profile ({path}): {reason}",
)
E_INVALID = define(
    "profile.invalid",
    ja="プロファイルの内容が正しくありません（{path}）: {field}: {problem}",
    en="The profile is invalid ({path}): {field}: {problem}",
)

E_NEEDED = define(
    "profile.field_needed",
    ja="プロファイル（{path}）の「{field}」が空です。要件{requirement}の確認（規則 {rule}）に必要な項目です。",
    en="The profile ({path}) has no 「{field}」: rule {rule} needs it for requirement {requirement}.",
)

# --------------------------------------------------------------------------- values


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
    or ``"document:REGEX"``: REGEX said anywhere in the draft, whatever the requirement's scope
    (a rule of the 非識別 chapter stated once in the general limits article), or
    ``"in_definition:TERM:REGEX"``: REGEX said in the definition of TERM (a condition of it).
    """

    label_ja: str
    label_en: str
    any: tuple[str, ...]


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
        anchor: where a ``missing`` finding is anchored.
        when_absent: status when nothing matches (``"missing"`` or ``"not_applicable"``).
        gap: whether the gap rule reports this requirement (integrity reports the O items).
        attention: report an ``info`` finding when present (reviewer judgement items).
        condition: ``"c_present"``/``"c_absent"``: applies only with/without the C mechanism.
        escalate_if_c: severity used instead when the C mechanism is present.
        suggestion_ja: model wording an officer can paste.
        requires: requirements this one builds on: its gap is not reported while one of
            them is missing (that gap is reported instead).
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
        plain = "、" not in text and self.pattern(text).pattern == re.escape(folded)
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
            rx = _compile(text, literal, self.variants, self.substitutions)
            self._patterns[key] = rx
        return rx


@lru_cache(maxsize=4096)
def _compile(
    text: str,
    literal: bool,
    variants: tuple[tuple[str, str], ...],
    substitutions: tuple[Substitution, ...],
) -> re.Pattern[str]:
    from ordreview.core.text import fold

    text = fold(text)
    source = re.escape(text) if literal else text
    alternatives: dict[str, list[str]] = {}
    for standard, variant in variants:
        alternatives.setdefault(standard, [standard]).append(variant)
    for sub in substitutions:
        alternatives.setdefault(sub.statute, [sub.statute]).extend(sub.ordinance)
    keys = sorted(alternatives, key=len, reverse=True)
    if keys:
        key_rx = re.compile("|".join(re.escape(k) for k in keys))

        def expand(m: re.Match[str]) -> str:
            alts = alternatives[m.group(0)]
            return "(?:" + "|".join(re.escape(a) for a in dict.fromkeys(alts)) + ")"

        source = key_rx.sub(expand, source)
    if literal:  # drafts write 、 as ， or , now and then
        source = source.replace("、", "[、，,]")
    try:
        return re.compile(source)
    except re.error:
        return re.compile(re.escape(text))


# --------------------------------------------------------------------------- loading


def _bundled_dir() -> Path:
    return paths.resource("profiles")


def _candidates() -> list[tuple[Path, bool]]:
    found: list[tuple[Path, bool]] = []
    for folder, bundled in ((_bundled_dir(), True), (paths.user_profiles_dir(), False)):
        if folder.is_dir():
            found.extend((p, bundled) for p in sorted(folder.glob("*.json")))
    return found


def list_profiles() -> list[ProfileInfo]:
    """Bundled profiles, then those in the user's profile folder; invalid files are skipped."""
    infos: list[ProfileInfo] = []
    for path, bundled in _candidates():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            infos.append(
                ProfileInfo(
                    id=str(data["id"]),
                    version=str(data["version"]),
                    title_ja=str(data.get("title_ja", "")),
                    title_en=str(data.get("title_en", "")),
                    path=str(path),
                    bundled=bundled,
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return infos


def load_profile(id_or_path: str | None = None) -> Profile:
    """Load and validate a profile by id (bundled or user folder) or by file path.

    ``None`` loads the default profile, ``"basic-policy-2016"``. Raises ``ProfileError``
    when nothing is found or a field is invalid (the message names the field).
    """
    name = id_or_path or DEFAULT_PROFILE
    path = Path(name)
    if not (path.suffix == ".json" and path.is_file()):
        path = next((p for p, _ in _candidates() if p.stem == name), None)  # type: ignore[assignment]
        if path is None:
            for info in list_profiles():
                if info.id == name:
                    path = Path(info.path)
                    break
        if path is None:
            raise ProfileError(E_NOT_FOUND, name=name)
    return _load_path(str(path.resolve()), path.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _load_path(path: str, _mtime: int) -> Profile:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ProfileError(E_UNREADABLE, path=path, reason=str(exc)) from exc
    return parse_profile(data, path=path)


class _Invalid(Exception):
    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name}: {problem}")
        self.field_name = field_name
        self.problem = problem


def _get(obj: Any, key: str, where: str, kind: type | tuple[type, ...], *, optional: bool = False) -> Any:
    if not isinstance(obj, dict):
        raise _Invalid(where or "(root)", "must be an object")
    full = f"{where}.{key}" if where else key
    if key not in obj:
        if optional:
            return None
        raise _Invalid(full, "is missing")
    value = obj[key]
    if value is None and optional:
        return None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise _Invalid(full, f"{value!r} is not a {names}")
    return value


def _one_of(value: Any, allowed: tuple[Any, ...], where: str) -> Any:
    if value not in allowed:
        shown = "/".join("null" if a is None else str(a) for a in allowed)
        raise _Invalid(where, f"{value!r} is not one of {shown}")
    return value


def _strings(obj: Any, key: str, where: str) -> tuple[str, ...]:
    items = _get(obj, key, where, list)
    for i, s in enumerate(items):
        if not isinstance(s, str):
            raise _Invalid(f"{where}.{key}[{i}]", f"{s!r} is not a str")
    return tuple(items)


def _regex_ok(text: str, where: str) -> None:
    if text.startswith("term:"):
        return
    text = text.removeprefix("sets_aside:")  # a provision the 非識別 chapter sets aside (core.set_aside)
    text = text.removeprefix("document:")  # said anywhere in the draft (core.align)
    if text.startswith("in_definition:"):  # in_definition:TERM:REGEX, said in TERM's definition (core.align)
        text = text[len("in_definition:"):].partition(":")[2]
    try:
        re.compile(text)
    except re.error as exc:
        raise _Invalid(where, f"bad regular expression: {exc}") from exc


def _groups(obj: Any, key: str, where: str) -> tuple[ElementGroup, ...]:
    out = []
    for i, g in enumerate(_get(obj, key, where, list)):
        w = f"{where}.{key}[{i}]"
        alts = _strings(g, "any", w)
        if not alts:
            raise _Invalid(f"{w}.any", "is empty")
        for j, a in enumerate(alts):
            _regex_ok(a, f"{w}.any[{j}]")
        out.append(ElementGroup(_get(g, "label_ja", w, str), _get(g, "label_en", w, str), alts))
    return tuple(out)


def _requirement(r: Any, where: str) -> Requirement:
    signals = []
    for j, s in enumerate(_get(r, "signals", where, list)):
        w = f"{where}.signals[{j}]"
        kind = _one_of(_get(s, "kind", w, str), SIGNAL_KINDS, f"{w}.kind")
        text = _get(s, "text", w, str)
        if kind == "regex":
            _regex_ok(text, f"{w}.text")
        weight = _get(s, "weight", w, float)
        if weight < 0:
            raise _Invalid(f"{w}.weight", f"{weight!r} is negative")
        signals.append(Signal(text, kind, weight))
    escalate = _get(r, "escalate_if_c", where, str, optional=True)
    if escalate is not None:
        _one_of(escalate, SEVERITIES, f"{where}.escalate_if_c")
    return Requirement(
        id=_get(r, "id", where, str),
        point=_one_of(_get(r, "point", where, str), POINTS, f"{where}.point"),
        title_ja=_get(r, "title_ja", where, str),
        title_en=_get(r, "title_en", where, str),
        requirement_ja=_get(r, "requirement_ja", where, str),
        requirement_en=_get(r, "requirement_en", where, str),
        severity=_one_of(_get(r, "severity", where, str), SEVERITIES, f"{where}.severity"),
        verify=_get(r, "verify", where, bool),
        statute_refs=_strings(r, "statute_refs", where),
        policy=_get(r, "policy", where, str),
        signals=tuple(signals),
        must=_groups(r, "must", where),
        forbid=_groups(r, "forbid", where),
        scope=_scope(_get(r, "scope", where, str), f"{where}.scope"),
        anchor=_one_of(_get(r, "anchor", where, str), ANCHORS, f"{where}.anchor"),
        when_absent=_one_of(
            _get(r, "when_absent", where, str), ("missing", "not_applicable"), f"{where}.when_absent"
        ),
        gap=_get(r, "gap", where, bool),
        attention=_get(r, "attention", where, bool),
        condition=_one_of(_get(r, "condition", where, str, optional=True), CONDITIONS, f"{where}.condition"),
        escalate_if_c=escalate,
        suggestion_ja=_get(r, "suggestion_ja", where, str),
        requires=_strings(r, "requires", where) if "requires" in r else (),
        units=_one_of(_get(r, "units", where, str, optional=True) or "main", UNITS, f"{where}.units"),
    )


UNITS = ("main", "suppl")


def _scope(value: str, where: str) -> str:
    if value.startswith("definition:") and len(value) > len("definition:"):
        return value
    return _one_of(value, SCOPES, where)


def _categories(obj: Any, key: str, where: str) -> tuple[Category, ...]:
    out = []
    for i, c in enumerate(_get(obj, key, where, list)):
        w = f"{where}.{key}[{i}]"
        out.append(
            Category(
                _get(c, "key", w, str), _get(c, "label_ja", w, str), _get(c, "label_en", w, str), _strings(c, "any", w)
            )
        )
    return tuple(out)


def parse_profile(data: Any, *, path: str = "<data>") -> Profile:
    """Validate a decoded profile object; raises ``ProfileError`` naming the broken field,
    or the field a rule needs for a requirement the profile keeps (``core.checks.needs``)."""
    try:
        profile = _parse(data, path)
    except _Invalid as bad:
        raise ProfileError(E_INVALID, path=path, field=bad.field_name, problem=bad.problem) from None
    from ordreview.core.checks.needs import unmet  # data only; imported late to keep core.profile light

    for need in unmet(profile):
        raise ProfileError(E_NEEDED, path=path, field=need.field, rule=need.rule, requirement=need.requirement)
    return profile


def _parse(data: Any, path: str) -> Profile:
    schema = _get(data, "schema_version", "", int)
    if schema > SCHEMA_VERSION:
        raise _Invalid("schema_version", f"{schema} is newer than supported ({SCHEMA_VERSION})")
    al = _get(data, "alignment", "", dict)
    weights = _get(al, "weights", "alignment", dict)
    thresholds = {k: _get(al, k, "alignment", float) for k in ("covered", "floor", "ambiguity_margin")}
    for k, v in thresholds.items():
        if not 0.0 <= v <= 1.0:
            raise _Invalid(f"alignment.{k}", f"{v!r} is not between 0 and 1")
    if thresholds["floor"] > thresholds["covered"]:
        raise _Invalid("alignment.floor", "is above alignment.covered")
    alignment = AlignmentSettings(
        w_caption=_get(weights, "caption", "alignment.weights", float),
        w_signal=_get(weights, "signal", "alignment.weights", float),
        w_term=_get(weights, "term", "alignment.weights", float),
        w_similarity=_get(weights, "similarity", "alignment.weights", float),
        covered=thresholds["covered"],
        floor=thresholds["floor"],
        ambiguity_margin=thresholds["ambiguity_margin"],
        ngram=_get(al, "ngram", "alignment", int),
        max_evidence=_get(al, "max_evidence", "alignment", int),
    )
    variants = []
    for i, pair in enumerate(_get(data, "variants", "", list)):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            raise _Invalid(f"variants[{i}]", f"{pair!r} is not a pair of strings")
        variants.append((pair[0], pair[1]))
    subs = []
    for i, s in enumerate(_get(data, "substitutions", "", list)):
        w = f"substitutions[{i}]"
        subs.append(Substitution(_get(s, "statute", w, str), _strings(s, "ordinance", w)))
    texts = []
    for i, s in enumerate(_get(data, "statute_texts", "", list)):
        w = f"statute_texts[{i}]"
        texts.append(
            StatuteText(
                *(_get(s, k, w, str) for k in ("key", "term", "label_ja", "label_en", "ref", "requirement", "text"))
            )
        )
    yo = _get(data, "yohairyo_categories", "", dict)
    drift = []
    for i, d in enumerate(_get(data, "statute_drift", "", list)):
        w = f"statute_drift[{i}]"
        drift.append(
            DriftEntry(
                law=_get(d, "law", w, str),
                names=_strings(d, "names", w),
                article=_get(d, "article", w, str),
                paragraph=_get(d, "paragraph", w, int),
                means=_get(d, "means", w, str),
                before_2017=_get(d, "before_2017", w, str, optional=True),
            )
        )
    regime = []
    for i, s in enumerate(_get(data, "regime_signals", "", list)):
        w = f"regime_signals[{i}]"
        regime.append((_get(s, "text", w, str), _get(s, "weight", w, float)))
    cm = _get(data, "c_mechanism", "", dict)
    reqs = []
    seen: set[str] = set()
    for i, r in enumerate(_get(data, "requirements", "", list)):
        req = _requirement(r, f"requirements[{i}]")
        if req.id in seen:
            raise _Invalid(f"requirements[{i}].id", f"{req.id!r} is duplicated")
        seen.add(req.id)
        reqs.append(req)
    if not reqs:
        raise _Invalid("requirements", "is empty")
    for i, req in enumerate(reqs):
        for j, dep in enumerate(req.requires):
            if dep not in seen:
                raise _Invalid(f"requirements[{i}].requires[{j}]", f"{dep!r} is not a requirement id")
    for i, t in enumerate(texts):
        if t.requirement not in seen:
            raise _Invalid(f"statute_texts[{i}].requirement", f"{t.requirement!r} is not a requirement id")
    caveats = _verify_facts(data, seen, reqs)
    groups = _requirement_groups(data, seen)
    skip = tuple(_get(data, "skip_rules", "", list)) if "skip_rules" in data else ()
    for i, rule_id in enumerate(skip):
        if not isinstance(rule_id, str):
            raise _Invalid(f"skip_rules[{i}]", f"{rule_id!r} is not a str")
    mapped = []
    for i, m in enumerate(_get(data, "rule_requirements", "", list) if "rule_requirements" in data else ()):
        w = f"rule_requirements[{i}]"
        entry = RuleRequirement(_get(m, "rule", w, str), _get(m, "requirement", w, str),
                                _strings(m, "statutes", w) if isinstance(m, dict) and "statutes" in m else ())
        if entry.requirement not in seen:
            raise _Invalid(f"{w}.requirement", f"{entry.requirement!r} is not a requirement id")
        mapped.append(entry)
    act = None
    if "act" in data:
        from ordreview.core.profile_act import parse_act

        try:
            act = parse_act(_get(data, "act", "", dict))
        except ValueError as bad:
            field_name, _, problem = str(bad).partition(": ")
            raise _Invalid(f"act.{field_name}", problem) from None
    return Profile(
        caveats=caveats,
        groups=groups,
        skip_rules=skip,
        act=act,
        rule_requirements=tuple(mapped),
        id=_get(data, "id", "", str),
        version=_get(data, "version", "", str),
        title_ja=_get(data, "title_ja", "", str),
        title_en=_get(data, "title_en", "", str),
        regime=_get(data, "regime", "", str),
        policy_text=_get(data, "policy_text", "", str),
        alignment=alignment,
        variants=tuple(variants),
        substitutions=tuple(subs),
        statute_texts=tuple(texts),
        yohairyo_statute=_categories(yo, "statute", "yohairyo_categories"),
        yohairyo_order=_categories(yo, "cabinet_order", "yohairyo_categories"),
        yohairyo_delegation=_strings(yo, "delegation", "yohairyo_categories"),
        statute_drift=tuple(drift),
        regime_signals=tuple(regime),
        regime_threshold=_get(data, "regime_threshold", "", float),
        c_terms=_strings(cm, "terms", "c_mechanism"),
        c_division_caption=_get(cm, "division_caption", "c_mechanism", str),
        c_article_caption=_get(cm, "article_caption", "c_mechanism", str),
        requirements=tuple(reqs),
        path=path,
    )


def _requirement_groups(data: Any, seen: set[str]) -> tuple[RequirementGroup, ...]:
    """``groups`` → the report headings; each names known requirements, none twice."""
    if "groups" not in data:
        return ()
    out: list[RequirementGroup] = []
    placed: set[str] = set()
    for i, g in enumerate(_get(data, "groups", "", list)):
        w = f"groups[{i}]"
        reqs = _strings(g, "requirements", w)
        for j, rid in enumerate(reqs):
            if rid not in seen:
                raise _Invalid(f"{w}.requirements[{j}]", f"{rid!r} is not a requirement id")
            if rid in placed:
                raise _Invalid(f"{w}.requirements[{j}]", f"{rid!r} is in two groups")
            placed.add(rid)
        out.append(RequirementGroup(_get(g, "id", w, str), _get(g, "title_ja", w, str),
                                    _get(g, "title_en", w, str), reqs))
    return tuple(out)


def _verify_facts(data: Any, seen: set[str], reqs: list[Requirement]) -> dict[str, tuple[str, str]]:
    """``verify_facts`` → per requirement id, its caveat; every ``verify`` requirement needs one
    (when the profile has ``verify_facts`` at all)."""
    if "verify_facts" not in data:
        return {}
    out: dict[str, list[tuple[str, str]]] = {}
    for i, v in enumerate(_get(data, "verify_facts", "", list)):
        w = f"verify_facts[{i}]"
        note = (_get(v, "note_ja", w, str), _get(v, "note_en", w, str))
        for j, rid in enumerate(_strings(v, "requirements", w)):
            if rid not in seen:
                raise _Invalid(f"{w}.requirements[{j}]", f"{rid!r} is not a requirement id")
            out.setdefault(rid, []).append(note)
    for i, req in enumerate(reqs):
        if req.verify and req.severity == "error":
            raise _Invalid(f"requirements[{i}].severity", f"{req.id} rests on an unverified fact: warning or info, not error")
        if req.verify and req.id not in out:
            raise _Invalid(f"requirements[{i}].verify", f"{req.id} is marked verify but no verify_facts entry names it")
    return {rid: ("　".join(n[0] for n in notes), " ".join(n[1] for n in notes)) for rid, notes in out.items()}


def policy_text(profile: Profile) -> str:
    """The full Basic Policy text the profile ships (empty if the resource is missing)."""
    try:
        return paths.resource(profile.policy_text).read_text(encoding="utf-8")
    except OSError:
        return ""
