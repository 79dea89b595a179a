"""Where a missing provision of the 非識別 mechanism would be inserted.

行政機関個人情報保護法 第4章の2 lays the mechanism out in a fixed order (第44条の2 作成及び提供等,
第44条の3 ファイル簿への記載, 第44条の4 提案の募集, 第44条の5 提案, 第44条の6 欠格事由, 第44条の7
審査, 第44条の8 意見書, 第44条の9 契約, 第44条の10 作成等, … 第44条の16 従事者の義務), and ordinances
that introduce the mechanism follow it. A reviewer who finds one of these provisions absent says
where it goes: 「第23条の次に置くこと」, 「第21条の2の前に置くこと」 — after the provision of the
requirement that comes right before it in the statute's order, or, when that one stands outside
the mechanism (the ファイル簿 entries kept in the register article) or is absent too, before the
provision of the one that comes right after it. The finding is anchored there, on that article of
the draft. The first provision of the chapter (第44条の2), and one whose next neighbours are both
absent or outside (a chapter with little in it), keep the mechanism's first line: a provision
further away says nothing of where this one goes.

The order is the profile's: each requirement of the mechanism cites its statute provision first in
``statute_refs`` (「行政機関個人情報保護法 第44条の4」), and the requirements reported in the mechanism
(``anchor: c_chapter``) whose provision lies between the first and the last provision of those scoped
to it (``scope: c_chapter``; the ファイル簿 entries of 第44条の3 are looked for in the whole draft) are
ordered by article number. A neighbour's place is where its first (principal)
must element was found, else its first evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ordreview.core.model import Span
from ordreview.core.text import kanji_to_int

if TYPE_CHECKING:
    from ordreview.core.align import Alignment, DraftIndex
    from ordreview.core.profile import Profile, Requirement

_REF = re.compile(r"^(\S+)\s+第([0-9０-９〇一二三四五六七八九十百]+)条(?:の([0-9０-９〇一二三四五六七八九十百]+))?")
"""「LAW 第N条（のM）」 at the start of a statute reference."""


def statute_position(req: Requirement) -> tuple[str, tuple[int, int]] | None:
    """(law, (article, branch)) of the first statute provision ``req`` rests on, or ``None``."""
    if not req.statute_refs:
        return None
    m = _REF.match(req.statute_refs[0])
    if m is None:
        return None
    n = kanji_to_int(m.group(2))
    branch = kanji_to_int(m.group(3)) if m.group(3) else 0
    if n is None or branch is None:
        return None
    return m.group(1), (n, branch)


def insertion_anchor(index: DraftIndex, alignment: Alignment, req: Requirement, profile: Profile,
                     anchor_of: Callable[[DraftIndex, str], Span | None]) -> Span | None:
    """The anchor of the article after (or before) which the missing ``req`` belongs, inside the
    mechanism; ``None`` when no neighbour in the statute's order is found there.
    ``anchor_of(index, article_num)`` gives an article's anchor (its caption line)."""
    if req.scope != "c_chapter" or not index.c_spans:
        return None
    here = statute_position(req)
    if here is None:
        return None
    law, key = here
    scoped = [pos[1] for r in profile.requirements if r.scope == "c_chapter"
              for pos in [statute_position(r)] if pos is not None and pos[0] == law]
    chain = []
    for other in profile.requirements:
        pos = statute_position(other)
        if (other.id != req.id and other.anchor in ("c_chapter", "file_register") and pos is not None and pos[0] == law
                and pos[1] != key and min(scoped) <= pos[1] <= max(scoped)):
            chain.append((pos[1], other))
    before = sorted((c for c in chain if c[0] < key), key=lambda c: c[0], reverse=True)[:1]
    after = sorted((c for c in chain if c[0] > key), key=lambda c: c[0])[:1]
    if not before:
        return None  # (the first provision of the chapter: its start is where it goes)
    for _, other in [*before, *after]:  # (only the next neighbours: far ones say nothing of the place)
        span = _place(alignment, other)
        if span is None or not index.in_c(span):
            continue
        k = index.article_index(span.start)
        if k is not None:
            return anchor_of(index, index.articles[k].num)
    return None


def _place(alignment: Alignment, req: Requirement) -> Span | None:
    """Where ``req`` was found: its principal element, else its first evidence; ``None`` when absent."""
    cov = alignment.coverage.get(req.id)
    if cov is None or cov.status not in ("covered", "partial"):
        return None
    must = alignment.must.get(req.id, ())
    if must and must[0].span is not None:
        return must[0].span
    return next((loc.span for loc in cov.evidence if loc.span is not None and len(loc.span)), None)


