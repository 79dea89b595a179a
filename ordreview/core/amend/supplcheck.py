"""The bill's own 附則 against its 本則: each 改正規定 it names must be one the bill has.

A bill whose parts commence on different dates names them in its 附則: 「ただし、第3章の次に1章を
加える改正規定は、…から施行する。」, 「第2条、第7条及び第8条の改正規定並びに第7条の次に2条を加える改正
規定は、…」 (see ``docs/amendments.md``). When a redraft drops or renumbers the sentence, the 附則
still names it, and that part of the bill commences on a date nobody meant. This check reads the
provision each named 改正規定 begins with and reports, as an error on the 附則's words, a 改正規定 of
a provision no amending sentence of the bill names (as a target of any of its clauses).

It is deliberately lenient: only the first provisions of the phrase are read (「第3章の次に1章を
加える」 → 第3章), a phrase that starts otherwise (「前項ただし書に規定する改正規定」) is left alone,
and any sentence naming that provision satisfies it. Bills amending several ordinances are not
checked (their 附則 name provisions of the bill's own articles: 「第1条中…の改正規定」).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ordreview.core.amend.bill import Bill, Target, _cite, _Ctx
from ordreview.core.amend.ordtree import Num
from ordreview.core.messages import define, render
from ordreview.core.text import fold

MISSING = define(
    "amend.suppl_provision",
    ja="附則が「{phrase}改正規定」について定めているが、本則に{where}を改正する改正規定がない。"
       "改正規定の削除、条の移動等に合わせて附則を整理されたい。",
    en="The supplementary provisions name 「{phrase}改正規定」, but no amending sentence of the bill amends "
       "{where}; bring the supplementary provisions in line with the sentences.",
)

_NAMED = re.compile(r"改正規定")
_ADDITION = re.compile(r"^(?:の(?:次|前|下|後|右|左)に|に)(?:次の)?[^「」、]{1,12}を加える$")
"""The rest of a phrase naming an addition: 「（第3章）の次に1章を加える」, 「（第2条）に2号を加える」."""
_LEAD = re.compile(r"^(?:\s|及び|並びに|又は|、|この条例(?:中|のうち)|[0-9]+\s|[一二三四五六七八九十]+\s|[(（][0-9]+[)）]\s*|[⑴-⒇]\s*)+")


@dataclass(frozen=True)
class NamedProvision:
    """A 改正規定 the 附則 names that the 本則 lacks.

    Attributes:
        span: the words naming it in the bill text (from its first provision to 「改正規定」).
        phrase: those words without 「改正規定」.
        missing: the provisions named that no sentence amends (labels).
    """

    span: tuple[int, int]
    phrase: str
    missing: tuple[str, ...]

    def messages(self) -> tuple[str, str]:
        return render(MISSING, phrase=self.phrase, where="、".join(self.missing))


def missing_provisions(bill: Bill, current_text: str = "", *, named: list[Target] | None = None,
                       added: list[Target] | None = None) -> tuple[NamedProvision, ...]:
    """The 改正規定 the bill's 附則 names whose provision no sentence of the bill amends.

    ``named`` and ``added`` replace the provisions the sentences amend and add next to, for a
    bill that amends by a 新旧対照表 (the provisions of its rows).

    ``current_text`` (the ordinance in force) tells which articles a 章・節 named holds: a
    sentence amending one of them amends the division. Without it, a division named is
    satisfied by any sentence naming an article."""
    if bill.suppl_span is None:
        return ()
    start, end = bill.suppl_span
    text = bill.text[start:end]
    holds = _division_articles(current_text) if current_text else None
    if named is None:  # a 改め文 bill: what its sentences amend and where they add
        named = [t for s in bill.sentences for op in s.ops for t in (*op.targets, *((op.dest,) if op.dest else ()))]
    if added is None:
        added = [t for s in bill.sentences for op in s.ops if op.kind == "add" for t in op.targets]
    out = []
    boundary = 0
    for m in _NAMED.finditer(text):
        segment_start = _segment_start(text, boundary, m.start())
        boundary = m.end()
        raw = text[segment_start:m.start()]
        lead = _LEAD.match(fold(raw))
        skip = lead.end() if lead else 0
        phrase = raw[skip:]
        folded = fold(phrase)
        targets, after = _cite(folded, 0, _Ctx())
        if not targets:
            continue
        if _ADDITION.match(folded[after:].strip()):  # an addition: a sentence adding there
            missing = tuple(t.label() for t in targets if not any(_same_place(n, t) for n in added))
        else:
            missing = tuple(t.label() for t in targets if not any(_covers(n, t, holds) for n in named))
        if missing:
            a = start + segment_start + skip
            out.append(NamedProvision((a, start + m.end()), phrase, missing))
    return tuple(out)


def _segment_start(text: str, boundary: int, at: int) -> int:
    """Where the words naming the 改正規定 that ends at ``at`` begin: after the previous 改正規定,
    the last 「ただし、」, 「。」 or line break before it (quotes 「」 are skipped over)."""
    depth = 0
    begin = boundary
    i = boundary
    while i < at:
        ch = text[i]
        if ch == "「":
            depth += 1
        elif ch == "」":
            depth = max(0, depth - 1)
        elif depth == 0:
            if ch in "。\n":
                begin = i + 1
            elif text.startswith("ただし、", i):
                begin = i + len("ただし、")
                i = begin
                continue
            elif text.startswith("改正規定は", i):
                begin = i + len("改正規定は")
        i += 1
    return begin


def _division_articles(current_text: str) -> dict[tuple[tuple[str, Num], ...], list[Num]]:
    """Each division of the ordinance (its path of (level, number)) → the numbers of its articles."""
    from ordreview.core.amend.ordtree import articles_in, read_tree

    out: dict[tuple[tuple[str, Num], ...], list[Num]] = {}

    def visit(nodes: list, path: tuple[tuple[str, Num], ...]) -> None:
        for node in nodes:
            if node.kind == "division":
                here = (*path, (node.level, node.num))
                out[here] = [a.num for a in articles_in(node.children)]
                visit(node.children, here)

    visit(read_tree(current_text).main, ())
    return out


def _same_place(named: Target, wanted: Target) -> bool:
    """True when a sentence adds next to (or into) the very provision ``wanted`` names."""
    if named.area != wanted.area:
        return False
    if wanted.article is not None:  # 「第2条に2号を加える」 also names 「第2条第1項に次の2号を加える」
        return named.article == wanted.article
    return named.article is None and named.divisions[-1:] == wanted.divisions[-1:]


def _covers(named: Target, wanted: Target, holds: dict | None = None) -> bool:
    """True when a sentence's target ``named`` amends (a part of) the provision ``wanted``."""
    if named.area != wanted.area:
        return False
    if wanted.area in ("toc", "title", "honsoku", "table"):
        return wanted.area != "table" or named.table == wanted.table or wanted.table is None
    if wanted.article is not None:
        first = named.article
        last = named.end.article if named.end is not None else first
        if first is None:
            return False
        return first <= wanted.article <= (last or first)
    if wanted.divisions:
        if named.divisions[: len(wanted.divisions)] == wanted.divisions:
            return True
        if named.article is None:
            return False
        if holds is None:
            return True
        inside = next((arts for path, arts in holds.items() if path[-len(wanted.divisions):] == wanted.divisions), None)
        return inside is not None and named.article in inside
    if wanted.area == "suppl":
        return wanted.paragraph is None or named.paragraph == wanted.paragraph
    return False


__all__ = ["MISSING", "NamedProvision", "missing_provisions"]
