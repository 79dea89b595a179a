"""What the rules need from a profile, by requirement: a profile that keeps a requirement must
provide the data its rules read, or it is refused when loaded (``core.profile``).

A rule raises findings only for requirements the profile has (the engine drops the others,
``core.review``), so a profile that drops or renames a requirement simply gets no findings
for it; but a profile that keeps the requirement and empties the table the rule compares
against would make the rule silently find nothing. Each entry names the requirement, the
profile field (as the profile file spells it), the rule that reads it, and a test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Need:
    """One profile field a rule reads for one requirement."""

    requirement: str
    field: str
    rule: str
    present: Callable[[Any], bool]


NEEDS: tuple[Need, ...] = (
    Need("B1", "yohairyo_categories.statute", "def.yohairyo", lambda p: bool(p.yohairyo_statute)),
    Need("B2", "yohairyo_categories.cabinet_order", "def.yohairyo", lambda p: bool(p.yohairyo_order)),
    Need("B2", "yohairyo_categories.delegation", "def.yohairyo", lambda p: bool(p.yohairyo_delegation)),
    Need("O1", "statute_drift", "cite.drift", lambda p: bool(p.statute_drift)),
    Need("O15", "regime_signals", "regime", lambda p: bool(p.regime_signals)),
    Need("C0", "c_mechanism.terms", "gap", lambda p: bool(p.c_terms)),
)


def unmet(profile: Any) -> list[Need]:
    """The needs of the requirements ``profile`` keeps that it does not provide."""
    ids = {r.id for r in profile.requirements}
    return [n for n in NEEDS if n.requirement in ids and not n.present(profile)]
