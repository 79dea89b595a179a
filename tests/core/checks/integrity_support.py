"""Helpers for the drafting-integrity tests: run one rule on a small hand-written draft.

Drafts are written as plain text and parsed with the real parser (``parse_text``); rules run
with the bundled profile, as ``core.review`` runs them. Results are reduced to tuples
``(rule, requirement, severity, anchor_text)`` so that a test states its exact expectation in
one line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.registry import all_rules
from ordreview.core.model import Coverage, Finding, Ordinance
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

Row = tuple[str, str | None, str, str]


def context(text: str, *, coverage: Mapping[str, Coverage] | None = None) -> CheckContext:
    """A check context for ``text`` (parsed) with the default profile."""
    return CheckContext(ordinance=parse_text(text), profile=load_profile(), coverage=dict(coverage or {}))


def findings(rule_id: str, text: str, **kwargs: Any) -> list[Finding]:
    """The findings of rule ``rule_id`` on the draft ``text``."""
    rules = {r.id: r for r in all_rules()}
    return rules[rule_id].run(context(text, **kwargs))


def rows(rule_id: str, text: str, **kwargs: Any) -> list[Row]:
    """``(rule, requirement, severity, anchor_text)`` of each finding of ``rule_id`` on ``text``."""
    return [(f.rule, f.requirement, f.severity, f.anchor_text) for f in findings(rule_id, text, **kwargs)]


def anchors_are_exact(ordinance: Ordinance, found: list[Finding]) -> bool:
    """True if every finding's anchor text is exactly the text under its span."""
    return all(
        f.location.span is None or f.location.span.slice(ordinance.text) == f.anchor_text for f in found
    )


def draft(*lines: str) -> str:
    """Join lines into a draft text (keeps test cases one line per provision)."""
    return "\n".join(lines)
