"""Profile phrases compiled for matching on folded text, tolerating the profile's
orthographic variants and benign substitutions (cached across profiles by their values)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ordreview.core.profile.schema import Substitution


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
