"""Shared, precomputed facts about one draft for the drafting-integrity rules.

Every integrity rule needs the same few things: the folded text (for regex matching with
spans valid on the original), the articles of the main provisions and the 附則 together,
the exact span of each article's printed number, and readable labels (``第3条第2項``) for
messages. :func:`index_for` computes them once per ordinance and keeps the last few in a small
cache keyed by identity, so the rules together scan the text a handful of times only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from threading import Lock
from typing import TYPE_CHECKING

from ordreview.core.labels import article_label, article_name, num_label
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Article, Finding, Item, Location, Ordinance, Paragraph, Span
from ordreview.core.text import fold, kanji_to_int

if TYPE_CHECKING:
    from ordreview.core.checks.context import CheckContext

KANJI = "\u3005\u3006\u4e00-\u9fff"
"""Character class body for kanji (incl. 々 and 〆), for building regexes."""
KATAKANA = "\u30a1-\u30fa\u30fc"
"""Character class body for katakana (incl. the prolonged sound mark)."""

_KANJI_RE = lazy_compile(f"[{KANJI}]")
_WORD_RE = lazy_compile(f"[{KANJI}{KATAKANA}]")

NUM = "[0-9〇一二三四五六七八九十百千]+"
"""Regex for an article/paragraph/item number on folded text (Arabic or kanji)."""


def is_word_char(ch: str) -> bool:
    """True for a kanji or katakana character (a character that continues a compound noun)."""
    return bool(ch) and _WORD_RE.match(ch) is not None


def is_kanji(ch: str) -> bool:
    """True for a kanji character."""
    return bool(ch) and _KANJI_RE.match(ch) is not None


def to_int(text: str) -> int | None:
    """Arabic, full-width or kanji numeral to int; ``None`` if it is none of them."""
    return kanji_to_int(text)


def num_key(num: str) -> tuple[int, ...]:
    """Sort key of an e-Gov number: ``"34_2"`` → ``(34, 2)``; a deleted range ``"3:5"`` → ``(3,)``.

    Unparseable parts count as 0 so that a key always exists.
    """
    head = num.split(":", 1)[0]
    out: list[int] = []
    for part in head.split("_"):
        value = to_int(part)
        out.append(value if value is not None else 0)
    return tuple(out)




_LINE_BREAK = lazy_compile(r"\n[ \t]*")


@dataclass(frozen=True)
class OrdinanceIndex:
    """Precomputed facts about one ordinance.

    Attributes:
        folded: ``fold(ordinance.text)``; same length, so offsets are shared.
        joined: ``folded`` without line breaks and the indentation after them, so that a word
            or citation hard-wrapped over two lines is found whole; map positions back with
            :meth:`to_original` / :meth:`span` and forth with :meth:`to_joined`.
        articles: main-provision articles followed by every 附則 article, in document order.
        title_spans: per article (by ``id()``), the span of its printed number (``第3条``).
        suppl_spans: the span of each 附則.
    """

    folded: str
    articles: tuple[Article, ...]
    title_spans: dict[int, Span]
    suppl_spans: tuple[Span, ...]
    joined: str = ""
    _run_starts: tuple[int, ...] = ()  # original start of each removed run
    _run_ends: tuple[int, ...] = ()  # original end of each removed run
    _joined_starts: tuple[int, ...] = ()  # joined position right after each run
    _removed: tuple[int, ...] = ()  # characters removed up to and including each run
    _art_starts: tuple[int, ...] | None = None  # article starts when spans are disjoint, in order

    def to_original(self, j: int) -> int:
        """Offset in the text of position ``j`` of ``joined``."""
        i = bisect_right(self._joined_starts, j) - 1
        return j + (self._removed[i] if i >= 0 else 0)

    def to_joined(self, offset: int) -> int:
        """Position in ``joined`` of text offset ``offset`` (a removed break maps to what follows)."""
        i = bisect_right(self._run_starts, offset) - 1
        if i < 0:
            return offset
        if offset < self._run_ends[i]:
            return self._joined_starts[i]
        return offset - self._removed[i]

    def span(self, j_start: int, j_end: int) -> Span:
        """The text span of ``joined[j_start:j_end]`` (it may cover a line break)."""
        if j_end <= j_start:
            start = self.to_original(j_start)
            return Span(start, start)
        return Span(self.to_original(j_start), self.to_original(j_end - 1) + 1)


_NUMERAL = "[0-9０-９〇一二三四五六七八九十百千]+"
_KEPT_SPACE_HEAD = lazy_compile(
    rf"(?:[(（][^()（）\s]{{2,30}}[)）][ \u3000]?)?第{_NUMERAL}[条章節款目編](?:の{_NUMERAL})*|附|付|目|別表[^ \u3000]{{0,8}}"
    rf"|(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+|[ァ-ヶ]|[(（][^()（）\s]{{1,3}}[)）])(?:[ \u3000]+[^ \u3000、。()（）「」はをが]{{1,16}})?"
)
"""What may stand before a meaningful space on a line: a unit's label (第5条, with its caption when a
copy ran the two together, 附 則, ２) and, after an item's label (一, (1), ア), the term a
definition list defines (「一 個人情報 個人に関する…」)."""


def _stray_space_offsets(text: str) -> list[int]:
    """Offsets of half-width spaces between Japanese characters that stand inside a sentence (a
    web copy's stray spaces: 「個 人情報」, 「百五十万円 以下」), not after a unit's label or term."""
    out: list[int] = []
    for m in _STRAY_SPACE_NEAR.finditer(text):
        pos = m.start()
        line_start = text.rfind("\n", 0, pos) + 1
        head = text[line_start:pos].lstrip(" \t\u3000")
        if len(head) <= 40 and _KEPT_SPACE_HEAD.fullmatch(head):
            continue
        out.append(pos)
    return out


def _merge_runs(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two lists of removed runs as one, sorted, overlapping or touching runs joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(a + b):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


_CACHE: list[tuple[Ordinance, OrdinanceIndex]] = []
_CACHE_SIZE = 4
_LOCK = Lock()


def index_for(ordinance: Ordinance, *, folded: str | None = None) -> OrdinanceIndex:
    """The index of ``ordinance``, computed on first use and cached by identity.

    ``folded`` is ``fold(ordinance.text)`` when the caller already has it (the engine's
    ``DraftIndex`` does), to save folding the text again.
    """
    with _LOCK:
        for cached, index in _CACHE:
            if cached is ordinance:
                return index
    index = _build(ordinance, folded)
    with _LOCK:
        _CACHE.insert(0, (ordinance, index))
        del _CACHE[_CACHE_SIZE:]
    return index


def primed(fn: Callable[[CheckContext], list[Finding]]) -> Callable[[CheckContext], list[Finding]]:
    """Decorator for a rule: build the index first, reusing the engine's folded text if any."""

    @wraps(fn)
    def run(ctx: CheckContext) -> list[Finding]:
        shared = ctx.extra.get("index")
        folded = getattr(shared, "folded", None) if getattr(shared, "ordinance", None) is ctx.ordinance else None
        index_for(ctx.ordinance, folded=folded if isinstance(folded, str) else None)
        return fn(ctx)

    return run


def _build(ordinance: Ordinance, folded: str | None = None) -> OrdinanceIndex:
    text = ordinance.text
    articles = list(ordinance.articles)
    for suppl in ordinance.suppl_provisions:
        articles.extend(suppl.articles)
    titles = {id(a): article_title_span(text, a) for a in articles}
    if folded is None or len(folded) != len(text):
        folded = fold(text)
    runs = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(folded)]
    if has_stray_spaces(ordinance):  # a copy's stray spaces inside words go as well
        stray = [(p, p + 1) for p in _stray_space_offsets(text)]
        if stray:
            runs = _merge_runs(runs, stray)
    joined_starts: list[int] = []
    removed: list[int] = []
    total = 0
    for start, end in runs:
        joined_starts.append(start - total)
        total += end - start
        removed.append(total)
    return OrdinanceIndex(
        folded=folded,
        articles=tuple(articles),
        title_spans=titles,
        suppl_spans=tuple(s.span for s in ordinance.suppl_provisions),
        joined="".join(folded[b:a] for b, a in zip([0] + [e for _, e in runs], [s for s, _ in runs] + [len(folded)])),
        _run_starts=tuple(a for a, _ in runs),
        _run_ends=tuple(b for _, b in runs),
        _joined_starts=tuple(joined_starts),
        _removed=tuple(removed),
        _art_starts=tuple(a.span.start for a in articles)
        if all(a.span.end <= b.span.start for a, b in zip(articles, articles[1:])) else None,
    )


