"""A provision set aside by the 非識別 chapter: 「第N条の規定は、…適用しない」, 「第N条の規定にかかわらず」.

The relation between the 非識別加工情報 mechanism and the general limits on use and provision
outside the purpose (C18; 行政機関個人情報保護法 第8条 and 第44条の2) can be arranged in either
place:

- in the limits article, by an exception that lets the chapter through (「法令等に基づく場合
  （第4章の2の規定に従う場合を含む。）を除き」), which the profile's element wordings find; or
- in the 非識別 chapter itself, by a clause that displaces the limits article for what the
  chapter does: 「実施機関非識別加工情報の提供については、第8条の規定は、適用しない。」,
  「第7条の規定は、実施機関非識別加工情報の提供については、適用しない。」, or 「第10条の規定にかかわ
  らず、実施機関は、…削除情報…を…提供してはならない。」 (the chapter states its own rule in place
  of the general one). Either way the two provisions no longer conflict.

A profile element alternative ``"sets_aside:REGEX"`` asks for the second form: a reference to an
article whose text matches ``REGEX`` (the limits article, recognised by what it says — a
prohibition on use or provision outside the purpose — not by its number or caption), in a
sentence that says the referenced provision 「は、…適用しない」 or 「にかかわらず」, where that
sentence lies in the 非識別 chapter or itself names a mechanism term (``c_mechanism.terms``).
The limits article may also set its own paragraphs aside in a last paragraph that names the
mechanism: 「第30条の規定による実施機関非識別加工情報の提供については、前3項の規定は、適用しない。」.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ordreview.core.model import Span

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

PREFIX = "sets_aside:"

_WS = re.compile(r"\s+")
# What follows the reference (and any further references joined to it) up to the end of its sentence.
_DISPLACES = re.compile(r"^(?:(?:第[0-9〇一二三四五六七八九十百]+(?:項|号)|及び|並びに|、)*)の規定(?:は、[^。]*?適用しない|にかかわらず)")


@lru_cache(maxsize=64)
def _target_rx(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def find_set_aside(index: DraftIndex, regex: str, spans: tuple[Span, ...] | None) -> Span | None:
    """The first clause that sets aside an article matching ``regex`` (see the module
    docstring), inside ``spans`` when given; ``None`` when there is none."""
    rx = _target_rx(regex)
    folded = index.folded
    terms = [t for t in index.profile.c_terms if t]
    for ref in index.ordinance.references:
        if ref.target is None or ref.kind == "external" or ref.target.article is None:
            continue
        if spans is not None and not any(s.start <= ref.span.start < s.end for s in spans):
            continue
        art = index.ordinance.article(ref.target.article)
        if art is None:
            continue
        stop = folded.find("。", ref.span.end)
        stop = stop if stop >= 0 else len(folded)
        rest = _WS.sub("", folded[ref.span.end : stop + 1])
        if not _DISPLACES.match(rest):
            continue
        full_stop = folded.rfind("。", 0, ref.span.start)
        start = max(full_stop, folded.rfind("\n", 0, ref.span.start)) + 1
        # the sentence's words, over a hard wrap too (「…実施機関非識別加工\n情報を提供するときは」): from its 。 or
        # the start of the article that holds it
        home = index.article_index(ref.span.start)
        floor = index.articles[home].span.start if home is not None else start
        sentence = _WS.sub("", folded[max(full_stop + 1, floor) : stop + 1])
        named = any(t in sentence for t in terms)
        if art.span.contains(ref.span) and not named:
            continue  # (a provision setting aside part of itself, for something else than the mechanism)
        if not (index.in_c(ref.span) or named):
            continue
        if rx.search(_WS.sub("", folded[art.span.start : art.span.end])):
            return Span(start, stop + 1)
    return None
