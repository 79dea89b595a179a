"""Validation of a decoded profile object into a :class:`~.schema.Profile`.

Every field is checked; the first broken one raises a ``ProfileError`` naming it, e.g.
``requirements[12].severity: 'fatal' is not one of error/warning/info``. A profile that lacks
a field a drafting rule needs for one of its requirements is refused as well
(``core.checks.needs``).
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parsing stage of re.compile (CPython 3.11 and later)
    from re._parser import parse as _parse_regex
except ImportError:  # pragma: no cover - another implementation: compile in full
    _parse_regex = None

from ordreview.core.errors import ProfileError
from ordreview.core.messages import define
from ordreview.core.profile.schema import (
    ANCHORS,
    CONDITIONS,
    POINTS,
    SCHEMA_VERSION,
    SCOPES,
    SEVERITIES,
    SIGNAL_KINDS,
    UNITS,
    AlignmentSettings,
    Category,
    DriftEntry,
    ElementGroup,
    Profile,
    Requirement,
    RequirementGroup,
    RuleRequirement,
    Signal,
    StatuteText,
    Substitution,
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
    if text.startswith(("term:", "cites:", "applies_whole:", "applied:")):  # cites:LAW:PROVISION (core.statute_cites)
        return
    text = text.removeprefix("sets_aside:")  # a provision the 非識別 chapter sets aside (core.set_aside)
    text = text.removeprefix("law_reach:")  # the chapter reached through 法令等 (core.law_reach)
    text = text.removeprefix("mechanism_route:")  # limits set aside for the mechanism only (core.mechanism_route)
    text = text.removeprefix("document:")  # said anywhere in the draft (core.align)
    text = text.removeprefix("unnamed:")  # met when the draft nowhere says it (core.align)
    if text.startswith(("unless:", "without:")):  # unless:NEG then:REGEX, REGEX only where NEG is nowhere (core.align)
        neg, _, text = text.partition(":")[2].partition(" then:")
        try:
            _check_regex(neg)
        except re.error as exc:
            raise _Invalid(where, f"bad regular expression: {exc}") from exc
    if text.startswith("in_definition:"):  # in_definition:TERM:REGEX, said in TERM's definition (core.align)
        text = text[len("in_definition:"):].partition(":")[2]
    try:
        _check_regex(text)
    except re.error as exc:
        raise _Invalid(where, f"bad regular expression: {exc}") from exc


def _check_regex(text: str) -> None:
    """Raise ``re.error`` when ``re.compile(text)`` would.

    A profile holds some two hundred patterns; compiling one with a class over the CJK block
    costs about a millisecond, nearly all of it in the compiler's character-set stage, and the
    alignment compiles the patterns it uses anyway (folded, with the profile's variants), so
    compiling them here as well made every start slower by tens of milliseconds. Every syntax
    error is raised by the parsing stage; the compiler itself rejects only look-behinds (of
    variable or too great width), so a pattern with a look-behind is compiled in full.
    """
    if _parse_regex is None or "(?<" in text:
        re.compile(text)
    else:
        _parse_regex(text)


def _groups(obj: Any, key: str, where: str) -> tuple[ElementGroup, ...]:
    out = []
    for i, g in enumerate(_get(obj, key, where, list)):
        w = f"{where}.{key}[{i}]"
        alts = _strings(g, "any", w)
        if not alts:
            raise _Invalid(f"{w}.any", "is empty")
        for j, a in enumerate(alts):
            _regex_ok(a, f"{w}.any[{j}]")
        severity = _get(g, "severity", w, str, optional=True)
        if severity is not None:
            severity = _one_of(severity, SEVERITIES, f"{w}.severity")
        together = _get(g, "severity_together", w, str, optional=True)
        if together is not None:
            together = _one_of(together, SEVERITIES, f"{w}.severity_together")
        keys_in = _get(g, "keys_in", w, str, optional=True)
        if keys_in is not None:
            keys_in = _scope(keys_in, f"{w}.keys_in")
        out.append(ElementGroup(_get(g, "label_ja", w, str), _get(g, "label_en", w, str), alts, severity, together,
                                _keys(g, w), keys_in))
    return tuple(out)


def _keys(obj: Any, where: str) -> tuple[tuple[str, ...], ...]:
    """``keys``: a list of non-empty lists of regexes (content words said in one sentence)."""
    if "keys" not in obj:
        return ()
    out = []
    for i, group in enumerate(_get(obj, "keys", where, list)):
        w = f"{where}.keys[{i}]"
        if not isinstance(group, list) or not group or not all(isinstance(a, str) and a for a in group):
            raise _Invalid(w, "must be a non-empty list of regexes")
        for j, a in enumerate(group):
            _regex_ok(a, f"{w}[{j}]")
        out.append(tuple(group))
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
        if_unused=_if_unused(r, where),
        keys=_keys(r, where),
        near=_get(r, "near", where, str, optional=True),
    )


def _if_unused(r: Any, where: str) -> str | None:
    value = _get(r, "if_unused", where, str, optional=True)
    if value is None:
        return None
    _one_of(value, SEVERITIES, f"{where}.if_unused")
    first = r["must"][0]["any"] if r.get("must") else []
    if not any(isinstance(a, str) and a.startswith("term:") for a in first):
        raise _Invalid(f"{where}.if_unused", "needs a first element of the form term:X (the term defined)")
    return value


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
    """``data`` → ``Profile``; the sections are checked in this order, so the first broken
    field is the one reported."""
    schema = _get(data, "schema_version", "", int)
    if schema > SCHEMA_VERSION:
        raise _Invalid("schema_version", f"{schema} is newer than supported ({SCHEMA_VERSION})")
    alignment = _alignment(data)
    variants = _variants(data)
    substitutions = _substitutions(data)
    texts = _statute_texts(data)
    yohairyo = _get(data, "yohairyo_categories", "", dict)
    drift = _statute_drift(data)
    regime = _regime_signals(data)
    c_mechanism = _get(data, "c_mechanism", "", dict)
    reqs, seen = _requirements(data)
    for i, t in enumerate(texts):
        if t.requirement not in seen:
            raise _Invalid(f"statute_texts[{i}].requirement", f"{t.requirement!r} is not a requirement id")
    caveats = _verify_facts(data, seen, reqs)
    groups = _requirement_groups(data, seen)
    skip = _skip_rules(data)
    mapped = _rule_requirements(data, seen)
    act = _act(data)
    return Profile(
        caveats=caveats,
        groups=groups,
        skip_rules=skip,
        act=act,
        rule_requirements=mapped,
        id=_get(data, "id", "", str),
        version=_get(data, "version", "", str),
        title_ja=_get(data, "title_ja", "", str),
        title_en=_get(data, "title_en", "", str),
        regime=_get(data, "regime", "", str),
        policy_text=_get(data, "policy_text", "", str),
        alignment=alignment,
        variants=variants,
        substitutions=substitutions,
        statute_texts=texts,
        yohairyo_statute=_categories(yohairyo, "statute", "yohairyo_categories"),
        yohairyo_order=_categories(yohairyo, "cabinet_order", "yohairyo_categories"),
        yohairyo_delegation=_strings(yohairyo, "delegation", "yohairyo_categories"),
        statute_drift=drift,
        regime_signals=regime,
        regime_threshold=_get(data, "regime_threshold", "", float),
        c_terms=_strings(c_mechanism, "terms", "c_mechanism"),
        c_division_caption=_get(c_mechanism, "division_caption", "c_mechanism", str),
        c_article_caption=_get(c_mechanism, "article_caption", "c_mechanism", str),
        requirements=reqs,
        path=path,
    )


def _alignment(data: Any) -> AlignmentSettings:
    """``alignment``: weights, and thresholds between 0 and 1 with the floor below covered."""
    settings = _get(data, "alignment", "", dict)
    weights = _get(settings, "weights", "alignment", dict)
    thresholds = {k: _get(settings, k, "alignment", float) for k in ("covered", "floor", "ambiguity_margin")}
    for k, v in thresholds.items():
        if not 0.0 <= v <= 1.0:
            raise _Invalid(f"alignment.{k}", f"{v!r} is not between 0 and 1")
    if thresholds["floor"] > thresholds["covered"]:
        raise _Invalid("alignment.floor", "is above alignment.covered")
    return AlignmentSettings(
        w_caption=_get(weights, "caption", "alignment.weights", float),
        w_signal=_get(weights, "signal", "alignment.weights", float),
        w_term=_get(weights, "term", "alignment.weights", float),
        w_similarity=_get(weights, "similarity", "alignment.weights", float),
        covered=thresholds["covered"],
        floor=thresholds["floor"],
        ambiguity_margin=thresholds["ambiguity_margin"],
        ngram=_get(settings, "ngram", "alignment", int),
        max_evidence=_get(settings, "max_evidence", "alignment", int),
    )


def _variants(data: Any) -> tuple[tuple[str, str], ...]:
    """``variants``: pairs of strings (standard, variant)."""
    variants = []
    for i, pair in enumerate(_get(data, "variants", "", list)):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            raise _Invalid(f"variants[{i}]", f"{pair!r} is not a pair of strings")
        variants.append((pair[0], pair[1]))
    return tuple(variants)


def _substitutions(data: Any) -> tuple[Substitution, ...]:
    subs = []
    for i, s in enumerate(_get(data, "substitutions", "", list)):
        w = f"substitutions[{i}]"
        subs.append(Substitution(_get(s, "statute", w, str), _strings(s, "ordinance", w)))
    return tuple(subs)


def _statute_texts(data: Any) -> tuple[StatuteText, ...]:
    texts = []
    for i, s in enumerate(_get(data, "statute_texts", "", list)):
        w = f"statute_texts[{i}]"
        texts.append(
            StatuteText(
                *(_get(s, k, w, str) for k in ("key", "term", "label_ja", "label_en", "ref", "requirement", "text"))
            )
        )
    return tuple(texts)


def _statute_drift(data: Any) -> tuple[DriftEntry, ...]:
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
    return tuple(drift)


def _regime_signals(data: Any) -> tuple[tuple[str, float], ...]:
    regime = []
    for i, s in enumerate(_get(data, "regime_signals", "", list)):
        w = f"regime_signals[{i}]"
        regime.append((_get(s, "text", w, str), _get(s, "weight", w, float)))
    return tuple(regime)


def _requirements(data: Any) -> tuple[tuple[Requirement, ...], set[str]]:
    """``requirements`` (not empty, ids unique, ``requires`` naming known ids) and their ids."""
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
    return tuple(reqs), seen


def _skip_rules(data: Any) -> tuple[str, ...]:
    skip = tuple(_get(data, "skip_rules", "", list)) if "skip_rules" in data else ()
    for i, rule_id in enumerate(skip):
        if not isinstance(rule_id, str):
            raise _Invalid(f"skip_rules[{i}]", f"{rule_id!r} is not a str")
    return skip


def _rule_requirements(data: Any, seen: set[str]) -> tuple[RuleRequirement, ...]:
    """``rule_requirements``: each maps a rule to one of the profile's requirements."""
    mapped = []
    for i, m in enumerate(_get(data, "rule_requirements", "", list) if "rule_requirements" in data else ()):
        w = f"rule_requirements[{i}]"
        entry = RuleRequirement(_get(m, "rule", w, str), _get(m, "requirement", w, str),
                                _strings(m, "statutes", w) if isinstance(m, dict) and "statutes" in m else ())
        if entry.requirement not in seen:
            raise _Invalid(f"{w}.requirement", f"{entry.requirement!r} is not a requirement id")
        mapped.append(entry)
    return tuple(mapped)


def _act(data: Any) -> Any:
    """``act``: the Act's data of the post-2023 profile (``core.profile_act``), or ``None``."""
    if "act" not in data:
        return None
    from ordreview.core.profile_act import parse_act

    try:
        return parse_act(_get(data, "act", "", dict))
    except ValueError as bad:
        field_name, _, problem = str(bad).partition(": ")
        raise _Invalid(f"act.{field_name}", problem) from None


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


def _verify_facts(data: Any, seen: set[str], reqs: tuple[Requirement, ...]) -> dict[str, tuple[str, str]]:
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