def article_title_span(text: str, article: Article) -> Span:
    """The span of the article's printed number (``第3条``), found after its caption line.

    Falls back to the first non-blank line of the article when the printed title cannot be
    found verbatim.
    """
    start = article.span.start
    caption = article.caption_span
    if caption is not None and text.find(article.title, start, caption.start) < 0:
        start = caption.end  # the caption stands above the number (not below it, as some web pages print it)
    end = article.span.end
    # the title opens the first line after the caption; allow one line break in between
    limit = end
    first_nl = text.find("\n", start, end)
    if first_nl >= 0:
        second_nl = text.find("\n", first_nl + 1, end)
        limit = end if second_nl < 0 else second_nl
    pos = text.find(article.title, start, limit)
    if article.title and pos >= 0:
        return Span(pos, pos + len(article.title))
    while start < end and text[start] in "\n \u3000":
        start += 1
    stop = start
    while stop < end and text[stop] not in "\n \u3000":
        stop += 1
    return Span(start, stop)


def line_span(text: str, start: int) -> Span:
    """From ``start`` to the end of its line (without the newline)."""
    end = text.find("\n", start)
    return Span(start, len(text) if end < 0 else end)


def marker_span(text: str, start: int, marker: str, limit: int) -> Span | None:
    """The span of ``marker`` at ``start`` (after leading blanks), or ``None`` if not there."""
    pos = start
    while pos < limit and text[pos] in " \u3000\n":
        pos += 1
    if marker and text.startswith(marker, pos):
        return Span(pos, pos + len(marker))
    return None


