"""Drafting integrity: the 法令番号 given to each cited statute [O1].

Rules:

- ``cite.law_number_wrong`` [O1]: a statute cited with a number (「地方自治法（昭和22年法律第67号）」)
  whose name is in the table of statutes shipped as data (``resources/data/laws.json``,
  see docs/domain.md) but whose number is not that statute's: an error, since the name and
  the number are both read from the citation and the table is exact. The message says so
  when the number written belongs to another statute of the table (the same number given
  to two laws). The number of the Act an Act replaced by 全部改正 (行政不服審査法 昭和37年法律
  第160号) is a warning: a 附則 may cite the former Act on purpose.
- ``cite.law_number_shared`` [O1, warning]: a statute the table does not know, cited with the
  number of one it knows (「住民基本台帳法」 is in the table, so this fires on names outside
  it only); or two names outside the table given the same number in one draft.

Numbers are compared as (era, year, kind, number); kanji (平成十五年法律第五十八号), Arabic and
full-width digits are all read. :func:`law_number_example` gives other rules (the O6
message) the cited law's own number.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ordreview import paths
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import KANJI, KATAKANA, index_for, node_label, primed
from ordreview.core.checks.registry import register
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.model import Finding
from ordreview.core.text import int_to_kanji, kanji_to_int

NUMBER_WRONG = define(
    "check.integrity.citation_number_wrong",
    ja="「{name}」の法令番号「{written}」は誤りである。「{correct}」に改められたい。",
    en="「{name}」 is cited with the number 「{written}」, but its number is 「{correct}」; it should read 「{correct}」.",
)
NUMBER_OF_OTHER = define(
    "check.integrity.citation_number_of_other",
    ja="「{name}」の法令番号とされている「{written}」は、{other}の法令番号である（同じ番号が二つの法律に付されている。）。同法の法令番号「{correct}」に改められたい。",
    en="「{name}」 is cited with the number 「{written}」, which is the number of the {other} (one number given "
    "to two laws); the number of 「{name}」 is 「{correct}」.",
)
NUMBER_FORMER = define(
    "check.integrity.citation_number_former",
    ja="「{name}」に付された「{written}」は、同法による全部改正前の法律の法令番号である。現行法を引用する趣旨であれば「{correct}」に改め、旧法を引用する趣旨であればその旨を明らかにされたい。",
    en="「{written}」 given to 「{name}」 is the number of the Act it wholly revised (全部改正); if the Act in force "
    "is meant it should read 「{correct}」, and if the former Act is meant the text should say so.",
)
NUMBER_SHARED = define(
    "check.integrity.citation_number_shared",
    ja="「{name}」に付された「{written}」は、{other}の法令番号である。法令名又は法令番号を確認されたい。",
    en="「{written}」 given to 「{name}」 is the number of the {other}; please check the name or the number.",
)
NUMBER_TWICE = define(
    "check.integrity.citation_number_twice",
    ja="同じ法令番号「{written}」が「{first}」（{first_where}）と「{name}」の二つの法律に付されている。いずれの法令番号が正しいか確認されたい。",
    en="The same number 「{written}」 is given to two laws: 「{first}」 ({first_where}) and 「{name}」; "
    "please check which number is wrong.",
)

_ERAS = ("明治", "大正", "昭和", "平成", "令和")
_DIGITS = "0-9〇一二三四五六七八九十百千"
_ERA_ALTS = "|".join(e[0] + "[ \u3000]?" + e[1] for e in _ERAS)  # 「平 成」 in a copy with stray spaces
_NUMBER = lazy_compile(
    rf"\(\s*(?P<era>{_ERA_ALTS})\s*(?P<year>元|[{_DIGITS}]+)\s*年\s*(?P<kind>法律|政令)\s*第\s*(?P<num>[{_DIGITS}]+)\s*号"
)
_NAME_CHARS = lazy_compile(rf"[{KANJI}{KATAKANA}・]+$")


@dataclass(frozen=True)
class Statute:
    """One row of the statute table."""

    name: str
    short_names: tuple[str, ...]
    number: tuple[str, int, str, int]  # (era, year, kind, number)
    former: tuple[tuple[str, int, str, int], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.short_names)


@dataclass(frozen=True)
class StatuteTable:
    """The statutes of ``resources/data/laws.json``, by name and by number."""

    statutes: tuple[Statute, ...]
    by_name: dict[str, Statute]
    by_number: dict[tuple[str, int, str, int], Statute]
    names_longest_first: tuple[str, ...]

    def resolve(self, name: str) -> Statute | None:
        """The statute a written name (possibly with words before it) ends with, or ``None``."""
        for known in self.names_longest_first:
            if name.endswith(known):
                before = name[len(name) - len(known) - 1] if len(name) > len(known) else ""
                if before and _NAME_CHARS.match(before):
                    return None  # a longer name ending with a known one (地方独立行政法人法 ≠ …)
                return self.by_name[known]
        return None


def _number(row: dict[str, Any]) -> tuple[str, int, str, int]:
    return (str(row["era"]), int(row["year"]), str(row["kind"]), int(row["number"]))


def parse_table(data: dict[str, Any]) -> StatuteTable:
    """Build the table from the JSON document (``{"laws": [...]}``)."""
    statutes = tuple(
        Statute(str(r["name"]), tuple(r.get("short_names") or ()), _number(r),
                tuple(_number({**f, "kind": f.get("kind", r["kind"])}) for f in r.get("former") or ()))
        for r in data["laws"]
    )
    by_name = {n: s for s in statutes for n in s.names}
    by_number = {s.number: s for s in statutes}
    return StatuteTable(statutes, by_name, by_number, tuple(sorted(by_name, key=len, reverse=True)))


@lru_cache(maxsize=1)
def statute_table() -> StatuteTable:
    """The bundled statute table (read once)."""
    with paths.resource("data", "laws.json").open(encoding="utf-8") as fh:
        return parse_table(json.load(fh))


def format_number(number: tuple[str, int, str, int], *, kanji: bool = False) -> str:
    """``("平成", 15, "法律", 58)`` → ``"平成15年法律第58号"`` (or ``"平成十五年法律第五十八号"``)."""
    era, year, kind, num = number
    if kanji:
        return f"{era}{'元' if year == 1 else int_to_kanji(year)}年{kind}第{int_to_kanji(num)}号"
    return f"{era}{'元' if year == 1 else year}年{kind}第{num}号"


def law_number_example(name: str) -> str | None:
    """The number of the statute ``name`` (as cited, words before it allowed), or ``None``."""
    statute = statute_table().resolve(name)
    return format_number(statute.number) if statute is not None else None


@dataclass(frozen=True)
class _Cited:
    name: str  # as written (one line), the statute's name when resolved
    statute: Statute | None
    number: tuple[str, int, str, int]
    kanji: bool
    j_start: int  # joined offsets of the number (without the parenthesis)
    j_end: int


_BOUNDARY = "、。「」『』()\n 　"
_FORMER_MARKS = ("改正前の", "廃止前の", "旧")


def _name_before(
    joined: str, paren: int, table: StatuteTable, terms: frozenset[str] = frozenset()
) -> tuple[str, Statute | None]:
    """The statute name ending at ``paren`` (resolved against the table when possible).

    An unknown name is kept only when it is a plain compound of kanji and katakana starting
    after punctuation (住民基本台帳法): a name with kana inside cannot be delimited reliably.
    A defined term (``terms``) standing right before a known name at the start of a unit is
    the term of a 号 whose separating space was lost in extraction (「特定個人情報行政手続に
    おける…法律」), not part of a longer name.
    """
    window = joined[max(0, paren - 80) : paren]
    if " " in window or "\u3000" in window:
        # a copy's stray spaces inside a known name (「行政機関の保有する 個人情報の保護に関する
        # 法律」 is not the shorter 「個人情報の保護に関する法律」): the longest name the window
        # ends with once its spaces are dropped, when it starts after punctuation or a line's start
        bare = re.sub(r"[ \u3000]+", "", window)
        for known in table.names_longest_first:
            if bare.endswith(known):
                at, left = len(window), len(known)  # where the name starts in the window
                while left and at:
                    at -= 1
                    left -= window[at] not in " \u3000"
                before = window[at - 1] if at else ""
                if not window.endswith(known) and not (before and _NAME_CHARS.match(before)):
                    return known, table.by_name[known]
                break
    for known in table.names_longest_first:
        if window.endswith(known):
            before = window[-len(known) - 1] if len(window) > len(known) else ""
            if before and _NAME_CHARS.match(before):
                if _term_glued(window[: -len(known)], terms):
                    return known, table.by_name[known]
                break  # a longer compound ending with a known name: unknown law
            return known, table.by_name[known]
    m = _NAME_CHARS.search(window)
    if m is None or not m.group(0).endswith(("法", "法律", "令")):
        return "", None
    start = paren - len(m.group(0))
    if start > 0 and joined[start - 1] not in _BOUNDARY + "はがをにとでもび":
        return "", None
    return m.group(0), None


_CIRCLED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
"""Item numbers in brackets as one character (「⑵　個人識別符号　…」): a 号 opens after them."""


def _term_glued(before: str, terms: frozenset[str]) -> bool:
    """True when ``before`` ends with a defined term that opens its unit (after a 号's number
    and its space, or a line's start)."""
    for term in terms:
        if term and before.endswith(term):
            head = before[: -len(term)].rstrip(" \u3000")
            if not head or head[-1] in "\n)）" + _CIRCLED or (
                    head != before[: -len(term)] and head[-1] in "0123456789一二三四五六七八九十"):
                return True
    return False


def _citations(joined: str, table: StatuteTable, terms: frozenset[str] = frozenset()) -> list[_Cited]:
    out: list[_Cited] = []
    for m in _NUMBER.finditer(joined):
        name, statute = _name_before(joined, m.start(), table, terms)
        if not name:
            continue
        year = 1 if m["year"] == "元" else kanji_to_int(m["year"])
        num = kanji_to_int(m["num"])
        if year is None or num is None:
            continue
        kanji = not any(ch.isdigit() for ch in m["num"])
        era = m["era"].replace(" ", "").replace("\u3000", "")  # 「平 成」: a copy's stray space
        out.append(_Cited(name, statute, (era, year, m["kind"], num), kanji, m.start() + 1, m.end()))
    return out


@register("cite.law_number_wrong", title_ja="法令番号の誤り", title_en="Wrong law numbers")
@primed
def check_law_number_wrong(ctx: CheckContext) -> list[Finding]:
    """[O1] A known statute cited with a number that is not its own."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    table = statute_table()
    out: list[Finding] = []
    seen: set[tuple[str, tuple[str, int, str, int]]] = set()
    terms = frozenset(t.term for t in ordinance.terms)
    for cite in _citations(index.joined, table, terms):
        statute = cite.statute
        if statute is None or cite.number == statute.number:
            continue
        key = (statute.name, cite.number)
        span = index.span(cite.j_start, cite.j_end)
        if key in seen:
            continue  # the same wrong number again: the first finding stands for all
        seen.add(key)
        written = span.slice(ordinance.text).replace("\n", "")
        correct = format_number(statute.number, kanji=cite.kanji)
        other = table.by_number.get(cite.number)
        if cite.number in statute.former:
            if index.joined.endswith(_FORMER_MARKS, 0, cite.j_start - 1 - len(cite.name)):
                continue  # 改正前の行政不服審査法（昭和37年法律第160号）: the former Act, said so
            code, severity = NUMBER_FORMER, "warning"
        elif other is not None and other is not statute:
            code, severity = NUMBER_OF_OTHER, "error"
        else:
            code, severity = NUMBER_WRONG, "error"
        out.append(ctx.finding(
            rule="cite.law_number_wrong", requirement="O6", span=span, code=code, severity=severity,
            params={"name": cite.name, "written": written, "correct": correct,
                    "other": other.name if other is not None else ""},
            statute=f"{statute.name}（{format_number(statute.number)}）",
            suggestion=correct,
            id_extra=(statute.name,),
        ))
    return out


@register("cite.law_number_shared", title_ja="複数の法律に付された同一の法令番号",
          title_en="One law number given to two laws")
@primed
def check_law_number_shared(ctx: CheckContext) -> list[Finding]:
    """[O1] A name outside the table given a number of the table, or one number given to two names."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    table = statute_table()
    out: list[Finding] = []
    first_by_number: dict[tuple[str, int, str, int], _Cited] = {}
    reported: set[tuple[str, tuple[str, int, str, int]]] = set()
    for cite in _citations(index.joined, table, frozenset(t.term for t in ordinance.terms)):
        first = first_by_number.setdefault(cite.number, cite)
        if cite.statute is not None:
            continue  # a known name: cite.law_number_wrong judges it
        key = (cite.name, cite.number)
        if key in reported:
            continue
        owner = table.by_number.get(cite.number)
        span = index.span(cite.j_start, cite.j_end)
        written = span.slice(ordinance.text).replace("\n", "")
        if owner is not None:
            reported.add(key)
            out.append(ctx.finding(
                rule="cite.law_number_shared", requirement="O6", span=span, code=NUMBER_SHARED, severity="warning",
                params={"name": cite.name, "written": written, "other": owner.name}, suggestion="",
                id_extra=(cite.name,),
            ))
        elif first is not cite and first.name != cite.name:
            reported.add(key)
            where = node_label(ordinance, index.span(first.j_start, first.j_end).start)
            out.append(ctx.finding(
                rule="cite.law_number_shared", requirement="O6", span=span, code=NUMBER_TWICE, severity="warning",
                params={"name": cite.name, "written": written, "first": first.name, "first_where": where},
                evidence=(ctx.location(index.span(first.j_start, first.j_end)),), suggestion="",
                id_extra=(cite.name, first.name),
            ))
    return out


__all__ = ["StatuteTable", "format_number", "law_number_example", "parse_table", "statute_table"]
