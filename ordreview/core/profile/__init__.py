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

The package is split by concern; everything is importable from ``ordreview.core.profile``:
:mod:`.schema` (the dataclasses, the schema's enumerations and the lookups on
:class:`Profile`), :mod:`.patterns` (phrases compiled for matching), :mod:`.validate`
(:func:`parse_profile`) and :mod:`.discovery` (:func:`list_profiles`, :func:`load_profile`,
:func:`policy_text`).
"""

from __future__ import annotations

from ordreview.core.profile.discovery import (
    E_NOT_FOUND,
    E_UNREADABLE,
    list_profiles,
    load_profile,
    policy_text,
)
from ordreview.core.profile.schema import (
    ANCHORS, CONDITIONS, DEFAULT_PROFILE, POINTS, SCHEMA_VERSION, SCOPES, SEVERITIES,
    SIGNAL_KINDS, UNITS, AlignmentSettings, Category, DriftEntry, ElementGroup, Profile,
    ProfileInfo, Requirement, RequirementGroup, RuleRequirement, Signal, StatuteText,
    Substitution,
)
from ordreview.core.profile.validate import E_INVALID, E_NEEDED, parse_profile

__all__ = [
    "ANCHORS", "CONDITIONS", "DEFAULT_PROFILE", "E_INVALID", "E_NEEDED", "E_NOT_FOUND",
    "E_UNREADABLE", "POINTS", "SCHEMA_VERSION", "SCOPES", "SEVERITIES", "SIGNAL_KINDS", "UNITS",
    "AlignmentSettings", "Category", "DriftEntry", "ElementGroup", "Profile", "ProfileInfo",
    "Requirement", "RequirementGroup", "RuleRequirement", "Signal", "StatuteText",
    "Substitution", "list_profiles", "load_profile", "parse_profile", "policy_text",
]
