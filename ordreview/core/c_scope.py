"""Where the 非識別加工情報 mechanism's provisions are, when no chapter heading says so.

The statute puts the mechanism in a chapter of its own (行政機関個人情報保護法 第4章の2,
第44条の2〜第44条の16), and most drafts follow it with a 章 or 節 named after it. A draft may
instead place it as a run of articles without any heading above them, after the 個人情報ファイル簿
articles or the 審査会 article: 「（村非識別加工情報の作成及び提供等）第17条 実施機関は、この条から
第23条までの規定に従い、…」 followed by 「（提案の募集）」「（提案）」「（欠格事由及び提案の審査等）」
「（契約の締結、作成の基準及び契約の解除）」「（手数料）」「（識別行為の禁止等）」. Only the first
and the created-information article name 非識別加工情報 in their caption; the others are just as
much the mechanism.

:func:`mechanism_runs` grows each article whose caption names the mechanism into the run of
neighbouring articles that belong to it by content:

- an article (not the definitions or purpose article) whose text uses a mechanism term, also as
  part of a longer name (村非識別加工情報, 削除情報 defined by reference to it) is a member;
- up to :data:`MAX_BRIDGE` articles between two members are members too when each has one of
  the mechanism's own captions (the C requirements' caption signals: 提案の募集, 欠格事由,
  手数料 …) or speaks of what only the mechanism has: the 提案 it receives, the contract it
  makes (「（提案の募集）第18条 実施機関は、…次条第1項の提案を募集するものとする。」 and
  「（契約の解除）第22条 実施機関は、前条の契約を締結した者が…」 name no term);
- the register article (個人情報ファイル簿) and the limits on use and provision are never part of
  it, though their entries and exceptions name the term: the mechanism relies on them;
- at either end of the run, up to :data:`MAX_BRIDGE` articles with one of the mechanism's own
  captions that speak of its 提案 are members though they name no term (a run opening with
  「（提案の募集）」);
- the run stops at the first article that is neither (審議会, 委任, 罰則 …), and at the edge of
  the 章 or 節 holding the captioned article.

The elements of the C requirements scoped to the mechanism (``scope: c_chapter``) are then
looked for in the whole run, whatever the order of its articles, and a missing one is reported
at the run's first article. A mechanism set out in one article of many 項 is one run of one
article: each element is looked for in its 項.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Span
from ordreview.core.text import fold

if TYPE_CHECKING:
    from ordreview.core.draft_index import DraftIndex

_PURPOSE_CAPTION = lazy_compile(r"目的|趣旨")
_OWN_WORDS = lazy_compile(r"提案|契約を(?:締結|解除|結)|契約の(?:締結|解除)|の契約(?:に|で|を)|意見書")
"""What only the mechanism has among an ordinance's provisions: the 提案 it receives (提案の募集,
提案の審査), the contract it makes and, between the two, the third party's 意見書 (「前条の審査に当たり、
…第三者に意見書を提出する機会を与えることができる。」), in everyday words too (「…契約を結ぶ」, 「第21条の契約には、
…」); an article between two members that speaks of them belongs to the run (a disclosure article's 意見書 stands far
from any member)."""
_RELIED_ON = lazy_compile(r"ファイル簿(?:の作成|$)|登録|目録|台帳|届出|利用及び提供の制限|目的外|審議会|審査会|運用状況|実施状況")
"""Captions of the provisions the mechanism relies on without being part of it: the register
(個人情報ファイル簿, 個人情報ファイル簿の作成及び公表, 個人情報取扱事務の登録) whose entries name
非識別加工情報, the limits on use and provision whose exception lets the mechanism through, and the
審議会 consulted on it or the yearly report on the ordinance's working that counts its provisions.
(「（個人情報ファイル簿への記載）」, 法第44条の3, is the mechanism's own.)"""
_BACK = lazy_compile(r"第[0-9〇一二三四五六七八九十百]+条(?:の[0-9〇一二三四五六七八九十百]+)*前条の")
"""An article opening on the one before it (the folded text, spaces removed, from its number on)."""
MAX_BRIDGE = 3
"""Articles in a row, between two members, taken in by their caption or words alone."""


def mechanism_runs(index: DraftIndex, seeds: list[Span]) -> list[Span]:
    """The spans of the runs of articles grown from the captioned mechanism articles ``seeds``
    (articles of ``index.articles``); one span per run, in document order."""
    arts = index.articles
    if not seeds or not arts:
        return list(seeds)
    terms = [fold(t) for t in index.profile.c_terms if t]
    if not terms:
        return list(seeds)
    skip = _skipped(index)
    captions = _mechanism_captions(index)

    divisions = [d.span for d in index.ordinance.divisions]

    def within(i: int) -> tuple[Span, ...]:
        return tuple(d for d in divisions if d.contains(arts[i].span))

    home: tuple[Span, ...] = ()

    def member(i: int) -> bool:
        if i in skip or within(i) != home:
            return False
        art = arts[i]
        if art.caption and _RELIED_ON.search(fold(art.caption).strip()):
            return False
        text = index.folded[art.span.start : art.span.end]
        return any(t in text for t in terms)

    def bridge(i: int) -> bool:
        if i in skip or within(i) != home:
            return False
        art = arts[i]
        cap = fold(art.caption or "")
        if cap and any(p.search(cap) for p in captions):
            return True
        begin = art.caption_span.end if art.caption_span is not None else art.span.start
        return _OWN_WORDS.search(index.folded[begin : art.span.end]) is not None

    def edge(i: int) -> bool:
        # at the run's edge: an article with one of the mechanism's own captions that speaks of
        # its 提案 (「（提案の募集）第16条 実施機関は、…次条第1項の提案を募集するものとする。」
        # opening the run, before the first article naming the term)
        if i in skip or within(i) != home:
            return False
        art = arts[i]
        cap = fold(art.caption or "")
        # (「（契約の解除）」 closing the run: the cancellation's requirement is not scoped to the mechanism, its
        # caption is no signal of those that are, yet the contract is the mechanism's own)
        if not cap or not (any(p.search(cap) for p in captions) or "契約" in cap):
            return False
        begin = art.caption_span.end if art.caption_span is not None else art.span.start
        return _OWN_WORDS.search(index.folded[begin : art.span.end]) is not None

    def refers_back(i: int) -> bool:
        # right after the run, an article with one of the mechanism's own captions that opens on the
        # run's last article: 「（従事者の義務）第31条 前条の情報の取扱いに従事する職員…」 names no term, its
        # 「前条の情報」 are the mechanism's
        if i in skip or within(i) != home:
            return False
        art = arts[i]
        cap = fold(art.caption or "")
        if not cap or not any(p.search(cap) for p in captions):
            return False
        begin = art.caption_span.end if art.caption_span is not None else art.span.start
        return _BACK.match(re.sub(r"\s", "", index.folded[begin : art.span.end])) is not None

    seed_idx = sorted({i for s in seeds if (i := index.article_index(s.start)) is not None})
    if not seed_idx:
        return list(seeds)
    runs: list[tuple[int, int]] = []
    for k in seed_idx:
        if runs and runs[-1][0] <= k <= runs[-1][1]:
            continue
        lo = hi = k
        home = within(k)  # a run stays inside the seed's own 章・節
        while (step := _step(hi, +1, len(arts), member, bridge)):  # forward
            hi += step
        while (step := _step(lo, -1, len(arts), member, bridge)):  # backward, likewise
            lo -= step
        for _ in range(MAX_BRIDGE):  # captioned 提案 articles at either edge
            if hi + 1 < len(arts) and (edge(hi + 1) or refers_back(hi + 1)):
                hi += 1
            if lo > 0 and edge(lo - 1):
                lo -= 1
        if runs and lo <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], hi))
        else:
            runs.append((lo, hi))
    out = [Span(arts[lo].span.start, arts[hi].span.end) for lo, hi in runs]
    # a seed outside ``index.articles`` (none expected) is kept as it was
    out += [s for s in seeds if index.article_index(s.start) is None]
    return sorted(out)


