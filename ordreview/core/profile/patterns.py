"""Profile phrases compiled for matching on folded text, tolerating the profile's
orthographic variants and benign substitutions (cached across profiles by their values)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ordreview.core.profile.schema import Substitution


@lru_cache(maxsize=64)
def _expander(
    variants: tuple[tuple[str, str], ...],
    substitutions: tuple[Substitution, ...],
) -> Callable[[str], str] | None:
    """The function that widens every variant and statute wording in a pattern source to its
    alternatives (built once per profile's variants and substitutions), or ``None`` when there
    are none."""
    alternatives: dict[str, list[str]] = {}
    for standard, variant in variants:
        alternatives.setdefault(standard, [standard]).append(variant)
    for sub in substitutions:
        alternatives.setdefault(sub.statute, [sub.statute]).extend(sub.ordinance)
    keys = sorted(alternatives, key=len, reverse=True)
    if not keys:
        return None
    key_rx = re.compile("|".join(re.escape(k) for k in keys))

    def expand(m: re.Match[str]) -> str:
        alts = alternatives[m.group(0)]
        return "(?:" + "|".join(re.escape(a) for a in dict.fromkeys(alts)) + ")"

    return lambda source: key_rx.sub(expand, source)


@lru_cache(maxsize=4096)
def pattern_source(
    text: str,
    literal: bool,
    variants: tuple[tuple[str, str], ...],
    substitutions: tuple[Substitution, ...],
) -> str:
    """The source :func:`compile_pattern` compiles for ``text`` (not compiled here: a caller
    that only needs to know whether the expansion changed anything need not pay for the
    compilation, which costs about a millisecond for a class over the CJK block)."""
    from ordreview.core.text import fold

    text = fold(text)
    source = re.escape(text) if literal else text
    expander = _expander(variants, substitutions)
    if expander is not None:
        source = expander(source)
    if literal:  # drafts write 、 as ， or , now and then
        source = source.replace("、", "[、，,]")
    return source


@lru_cache(maxsize=4096)
def compile_pattern(
    text: str,
    literal: bool,
    variants: tuple[tuple[str, str], ...],
    substitutions: tuple[Substitution, ...],
) -> re.Pattern[str]:
    """``text`` (escaped first when ``literal``) as a pattern on folded text in which every
    variant and statute wording also matches its alternatives, and ``、`` also ``，`` or ``,``
    when ``literal``; an expansion that does not compile falls back to ``text`` escaped."""
    from ordreview.core.text import fold

    try:
        return re.compile(pattern_source(text, literal, variants, substitutions))
    except re.error:
        return re.compile(re.escape(fold(text)))
