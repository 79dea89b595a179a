"""Does a draft introduce the 非識別加工情報 mechanism? (the C0 decision)

Every C requirement depends on this one decision: with the mechanism, C1–C18 apply and a
missing element is reported where the mechanism's provision should say it; without it, one
finding says the mechanism is not introduced (C0) and the C1–C18 gaps are not reported (a
reviewer asks *whether* the mechanism is wanted, not for thirteen of its parts).

A mechanism is a set of **operative provisions** (行政機関個人情報保護法 第4章の2, 第44条の2〜第44条の16:
作成及び提供, 提案の募集, 提案, 審査, 契約 …), not a word. So the draft introduces it when

0. it applies most of the statute's 第4章の2 by 準用 or 例による
   (:func:`ordreview.core.statute_applied.applies_mechanism`); or
1. a division (章・節) names it (the profile's ``c_mechanism.division_caption``: 「第4章の2
   非識別加工情報の提供」); or
2. at least :data:`MIN_OPERATIVE_ARTICLES` articles provide for it: articles whose caption names
   it (``c_mechanism.article_caption``: 「（実施機関非識別加工情報の作成及び提供等）」), and articles
   other than the definitions and the purpose article with a sentence in which a mechanism term
   (``c_mechanism.terms``, also as part of a longer name such as 実施機関非識別加工情報) is made,
   provided or proposed (作成・提供・加工・提案). One caption that names it in passing
   (「（利用及び提供の制限並びに非識別加工情報の取扱い）」) is not a mechanism; or
3. one article whose caption names it sets the whole mechanism out in its 項
   (:func:`~ordreview.core.c_scope.one_article_mechanism`).

A definition of 非識別加工情報 alone, a mention in the purpose clause, or a passing mention in
the 利用及び提供の制限 article is not the mechanism (such a leftover is C20's matter: a
definition or reference to remove).

A draft without the mechanism may record the decision itself: 「組合は、…当分の間、非識別加工
情報の提供の制度を設けない。」, 「…非識別加工情報の提供は、行わないものとする。」, 「…設けないこととし、
その旨及び理由を公表する」, or defer it: 「…の提供に関する制度については、…検討し、…措置を講ずる」
(:func:`declined_span`). C0 asks for the mechanism *or* a documented decision not to introduce
it, so such a sentence turns the C0 warning into a note for the officer to confirm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ordreview.core.c_scope import one_article_mechanism
from ordreview.core.lazy_re import lazy_compile

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

MIN_OPERATIVE_ARTICLES = 3
"""Articles with an operative sentence needed when no heading names the mechanism. The
statute's mechanism spans some fifteen articles; a purpose clause plus an exception in the
利用制限 article (two passing mentions) must not reach the threshold."""

_OPERATIVE_VERB = lazy_compile(r"作成|提供|加工|提案")
# a sentence: 。 inside brackets (「非識別加工情報（…をいう。）の作成…」) does not end it
SENTENCE = lazy_compile(r"(?:[^。()（）]|[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）])+。?")
_PURPOSE_CAPTION = lazy_compile(r"目的|趣旨")
_DECLINES = lazy_compile(
    r"(?:設け|行わ|実施し|導入し|提供し|整備し|作成し|をし)(?:ない(?:ものとする|こととする)?|ず)。?$"
    r"|(?:設け|行わ|実施し|導入し|提供し|整備し|作成し|をし)ない(?:こと|もの)とし、"  # …設けないこととし、その旨を公表する
    # deferred: 「…の提供に関する制度については、…検討し」, 「…の仕組みについて、…検討を加え、その結果に基づいて…」
    r"|(?:制度|仕組み)(?:について|については)、[^。]*検討(?:し|を加え|を行い)"
)


def operative_articles(index: DraftIndex) -> list[int]:
    """Indexes (in ``index.articles``) of the articles with an operative sentence about the
    mechanism, leaving out the definitions article and the purpose article (computed once per
    draft)."""
    cache = index.__dict__.setdefault("_c_operative", {})  # (keyed by the article list: a 附則 view differs)
    out = cache.get(id(index.articles))
    if out is None:
        out = cache[id(index.articles)] = _operative_articles(index)
    return out


def _operative_articles(index: DraftIndex) -> list[int]:
    terms = [t for t in index.profile.c_terms if t]
    if not terms:
        return []
    skip: set[int] = set()
    definitions = index.definitions_article()
    purpose = next((a for a in index.articles if a.caption and _PURPOSE_CAPTION.search(a.caption)), None)
    if purpose is None and index.articles:
        purpose = index.articles[0]
    for art in (definitions, purpose):
        if art is not None:
            i = index.article_index(art.span.start)
            if i is not None:
                skip.add(i)
    out: list[int] = []
    for i, art in enumerate(index.articles):
        if i in skip:
            continue
        text = index.folded[art.span.start : art.span.end]
        if not any(t in text for t in terms):
            continue
        for m in SENTENCE.finditer(text):
            sentence = m.group(0)
            for t in terms:
                k = sentence.find(t)
                if k >= 0 and _OPERATIVE_VERB.search(sentence, k + len(t)):
                    out.append(i)
                    break
            else:
                continue
            break
    return out


def introduces_mechanism(index: DraftIndex) -> bool:
    """True when the draft introduces the 非識別加工情報 mechanism (see the module docstring)."""
    from ordreview.core.statute_applied import applies_mechanism  # (imports the align layer's helpers)

    caption = index.profile.c_division_caption
    if caption and any(caption in (d.caption or "") for d in index.ordinance.divisions):
        return True
    if applies_mechanism(index) is not None:  # the statute's 第4章の2 taken in by 準用 (or 例による)
        return True
    captioned = {i for i, a in enumerate(index.articles) if any(s.contains(a.span) for s in index.c_captioned)}
    if len(captioned | set(operative_articles(index))) >= MIN_OPERATIVE_ARTICLES:
        return True
    return one_article_mechanism(index)  # (the whole mechanism in the 項 of one article)


def declines_mechanism(sentence: str) -> bool:
    """True if ``sentence`` (folded, one sentence naming a mechanism term) says the mechanism is
    not introduced, or deferred: 「…の提供は、行わないものとする。」, 「…の制度は設けない。」."""
    return _DECLINES.search(sentence) is not None and "てはならない" not in sentence


def declined_span(index: DraftIndex) -> tuple[int, int] | None:
    """(start, end) of a sentence, outside the definitions, that says the mechanism is not
    introduced (a mechanism term, then a main verb in the negative at the sentence's end:
    設けない, 行わない, 実施しない, 導入しない …); ``None`` when the draft says no such thing."""
    terms = [t for t in index.profile.c_terms if t]
    if not terms:
        return None
    definitions = index.definitions_article()
    # the main provisions, then the 附則 (a review clause deferring the mechanism: 「…の仕組みについて、…
    # 検討を加え、その結果に基づいて必要な措置を講ずるものとする。」)
    for art in (*index.articles, *index.suppl_view().articles):
        if definitions is not None and art.span == definitions.span:
            continue
        # the provisions without the caption above them, read across line breaks (a hard-wrapped
        # copy cuts 「非識別\n加工情報」); ``keep`` maps the flat text back to the draft
        begin = art.caption_span.end if art.caption_span is not None else art.span.start
        raw = index.folded[begin : art.span.end]
        flat = raw.replace("\n", "")
        if not any(t in flat for t in terms):
            continue
        keep = [i for i, ch in enumerate(raw) if ch != "\n"]
        text = flat
        for m in SENTENCE.finditer(text):
            sentence = m.group(0).rstrip()
            k = min((sentence.find(t) for t in terms if t in sentence), default=-1)
            if k >= 0 and declines_mechanism(sentence):
                start = begin + keep[m.start() + _clause_start(sentence, k)]
                return start, begin + keep[m.start() + len(sentence) - 1] + 1
    return None


def _clause_start(sentence: str, k: int) -> int:
    """Where the words leading to the mechanism term at ``k`` begin: after the article or
    paragraph number and the subject (「第17条　組合は、」), else the term itself."""
    comma = sentence.rfind("、", 0, k)
    return comma + 1 if comma >= 0 else k
