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
from ordreview.core.checks.integrity_index import (
    SpanSet,
    first_definitions,
    index_for,
    inside_longer,
    node_label,
    occurrences,
    standalone,
)
from ordreview.core.messages import define
from ordreview.core.model import Finding, Span
from ordreview.core.reading_tables import reading_table_spans

TERM_VARIANT = define(
    "check.integrity.term_variant",
    ja="「{variant}」が用いられている（最初は{where}）が、この条例に定義がない。{defined}で定義された"
    "「{term}」を指すのであれば、定義した用語に統一されたい。",
    en="「{variant}」 is used (first in {where}) but never defined; if it means 「{term}」, defined in "
    "{defined}, the defined term should be used.",
)

STATUTE_WORD_LEFT = define(
    "check.integrity.statute_word_left",
    ja="「{word}」が用いられている（{where}）が、この条例に定義がない。この条例は法律の「{word}」に当たるものを"
    "「{term}」として定義している（{defined}）ので、「{term}」に改められたい。",
    en="「{word}」 is used ({where}) but never defined; this ordinance defines the counterpart of the statute's "
    "「{word}」 as 「{term}」 ({defined}), which should be used.",
)

# Words the statute defines for the national bodies whose counterpart the ordinance defines under its own
# name (行政機関の保有する個人情報の保護に関する法律 第2条第5項 「行政文書」 (the 情報公開法's word), 第2条第9項
# 「行政機関非識別加工情報」): copied with a sentence of the statute, the statute's word names nothing in the
# ordinance. Which word is the ordinance's counterpart comes from the profile's substitutions.
_STATUTE_DEFINED = ("行政機関非識別加工情報", "行政文書")

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
    first_def = first_definitions(ordinance)
    # a variant a requirement of the profile forbids (要配慮情報 beside 要配慮個人情報: the legacy words of B6)
    # is that requirement's finding, not a second one here
    forbidden = [re.compile(alt) for req in getattr(ctx.profile, "requirements", ()) or ()
                 for group in getattr(req, "forbid", ()) for alt in group.any if ":" not in alt]
    out: list[Finding] = []
    seen: set[str] = set()
    opening: dict[str, list[int]] = {}  # where the draft's words open with these characters
    for term in sorted(names, key=len, reverse=True):
        if len(term) < _MIN_TERM or not all(_is_word_char(ch) for ch in term):
            continue
        cut = variants(term)
        # every variant opens with the term's first _MIN_SIDE characters: the draft's words opening so,
        # at each variant's length, are all the places a variant can be (one scan of the text per term,
        # not one per variant)
        head = term[:_MIN_SIDE]
        if head not in opening:
            opening[head] = occurrences(joined, head)
        lengths = {len(v) for v in cut}
        said = {joined[p : p + n] for p in opening[head] for n in lengths}
        for variant in cut:
            if variant not in said:
                continue  # (most variants, before the comparisons with every name)
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


def statute_words_left(ctx: CheckContext, defined: Iterable[str], excluded: SpanSet) -> list[Finding]:
    """[O4] A word the statute defines (行政文書) used in a draft that defines its counterpart (公文書) and
    not the word itself: the first use outside quotations, 読替え tables and borrowed definitions
    (「…法律第2条第2項に規定する行政文書」)."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    joined = index.joined
    names = {t for t in defined if t}
    first_def = first_definitions(ordinance)
    tables = reading_table_spans(ordinance)  # (a 読替え table's middle cells quote the statute's words)
    out: list[Finding] = []
    for sub in getattr(ctx.profile, "substitutions", ()) or ():
        word = sub.statute
        if word not in _STATUTE_DEFINED or word in names or word not in joined:
            continue
        term = next((o for o in sub.ordinance if o in names), None)
        if term is None:
            continue
        longer = [n for n in names if word in n and n != word]
        for pos in occurrences(joined, word):
            end = pos + len(word)
            if not standalone(joined, pos, len(word)) or inside_longer(joined, pos, word, longer):
                continue  # (a longer word of the draft's: 行政文書 inside 行政文書ファイル it defines)
            if joined.rfind("「", 0, pos) > joined.rfind("」", 0, pos):
                continue  # (inside quoted words: a 読替え's 「行政機関非識別加工情報等」とあるのは)
            if joined[max(0, pos - 4) : pos].endswith(("規定する", "定める", "における")):
                continue
            span: Span = index.span(pos, end)
            if span.start in excluded or any(t.start <= span.start < t.end for t in tables):
                continue
            out.append(ctx.finding(
                rule="term.undefined", requirement="O4", span=span, code=STATUTE_WORD_LEFT, severity="warning",
                params={"word": word, "term": term, "where": node_label(ordinance, span.start),
                        "defined": node_label(ordinance, first_def[term]) if term in first_def else "この条例"},
                id_extra=(word,),
            ))
            break
    return out