_PROPOSAL_CAPTION = lazy_compile(r"提案")


def proposal_seeds(index: DraftIndex) -> list[Span]:
    """The articles a draft whose captions never name the mechanism grows its run from: those
    captioned with its 提案 (「（提案の募集）」, 「（提案）」, 「（提案の審査等）」) whose text uses one of
    its terms. Only the mechanism receives proposals; a draft that captions its articles by step
    (「（提案）第16条 前条の募集に応じて提案をしようとする者は、…町非識別加工情報の…」) and never
    writes 非識別 in a caption still lays the mechanism out as a run of articles."""
    terms = [fold(t) for t in index.profile.c_terms if t]
    skip = _skipped(index)
    out: list[Span] = []
    for i, art in enumerate(index.articles):
        if i in skip or not art.caption or not _PROPOSAL_CAPTION.search(fold(art.caption)):
            continue
        if any(t in index.folded[art.span.start : art.span.end] for t in terms):
            out.append(art.span)
    return out


def _step(at: int, way: int, n: int, member: Callable[[int], bool], bridge: Callable[[int], bool]) -> int:
    """How many articles the run grows by from article ``at`` in direction ``way`` (+1, -1): to
    the next member, over at most :data:`MAX_BRIDGE` bridge articles; 0 when it stops."""
    for k in range(1, MAX_BRIDGE + 2):
        j = at + way * k
        if not 0 <= j < n:
            return 0
        if member(j):
            return k
        if k > MAX_BRIDGE or not bridge(j):
            return 0
    return 0