def paragraph_number_span(text: str, para: Paragraph) -> Span | None:
    """The span of a paragraph's printed number, or ``None`` when it has none or it is not found."""
    if not para.printed_num:
        return None
    return marker_span(text, para.span.start, para.printed_num, para.span.end)


def item_marker_span(text: str, item: Item) -> Span:
    """The span of an item's printed marker, falling back to the item's first line."""
    found = marker_span(text, item.span.start, item.title, item.span.end)
    if found is not None:
        return found
    line = line_span(text, item.span.start)
    return Span(line.start, min(line.end, item.span.end))


def node_label(ordinance: Ordinance, offset: int) -> str:
    """Readable address of ``offset``: ``"第3条第2項第1号"``, ``"第2条第2号イ"``, ``"附則第2条"``,
    ``"附則第2項"``, ``"附則"`` (one paragraph) or ``"目次"`` — the label the finding's location
    gets (``core.labels``), so that a message and its location column say the same."""
    ref = ordinance.locate(offset)
    from ordreview.core.labels import location_label, suppl_label

    if ref.article is not None:  # as the finding's location is labelled (core.labels)
        return location_label(Location(ref.article, ref.paragraph, ref.item, None), ordinance)
    suppl = suppl_label(ordinance, offset)
    if suppl:
        return suppl
    for entry in ordinance.toc:
        if entry.span.start <= offset < entry.span.end:
            return "目次"
    return "本文"


def article_of(ordinance: Ordinance, offset: int) -> Article | None:
    """The article (main or 附則) containing ``offset``, or ``None``."""
    index = index_for(ordinance)
    candidates: tuple[Article, ...] = index.articles
    if index._art_starts is not None:  # disjoint and in order: one bisection
        i = bisect_right(index._art_starts, offset) - 1
        candidates = index.articles[i : i + 1] if i >= 0 else ()
    for art in candidates:
        if art.span.start <= offset < art.span.end:
            return art
    return None


PREFIXES = ("当該", "同", "その他", "各")
"""Kanji prefixes that do not make a compound: 当該法人等, 同審議会, 「…その他審議会の意見を聴いて」 and
各実施機関 use the word itself."""


FREE_SUFFIXES = ("以前", "以後", "以降", "以外", "以内", "前に", "前の", "前は", "後に", "後の", "後は", "現在")
"""Words that follow a noun without making a compound with it (施行日前に, 施行日以後, 旧条例以外)."""


def standalone(
    text: str,
    pos: int,
    length: int,
    *,
    allow_after: str = "第及又並若等各",
    continuations: tuple[str, ...] = (),
) -> bool:
    """True if ``text[pos:pos+length]`` is a word of its own, not part of a longer compound.

    A compound continues with kanji or katakana on either side; a kanji listed in
    ``allow_after`` may follow (``審議会等``, ``法第2条``, ``実施機関及び``), and a prefix of
    :data:`PREFIXES` may precede. A word followed by one of ``continuations`` (e.g. the
    municipality's name in 地方独立行政法人みなと市民病院機構) is part of a proper name.
    """
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + length] if pos + length < len(text) else ""
    if is_word_char(before) and not any(text.endswith(p, 0, pos) for p in PREFIXES):
        return False
    if continuations and any(text.startswith(c, pos + length) for c in continuations if c):
        return False
    if is_word_char(after) and text.startswith(FREE_SUFFIXES, pos + length):
        return True  # 施行日前に, 施行日以後, 個人情報以外の: a time or range word after the word
    return not (is_word_char(after) and after not in allow_after)


