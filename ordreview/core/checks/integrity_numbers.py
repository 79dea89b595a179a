"""Drafting integrity: numbering of 条・項・号 and the 目次 [O5].

Rules:

- ``num.article`` / ``num.paragraph`` / ``num.item`` [O5, error]: gaps, duplicates and
  out-of-order numbers of 条 (branch numbers included: 第35条の3 without 第35条の2 is a gap;
  削除 articles count as present; an excerpt may start at any article), 項 and 号 /
  ア・イ・ウ / イ・ロ・ハ at every depth. Lines the parser folded into the unit before
  (a 「4」 after 「2」, an 「エ」 after 「イ」) are read back from the text.
- ``toc.mismatch`` [O5, error]: the 目次 disagrees with the body (a division named otherwise,
  an entry with no division,
  a division with no entry, an article range that is not the division's). It is filed under
  O5 because a stale 目次 is a numbering defect left behind by insertions and renumbering,
  the situation O5 targets; O2 covers references in the provisions themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import (
    NUM,
    index_for,
    item_marker_span,
    line_span,
    num_key,
    num_label,
    paragraph_number_span,
    primed,
    to_int,
)
from ordreview.core.checks.registry import register
from ordreview.core.labels import article_name
from ordreview.core.messages import define
from ordreview.core.model import Article, Division, Finding, Item, Ordinance, Paragraph, Span
from ordreview.core.text import fold

NUM_GAP = define(
    "check.integrity.num_gap",
    ja="{parent}{prev}の次が{label}となっており、{missing}が欠けている。番号を改められたい。",
    en="{parent}{label} follows {parent}{prev}: {missing} is missing.",
)
NUM_START = define(
    "check.integrity.num_start",
    ja="{parent}{label}から始まっており、{missing}が欠けている。番号を改められたい。",
    en="{parent} starts at {label}: {missing} is missing.",
)
NUM_DUPLICATE = define(
    "check.integrity.num_duplicate",
    ja="{parent}{label}が重複している。番号を改められたい。",
    en="{parent}{label} appears twice.",
)
NUM_ORDER = define(
    "check.integrity.num_order",
    ja="{parent}{label}が{prev}の後に置かれている（番号の順序が逆である。）。順序を改められたい。",
    en="{parent}{label} is placed after {parent}{prev} (numbers out of order).",
)
TOC_NO_DIVISION = define(
    "check.integrity.toc_no_division",
    ja="目次の「{entry}」に当たる{title}が本文にない。目次又は本文を改められたい。",
    en="The table of contents lists 「{entry}」, but there is no {title} in the body.",
)
TOC_NOT_LISTED = define(
    "check.integrity.toc_not_listed",
    ja="本文の「{heading}」が目次にない。目次に加えられたい。",
    en="The heading 「{heading}」 is missing from the table of contents.",
)
TOC_NAME = define(
    "check.integrity.toc_name",
    ja="目次の「{entry}」の名称が本文の見出し「{heading}」と一致しない。いずれかに合わせられたい。",
    en="The name in the table of contents entry 「{entry}」 differs from the heading 「{heading}」 in the body.",
)
TOC_RANGE = define(
    "check.integrity.toc_range",
    ja="目次の「{entry}」の条の範囲（{toc_range}）が本文（{body_range}）と一致しない。本文に合わせて改められたい。",
    en="The article range of 「{entry}」 in the table of contents ({toc_range}) differs from the body ({body_range}).",
)

_MAX_LISTED = 8
_BRANCH = re.compile(rf"の({NUM})")


# --------------------------------------------------------------------------- [O5] numbering


def _successors(prev: tuple[int, ...]) -> set[tuple[int, ...]]:
    out = {prev[: k - 1] + (prev[k - 1] + 1,) for k in range(1, len(prev) + 1)}
    out.add(prev + (2,))
    return out


def _missing_between(prev: tuple[int, ...], nxt: tuple[int, ...]) -> list[tuple[int, ...]]:
    """The numbers that should sit between ``prev`` and ``nxt`` (``nxt`` follows ``prev``)."""
    i = 0
    while i < min(len(prev), len(nxt)) and prev[i] == nxt[i]:
        i += 1
    if i == len(nxt):
        return []
    start = prev[i] + 1 if i < len(prev) else 2
    # (only the first _MAX_LISTED are shown: a 第99999999999条 must not enumerate them all)
    limit = _MAX_LISTED + 1
    out = [nxt[:i] + (v,) for v in range(start, min(nxt[i], start + limit))]
    for j in range(i + 1, len(nxt)):
        if len(out) >= limit:
            break
        out.append(nxt[:j])
        out.extend(nxt[:j] + (v,) for v in range(2, min(nxt[j], 2 + limit)))
    return out[:limit]


def _next(key: tuple[int, ...]) -> tuple[int, ...]:
    """The number after ``key`` at its own level (第10条 → 第11条, 第3条の2 → 第3条の3)."""
    return key[:-1] + (key[-1] + 1,)


def sequence_problems(
    keys: list[tuple[tuple[int, ...], tuple[int, ...]]],
    *,
    any_start: bool = False,
) -> list[tuple[int, str, tuple[int, ...] | None, list[tuple[int, ...]]]]:
    """Numbering defects of one sequence.

    Args:
        keys: per entry, ``(first, last)`` number keys; they differ only for a range deleted
            together (第3条から第5条まで削除).
        any_start: accept any first number (an excerpt of an ordinance may start at 第5条);
            otherwise the first entry is expected to be 1.

    Returns:
        ``(index, kind, previous key, missing keys)`` per defective entry, ``kind`` being
        ``"gap"``, ``"duplicate"`` or ``"order"``.
    """
    out: list[tuple[int, str, tuple[int, ...] | None, list[tuple[int, ...]]]] = []
    prev: tuple[int, ...] = (0,)
    seen: set[tuple[int, ...]] = set()
    ranges: list[tuple[int, int]] = []  # articles deleted together (第3条から第5条まで)
    repeated: tuple[int, ...] | None = None  # the number the entry before repeated
    for index, (first, last) in enumerate(keys):
        before_repeated, repeated = repeated, None
        if index == 0 and any_start:
            pass
        elif first in seen or (len(first) == 1 and any(a <= first[0] <= b for a, b in ranges)):
            out.append((index, "duplicate", prev, []))
            repeated = first
        elif first == _next(prev) or first in _successors(prev):
            pass  # (the next number at the same level, the usual case, needs no set of successors)
        elif first < prev:
            out.append((index, "order", prev, []))
        elif before_repeated is not None and _missing_between(prev, first) == [_next(before_repeated)]:
            # 第10条, 第10条, 第12条: the second 第10条 is the 第11条 misnumbered, one slip reported once (the
            # duplicate); the gap it leaves is the same defect
            pass
        else:
            out.append((index, "gap", prev, _missing_between(prev, first)))
        seen.add(first)
        if len(first) == 1 and len(last) == 1 and last[0] > first[0]:
            ranges.append((first[0], last[0]))
        # after a duplicate or a step back, keep counting from the highest number seen
        prev = max(prev, last)
    return out


def _num_code(kind: str, prev: tuple[int, ...] | None) -> str:
    if kind == "gap" and prev == (0,):
        return NUM_START
    return {"gap": NUM_GAP, "duplicate": NUM_DUPLICATE, "order": NUM_ORDER}[kind]


def _article_keys(article: Article) -> tuple[tuple[int, ...], tuple[int, ...]]:
    head, _, tail = article.num.partition(":")
    return num_key(head), num_key(tail) if tail else num_key(head)


def _join(labels: Iterable[str]) -> str:
    labels = list(labels)
    if len(labels) > _MAX_LISTED:
        labels = labels[:_MAX_LISTED] + ["…"]
    return "、".join(labels)


def _key_label(key: tuple[int, ...], unit: str) -> str:
    return num_label("_".join(map(str, key)), unit)


@register("num.article", title_ja="条番号の欠番・重複", title_en="Gaps and duplicates in article numbers")
@primed
def check_article_numbers(ctx: CheckContext) -> list[Finding]:
    """[O5] 条 numbering of the main provisions and of each 附則, branch numbers included."""
    ordinance = ctx.ordinance
    titles = index_for(ordinance).title_spans
    groups: list[tuple[str, tuple[Article, ...]]] = [("", ordinance.articles)]
    groups.extend(("附則", s.articles) for s in ordinance.suppl_provisions)
    out: list[Finding] = []
    for parent, articles in groups:
        keys = [_article_keys(a) for a in articles]
        # a draft may be an excerpt (改正部分のみ) starting at any article
        for index, kind, prev, missing in sequence_problems(keys, any_start=True):
            article = articles[index]
            prev_label = _key_label(prev, "条") if prev and prev != (0,) else "冒頭"
            params = {
                "parent": parent, "label": article_name(article), "prev": prev_label,
                "missing": _join(_key_label(k, "条") for k in missing),
            }
            code = _num_code(kind, prev)
            out.append(ctx.finding(
                rule="num.article", requirement="O5", span=titles[id(article)], code=code,
                severity="error", params=params, id_extra=(parent, prev_label),
            ))
    return out


@register("num.paragraph", title_ja="項番号の欠番・重複", title_en="Gaps and duplicates in paragraph numbers")
@primed
def check_paragraph_numbers(ctx: CheckContext) -> list[Finding]:
    """[O5] Printed 項 numbers run 2, 3, 4 … after the unnumbered first paragraph.

    The parser opens a paragraph only for the next number in sequence and folds any other
    numbered line into the paragraph before; such lines are read back here so that a gap
    (2, 4) or a duplicate (4, 4) is still seen.
    """
    ordinance = ctx.ordinance
    text = ordinance.text
    out: list[Finding] = []
    parents: list[tuple[str, tuple[Paragraph, ...]]] = []
    for article in index_for(ordinance).articles:
        parents.append((("附則" if article.in_suppl else "") + article_name(article), article.paragraphs))
    parents.extend(("附則", s.paragraphs) for s in ordinance.suppl_provisions if s.paragraphs)
    for parent, paragraphs in parents:
        entries: list[tuple[int, Span]] = []
        starts: set[int] = set()
        for position, para in enumerate(paragraphs):
            number = paragraph_number_span(text, para)
            value = to_int(para.printed_num) if para.printed_num else (1 if position == 0 else None)
            if value is None:
                continue
            span = number or line_span(text, para.span.start)
            entries.append((value, span))
            starts.add(span.start)
        if paragraphs:
            region = Span(paragraphs[0].span.start, paragraphs[-1].span.end)
            entries += _orphan_numbers(text, region, starts | _all_item_starts(text, tuple(
                i for p in paragraphs for i in p.items)))
        entries.sort(key=lambda e: e[1].start)
        keys = [((v,), (v,)) for v, _ in entries]
        for index, kind, prev, missing in sequence_problems(keys):
            value, span = entries[index]
            prev_label = f"第{prev[0]}項" if prev and prev != (0,) else "冒頭"
            code = _num_code(kind, prev)
            out.append(ctx.finding(
                rule="num.paragraph", requirement="O5", span=span, code=code, severity="error",
                params={"parent": parent, "label": f"第{value}項", "prev": prev_label,
                        "missing": _join(f"第{k[0]}項" for k in missing)},
                id_extra=(parent, prev_label),
            ))
    return out


_PARA_LINE = re.compile(r"([0-9０-９]+)[ \u3000]")


def numbers_folded_in(text: str, paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """The 項 numbers printed on lines the parser folded into the paragraph before (a number out of
    sequence: 「3」 then 「5」): the draft numbers a paragraph so, and a reference to 第5項 cites it."""
    if not paragraphs:
        return set()
    starts = {s.start for p in paragraphs if (s := paragraph_number_span(text, p)) is not None}
    starts |= {line_span(text, p.span.start).start for p in paragraphs}
    starts |= _all_item_starts(text, tuple(i for p in paragraphs for i in p.items))
    region = Span(paragraphs[0].span.start, paragraphs[-1].span.end)
    return {value for value, _ in _orphan_numbers(text, region, starts)}


def _orphan_numbers(text: str, region: Span, starts: set[int]) -> list[tuple[int, Span]]:
    """Lines in ``region`` that open with a paragraph number (no indent) but are not paragraphs."""
    out: list[tuple[int, Span]] = []
    pos = text.find("\n", region.start, region.end)
    while 0 <= pos < region.end:
        line = pos + 1
        m = _PARA_LINE.match(text, line, region.end)
        if m and line not in starts:
            value = to_int(m.group(1))
            if value is not None and value >= 2:
                out.append((value, Span(m.start(1), m.end(1))))
        pos = text.find("\n", line, region.end)
    return out


# item markers ------------------------------------------------------------------

_GOJUON = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_IROHA_ONLY = set("ロハニホヘトチリヌルヲ") - set("アイウエオ")
_ENCLOSED = {chr(0x2474 + i): i + 1 for i in range(20)}  # ⑴..⒇
_ENCLOSED.update({chr(0x2460 + i): i + 1 for i in range(20)})  # ①..⑳
_MARKER = re.compile(r"^[\(\[（〔]?(?P<core>[0-9]+|[〇一二三四五六七八九十百]+|[\u30a1-\u30fa])[\)\]）〕]?(?P<br>(?:の[0-9一二三四五六七八九十]+)*)$")


@lru_cache(maxsize=4096)
def _marker_parts(title: str) -> tuple[str, str, tuple[int, ...]] | None:
    """``(scheme, core, branches)`` of an item marker; scheme is arabic, kanji or kana. Spaces
    inside the marker (「( 一 )」, a PDF extraction's) are no part of it."""
    folded = re.sub(r"\s+", "", fold(title))
    if folded and folded[0] in _ENCLOSED:
        rest = folded[1:]
        if rest and not re.fullmatch(r"(?:の[0-9一二三四五六七八九十]+)*", rest):
            return None
        return "arabic", str(_ENCLOSED[folded[0]]), tuple(to_int(b) or 0 for b in _BRANCH.findall(rest))
    m = _MARKER.match(folded)
    if not m:
        return None
    core = m["core"]
    branches = tuple(to_int(b) or 0 for b in _BRANCH.findall(m["br"] or ""))
    if core.isdigit():
        return "arabic", core, branches
    if core[0] in "〇一二三四五六七八九十百":
        return "kanji", core, branches
    return "kana", core, branches


def _alphabet(titles: list[str], iroha: bool = False) -> str:
    """イロハ order if any marker is a letter only that order uses early, else アイウ order.

    A list of one 「イ」 says nothing by itself (the first letter of イロハ, the second of
    アイウ): with ``iroha`` (the draft's other lists run イ・ロ・ハ) it is read in イロハ order."""
    parts = [_marker_parts(t) for t in titles]
    kana = [p[1] for p in parts if p and p[0] == "kana"]
    if any(k in _IROHA_ONLY for k in kana) or (iroha and kana and kana[0] == _IROHA[0]):
        return _IROHA
    return _GOJUON


def _item_keys(titles: list[str], iroha: bool = False) -> list[tuple[int, ...]] | None:
    """Ordinal keys of a list of item markers; ``None`` if one is unreadable."""
    parts = [_marker_parts(t) for t in titles]
    if any(p is None for p in parts):
        return None
    alphabet = _alphabet(titles, iroha)
    keys: list[tuple[int, ...]] = []
    for p in parts:
        assert p is not None
        scheme, core, branches = p
        if scheme == "kana":
            if core not in alphabet:
                return None
            ordinal = alphabet.index(core) + 1
        else:
            ordinal = to_int(core) or 0
        keys.append((ordinal, *branches))
    return keys


def _item_label(key: tuple[int, ...], titles: list[str], iroha: bool = False) -> str:
    """``第3号`` for numbered items, the letter (``ウ``) for kana-marked ones."""
    parts = _marker_parts(titles[0])
    tail = "".join(f"の{b}" for b in key[1:])
    if parts and parts[0] == "kana":
        alphabet = _alphabet(titles, iroha)
        head = alphabet[key[0] - 1] if 0 < key[0] <= len(alphabet) else str(key[0])
        return head + tail
    return f"第{key[0]}号{tail}"


@lru_cache(maxsize=4096)
def _shape(title: str) -> str | None:
    """A marker with its number blanked: ``(1)`` and ``(12)`` share ``"arabic:(#)"``."""
    parts = _marker_parts(title)
    if parts is None:
        return None
    folded = fold(title).strip()
    return f"{parts[0]}:{folded.replace(parts[1], '#', 1).split('の')[0]}"


_LINE_MARKER = re.compile(r"[ \u3000\xa0]*(\S{1,6}?)(?:[ \u3000\xa0]|$)")
"""A marker at a line's start, then a space (a web copy's no-break space too) or the line's end
(a copy that set each 号 number on a line of its own, its text on the next)."""


def _orphans(text: str, titles: list[str] | None, starts: set[int], region: Span) -> list[tuple[str, Span]]:
    """Lines in ``region`` that open with a marker of the list's shape but were not parsed as items.

    The parser folds a line such as 「エ　…」 after 「イ」 (or a list that starts at 「(2)」)
    into the text before when the sequence breaks; the numbering check must still see it.
    ``titles=None`` accepts a marker of any shape.
    """
    shapes = {_shape(t) for t in titles} if titles is not None else None
    out: list[tuple[str, Span]] = []
    pos = region.start
    while pos < region.end:
        nl = text.find("\n", pos, region.end)
        line_end = region.end if nl < 0 else nl
        m = _LINE_MARKER.match(text, pos, line_end)
        shape = _shape(m.group(1)) if m else None
        if shapes is None and shape == "arabic:#":
            shape = None  # a bare number opens a paragraph, not an item
        if m and m.start(1) not in starts and shape is not None and (shapes is None or shape in shapes):
            out.append((m.group(1), Span(m.start(1), m.end(1))))
        pos = line_end + 1
    return out


def _item_lists(
    parent: str, items: tuple[Item, ...], region: Span
) -> Iterable[tuple[str, tuple[Item, ...], Span]]:
    if items:
        yield parent, items, Span(items[0].span.start, region.end)
    for item in items:
        # 第19条第2号 for a 号, then the printed markers as statutes cite them: 第2号イ(ア)
        label = num_label(item.num, "号") if "号" not in parent else fold(item.title).strip()
        yield from _item_lists(f"{parent}{label}", item.items, item.span)


def _all_item_starts(text: str, items: tuple[Item, ...]) -> set[int]:
    out: set[int] = set()
    for item in items:
        out.add(item_marker_span(text, item).start)
        out.update(_all_item_starts(text, item.items))
    return out


def _item_marks(text: str, items: tuple[Item, ...], out: dict[int, Span] | None = None) -> dict[int, Span]:
    """``id(item)`` → the span of its printed marker, for ``items`` and their sub-items at every depth."""
    out = {} if out is None else out
    for item in items:
        out[id(item)] = item_marker_span(text, item)
        _item_marks(text, item.items, out)
    return out


@register("num.item", title_ja="号・細分の番号の欠落・重複", title_en="Gaps and duplicates in item numbers")
@primed
def check_item_numbers(ctx: CheckContext) -> list[Finding]:
    """[O5] 号 ((1)(2)…, 一二…) and sub-items (ア イ ウ…, イ ロ ハ…) run without gaps."""
    ordinance = ctx.ordinance
    text = ordinance.text
    out: list[Finding] = []
    iroha = _draft_uses_iroha(ordinance)
    for article in index_for(ordinance).articles:
        head = ("附則" if article.in_suppl else "") + article_name(article)
        for para in article.paragraphs:
            parent = head + (f"第{para.num}項" if len(article.paragraphs) > 1 else "")
            if not para.items:
                # a list the parser did not open (it starts past 1): read its marker lines
                # (the paragraph's span stops before trailing blanks, its first line does not)
                body = Span(min(line_span(text, para.span.start).end, para.span.end), para.span.end)
                groups: dict[str | None, list[tuple[str, Span]]] = {}
                for title, span in _orphans(text, None, set(), body):
                    groups.setdefault(_shape(title), []).append((title, span))
                for entries in groups.values():
                    out.extend(_item_findings(ctx, parent, entries, iroha))
                continue
            marks = _item_marks(text, para.items)  # (each marker found once, for both uses)
            starts = {span.start for span in marks.values()}
            for label, items, region in _item_lists(parent, para.items, para.span):
                entries = [(i.title, marks[id(i)]) for i in items]
                entries += _orphans(text, [i.title for i in items], starts, region)
                out.extend(_item_findings(ctx, label, entries, iroha))
    return out


def _draft_uses_iroha(ordinance: Ordinance) -> bool:
    """True if some list of the draft's items runs in イロハ order (a letter only it uses early)."""
    def walk(items: tuple[Item, ...]) -> bool:
        return any(_alphabet([i.title]) == _IROHA or walk(i.items) for i in items)

    return any(walk(p.items) for a in index_for(ordinance).articles for p in a.paragraphs)


def _item_findings(ctx: CheckContext, label: str, entries: list[tuple[str, Span]],
                   iroha: bool = False) -> list[Finding]:
    """Numbering findings for one list of ``(marker, span)`` entries under ``label``."""
    entries = sorted(entries, key=lambda e: e[1].start)
    titles = [t for t, _ in entries]
    keys = _item_keys(titles, iroha)
    if keys is None:
        return []
    out: list[Finding] = []
    for index, kind, prev, missing in sequence_problems([(k, k) for k in keys]):
        title, span = entries[index]
        prev_label = _item_label(prev, titles, iroha) if prev and prev != (0,) else "冒頭"
        out.append(ctx.finding(
            rule="num.item", requirement="O5", span=span, code=_num_code(kind, prev), severity="error",
            params={"parent": label, "label": f"「{title}」", "prev": prev_label,
                    "missing": _join(_item_label(k, titles, iroha) for k in missing)},
            id_extra=(label, prev_label),
        ))
    return out


# --------------------------------------------------------------------------- 目次 [O5]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def _toc_name(entry: str, title: str) -> str:
    """The name a 目次 line gives its division: the text after the number, without the
    article range in brackets (squashed); empty when the line has none."""
    squashed = _squash(entry).lstrip("―－—‐-")  # the range dash a copy set on the line above the entry
    head = _squash(title)
    if not squashed.startswith(head):
        return ""
    name = squashed[len(head):]
    return re.sub(r"\((?:自)?第[^()]*\)?$", "", name)  # (…) may have lost its end to a wrapped line


class _DivisionArticles:
    """Articles of a division and of the divisions nested in it, in document order.

    Divisions and articles are sorted by start once; each call then costs the size of the
    division's own content, not the size of the ordinance (a 目次 of thousands of entries).
    """

    def __init__(self, ordinance: Ordinance) -> None:
        self.arts = ordinance.articles
        self.art_starts = [a.span.start for a in self.arts]
        self.arts_sorted = all(a <= b for a, b in zip(self.art_starts, self.art_starts[1:]))
        self.divs = sorted(ordinance.divisions, key=lambda d: d.span.start)
        self.div_starts = [d.span.start for d in self.divs]
        self.where: dict[str, list[int]] = {}
        for i, a in enumerate(self.arts):
            self.where.setdefault(a.num, []).append(i)

    def __call__(self, division: Division) -> list[str]:
        lo, hi = division.span.start, division.span.end
        nums = set(division.articles)
        for d in self.divs[bisect_left(self.div_starts, lo) : bisect_right(self.div_starts, hi)]:
            if d.span.end <= hi:
                nums.update(d.articles)
        if self.arts_sorted:
            first, last = bisect_left(self.art_starts, lo), bisect_left(self.art_starts, hi)
            nums.update(a.num for a in self.arts[first:last])
        else:
            nums.update(a.num for a in self.arts if lo <= a.span.start < hi)
        return [self.arts[i].num for i in sorted(i for n in nums for i in self.where.get(n, ()))]


def _range_label(first: str | None, last: str | None) -> str:
    if first is None:
        return "なし"
    head = num_label(first, "条")
    if last is None or last == first:
        return head
    return f"{head}―{num_label(last, '条')}"


@register("toc.mismatch", title_ja="目次と本文の不一致", title_en="Table of contents disagrees with the body")
@primed
def check_toc(ctx: CheckContext) -> list[Finding]:
    """[O5] Every 目次 entry has its division with the same article range, and vice versa."""
    ordinance = ctx.ordinance
    if not ordinance.toc:
        return []
    text = ordinance.text
    out: list[Finding] = []
    matched: set[str] = set()
    chapter_key: str | None = None
    toc_kinds: set[str] = set()
    division_articles = _DivisionArticles(ordinance)
    by_suffix: dict[str, list[Division]] = {}  # every 第…-suffix of a squashed heading → divisions
    for d in ordinance.divisions:
        squashed = _squash(d.title)
        for k in {k for k in range(len(squashed)) if squashed.startswith("第", k)} | {0}:
            by_suffix.setdefault(squashed[k:], []).append(d)
    for entry in ordinance.toc:
        title = _squash(entry.division_title)
        kind_match = re.search(r"(章|節|款|目)", re.sub(r"の[0-9]+$", "", title))
        if not title.startswith("第") or kind_match is None:
            continue  # 附則, 別表 and the like
        kind = title[kind_match.start()]
        toc_kinds.add(kind)
        candidates = [d for d in by_suffix.get(title, ()) if d.kind == kind and d.key not in matched]
        if kind != "章":
            candidates = [d for d in candidates if d.parent == chapter_key] or candidates
        division = candidates[0] if candidates else None
        if division is None:
            out.append(ctx.finding(
                rule="toc.mismatch", requirement="O5", span=entry.span, code=TOC_NO_DIVISION, severity="error",
                params={"entry": entry.text.strip(), "title": entry.division_title},
            ))
            continue
        matched.add(division.key)
        if kind == "章":
            chapter_key = division.key
        name = _toc_name(entry.text, entry.division_title)
        if name and division.caption and name != _squash(division.caption):
            heading = line_span(text, division.span.start)
            out.append(ctx.finding(
                rule="toc.mismatch", requirement="O5", span=entry.span, code=TOC_NAME, severity="error",
                params={"entry": entry.text.strip(), "heading": heading.slice(text).strip()},
                evidence=(ctx.location(heading),), id_extra=("name",),
            ))
        if entry.first is None:
            continue
        body = division_articles(division)
        body_first, body_last = (body[0], body[-1]) if body else (None, None)
        if body_last is not None and ":" in body_last:
            body_last = type(body_last)(body_last.split(":", 1)[1])  # 第20条から第22条まで削除 ends at 22
        toc_last = entry.last or entry.first
        if (num_key(entry.first), num_key(toc_last)) != (
            (num_key(body_first), num_key(body_last)) if body_first and body_last else ((), ())
        ):
            out.append(ctx.finding(
                rule="toc.mismatch", requirement="O5", span=entry.span, code=TOC_RANGE, severity="error",
                params={"entry": entry.text.strip(), "toc_range": _range_label(entry.first, entry.last),
                        "body_range": _range_label(body_first, body_last)},
            ))
    for division in ordinance.divisions:
        if division.kind not in toc_kinds or division.key in matched:
            continue
        heading = line_span(text, division.span.start)
        out.append(ctx.finding(
            rule="toc.mismatch", requirement="O5", span=heading, code=TOC_NOT_LISTED, severity="error",
            params={"heading": heading.slice(text).strip()},
        ))
    return out
