"""The 非識別 chapter reached through the 「法令等に基づく場合」 exception of the limits article.

行政機関個人情報保護法 第8条第1項 forbids use and provision outside the purpose 「法令に基づく場合を
除き」 and was left as it was when 第4章の2 was added: a provision made by following that chapter
is a case 「based on a law」 (the Act itself), and 第44条の2 only spells this out where it writes
its own limits (「法令に基づく場合（この章の規定に従う場合を含む。）」). An ordinance whose limits
article excepts 「法令等に基づく場合」, where 法令等 takes in 条例 (the ordinance itself), lets its own
chapter through in the same way, provided the chapter authorises the making and provision
(「実施機関は、この章の規定に従い、…を作成し、及び提供することができる。」).

So a profile element alternative ``"law_reach:REGEX"`` (REGEX: the limits article's exception,
「法令等に基づく場合を除き、…提供してはならない」) is met at REGEX's first hit when

- the draft's 法令等 takes in 条例: it is defined with 条例 among its parts (「法令等（法律、法律に
  基づく命令及び条例をいう。…）」, 「法令又は条例（以下「法令等」という。）」, 「「法令等」とは、…条例…を
  いう。」, a 号 「法令等　…をいう。」), or it is not defined at all (the word's ordinary use in ordinances takes in 条例 and
  規則); a definition without 条例 (「法律及びこれに基づく命令」) does not reach the chapter;
- the draft authorises the making or provision under its chapter (:data:`AUTHORISES`), or its
  chapter provides the information through its own contract of use (:data:`PROVIDES`: 同法
  第44条の9, 「…非識別加工情報の利用に関する契約を締結することができる。」): the provision then
  rests on the ordinance's own operative clause, which the exception's 条例 takes in as well.

The exception may define its word on the spot (「法令又は条例（以下「法令等」という。）に基づく場合を
除き」), and it may say 「法令」 where the draft has defined 法令 with 条例 among its parts
(「法令（条例を含む。以下同じ。）」): either reaches the chapter in the same way. The chapter's
authorisation may also be the statute's own provisions taken in by 準用 (「法第44条の3から第44条の12
まで…の規定は、…について準用する。」): a run that covers 同法 第44条の2 (the authorising clause) or
第44条の9 (the contract of use) is the ordinance's operative clause as much as its own words.

An exception that says only 「法令に基づく場合」, with 法令 not so defined, does not reach the
ordinance's chapter on this reading (whether 条例 counts as 法令 there is exactly what the draft
should settle), and neither does a draft with no authorising clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ordreview.core.align_elements import register_variants
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Span

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

PREFIX = "law_reach:"

_N = "[0-9〇一二三四五六七八九十百]+"
AUTHORISES = lazy_compile(
    rf"(?:この章|第{_N}章(?:の{_N})?|第{_N}条(?:の{_N})?から第{_N}条(?:の{_N})?まで)"
    r"(?:の(?:規定|定め)に(?:従い|従って|基づき|基づいて|より)|[にの]定めるところにより)、?"
    r"(?:[^。()]|\((?:[^()]|\([^()]*\))*\)){0,60}?"
    r"(?:(?:作成し|作り)、?(?:及び|又は)(?:[^。()]{0,12})?提供|提供)(?:することができる|するとき|する場合)"
)
"""The chapter's authorising clause (行政機関個人情報保護法 第44条の2第1項 in the ordinance's words:
「この章の規定に従い」, 「この章の定めるところにより」, 「第15条から第24条までの規定に従い」; 作成し or 作り)."""

PROVIDES = lazy_compile(r"非識別加工情報の利用に関する契約を(?:締結する|結ぶ)ことができ(?:る|ます)")
"""The chapter's contract of use (行政機関個人情報保護法 第44条の9 in the ordinance's words): the
operative clause through which the information is provided."""

_DEFINED = (
    lazy_compile(r"法令等\(((?:[^()]|\([^()]*\))*?)をいう"),  # 法令等（法律、…及び条例をいう。…）
    lazy_compile(r"「法令等」とは、([^。]*?)をいう"),
    lazy_compile(r"(?m)^[^\n。]{0,12}?法令等[ \t\u3000]+([^。\n]*?)をいう"),  # 号-style: (3)　法令等　…をいう。
    lazy_compile(r"([^、。()「」]{1,40})\(以下(?:この[^「」]{0,10}において)?「法令等」という。?\)"),
)


_LAW_DEFINED = (
    lazy_compile(r"法令\(((?:[^()]|\([^()]*\))*?)(?:をいう|を含む)"),  # 法令（条例を含む。以下同じ。）
    lazy_compile(r"「法令」とは、([^。]*?)をいう"),
)
"""法令 (without 等) defined by the draft: only such a definition with 条例 among its parts lets
an exception of 「法令に基づく場合」 reach the ordinance's chapter."""

