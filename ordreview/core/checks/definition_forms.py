"""Ways of writing a definition that differ in words from the statute's and not in meaning.

``definitions.compare_definition`` diffs a draft's definition against 行政機関個人情報保護法第2条
after normalising benign forms. This module supplies three more of them (docs/domain.md,
"Definitions written in other forms"):

- **a restriction said with のうち**: 「生存する個人に関する情報のうち、次のいずれかに該当するもの」 is
  the statute's 「生存する個人に関する情報であって、次の各号のいずれかに該当するもの」: both take the
  part of the first class that meets what follows;
- **the statute's items cited instead of copied**: 「…法律（…。以下「行政機関個人情報保護法」という。）
  第2条第3項各号のいずれかに該当する文字、番号、記号その他の符号のうち、同項の政令で定めるもの」 takes
  in every item of the cited paragraph (so does 「…第2条第3項各号に掲げる文字…」); the citation
  stands for the statute's 「次の」 and the items are not compared (only when the cited law is the statute compared with and the paragraph is the
  one that defines the term);
- **Cabinet Order categories written out among the 要配慮 examples**: 「…犯罪により害を被った事実、身体
  障害、知的障害、精神障害（発達障害を含む。）その他の心身の機能の障害があることその他本人に対する…」
  names as an example what the statute's 「政令で定める記述等」 takes in anyway; the definition only
  adds (a statute category left out or replaced is still a difference, and ``def.yohairyo``
  compares the categories one by one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ordreview.core.text import fold, kanji_to_int

_SPACES = re.compile(r"\s+")
_RESTRICTION_STATUTE = "であって、次の"
_RESTRICTION_DRAFT = re.compile(r"のうち、(?=次の|次に)")


def restriction_pairs(body: str, statute_body: str) -> list[tuple[str, str]]:
    """Draft replacement pairs for 「…のうち、次の…」 where the statute says 「…であって、次の…」.

    Only for a statute text worded that way, and only in front of the list that follows
    (「次のいずれか」, 「次の各号のいずれか」, 「次に掲げる」): 「符号のうち、政令で定めるもの」 is the
    statute's own wording elsewhere and stays as it is."""
    if _RESTRICTION_STATUTE not in fold(statute_body):
        return []
    text = _SPACES.sub("", fold(body))
    if not _RESTRICTION_DRAFT.search(text):
        return []
    return [("のうち、次の", _RESTRICTION_STATUTE), ("のうち、次に", "であって、次に")]


_NUM = r"[0-9一二三四五六七八九十]+"
_CITED_ITEMS = re.compile(rf"第({_NUM})条第({_NUM})項各号(のいずれかに該当する|に掲げる)")
_STATUTE_HEAD = re.compile(r"次の各号のいずれかに該当する")
_STATUTE_ITEMS = re.compile(r"\n[\s\u3000]*一[\s\u3000]")
_REF_PROVISION = re.compile(r"第([0-9]+)条第([0-9]+)項")


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else kanji_to_int(text)


def _open_of(text: str, close: int) -> int:
    """The offset of the ``(`` that the ``)`` at ``close`` closes (folded text), or -1."""
    depth = 0
    for i in range(close, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return -1


def cited_items(body: str, statute_body: str, statute_ref: str, names: Iterable[str]
                ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(draft drop, statute drop) for a definition that cites the statute's own items.

    ``statute_ref`` is the profile's reference of the statute text (「行政機関個人情報保護法
    第2条第3項」); ``names`` every way the draft names that statute (its title, short names, the
    略称 the draft defines for it, 同法). The draft's citation (the law's name, its bracket and
    第N条第M項) stands where the statute says 「次の」, and the statute's items are left out:
    the citation takes them all in. Nothing is dropped unless the cited paragraph is
    ``statute_ref``'s and the name right before it is one of ``names``, and the draft has no
    items of its own (then they are compared as usual)."""
    want = _REF_PROVISION.search(statute_ref)
    head = _STATUTE_HEAD.search(statute_body)
    items = _STATUTE_ITEMS.search(statute_body, head.end()) if head else None
    if want is None or head is None or items is None or _STATUTE_ITEMS.search(body):
        return [], []
    text = fold(body)
    m = _CITED_ITEMS.search(text)
    if m is None or (_number(m.group(1)), _number(m.group(2))) != (int(want.group(1)), int(want.group(2))):
        return [], []
    before = m.start()
    if before > 0 and text[before - 1] == ")":  # the law's number (and a 略称 defined there)
        before = _open_of(text, before - 1)
        if before < 0:
            return [], []
    name = next((n for n in sorted({fold(n) for n in names}, key=len, reverse=True)
                 if n and text[:before].endswith(n)), None)
    if name is None:
        return [], []
    start = before - len(name)
    if m.group(3) == "に掲げる":  # 「…各号に掲げる文字…」: the items listed, the statute's alternatives
        return [(start, m.end())], [(head.start(), head.end()), (items.start(), len(statute_body))]
    cut = text.index("各号", m.start())
    statute_head = (head.start(), head.start() + len("次の"))
    return [(start, cut)], [statute_head, (items.start(), len(statute_body))]


_CATCH_ALL = "その他本人に対する"


def order_categories_written_out(body: str, statute_words: Iterable[str], order_words: Iterable[str]
                                 ) -> list[tuple[int, int]]:
    """Draft ranges of Cabinet Order categories written out among a 要配慮 definition's examples.

    The examples are the 、-separated phrases before 「その他本人に対する」 (a 、 inside brackets does
    not separate). A phrase that names a Cabinet Order category (``order_words``: 障害, 健康診断,
    診療, 被疑者又は被告人 …) and no statute category (``statute_words``) is left out with the 、
    before it. The first phrase (「本人の人種」) is never left out."""
    text = fold(body)
    end = text.find(_CATCH_ALL)
    if end < 0:
        return []
    statute = [fold(w) for w in statute_words]
    order = [fold(w) for w in order_words]
    commas: list[int] = []
    depth = 0
    for i, ch in enumerate(text[:end]):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            commas.append(i)
    out: list[tuple[int, int]] = []
    for k, comma in enumerate(commas):
        stop = commas[k + 1] if k + 1 < len(commas) else end
        phrase = text[comma + 1 : stop]
        if any(w in phrase for w in order) and not any(w in phrase for w in statute):
            out.append((comma, stop))
    return out
