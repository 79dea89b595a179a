"""Is a quoted 略称 a coined label, or an ordinary word the draft narrows or widens?

A 略称 introduced by 「（以下「X」という。）」 is an abbreviation in the drafting sense: X means
what the parenthesis says from that point on (within its scope). Two kinds must be told apart:

- a **coined label**: X shortens a proper name (東西市情報公開審査会 → 審査会, 行政機関の保有する
  個人情報の保護に関する法律 → 法, 〇〇市情報公開条例 → 情報公開条例), is a collective label ending in
  等 (開示決定等, 法人等), or is a word that the defining text does not spell out (帳簿 →
  個人情報ファイル簿). Before its definition, or outside its stated scope, X names nothing: a use
  there is a drafting defect (O3).
- an **ordinary word** the draft pins down: its characters are the words of the defining text
  (利用の停止又は消去 → 利用停止, 提案をする者 → 提案者), or it is a general word of legal
  language such as 第三者 or 代理人. The national statute itself uses 利用停止 in its purpose
  clause (行政機関個人情報保護法 第1条) long before the article that defines it (同法 第36条第1
  項), and scoped definitions (以下この条において「第三者」という。) exist precisely so that the
  word keeps its ordinary sense elsewhere. A use in the plain sense is not a finding.
"""

from __future__ import annotations

import re

from ordreview.core.model import Term
from ordreview.core.text import fold

GENERAL_WORDS = frozenset({
    "第三者", "他人", "相手方", "当事者", "関係者", "代理人", "法定代理人", "請求者", "申請者",
    "利害関係人", "家族", "遺族", "事業者", "職員",
})
"""General words of legal language that drafts narrow for one article or chapter (以下この条に
おいて「第三者」という。) and also use in their ordinary sense."""

_PROPER_NAME_END = re.compile(r"(?:会|条例|法律|規則|政令|省令|機構|センター|公社|基金)$")
_LAW_NUMBER = re.compile(r"(?:明治|大正|昭和|平成|令和)\s*[0-9〇一二三四五六七八九十元]+\s*年.{0,12}?第\s*[0-9〇一二三四五六七八九十百千]+\s*号")
_WORD = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa々ー]")


def is_coined_label(term: Term) -> bool:
    """True if the 略称 ``term`` stands for nothing outside its definition (see module doc)."""
    word = fold(term.term)
    definition = fold(term.definition).strip()
    if word in GENERAL_WORDS:
        return False
    if word.endswith("等") or _PROPER_NAME_END.search(definition) or _LAW_NUMBER.search(definition):
        return True
    return not _spelled_out(word, definition)


def _spelled_out(word: str, definition: str) -> bool:
    """True if every kanji/katakana of ``word`` appears in ``definition`` in order
    (利用停止 in 利用の停止又は消去; 提案者 in 提案をする者)."""
    pos = 0
    for ch in word:
        if not _WORD.match(ch):
            continue
        pos = definition.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def names_an_instrument_or_body(term: Term) -> bool:
    """True if the 略称 ``term`` shortens the name of a law, ordinance or body (法, 審議会),
    as opposed to a term of the ordinance's own vocabulary (個人情報ファイル簿, 利用停止)."""
    definition = fold(term.definition).strip()
    return bool(_PROPER_NAME_END.search(definition) or _LAW_NUMBER.search(definition))
