"""The general limits on use and provision set aside only for what the 非識別 mechanism provides.

行政機関個人情報保護法 第44条の2 lets the head create and provide 行政機関非識別加工情報 「この章の規定に
従い」 (第1項) and forbids using or providing it otherwise, except under laws (第2項, 「法令に基づく場合
（この章の規定に従う場合を含む。）を除き」). Many ordinances arrange the same thing from the other side:
under the ordinance's collation-type definition the processed information is still personal
information the body holds, so its general limits article (目的外利用・提供の制限) reaches it, and one
clause sets that article aside **only for the provision the mechanism makes**:

- 「前2項の規定は、第5章の規定により実施機関非識別加工情報を提供する場合については、適用しない。」
- 「前項の規定は、第３章の２の規定により実施機関非識別加工情報を作成し、又は提供するときは、適用しない。」
- 「前項の規定は、区非識別加工情報を第22条の規定により提供する場合には、適用しない。」 (第22条: the
  mechanism's contract-and-provision article)
- 「村非識別加工情報の提供については、前2項の規定は適用せず、第16条から第25条までに定めるところによる。」
- 「第8条の規定にかかわらず、実施機関は、この章の規定により…を提供することができる。」

Such a clause says both parts of 第44条の2 that concern provision: the information is provided by
way of the mechanism's provisions (第1項), and every other provision of it stays under the general
limit, which allows it only in that limit's own exceptions (第2項). A clause that sets the limits
aside for *every* provision of the information (「実施機関非識別加工情報の提供については、第8条の規定
は、適用しない。」) confines nothing and says neither.

A profile element alternative ``"mechanism_route:REGEX"`` (REGEX: what the limits article says, a
prohibition on use or provision outside the purpose; the article is recognised by content, never by
number or caption) is met by the sentence that sets such an article aside and names, as what the
provision goes by, provisions that lie inside the mechanism (``DraftIndex.c_spans``): the mechanism's
chapter or 節 (「この章」, 「第5章の2」), a range of its articles, or one of its articles. The sentence
is searched in the whole draft: it usually stands in the limits article, outside the mechanism.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Span
from ordreview.core.text import kanji_to_int

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex
    from ordreview.core.model import Division

PREFIX = "mechanism_route:"

_N = "[0-9〇一二三四五六七八九十百]+"
_ART = rf"第{_N}条(?:の{_N})*"
_CHAPTER = rf"第({_N})章(?:の({_N}))?(?:第({_N})節)?"
_MECH = rf"(?:この章|この節|この条から{_ART}まで|{_ART}(?:から{_ART}まで)?|{_CHAPTER}|前条|次条)"
_UNDER = lazy_compile(
    rf"({_MECH})の(?:規定|定め)(?:により|による|に基づく|に基づき|に基づいて|に従い|に従う|に従って(?:行う)?)"
    r"、?(?:[^。()]|\((?:[^()]|\([^()]*\))*\)){0,60}?提供"
)
"""「(the mechanism's provisions)の規定により…提供」: the provision is qualified by what it goes by."""
_ROUTED = lazy_compile(rf"適用せず、({_MECH})(?:に定めるところ|の(?:規定|定め)(?:の定めるところ)?)による")
"""「…については、前2項の規定は適用せず、第16条から第25条までに定めるところによる」."""
_DISPLACES = lazy_compile(
    rf"^(?:(?:第{_N}(?:項|号)|及び|並びに|、)*)の規定(?:は、?[^。]*?適用(?:しない|せず)|にかかわらず)"
)
"""What follows the reference to the limits article: it is set aside (適用しない, 適用せず) or overridden."""
_AUTHORISES = lazy_compile(
    r"非識別加工情報(?:\((?:[^()]|\([^()]*\))*\))?を[ \u3000]*(?:作成し、?[ \u3000]*(?:及び|又は)?)?提供することができる"
)
_BOUND = lazy_compile(r"の(?:規定|定め)に(?:従|基づ|よ)|定めるところによ|に基づき|に従い|に従って|により")
"""What bounds an authorisation: the chapter, an article, a contract or a notice it goes by."""
_WS = lazy_compile(r"\s+")
_CHAPTER_RX = lazy_compile(_CHAPTER)


@lru_cache(maxsize=64)
def _target_rx(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def find_mechanism_route(index: DraftIndex, regex: str) -> Span | None:
    """The first sentence that sets aside an article matching ``regex`` only for the provision
    the mechanism makes (module docstring); ``None`` when there is none or the draft has no
    mechanism scope."""
    if not index.c_spans:
        return None
    rx = _target_rx(regex)
    folded = index.folded
    seen: set[int] = set()
    for ref in index.ordinance.references:
        if ref.target is None or ref.kind == "external" or ref.target.article is None:
            continue
        art = index.ordinance.article(ref.target.article)
        if art is None or index.in_c(art.span):
            continue  # (the limits article is one the mechanism relies on, never one of its own)
        stop = folded.find("。", ref.span.end)
        stop = stop if stop >= 0 else len(folded)
        start = max(folded.rfind("。", 0, ref.span.start), folded.rfind("\n", 0, ref.span.start)) + 1
        if start in seen or not _DISPLACES.match(_WS.sub("", folded[ref.span.end : stop + 1])):
            continue
        if not rx.search(_WS.sub("", folded[art.span.start : art.span.end])):
            continue
        seen.add(start)
        sentence = Span(start, min(stop + 1, len(folded)))
        if _confined(index, sentence):
            return None if _unbounded_authorisation(index) else sentence
    return None


def _unbounded_authorisation(index: DraftIndex) -> bool:
    """True when the mechanism authorises the provision with nothing that bounds it (「実施機関は、
    …非識別加工情報を作成し、及び提供することができる。」 with no 「この章の規定に従い」, 「第N条の規定により」
    or 「契約に基づき」 before it): a set-aside confined to that authorisation confines nothing."""
    folded = index.folded
    for c in index.c_spans:
        for m in _AUTHORISES.finditer(folded, c.start, c.end):
            start = max(folded.rfind("。", c.start, m.start()), folded.rfind("\n", c.start, m.start())) + 1
            if not _BOUND.search(_WS.sub("", folded[start : m.start()])):
                return True
    return False


def _confined(index: DraftIndex, sentence: Span) -> bool:
    """True when ``sentence`` names, as what the provision goes by, provisions inside the mechanism."""
    text = _WS.sub("", index.folded[sentence.start : sentence.end])
    flat_starts = _flat_offsets(index.folded, sentence)
    for pattern in (_UNDER, _ROUTED):
        for m in pattern.finditer(text):
            a, b = flat_starts[m.start(1)], flat_starts[m.end(1) - 1] + 1
            if _inside_mechanism(index, m.group(1), Span(a, b), sentence):
                return True
    return False


def _flat_offsets(folded: str, span: Span) -> list[int]:
    """The folded offset of each non-whitespace character of ``span``, in order."""
    return [i for i in range(span.start, span.end) if not folded[i].isspace()]


def _inside_mechanism(index: DraftIndex, named: str, where: Span, sentence: Span) -> bool:
    """True when the provisions ``named`` (written at ``where``, in ``sentence``) lie in the mechanism."""
    ordinance = index.ordinance
    if named in ("この章", "この節"):
        kind = "章" if named == "この章" else "節"
        division = _innermost(ordinance.divisions, sentence, kind)
        return division is not None and _in_scope(index, division.span)
    m = _CHAPTER_RX.fullmatch(named)
    if m is not None:
        division = _chapter(ordinance.divisions, m)
        return division is not None and _in_scope(index, division.span)
    if named.startswith("この条"):
        k = index.article_index(sentence.start)
        if k is None or not index.in_c(index.articles[k].span):
            return False
    refs = [r for r in ordinance.references
            if where.start <= r.span.start < where.end and r.target is not None and r.target.article is not None]
    if not refs:
        return named.startswith("この条")
    for ref in refs:
        for node in (ref.target, ref.range_end):
            if node is None or node.article is None:
                continue
            art = ordinance.article(node.article)
            if art is None or not index.in_c(art.span):
                return False
    return True


def _in_scope(index: DraftIndex, span: Span) -> bool:
    """True when the division ``span`` is, or lies inside, the mechanism's scope."""
    return any(c.contains(span) for c in index.c_spans)


def _innermost(divisions: tuple[Division, ...], span: Span, kind: str) -> Division | None:
    """The innermost division of ``kind`` that contains ``span``."""
    holding = [d for d in divisions if d.kind == kind and d.span.contains(span)]
    return min(holding, key=lambda d: len(d.span), default=None)


def _chapter(divisions: tuple[Division, ...], m: re.Match[str]) -> Division | None:
    """The 章 (or its 節) that 「第N章（のM）（第S節）」 names."""
    n = kanji_to_int(m.group(1))
    branch = kanji_to_int(m.group(2)) if m.group(2) else None
    section = kanji_to_int(m.group(3)) if m.group(3) else None
    if n is None:
        return None
    num = f"{n}_{branch}" if branch is not None else str(n)
    chapter = next((d for d in divisions if d.kind == "章" and d.num == num), None)
    if chapter is None or section is None:
        return chapter
    return next((d for d in divisions if d.kind == "節" and d.parent == chapter.key and d.num == str(section)), None)
