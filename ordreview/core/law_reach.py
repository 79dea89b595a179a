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

An exception that says only 「法令に基づく場合」 does not reach the ordinance's chapter on this
reading (whether 条例 counts as 法令 there is exactly what the draft should settle), and
neither does a draft with no authorising clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Span

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

PREFIX = "law_reach:"

_N = "[0-9〇一二三四五六七八九十百]+"
AUTHORISES = lazy_compile(
    rf"(?:この章|第{_N}章(?:の{_N})?)の(?:規定|定め)に(?:従い|従って|基づき|基づいて|より)、?"
    r"(?:[^。()]|\((?:[^()]|\([^()]*\))*\)){0,60}?"
    r"(?:作成し、?(?:及び|又は)提供|提供)(?:することができる|するとき|する場合)"
)
"""The chapter's authorising clause (行政機関個人情報保護法 第44条の2第1項 in the ordinance's words)."""

PROVIDES = lazy_compile(r"非識別加工情報の利用に関する契約を締結することができる")
"""The chapter's contract of use (行政機関個人情報保護法 第44条の9 in the ordinance's words): the
operative clause through which the information is provided."""

_DEFINED = (
    lazy_compile(r"法令等\(((?:[^()]|\([^()]*\))*?)をいう"),  # 法令等（法律、…及び条例をいう。…）
    lazy_compile(r"「法令等」とは、([^。]*?)をいう"),
    lazy_compile(r"(?m)^[^\n。]{0,12}?法令等[ \t\u3000]+([^。\n]*?)をいう"),  # 号-style: (3)　法令等　…をいう。
    lazy_compile(r"([^、。()「」]{1,40})\(以下(?:この[^「」]{0,10}において)?「法令等」という。?\)"),
)


def takes_in_ordinances(folded: str) -> bool:
    """True when 法令等 in the draft (``folded``) includes 条例: defined with 条例 among its parts,
    or not defined at all."""
    for rx in _DEFINED:
        m = rx.search(folded)
        if m is not None:
            return "条例" in re.sub(r"\s", "", m.group(1))  # (a wrapped copy may break 条\n例)
    return True


def find_law_reach(index: DraftIndex, regex: str) -> Span | None:
    """The first hit of ``regex`` when the chapter is reached through it (module docstring)."""
    folded = index.folded
    if not takes_in_ordinances(folded) or (AUTHORISES.search(folded) is None
                                            and not index.hits(PROVIDES.pattern, literal=False)):
        return None  # (the contract clause read whitespace ignored: a wrapped copy breaks its lines)
    hits = index.hits(regex, literal=False)
    return hits[0] if hits else None
