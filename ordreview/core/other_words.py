"""An element said in other words: the content words of a requirement's element in one sentence.

The profile's element alternatives (:class:`ordreview.core.profile.ElementGroup`) are the
wordings a draft is known to use. A drafter who writes the same rule in words of his own
(「提案を受け付ける担当課の名称」 for 「提案を受ける組織の名称」, 「みだりに他人に漏らし」 for
「みだりに他人に知らせ」) matches none of them, and the element would be reported missing
although the draft has it. Each element (and each requirement, for a provision not found at
all) may carry ``keys``: groups of regex alternatives naming the element's content words.
When every group is matched inside one sentence of the scope, the element is taken as said
in other words: the review reports it as an info note naming that sentence for the officer to
confirm, never as an error. The issue's rule: content present in other words is at most an
info note (docs/domain.md, "Elements said in other words").

A sentence runs to the 。 that closes it outside brackets and never past its article; an item (号)
is read with its paragraph's lead-in (「…次に掲げる事項を記載しなければならない。」), which says what the
item is. In a provision, words inside brackets do not count: a parenthesis defines or qualifies a word,
it does not state the provision (「削除情報（実施機関非識別加工情報の作成に用いた…）」 speaks of 削除情報)
— except a parenthesis that names what the sentence speaks of (「帳簿（以下「個人情報ファイル簿」という。）」).
In a definition they count (the definition's own conditions stand there). Sentences of the penal
provisions (懲役, 罰金 …) restate a duty to punish its breach; they do not lay it down, and are not read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ordreview.core.model import Span
from ordreview.core.align_elements import register_variants
from ordreview.core.text import sentence_end

if TYPE_CHECKING:
    from ordreview.core.draft_index import DraftIndex
    from ordreview.core.profile import ElementGroup, Requirement

_PENAL = re.compile(r"懲役|禁錮|拘禁刑|罰金|科料|過料")
_HEAD = re.compile(r"\s*(?:[（(][^）)\n]*[）)]\s*)?(?:第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)*[\s　]+|[0-9０-９]+[\s　]+)?")
"""A caption, an article number or a paragraph number opening the sentence (left out of a quote)."""
_LONGEST = 700
"""A sentence longer than this (flat characters) is cut: a lost 。 must not make one sentence
of a whole chapter."""


def _ranges(index: DraftIndex, spans: tuple[Span, ...] | None) -> list[tuple[int, int]]:
    if spans is None:
        return [(0, len(index.flat))]
    return [(index.to_flat(s.start), index.to_flat(s.end)) for s in spans]


def _sentences(index: DraftIndex, start: int, end: int):
    """The sentences of flat ``[start, end)``, none crossing an article's end."""
    flat = index.flat
    pos = start
    while pos < end:
        art = index.flat_article_index(pos)
        limit = end
        if art is not None:
            limit = min(limit, index._flat_art_ends[art])
        else:  # text between articles (a heading): up to the next article
            k = bisect_left(index._flat_art_starts, pos + 1)
            if k < len(index._flat_art_starts):
                limit = min(limit, index._flat_art_starts[k])
        stop = sentence_end(flat, pos, limit)
        stop = limit if stop < 0 else stop + 1
        stop = min(stop, pos + _LONGEST)
        if stop <= pos:
            stop = pos + 1
        yield pos, stop
        pos = stop


@dataclass(frozen=True, slots=True)
class Said:
    """Where an element is said in other words: the sentence, and the match of the element's
    last key group in it (its verb or its distinctive noun: what a quote shows)."""

    sentence: Span
    focus: Span


def said_in_other_words(index: DraftIndex, keys: tuple[tuple[str, ...], ...],
                        spans: tuple[Span, ...] | None, *, brackets: bool = False) -> Said | None:
    """The first sentence inside ``spans`` (``None``: the whole draft) in which every group of
    ``keys`` has a match; ``None`` when there is none (or no keys). Matches inside brackets
    count only with ``brackets`` (a definition's parentheses). Each group is matched inside the
    sentence itself (a caption before the article is no part of it)."""
    if not keys:
        return None
    if index.polite or index.plain:  # (a draft in です・ます or everyday verbs: the keys read in its register too)
        keys = tuple(tuple(dict.fromkeys((*g, *(v for alt in g for v in register_variants(index, alt))))) for g in keys)
    hits: list[list[tuple[int, int]]] = []
    for group in keys:
        found = sorted({h for alt in group for h in index.flat_hits(alt, literal=False)})
        if not found:
            return None
        hits.append(found)
    starts = [[a for a, _ in h] for h in hits]
    patterns = [[index.profile.pattern(alt, literal=False) for alt in group] for group in keys]
    flat = index.flat
    for lo, hi in _ranges(index, spans):
        for a, b in _sentences(index, lo, hi):
            if _PENAL.search(flat, a, b):
                continue
            # an item is read with its paragraph's lead-in (「次に掲げる事項を記載しなければならない。」
            # then 「一　…募集をする個人情報ファイルであること。」): the lead-in says what the item is
            parts = [(a, b)]
            lead = _lead_in(index, a)
            if lead is not None and lead[1] <= a:
                parts.append(lead)
            if not all(any(_overlaps(h, st, x, y) for x, y in parts) for h, st in zip(hits, starts)):
                continue
            outer = {part: None if brackets else _outside_brackets(flat, *part) for part in parts}
            found = [next((f for x, y in parts if (f := _search(group, flat, x, y, outer[(x, y)])) is not None), None)
                     for group in patterns]
            own = [f for f in found if f is not None and a <= f[0] < b]
            if all(f is not None for f in found) and own:  # (the quote shows the item's own words)
                return Said(index.flat_span(a, b), index.flat_span(*own[-1]))
    return None