def _skipped(index: DraftIndex) -> set[int]:
    """The definitions and purpose articles: their mentions of the term are no provision of the
    mechanism."""
    out: set[int] = set()
    definitions = index.definitions_article()
    purpose = next((a for a in index.articles if a.caption and _PURPOSE_CAPTION.search(a.caption)), None)
    if purpose is None and index.articles:
        purpose = index.articles[0]
    for art in (definitions, purpose):
        if art is not None:
            i = index.article_index(art.span.start)
            if i is not None:
                out.add(i)
    return out


def _mechanism_captions(index: DraftIndex) -> list[re.Pattern[str]]:
    """The caption signals of the requirements scoped to the mechanism (提案の募集, 欠格事由 …)."""
    out: list[re.Pattern[str]] = []
    for req in index.profile.requirements:
        if req.point != "C" or req.scope != "c_chapter":
            continue
        out.extend(index.profile.pattern(s.text) for s in req.signals if s.kind == "caption")
    return out


MIN_OPERATIVE_PARAGRAPHS = 5
"""項 of one captioned article needed for that article alone to set out the mechanism. A
mechanism in one article gives each step a 項 of its own (作成・提供, 削除情報, 募集, 提案, 欠格事由,
審査, 契約, 加工基準, 解除, 安全確保 …: a dozen or more); an article naming the mechanism in passing
(「（利用及び提供の制限並びに非識別加工情報の取扱い）」) has one or two such 項."""

_OPERATIVE = lazy_compile(r"作成|提供|加工|提案")


def one_article_mechanism(index: DraftIndex) -> bool:
    """True when an article whose caption names the mechanism sets it out in its 項: at least
    :data:`MIN_OPERATIVE_PARAGRAPHS` of them make, provide or receive proposals for a mechanism
    term, or speak of what only the mechanism has (its 提案, its contract). Such an article is the
    mechanism even with no chapter above it and no other article beside it (C0)."""
    caption = index.profile.c_article_caption
    terms = [fold(t) for t in index.profile.c_terms if t]
    if not caption or not terms:
        return False
    skip = _skipped(index)
    for i, art in enumerate(index.articles):
        if i in skip or not art.caption or caption not in art.caption:
            continue
        count = 0
        for para in art.paragraphs:
            text = index.folded[para.span.start : para.span.end]
            operative = any((k := text.find(t)) >= 0 and _OPERATIVE.search(text, k + len(t)) for t in terms)
            if operative or _OWN_WORDS.search(text):
                count += 1
        if count >= MIN_OPERATIVE_PARAGRAPHS:
            return True
    return False
