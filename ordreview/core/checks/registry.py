"""Registry of check rules.

A check is a small unit with an id, a title marked for translation and a ``run`` function::

    @register("ref.unresolved", title_ja="参照先のない引用", title_en="Unresolved references")
    def check_unresolved(ctx: CheckContext) -> list[Finding]:
        ...

Modules of ``core.checks`` register their rules at import; :func:`all_rules` imports every
family module listed in ``FAMILIES`` first, so the registry is complete whoever asks.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ordreview.core.model import Finding, FindingId

if TYPE_CHECKING:  # the context type lives with the engine; only annotations refer to it
    from ordreview.core.checks.context import CheckContext

FAMILIES: tuple[str, ...] = (
    "ordreview.core.checks.gaps",
    "ordreview.core.checks.definitions",
    "ordreview.core.checks.integrity",
    "ordreview.core.checks.instrument",
    "ordreview.core.checks.act2023",  # rules of the post-2023 profile (silent without Profile.act)
    "ordreview.core.checks.reviewer_points",  # fee for created information [C14], stray post-2021 term [O15]
)
"""Every family module, imported by :func:`all_rules`. A family adds itself here."""

CheckFn = Callable[["CheckContext"], list[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered check.

    Attributes:
        id: the rule id (``"gap"``, ``"ref.unresolved"`` …), unique.
        title_ja / title_en: what the rule checks, for listings.
        run: the function that returns the rule's findings for one draft.
    """

    id: str
    title_ja: str
    title_en: str
    run: CheckFn


_RULES: dict[str, Rule] = {}
_SEQUENCE: dict[str, int] = {}  # rule id → its place among the rules of its module (source order)

MODULE_ORDER: tuple[str, ...] = (
    "gaps", "definitions", "citations", "integrity_law", "adopted_range", "integrity_numbers", "integrity_refs",
    "integrity_style", "integrity_terms", "integrity_text", "ref_tables", "ref_targets", "statute_articles",
    "statute_terms", "suppl", "instrument", "act2023", "act2023_cite", "reviewer_points",
)
"""The order in which the rules of each module run (a module not listed runs after these, by
name). Registration order alone would depend on which module the process happened to import
first (an export imports one family module before the review does), and the rules' order must
not depend on what the process did before."""


def register(rule_id: str, *, title_ja: str, title_en: str) -> Callable[[CheckFn], CheckFn]:
    """Decorator registering ``fn`` as rule ``rule_id``; duplicate ids raise ``ValueError``."""

    def wrap(fn: CheckFn) -> CheckFn:
        if rule_id in _RULES and _RULES[rule_id].run is not fn:
            raise ValueError(f"check rule {rule_id!r} registered twice")
        if rule_id not in _SEQUENCE:
            _SEQUENCE[rule_id] = sum(1 for r in _RULES.values() if r.run.__module__ == fn.__module__)
        _RULES[rule_id] = Rule(rule_id, title_ja, title_en, fn)
        return fn

    return wrap


def all_rules() -> list[Rule]:
    """Every rule of every family, in a fixed order (``MODULE_ORDER``, then source order)."""
    for module in FAMILIES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # a family not written yet is simply absent
            if exc.name != module:
                raise
    return sorted(_RULES.values(), key=_rule_order)


def _rule_order(rule: Rule) -> tuple[int, str, int]:
    module = rule.run.__module__.rpartition(".")[2]
    rank = MODULE_ORDER.index(module) if module in MODULE_ORDER else len(MODULE_ORDER)
    return rank, rule.run.__module__, _SEQUENCE.get(rule.id, 0)


def finding_id(rule: str, requirement: str | None, anchor: str, *extra: Any) -> FindingId:
    """Stable id from rule, requirement and anchor text (never offsets).

    ``CheckContext.finding`` passes the anchor with its article/paragraph/item numbers masked
    and the provision it lies in named by its own words (``core.checks.stable_ids``), so the
    id also survives renumbering.

    The same defect in a revised draft, even if it moved, gets the same id, so that the
    store can carry the officer's annotation over. ``extra`` disambiguates two findings of
    one rule on the same anchor text (e.g. the referenced number).
    """
    key = "\x1f".join([rule, requirement or "", anchor, *map(str, extra)])
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return FindingId(f"{rule}:{requirement or '-'}:{digest}")
