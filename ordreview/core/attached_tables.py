"""別表 that belong to a provision: its amounts and lists are part of what the provision says.

An ordinance often puts the figures of an article in a 別表 at its end: 「…別表に定める額の手数料
を納めなければならない。」 with 「別表（第33条関係）」 holding 21,000円 and 3,950円. The amounts are
then fixed by the ordinance itself (地方自治法 第228条第1項 asks no more), and a requirement
looked for in the article is met by the table. A table belongs to the provisions it names in its
own heading (「（第33条関係）」, 「（第22条の8、第22条の9関係）」): the heading is the drafter's
statement of which article the table serves, and it holds even when the article's reference to
the table is miswritten (a 「別表第2」 that does not exist is reported on its own as a dangling
reference).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Span
from ordreview.core.text import fold, kanji_to_int

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex
    from ordreview.core.model import AppendedTable, Ordinance

_N = r"[0-9〇一二三四五六七八九十百千]+"
_RELATION = lazy_compile(r"\(([^()]*?)関係\)")
_ARTICLE = lazy_compile(rf"第({_N})条((?:の{_N})*)")
_SPACES = lazy_compile(r"\s+")  # (a PDF copy spaces out 「別表( 第33条関係 )」)


def related_articles(heading: str) -> list[str]:
    """The e-Gov article numbers (「33」, 「22_8」) named in a table heading's 「（…関係）」."""
    m = _RELATION.search(_SPACES.sub("", fold(heading)).replace("（", "(").replace("）", ")"))
    if m is None:
        return []
    out = []
    for a in _ARTICLE.finditer(m.group(1)):
        main = kanji_to_int(a.group(1))
        branches = [kanji_to_int(b) for b in a.group(2).split("の")[1:]]
        if main is None or any(b is None for b in branches):
            continue
        out.append("_".join(str(n) for n in (main, *branches)))
    return out


def attached_tables(idx: DraftIndex, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """The spans of the draft's 別表 whose heading names an article lying inside ``spans``."""
    ordinance = idx.ordinance
    out: list[Span] = []
    for table in ordinance.tables:
        for num in related_articles(table.title):
            art = ordinance.article(num)
            if art is not None and any(s.start <= art.span.start < s.end for s in spans):
                out.append(table.span)
                break
    return tuple(out)


def named_tables(ordinance: Ordinance, number: str) -> list[AppendedTable]:
    """The 別表 a provision names by 「別表{number}に定める…」: ``number`` 「第2」 (or 「第二」) for 別表第2, empty for a
    plain 「別表」, which is the draft's only 別表 or its 別表第1."""
    wanted = "別表" + (f"第{kanji_to_int(number[1:])}" if number and kanji_to_int(number[1:]) is not None else number)
    out = []
    for table in ordinance.tables:
        title = _SPACES.sub("", fold(table.title))
        if not title.startswith(wanted):
            continue
        rest = title[len(wanted):]
        if number and rest[:1].isdigit():
            continue  # (別表第1 is not 別表第12)
        if not number and rest.startswith("第") and not (rest.startswith("第1") and not rest[2:3].isdigit()):
            continue  # (a plain 「別表」 is the only table or 別表第1)
        out.append(table)
    return out