def applied_range_anchor(index: DraftIndex, req: Requirement,
                         anchor_of: Callable[[DraftIndex, str], Span | None]) -> Span | None:
    """The anchor of the mechanism's article that takes the statute's chapter in by 準用 (or 例に
    よる) with a range leaving ``req``'s provision out; ``None`` when there is no such article.

    Where a draft writes the mechanism as 「法第44条の2から第44条の12まで及び第44条の14の規定は、…準用する。」,
    a provision of 第4章の2 it has nowhere is missing from that range: the fix a reviewer asks for
    is to extend the range, so the finding goes on that article, beside the other provisions the
    range leaves out, not on the chapter's first line."""
    from ordreview.core.statute_applied import MECHANISM_FIRST, MECHANISM_LAST, applied_runs

    here = statute_position(req)
    if here is None or not index.c_spans:
        return None
    key = here[1]
    if not MECHANISM_FIRST <= key <= MECHANISM_LAST:
        return None
    for run in applied_runs(index):
        if run.covers(key) or not index.in_c(run.span):
            continue
        if not any(lo <= MECHANISM_LAST and MECHANISM_FIRST <= hi for lo, hi in run.ranges):
            continue  # (a run of other articles of the statute)
        k = index.article_index(run.span.start)
        if k is not None:
            return anchor_of(index, index.articles[k].num)
    return None


# --------------------------------------------------------------------------- new article numbers
#
# How a new article is numbered where it goes (例規 drafting practice, see docs/domain.md,
# "Numbers of inserted articles"): a branch number (枝番号) keeps the articles after it from
# moving. Between 第N条 and 第N+1条 the new articles are 第N条の2, 第N条の3, … (numbers the draft
# already uses skipped); after a branch article whose next branch is taken (第47条の13 before
# 第47条の14) a branch of the branch, 第47条の13の2; after the last article of the main provisions
# the next whole number, 第N+1条 (nothing follows that a branch number would keep in place). No
# article is numbered 「の1」: between 第N条 and 第N条の2 the new one takes 第N条の2 and the draft's
# 第N条の2 (and the consecutive branches after it) move down.

ArticleKey = tuple[int, ...]
"""An article number as integers: 第47条の13の2 → (47, 13, 2)."""


def article_key(num: str) -> ArticleKey | None:
    """An e-Gov style article number (``"47_13"``, ``"s:3"`` …) as a key; ``None`` when not numeric."""
    parts = num.split(":")[-1].split("_")
    if not parts or not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def _fits(key: ArticleKey, following: ArticleKey | None, taken: set[ArticleKey]) -> bool:
    return key not in taken and (following is None or key < following)


def number_new_articles(after: ArticleKey, following: ArticleKey | None, taken: set[ArticleKey],
                        count: int) -> tuple[list[ArticleKey], dict[ArticleKey, ArticleKey]]:
    """Numbers of ``count`` new articles placed in a row right after the article ``after``, before
    ``following`` (``None``: ``after`` ends the main provisions), given the numbers ``taken``; and
    the draft's articles that move to make room ({old: new}; empty unless the new articles go
    between 第N条 and 第N条の2, where practice writes no 「の1」)."""
    out: list[ArticleKey] = []
    used = set(taken)
    prev = after
    for _ in range(count):
        key = _next_number(prev, following, used)
        if key is None:
            break
        out.append(key)
        used.add(key)
        prev = key
    if len(out) == count:
        return out, {}
    # between 第N条 and its first branch: the new ones take the branches, the draft's move down
    assert following is not None
    depth = len(following)
    start = following
    new = [start[:-1] + (start[-1] + i,) for i in range(count)]
    run = []
    k = start
    while k in taken:
        run.append(k)
        k = k[:-1] + (k[-1] + 1,)
    moved: dict[ArticleKey, ArticleKey] = {}
    for old in sorted(taken):
        head = old[:depth]
        if head in run:
            moved[old] = head[:-1] + (head[-1] + count,) + old[depth:]
    return new, moved


def _next_number(prev: ArticleKey, following: ArticleKey | None, taken: set[ArticleKey]) -> ArticleKey | None:
    """The number of one new article right after ``prev`` (see :func:`number_new_articles`)."""
    if following is None:  # at the end: the next whole number
        k = (prev[0] + 1,)
        while k in taken:
            k = (k[0] + 1,)
        return k
    sibling = prev[:-1] + (prev[-1] + 1,) if len(prev) > 1 else (prev[0], 2)
    while sibling in taken and sibling < following:  # (a number a misordered draft already uses)
        sibling = sibling[:-1] + (sibling[-1] + 1,)
    if _fits(sibling, following, taken):
        return sibling
    if len(prev) > 1:  # a branch of the branch: 第47条の13の2
        child = prev + (2,)
        while child in taken and child < following:
            child = child[:-1] + (child[-1] + 1,)
        if _fits(child, following, taken):
            return child
    return None


def write_article_number(key: ArticleKey, style: str) -> str:
    """``key`` as an article title in ``style`` (see ``core.text.numeral_style``): 第47条の13の2,
    第四十七条の十三の二, 第４７条の１３の２."""
    from ordreview.core.text import write_number

    head, *branches = key
    return f"第{write_number(head, style)}条" + "".join(f"の{write_number(b, style)}" for b in branches)
