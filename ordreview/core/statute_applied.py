"""Runs of a statute's articles the draft applies as its own (準用する, 例による, 適用する).

A small body often does not write out the 非識別加工情報 mechanism: it takes in the statute's
第4章の2 with one sentence and reads its words over.

- 「法第44条の2第2項、第44条の3から第44条の12まで及び第44条の14から第44条の16までの規定は、
  組合非識別加工情報の作成及び提供について準用する。この場合において、これらの規定中「行政機関の
  長」とあるのは「実施機関」と、…「政令」とあり、及び「総務省令」とあるのは「管理者が定める規則」と
  読み替えるものとする。」
- 「行政機関個人情報保護法第二条第九項及び第十項並びに第四章の二（第四十四条の二から第四十四条の
  十六まで）の規定は、…について準用する。この場合において、次の表の上欄に掲げる…」 with a 読替え
  table (:mod:`ordreview.core.reading_tables`);
- 「…については、行政機関個人情報保護法第4章の2の規定の例による。」, or 「…の作成及び提供等について
  は、法第四十四条の三から第四十四条の十六までの規定を準用する。」 (the subject first);

Every article inside such a run is part of the ordinance as read over: an element of a
requirement whose statute provision (the profile's ``cites:`` alternative, see
:mod:`ordreview.core.statute_cites`) lies in the run is there, at the applying sentence. A run
that covers most of the statute's mechanism chapter introduces the mechanism (C0).

A 読替え that changes what an element asks for is still checked: the fee of 第44条の13 is fixed
by 政令 in the statute, and a reading 「政令」→「規則」 applied to it leaves the amount to a 規則,
which the fee rule reports (:func:`fee_readings`).

A chapter cited by number without its article range (「第4章の2の規定」) is resolved through
``resources/data/statute_chapters.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ordreview import paths
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Span
from ordreview.core.reading_tables import reading_table_spans
from ordreview.core.statute_cites import _arabic, law_names
from ordreview.core.text import sentence_end

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

STATUTE = "行政機関の保有する個人情報の保護に関する法律"
"""The statute whose 非識別 chapter the 2016-regime drafts take in."""

MECHANISM_FIRST = (44, 2)
MECHANISM_LAST = (44, 16)
MIN_MECHANISM_SHARE = 0.6
"""Share of the statute's 第44条の2〜第44条の16 a run must cover to introduce the mechanism."""

FEE_ARTICLE = (44, 13)
"""第44条の13: the fee for a contract on 行政機関非識別加工情報, its amount set by 政令."""

_EXCLUDED_AFTER = lazy_compile(r"の規定(\([^()]*を除く。?\))")
"""The bracket setting articles aside written after 「の規定」 rather than after the citation."""
_EXCLUDED = lazy_compile(r"\(([^()]*)を除く。?\)")
"""A bracket setting articles aside from the citation before it: 「第4章の2（第44条の13を除く。）」."""
_APPLIES = lazy_compile(
    r"の規定(?:は、(?:[^。()]|\((?:[^()]|\([^()]*\))*\))*?(?:準用する|適用する)|の例による|を(?:準用|適用)(?:する|して))")
"""「法第44条の3から…までの規定は、…について準用する」, 「…については、法第44条の3から…までの規定を準用
する」, 「…の規定の例による」 (a bracket in the sentence may hold a 。: 「…（…を構成するものに限る。）の作成及び提供に
ついて準用する」; 「法第四章の二の規定を準用して、…作成し、及び提供することができる」)."""
_NUM = r"([0-9]+)"
_ARTICLE = rf"第{_NUM}条(?:の{_NUM})?(?:第{_NUM}項)?(?:第{_NUM}号)?"
_CHAPTER = rf"第{_NUM}章(?:の{_NUM})?"
_TOKEN = lazy_compile(rf"{_ARTICLE}|{_CHAPTER}|から|まで|[、,]|及び|並びに|\([^()]*\)")
_RANGE_IN_PAREN = lazy_compile(rf"\({_ARTICLE}から{_ARTICLE}まで\)")
_DELEGATING = lazy_compile(r"規則|[^「」]*が定める")

Key = tuple[int, int]


@dataclass(frozen=True, slots=True)
class AppliedRun:
    """One sentence applying a statute's articles: ``ranges`` of article keys (条, 枝番), inclusive."""

    law: str
    span: Span
    ranges: tuple[tuple[Key, Key], ...]
    paragraph: Span
    """The paragraph holding the sentence (its 読替え follow in it)."""

    def covers(self, key: Key) -> bool:
        return any(lo <= key <= hi for lo, hi in self.ranges)