_EXCEPTION_WORD = lazy_compile(
    r"(法令等?)(?:\((?:[^()]|\([^()]*\))*\))?(?:の規定)?(?:に基づく|に定めがある|に定めのある|の定めによる|に決まりがある)")
"""The exception's own word inside a hit: 「法令」 or 「法令等」 before 「に基づく」/「に定めがある」 (a hit of the
item form opens with the limit, 「…提供してはならない。ただし、…(1)法令に定めがあるとき」)."""

_STATUTE = "行政機関の保有する個人情報の保護に関する法律"
_APPLIED_AUTHORITY = ("第44条の2", "第44条の9")
"""The statute's provisions whose 準用 authorises the making or provision (第1項 of 第44条の2; the
contract of use, 第44条の9)."""


def takes_in_ordinances(folded: str, term: str = "法令等") -> bool:
    """True when ``term`` in the draft (``folded``) includes 条例. 法令等: defined with 条例 among
    its parts, or not defined at all. 法令: only when defined with 条例 among its parts. (Read with the
    line breaks of a wrapped copy taken out: 「法令（条例を含\nむ。以下同じ。）」.)"""
    joined = folded.replace("\n", "")
    if term == "法令":
        for rx in _LAW_DEFINED:
            m = rx.search(folded) or rx.search(joined)
            if m is not None:
                return "条例" in re.sub(r"\s", "", m.group(1))
        return False
    for rx in _DEFINED:
        m = rx.search(folded) or rx.search(joined)
        if m is not None:
            return "条例" in re.sub(r"\s", "", m.group(1))  # (a wrapped copy may break 条\n例)
    return True


def find_law_reach(index: DraftIndex, regex: str) -> Span | None:
    """The first hit of ``regex`` when the chapter is reached through it (module docstring)."""
    folded = index.folded
    if not _authorised(index):
        return None
    # (and in the register the draft is written in: 「法令等に決まりがあるときを除き、…自ら使い、又は提供してはなりません。」)
    hits = sorted({h for rx in (regex, *register_variants(index, regex)) for h in index.hits(rx, literal=False)},
                  key=lambda h: (h.start, h.end))
    for hit in hits:
        said = re.sub(r"\s", "", folded[hit.start : hit.end])
        if index.in_c(hit) and "保有個人情報" not in said:
            continue  # (the mechanism's own limit on 削除情報 is C4's, not the general limits article; one on
            # 保有個人情報 set among the mechanism's articles is a general limit all the same)
        if "非識別加工情報" in said or "削除情報" in said:
            continue  # (the same limit outside a chapter: its object is the mechanism's information)
        exception = _EXCEPTION_WORD.search(said)  # (the limit may come first, its exception in an item after it)
        word = exception.group(1) if exception is not None else said
        term = "法令" if word.startswith("法令") and not word.startswith("法令等") and "「法令等」" not in said else "法令等"
        if takes_in_ordinances(folded, term):
            return hit
    return None


def _authorised(index: DraftIndex) -> bool:
    """True when the chapter authorises the making or provision: in its own words, by its contract
    of use, or by taking in the statute's authorising or contract provision (module docstring)."""
    from ordreview.core.statute_applied import applied_span

    if (AUTHORISES.search(index.folded) is not None or AUTHORISES.search(index.flat) is not None
            or index.hits(PROVIDES.pattern, literal=False)):
        return True  # (both read whitespace ignored too: a wrapped copy breaks its lines)
    return any(applied_span(index, _STATUTE, p, None) is not None for p in _APPLIED_AUTHORITY)
