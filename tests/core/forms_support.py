"""Helpers of the tests written after the held-out rounds (``test_forms_after_*``): a held-out draft by name, its
review, and its counted findings of one requirement."""

from __future__ import annotations

from pathlib import Path

from ordreview.core.model import Finding
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

SETS = Path(__file__).resolve().parent.parent
"""The ``tests`` folder, whose ``heldout-*`` sets hold the drafts."""


def draft(name: str) -> str:
    """The text of the held-out draft ``name`` (its file name without ``.txt``)."""
    return next(SETS.glob(f"heldout-*/{name}.txt")).read_text(encoding="utf-8")


def findings(text: str) -> list[Finding]:
    """Every finding of the review of ``text`` with the default (2016) profile."""
    return review_ordinance(parse_text(text), load_profile()).findings


def counted(text: str, requirement: str) -> list[tuple[str, str, str | None]]:
    """(rule, severity, article) of the error and warning findings of ``requirement``."""
    return [(f.rule, f.severity, f.location.article) for f in findings(text)
            if f.severity != "info" and f.requirement == requirement]