def _overlaps(hits: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Whether a hit found in the whole text overlaps ``[a, b)`` (a cheap test before the search)."""
    i = max(0, bisect_left(starts, a) - 8)
    while i < len(hits) and hits[i][0] < b:
        if hits[i][1] > a:
            return True
        i += 1
    return False


def _search(patterns: list, flat: str, a: int, b: int, outer: list[bool] | None) -> tuple[int, int] | None:
    """The first match of one of ``patterns`` inside ``flat[a:b]`` (given ``outer``, the first that
    begins outside brackets: the words of a parenthesis define or qualify, they do not state the
    provision)."""
    best: tuple[int, int] | None = None
    for rx in patterns:
        pos = a
        while pos < b:  # (searched again after a match in brackets: the words past it may do)
            m = rx.search(flat, pos, b)
            if m is None:
                break
            if m.end() > m.start() and (outer is None or outer[m.start() - a]):
                if best is None or m.start() < best[0]:
                    best = (m.start(), m.end())
                break
            pos = m.start() + 1
    return best


def _lead_in(index: DraftIndex, flat_pos: int) -> tuple[int, int] | None:
    """The flat range of the lead-in (柱書) of the paragraph whose item holds ``flat_pos``."""
    pos = index.flat_span(flat_pos, flat_pos + 1).start
    ref = index.ordinance.locate(pos)
    if ref.item is None or ref.article is None:
        return None
    art = index.ordinance.article(ref.article)
    para = next((p for p in art.paragraphs if p.num == ref.paragraph), None) if art is not None else None
    if para is None or not para.items:
        return None
    return index.to_flat(para.span.start), index.to_flat(para.items[0].span.start)


def _outside_brackets(flat: str, a: int, b: int) -> list[bool]:
    """For each position of the sentence ``flat[a:b]``, whether it stands outside brackets; a
    parenthesis that names what the sentence speaks of (「帳簿（以下「個人情報ファイル簿」という。）を作成し」)
    counts as outside: its word is the sentence's own."""
    out, depth, naming = [], 0, 0
    for i in range(a, b):
        ch = flat[i]
        if ch in "(（":
            depth += 1
            if naming == 0 and flat.startswith("以下", i + 1):
                naming = depth
        out.append(depth == 0 or (naming and depth == naming))
        if ch in ")）":
            if depth == naming:
                naming = 0
            depth = max(0, depth - 1)
    return out


def act_within(index: DraftIndex, keys: tuple[tuple[str, ...], ...], span: Span) -> Span | None:
    """The first match, outside brackets, of an element's last key group (the act the element
    qualifies: 「加工しなければならない」 for 「基準に従い」) inside ``span`` (an article); ``None`` when
    the act is not said there."""
    if not keys:
        return None
    flat = index.flat
    a, b = index.to_flat(span.start), index.to_flat(span.end)
    patterns = [index.profile.pattern(alt, literal=False) for alt in keys[-1]]
    found = _search(patterns, flat, a, b, _outside_brackets(flat, a, b))
    return index.flat_span(*found) if found is not None else None


def keys_scope(index: DraftIndex, req: Requirement, group: ElementGroup | None = None) -> tuple[Span, ...] | None:
    """Where the ``keys`` of ``req`` (or of its element ``group``) are looked for: the element's
    ``keys_in`` or else the requirement's scope: the 非識別 chapter for its provisions (the whole
    draft when the draft has no such chapter), the definition of the term a definition is about
    (the whole draft when the term is not defined: a definition's keys are then met nowhere
    narrower), else the whole draft."""
    scope = (group.keys_in if group is not None else None) or req.scope
    if scope == "c_chapter":
        return index.c_spans or None
    if scope.startswith("definition:"):
        span = index.definition_span(scope.split(":", 1)[1])
        return (span,) if span is not None else ()
    return None


def in_definition(req: Requirement, group: ElementGroup | None = None) -> bool:
    """Whether the keys are read in a definition, where a parenthesis states the definition's
    own conditions (「…（…不開示情報に該当する部分を除く。）」) and so counts."""
    scope = (group.keys_in if group is not None else None) or req.scope
    return scope.startswith("definition:")


def quote(index: DraftIndex, said: Said, before: int = 24, after: int = 16) -> str:
    """The words of ``said`` around its focus, whitespace left out: from ``before`` characters
    before the focus (or the sentence's start, without its caption, article or paragraph
    number) to ``after`` characters past it (or the sentence's end), cut ends marked ….
    """
    text = index.ordinance.text
    head = _HEAD.match(text, said.sentence.start)
    start = head.end() if head else said.sentence.start

    def squeeze(a: int, b: int) -> str:
        return re.sub(r"\s+", "", text[a:b])

    lead = squeeze(start, said.focus.start)
    tail = squeeze(said.focus.end, said.sentence.end)
    out = squeeze(said.focus.start, said.focus.end)
    out = ("…" + lead[-before:] if len(lead) > before else lead) + out
    return out + (tail[:after] + "…" if len(tail) > after else tail)