@lru_cache(maxsize=1)
def _chapters() -> dict[str, dict[str, tuple[Key, Key]]]:
    with paths.resource("data", "statute_chapters.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    out: dict[str, dict[str, tuple[Key, Key]]] = {}
    for law in data.get("laws", ()):
        chapters = {}
        for ch in law.get("chapters", ()):
            lo, hi = (_key_of(p) for p in (ch["first"], ch["last"]))
            if lo is not None and hi is not None:
                chapters[ch["chapter"]] = (lo, hi)
        out[law["name"]] = chapters
    return out


@lru_cache(maxsize=1)
def _statute_terms() -> dict[str, dict[str, Key]]:
    """Per law, the words it defines inside a chapter a draft may take in, with the defining article."""
    with paths.resource("data", "statute_chapters.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    out: dict[str, dict[str, Key]] = {}
    for law in data.get("laws", ()):
        terms = {}
        for t in law.get("terms", ()):
            key = _key_of(t["article"])
            if key is not None:
                terms[t["term"]] = key
        out[law["name"]] = terms
    return out


def defined_by_applied_article(index: DraftIndex, term: str, law: str = STATUTE) -> bool:
    """True if ``term`` is defined by an article of ``law`` that the draft takes in (準用する,
    例による): 削除情報 of 第44条の2, read in a draft applying 「法第4章の2」, is the statute's word."""
    key = _statute_terms().get(law, {}).get(term)
    return key is not None and any(run.covers(key) for run in applied_runs(index, law))


def _key_of(provision: str) -> Key | None:
    m = re.match(rf"第{_NUM}条(?:の{_NUM})?", _arabic(provision))
    return (int(m.group(1)), int(m.group(2) or 0)) if m else None


def key_of(provision: str) -> Key | None:
    """(条, 枝番) of a provision label (「第44条の13第1項」 → (44, 13)); ``None`` if it names no article."""
    return _key_of(provision)


def _law_at(text: str, end: int, names: frozenset[str]) -> bool:
    """True if one of ``names`` ends at ``end`` in ``text`` (optionally followed by its number in
    parentheses, skipped by the caller) as a word of its own."""
    for name in sorted(names, key=len, reverse=True):
        start = end - len(name)
        if start >= 0 and text[start:end] == name:
            before = text[start - 1] if start else ""
            # 「法」 alone must not be the tail of another law's name (情報公開法第5条)
            if len(name) > 2 or not before or not re.match(r"[\u4e00-\u9fff\u30a0-\u30ffー]", before):
                return True
    return False


def _parse_ranges(listing: str, law: str) -> list[tuple[Key, Key]]:
    """The article ranges a citation list names (「第44条の2第2項、第44条の3から第44条の12まで」)."""
    chapters = _chapters().get(law, {})
    out: list[tuple[Key, Key]] = []
    pending: Key | None = None
    last: Key | None = None
    for m in _TOKEN.finditer(listing):
        tok = m.group(0)
        if tok.startswith("("):
            excluded = _EXCLUDED.fullmatch(tok)
            if excluded is not None and out:
                # the articles set aside leave the citation just before the bracket
                # (a paragraph or item set aside leaves the rest of its article applied)
                whole = re.sub(rf"{_ARTICLE}", lambda a: a.group(0) if a.group(3) is None and a.group(4) is None else "",
                               excluded.group(1))
                out[-1:] = _without(out[-1], _parse_ranges(whole, law))
                continue
            inner = _RANGE_IN_PAREN.fullmatch(tok)
            # the range in the bracket is what the draft applies, even where it leaves out an article of
            # the chapter it names (「第4章の2（第44条の2から第44条の15まで）」 stops before 第44条の16)
            if inner is not None and out:
                lo = (int(inner.group(1)), int(inner.group(2) or 0))
                hi = (int(inner.group(5)), int(inner.group(6) or 0))
                out[-1] = (lo, hi)
            continue
        if tok == "から":
            pending = last
            continue
        if tok in ("まで", "、", ",", "及び", "並びに"):
            continue
        if "章" in tok:
            cm = re.fullmatch(_CHAPTER, tok)
            label = f"第{cm.group(1)}章" + (f"の{cm.group(2)}" if cm.group(2) else "") if cm else tok
            out.append(chapters.get(label, ((-1, -1), (-1, -1))))
            last = None
            continue
        am = re.fullmatch(_ARTICLE, tok)
        if am is None:
            continue
        key = (int(am.group(1)), int(am.group(2) or 0))
        if pending is not None:
            out.append((pending, key))
            if out[-2:-1] and out[-2] == (pending, pending):
                del out[-2]
            pending = None
        else:
            out.append((key, key))
        last = key
    return [r for r in out if r[0] != (-1, -1)]


class _Sentence:
    """One sentence of a paragraph: ``group(0)``, ``start()`` and ``end()`` as a regex match."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self, _n: int = 0) -> str:
        return self._text[self._start : self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _sentences(text: str) -> list[_Sentence]:
    """The sentences of ``text`` (a 。 inside brackets ends none, see :func:`sentence_end`)."""
    out: list[_Sentence] = []
    start = 0
    while (end := sentence_end(text, start)) >= 0:
        out.append(_Sentence(text, start, end + 1))
        start = end + 1
    if text[start:].strip():
        out.append(_Sentence(text, start, len(text)))
    return out


def _without(run: tuple[Key, Key], excluded: list[tuple[Key, Key]]) -> list[tuple[Key, Key]]:
    """``run`` less the articles of ``excluded`` (whole articles: 第44条の13 is (44, 13) to (44, 13))."""
    parts = [run]
    for lo_x, hi_x in excluded:
        kept: list[tuple[Key, Key]] = []
        for lo, hi in parts:
            if hi_x < lo or hi < lo_x:
                kept.append((lo, hi))
                continue
            if lo < lo_x:
                kept.append((lo, _before(lo_x)))
            if hi_x < hi:
                kept.append(((hi_x[0], hi_x[1] + 1), hi))
        parts = kept
    return parts


def _before(key: Key) -> Key:
    """The last key that sorts before ``key``'s article (第44条の13 → 第44条の12; 第45条 → 第44条の…)."""
    article, branch = key
    return (article, branch - 1) if branch > 0 else (article - 1, 10**6)


def applied_runs(index: DraftIndex, law: str = STATUTE) -> tuple[AppliedRun, ...]:
    """Every sentence of the draft that applies articles of ``law`` (computed once per draft)."""
    cache = index.__dict__.setdefault("_applied_runs", {})
    found = cache.get(law)
    if found is None:
        found = cache[law] = tuple(_applied_runs(index, law))
    return found


def _applied_runs(index: DraftIndex, law: str) -> list[AppliedRun]:
    names = law_names(index, law)
    folded = index.folded
    out: list[AppliedRun] = []
    for art in index.ordinance.articles:
        for para in art.paragraphs:
            text = folded[para.span.start : para.span.end]
            joined = text.replace("\n", "")
            if "の規定" not in joined or not ("準用する" in joined or "適用する" in joined or "の例による" in joined
                                            or "を準用して" in joined):
                continue  # (no sentence here can match _APPLIES; most paragraphs end here)
            for s in _sentences(text):
                sentence = s.group(0)
                flat = _arabic(sentence.replace("\n", ""))
                # 「…及び第44条の16の規定(法第44条の13を除く。)は、」: articles set aside from the whole list
                after = _EXCLUDED_AFTER.search(flat)
                if after is not None:
                    flat = flat[: after.start()] + "の規定" + flat[after.end():]
                m = _APPLIES.search(flat)
                if m is None:
                    continue
                subject = flat[: m.start()]
                start = _list_start(subject, names)
                if start is None:
                    continue
                ranges = _parse_ranges(subject[start:], law)
                if after is not None and ranges:
                    inner = _EXCLUDED.fullmatch(after.group(1))
                    if inner is not None:
                        set_aside = _parse_ranges(re.sub(r"^[^第]*", "", inner.group(1)), law)
                        ranges = [piece for r in ranges for piece in _without(r, set_aside)]
                if ranges:
                    span = Span(para.span.start + s.start(), para.span.start + s.end())
                    out.append(AppliedRun(law, span, tuple(ranges), para.span))
    return out


def _list_start(subject: str, names: frozenset[str]) -> int | None:
    """Where the citation list of ``law`` begins in the subject of an applying sentence: the
    first 第N条/第N章 right after the law's name (or after its number in parentheses)."""
    for m in re.finditer(r"第[0-9]+[条章]", subject):
        end = m.start()
        if end and subject[end - 1] == ")":  # 「法律（平成15年法律第58号）第44条の2」
            depth, k = 0, end - 1
            while k >= 0:
                depth += subject[k] == ")"
                depth -= subject[k] == "("
                if depth == 0:
                    break
                k -= 1
            end = k
        if _law_at(subject, end, names):
            # the list runs to the end of the subject; a citation of another law inside it is not ours
            return m.start()
    return None


def applied_span(index: DraftIndex, law: str, provision: str, spans: tuple[Span, ...] | None) -> Span | None:
    """The applying sentence inside ``spans`` (``None``: anywhere) whose run covers the article
    of ``provision``; ``None`` when no run covers it."""
    key = _key_of(provision)
    if key is None:
        return None
    mechanism = applies_mechanism(index) if law == STATUTE else None
    for run in applied_runs(index, law):
        if (spans is not None and run.span != mechanism
                and not any(s.start <= run.span.start and run.span.end <= s.end for s in spans)):
            continue  # (the run taking in the mechanism chapter is the chapter, wherever it stands)
        if run.covers(key):
            return run.span
    return None


def applies_mechanism(index: DraftIndex) -> Span | None:
    """The sentence that takes in most of the statute's mechanism chapter (第44条の2〜第44条の16),
    or ``None``."""
    total = MECHANISM_LAST[1] - MECHANISM_FIRST[1] + 1
    for run in applied_runs(index):
        share = sum(run.covers((MECHANISM_FIRST[0], k)) for k in range(MECHANISM_FIRST[1], MECHANISM_LAST[1] + 1))
        if share / total >= MIN_MECHANISM_SHARE:
            return run.span
    return None


_LAW_PREFIX = lazy_compile(r"^[^\s第]{1,12}?(?=第)")
_ROW_PROVISIONS = lazy_compile(rf"^(?:{_ARTICLE}(?:[、,及び]|\s)*)+")


def _rows(folded: str, table: Span) -> list[tuple[str, list[int]]]:
    """The rows of a 読替え table with the offset of each character: a row starts on a line that
    begins with the provisions it reads over followed by a column gap; a line that does not is
    the previous row's continuation (a hard-wrapped copy)."""
    rows: list[tuple[str, list[int]]] = []
    head_cell: tuple[str, list[int]] | None = None  # the provisions column of the last row that had one
    pos = table.start
    for line in folded[table.start : table.end].split("\n"):
        line = line.replace("|", " ")  # (a text copy draws the cells with 「｜」: a column gap, one character for one)
        stripped = line.lstrip()
        lead = len(line) - len(stripped)
        head = _ROW_PROVISIONS.match(_arabic(_LAW_PREFIX.sub("", stripped)))  # (「法第44条の13第1項」: a short name first)
        starts_row = head is not None and re.match(r"^[^\s]+\s", stripped) is not None and (
            re.match(r"[^\s第]{0,12}第[0-9〇一二三四五六七八九十百]+条", stripped) is not None)
        chars = [pos + lead + i for i in range(len(stripped))]
        if starts_row:
            first = stripped.split()[0]
            head_cell = (first, chars[: len(first)])
        if starts_row or not rows:
            rows.append((stripped, chars))
        elif line.startswith("\t") and head_cell is not None and len(stripped.split()) >= 2:
            # a row whose provisions cell is left empty under the one above (the same provisions)
            rows.append((head_cell[0] + "\t" + stripped, head_cell[1] + [chars[0]] + chars))
        elif stripped:
            text, offs = rows[-1]
            rows[-1] = (text + stripped, offs + chars)
        pos += len(line) + 1
    return rows


def fee_readings(index: DraftIndex) -> list[Span]:
    """Readings (読替え) that leave the fee of 第44条の13, applied by a run, to a 規則 or to a
    head: a table row naming 第44条の13 whose new words give the amount to a 規則, or a
    sentence-form reading 「「政令」とあるのは「…規則」と」 of a run covering 第44条の13."""
    runs = [r for r in applied_runs(index) if r.covers(FEE_ARTICLE)]
    if not runs:
        return []
    folded = index.folded
    out: list[Span] = []
    tables = reading_table_spans(index.ordinance)
    for run in runs:
        for table in tables:
            if not (run.paragraph.start <= table.start and table.end <= run.paragraph.end):
                continue
            for row, offsets in _rows(folded, table):
                cols = row.split()
                if len(cols) < 3:
                    continue
                if not any(_key_of(p.group(0)) == FEE_ARTICLE for p in re.finditer(_ARTICLE, _arabic(cols[0]))):
                    continue
                old, new = " ".join(cols[1:-1]), cols[-1]
                if "政令" in old and "政令" not in new and _DELEGATING.search(new):
                    k = row.rfind(new)
                    out.append(Span(offsets[k], offsets[k + len(new) - 1] + 1))
        rest = folded[run.span.start : run.paragraph.end]  # (the reading follows in the next sentence)
        # 「「政令」とあるのは「規則」と」, 「「政令で定める」又は「総務省令で定める」とあるのは「規則で定める」と」
        for m in re.finditer(r"「政令(?:で定める)?」(?:(?:とあり、|又は「[^」]*」)[^。]*?)?とあるのは「([^」]*)」と", rest):
            if _DELEGATING.search(m.group(1)) and "政令" not in m.group(1):
                out.append(Span(run.span.start + m.start(1), run.span.start + m.end(1)))
    return out
