"""Drafting integrity: a defined term written in a shortened variant [O4].

A draft that defines 「要配慮個人情報」 and later writes 「要配慮情報」 uses a word it never defines: the
reader cannot be sure the two name the same thing (the Basic Policy asks for the statute's term
要配慮個人情報 to be used throughout; drafting practice uses a defined term in exactly the form
defined). The variant is the defined term with a piece of its inside left out (要配慮【個人】情報,
保有【個人】情報, 非識別【加工】情報); it is reported once, at its first use, as ``term.undefined``
(O4, warning), naming the defined term.

Not reported: a variant the draft itself defines or quotes anywhere (「保有情報」), one that is part
of a longer compound or of another defined term, a use inside 「」 (the quoted words of a 読替え),
and uses inside captions or other spans the term rules leave out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import SpanSet, index_for, node_label, occurrences, standalone
from ordreview.core.messages import define
from ordreview.core.model import Finding, Span

TERM_VARIANT = define(
    "check.integrity.term_variant",
    ja="「{variant}」が用いられている（最初は{where}）が、この条例に定義がない。{defined}で定義された"
    "「{term}」を指すのであれば、定義した用語に統一されたい。",
    en="「{variant}」 is used (first in {where}) but never defined; if it means 「{term}」, defined in "
    "{defined}, the defined term should be used.",
)

_MIN_TERM = 5  # 要配慮個人情報, 保有個人情報: shorter terms leave variants that are plain words
_MAX_CUT = 3
_MIN_SIDE = 2


def _is_word_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u30a1" <= ch <= "\u30fa" or ch in "々ー"


def variants(term: str) -> list[str]:
    """The term with one inside piece of 1–3 characters left out, both sides at least 2 long."""
    out = []
    for cut in range(1, _MAX_CUT + 1):
        for start in range(_MIN_SIDE, len(term) - cut - _MIN_SIDE + 1):
            out.append(term[:start] + term[start + cut:])
    return out


def variant_forms(ctx: CheckContext, defined: Iterable[str], excluded: SpanSet) -> list[Finding]:
    """[O4] Shortened variants of the draft's defined terms (see module doc)."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    joined = index.joined
    names = {t for t in defined if t}
    first_def: dict[str, int] = {}
    for t in ordinance.terms:
        first_def.setdefault(t.term, t.term_span.start)
    # a variant a requirement of the profile forbids (要配慮情報 beside 要配慮個人情報: the legacy words of B6)
    # is that requirement's finding, not a second one here
    forbidden = [re.compile(alt) for req in getattr(ctx.profile, "requirements", ()) or ()
                 for group in getattr(req, "forbid", ()) for alt in group.any if ":" not in alt]
    out: list[Finding] = []
    seen: set[str] = set()
    for term in sorted(names, key=len, reverse=True):
        if len(term) < _MIN_TERM or not all(_is_word_char(ch) for ch in term):
            continue
        for variant in variants(term):
            if variant not in joined:
                continue  # (most variants: one scan, before the comparisons with every name)
            if variant in seen or variant in names or any(variant in n for n in names):
                continue
            if f"「{variant}」" in joined:
                continue  # defined or quoted by the draft itself
            if any(rx.fullmatch(variant) for rx in forbidden):
                continue
            for pos in occurrences(joined, variant):
                if not standalone(joined, pos, len(variant)):
                    continue
                if joined[pos - 1 : pos] == "「" or joined[pos + len(variant): pos + len(variant) + 1] == "」":
                    continue
                span: Span = index.span(pos, pos + len(variant))
                if span.start in excluded:
                    continue
                seen.add(variant)
                out.append(ctx.finding(
                    rule="term.undefined", requirement="O4", span=span, code=TERM_VARIANT, severity="warning",
                    params={"variant": variant, "term": term, "where": node_label(ordinance, span.start),
                            "defined": node_label(ordinance, first_def[term]) if term in first_def else "この条例"},
                    id_extra=(variant,),
                ))
                break
    return out