def municipality_stems(ordinance: Ordinance) -> tuple[str, ...]:
    """The municipality's name from the title (``みなと市``) and its stem (``みなと``), or ``()``."""
    m = re.match(r"(.+?)([市町村区])", ordinance.title or "")
    if not m or len(m.group(1)) > 10:
        return ()
    return (m.group(0), m.group(1))


def occurrences(text: str, word: str, start: int = 0, end: int | None = None) -> list[int]:
    """Start offsets of every occurrence of ``word`` in ``text[start:end]``."""
    stop = len(text) if end is None else end
    out: list[int] = []
    if not word:
        return out
    pos = text.find(word, start, stop)
    while pos >= 0:
        out.append(pos)
        pos = text.find(word, pos + 1, stop)
    return out


def inside_longer(joined: str, pos: int, term: str, longer: Iterable[str]) -> bool:
    """True when the occurrence of ``term`` at ``pos`` is part of one of the ``longer`` words the draft defines
    (削除情報 inside a defined 「削除情報等」, 行政文書 inside 「行政文書ファイル」): a use of that word, not of ``term``."""
    for other in longer:
        k = other.find(term)
        while k >= 0:
            if pos - k >= 0 and joined.startswith(other, pos - k):
                return True
            k = other.find(term, k + 1)
    return False


def first_definitions(ordinance: Ordinance) -> dict[str, int]:
    """Each defined term → where it is first defined (the start of its first defining words)."""
    out: dict[str, int] = {}
    for t in ordinance.terms:
        out.setdefault(t.term, t.term_span.start)
    return out


class SpanSet:
    """Disjoint sorted spans with a logarithmic membership test."""

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for span in sorted(spans, key=lambda sp: (sp.start, sp.end)):
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


_STRAY_LOCK = Lock()
_STRAY: list[tuple[object, bool]] = []  # the last one built
_STRAY_SPACE = lazy_compile(r"(?<=[\u3041-\u30ff\u3400-\u9fff々]) (?=[\u3041-\u30ff\u3400-\u9fff々])")
_STRAY_SPACE_NEAR = lazy_compile(
    r"(?<=[\u3041-\u30ff\u3400-\u9fff々]) (?=[\u3041-\u30ff\u3400-\u9fff々（）「」])|(?<=[（「]) (?=[\u3041-\u30ff\u3400-\u9fff々])"
    r"|(?<=第) (?=[0-9０-９])|(?<=[0-9０-９]) (?=[条項号])"
    r"|(?<=[0-9０-９]) (?=[0-9０-９]{1,3}[年月日号条項万千百円])"
)
"""A stray space inside a sentence: between Japanese characters, next to a bracket on the inner
side (「行政不服審査法 （平成…号 ）」, 「審査会 」), or inside a provision's number (「第2条第10 項」),
a year, a law number or an amount (「平成２ ６年」, 「１ ０万円」)."""


def has_stray_spaces(ordinance: Ordinance) -> bool:
    """True if the text has half-width spaces between Japanese characters (a web or PDF copy's
    stray spaces) and its reader did not find 、。 lost (then such a space stands for them)."""
    with _STRAY_LOCK:
        for cached, flag in _STRAY:
            if cached is ordinance:
                return flag
    from ordreview.core.read.cleanup import punctuation_lost

    flag = _STRAY_SPACE.search(ordinance.text) is not None and not punctuation_lost(ordinance.document.notices)
    with _STRAY_LOCK:
        _STRAY[:] = [(ordinance, flag)]
    return flag


def duplicated_numbers(ordinance: Ordinance) -> frozenset[str]:
    """The article numbers the draft gives to more than one main-provision article (「第17条の9」 twice): a
    reference to one of them is ambiguous, which the numbering finding (num.article) reports; what the reference
    names may be in either article, so it is not judged against the first alone."""
    seen: set[str] = set()
    twice: set[str] = set()
    for a in ordinance.articles:
        if not a.in_suppl:
            num = str(a.num)
            (twice if num in seen else seen).add(num)
    return frozenset(twice)
