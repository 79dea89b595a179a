"""Text a PDF extractor produced: remove its artefacts, keep every real character, map back.

An officer who copies an ordinance out of a PDF (the 例規集's PDF, a neighbour's published
ordinance, a draft circulated as PDF) gets one of a few shapes of text, often several at once:

- every character separated by a space (``第 1 条 こ の 条 例 は``), because each glyph was
  placed on its own; a real space of the printed page is then a wider gap (two spaces or more);
- spaces only around numbers (``平成 15 年 12 月 19 日``, ``第 1 条``);
- the page's layout lines as lines (``wrapped``: a line break every N characters, inside words
  and numbers), or the whole text on one line;
- 、 and 。 replaced by spaces (the extractor found no glyph for them);
- page footers and headers in the middle of sentences: the page number (``－ 3 －``, ``- 3 -``,
  ``3/25``) and the title or another line repeated at the top of every page.

:func:`clean_extracted` recognises such text (it returns ``None`` for anything else, so a clean
draft is read exactly as before) and returns the cleaned text with a :class:`SourceMap`: for
every character of the cleaned text, the offset of the same character in the text as read from
the file. Cleaning only ever *deletes* artefacts (spaces, line breaks, page numbers, repeated
headers) and *puts line breaks back* where the ordinance's own markers show a new article,
paragraph or item begins (each in place of the space before it when there is one). No real
character is changed or made up — a Kangxi radical some fonts name instead of the kanji they
draw (⼈ for 人) is read as that kanji, one for one — and a 、 or 。 the extractor lost stays a
space: the checks say so instead of guessing it back.

The passes, in order (each is a function below, each keeps the map exact):

1. line ends: CRLF, CR and form feeds (page breaks) become LF (:func:`_newlines`);
2. running heads and footers: lines repeated atop or below most pages, when pages are known
   from form feeds (:func:`_running_lines`);
3. page artefacts: page numbers that count up through the text, with the repeated header or
   title next to them (:func:`_page_artefacts`);
4. unwrapping: when most lines are about as wide as the widest ones (the page's layout lines),
   a line that wide is joined to the next unless the next opens a unit (:func:`_unwrap`);
5. spacing: in character-spaced text every single space goes and a wider gap keeps one space;
   in number-spaced text a space between a digit and a Japanese character goes. A space after
   a paragraph or item number that opens a unit stays, as the parser needs it (:func:`_despace`);
6. structure: line breaks go back before the title's end, the 制定 line, article captions and
   articles, chapters and sections, 目次 and 附則, paragraph numbers, items and sub-items, each
   only where its number is the next one expected and a boundary (。, a space, a bracket, the
   space after an article number) shows a unit begins (:func:`_restore_lines`); in
   number-spaced text the spaces kept around numbers that opened nothing then go.

``docs/reading.md`` describes the artefacts and the limits. Only the stdlib is imported (and
``core.text`` for kanji numerals): the text path must start fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ordreview.core.chars import AIUEO, FULL_WIDTH_DIGITS, HALF_WIDTH_DIGITS, IROHA
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Notice, Span
from ordreview.core.read.codes import PDF_TEXT_CLEANED as CLEANED
from ordreview.core.read.codes import PDF_RADICALS as RADICALS
from ordreview.core.read.codes import PUNCTUATION_LOST
from ordreview.core.read.codes import STRUCTURE_INFERRED
from ordreview.core.read.codes import PDF_TWO_COLUMNS as TWO_COLUMNS


_KANA_ORDER = AIUEO
_IROHA = IROHA + "ン"  # ン closes the いろは order as some drafts letter it
_DASHES = "－\\-–—―‐−"
# Each starts with a plain character class (so the regex engine can skip ahead to it); the
# "stands alone" test on the character before is done in code (_alone).
# The digits of a 「－ n －」 page number may be spaced out like every other character (「- 1 0 -」).
_PAGE_DASH = lazy_compile(
    rf"[{_DASHES}][ \t\u3000]{{0,3}}([0-9０-９]{{1,4}}|[0-9０-９](?: [0-9０-９]){{1,3}})[ \t\u3000]{{0,3}}[{_DASHES}](?!\S)"
)
_PAGE_FRACTION = lazy_compile(r"([0-9]{1,4})[ \t]{0,2}/[ \t]{0,2}([0-9]{1,4})(?!\S)")
_PAGE_FRACTION_SPACED = lazy_compile(r"([0-9](?: [0-9]){0,3}) / ([0-9](?: [0-9]){0,3})(?!\S)")
"""「1 2 / 3 0」: an ``n/N`` page number with every character spaced out (one side at least has two
digits; 「3 / 8」 is the plain pattern's)."""
_FRACTIONS = (_PAGE_FRACTION, _PAGE_FRACTION_SPACED)
_PAGE_LINE = lazy_compile(r"(?m)^[ \t\u3000]*(?:[pP]\.?|ページ)?[ \t\u3000]*([0-9]{1,4})[ \t\u3000]*(?:ページ|頁)?[ \t\u3000]*$")
_NON_ASCII = r"[^\x00-\x7f\s]"
_SPACED_PAIR = lazy_compile(rf"(?<={_NON_ASCII}) (?={_NON_ASCII})")
_DIGIT_NEAR = lazy_compile(rf"(?<={_NON_ASCII})( ?)(?:[0-9]+|[０-９]+)( ?)(?={_NON_ASCII})")
_DIGITS = HALF_WIDTH_DIGITS + FULL_WIDTH_DIGITS
_KANJI_NUMERALS = "一二三四五六七八九十百千〇"
_NUMBER = r"(?:[0-9]+|[０-９]+|[一二三四五六七八九十百千〇]+)"
_HEADING_CAPTION = lazy_compile(
    r"[(（](?![^()（）\n]*(?:[0-9０-９]|明治|大正|昭和|平成|令和))[^()（）\n。「」、]{2,48}[)）]"
    r"(?![ \u3000]?(?:[のにをがはで、及又若並]|から|まで))"
)
"""The caption of a drafting style that sets it right after the article number, on the heading's
line (「第５条（住民の責務）　住民は…」): a parenthesis with no number, era, 。, 、 or quote in it
and no particle after it (unlike 「第５条（第２項を除く。）の規定」); the sentence may open with a
reference (「第２８条（…） 第２６条第２項の規定による通知を受けた者は」)."""

_HEADING_ON_LINE = lazy_compile(
    rf"第 ?{_NUMBER} ?条(?: ?の ?{_NUMBER})*(?:[ \u3000]+(?![の及又若並にをがはで、第])|{_HEADING_CAPTION.pattern})"
)
"""An article heading: 第N条 (any numerals) followed by a gap or by its caption; inside a line it counts after a
sentence end, a caption or a gap (tested in code, so the regex starts on its literal 第). A
clean draft has at most one per line (at its start)."""
_SPACED_KANJI_NUMBER = lazy_compile(
    rf"第( ?)[{_KANJI_NUMERALS}０-９]+( ?)[編章節款目条項号](?:の( ?)[{_KANJI_NUMERALS}０-９]+)*"
)
"""A kanji or full-width number spaced out by the extractor (第 十二 条, 第 １ 条の ２); the
groups are the spaces to delete."""
_ARTICLE_SPACED = lazy_compile(r"第\s*[0-9０-９]+\s*条")
_LOST_PUNCT = lazy_compile(r"(?<=[^\x00-\x7f\s]) (?=[^\x00-\x7f\s])")
_WS_RUN = lazy_compile(r"[ \t\u3000]+")
_COUNTERS = "条項号章節款目編年月日時分秒円人回件箇かヶケ歳才名倍割万千百十億週以又及若並文字部通枚頁％%"
_FW_DIGITS = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_DIVISION_COUNTERS = "編章節款目"
"""Counters of a law's divisions: a number before one of them, with no 第, is a paragraph number
before a word that starts with that character (「2 編籠市…」), never a count."""


def _division_word(counter: str, before_number: str) -> bool:
    """``counter`` after a number opens a word, not a count: a division's counter (編, 章 …) counts only
    after 第, which ``before_number`` (the text just before the number) does not end with."""
    return counter in _DIVISION_COUNTERS and not before_number.rstrip(" \u3000").endswith("第")
_SENTENCE_END = "るいたずとしうんだくすむぶつぬ)）」"


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Where each character of a cleaned text was in the text as read from the file.

    Attributes:
        original: the text as decoded from the file (line ends as in the file).
        offsets: ``offsets[i]`` is the offset in ``original`` of cleaned character ``i``; a line
            break put back where there was no character maps to the character after it. One
            more entry at the end: ``len(original)``.
    """

    original: str
    offsets: tuple[int, ...]

    def to_source(self, span: Span) -> Span:
        """The span of ``original`` holding the characters of cleaned ``span``."""
        last = len(self.offsets) - 1
        start = self.offsets[min(span.start, last)]
        if span.end <= span.start:
            return Span(start, start)
        end = self.offsets[min(span.end - 1, last)] + 1
        return Span(start, max(start, min(end, len(self.original))))

    def line_column(self, offset: int) -> tuple[int, int]:
        """0-based (line, column) in ``original`` of cleaned offset ``offset``."""
        pos = self.offsets[max(0, min(offset, len(self.offsets) - 1))]
        starts = _line_starts(self.original)
        line = bisect_right(starts, pos) - 1
        return line, pos - starts[line]


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A cleaned text, its map back to the original and what was done (for the notice)."""

    text: str
    source_map: SourceMap
    spaces: int
    page_marks: int
    joined_lines: int
    breaks: int
    punctuation_gaps: int
    char_spaced: bool
    radicals: int = 0
    punctuation_marks: int = 0
    """、 and 。 in the cleaned text: where they abound, the spaces left are line ends, not them."""
    run_on: bool = False
    """Article headings ran on within one line: the divisions were inferred from numbering alone."""
    column_rows: int = 0
    """Rows of a two-column page split at the gutter (left column read first; ``core.read.columns``)."""


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\r\n|\r|\n", text):
        starts.append(m.end())
    return starts


class _Buf:
    """A text under cleaning and, per character, its offset in the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.src = list(range(len(text)))
        self.end = len(text)

    def apply(self, edits: list[tuple[int, int, str]]) -> None:
        """Replace ``[start, end)`` by ``repl`` for each (sorted, disjoint) edit.

        A replacement as long as the range keeps the range's offsets; a shorter one takes the
        first ones; characters with no counterpart (an inserted line break) take the offset of
        the character at ``start``.
        """
        if not edits:
            return
        parts: list[str] = []
        src: list[int] = []
        last = 0
        for start, end, repl in edits:
            if start < last:
                continue  # overlapping edit: the first one wins
            parts.append(self.text[last:start])
            src.extend(self.src[last:start])
            anchor = self.src[start] if start < len(self.src) else self.end
            for k, ch in enumerate(repl):
                parts.append(ch)
                src.append(self.src[start + k] if start + k < end else anchor)
            last = end
        parts.append(self.text[last:])
        src.extend(self.src[last:])
        self.text = "".join(parts)
        self.src = src


# ----------------------------------------------------------------------------- detection


@dataclass(frozen=True, slots=True)
class _Shape:
    char_spaced: bool
    number_spaced: bool
    long_lines: bool
    radicals: bool = False


def _shape(text: str) -> _Shape:
    """What kind of extraction artefacts ``text`` shows (cheap on a clean draft: it runs on
    every text file read, so the costly counts only run when half-width spaces are common)."""
    sample = text if len(text) <= 40_000 else text[:20_000] + text[-20_000:]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if non_ascii < 20:
        return _Shape(False, False, False)
    char_spaced = number_spaced = False
    articles = 0
    if sample.count(" ") >= 0.01 * non_ascii:
        pairs = len(_SPACED_PAIR.findall(sample))
        char_spaced = pairs >= 0.4 * non_ascii
        near = spaced = 0
        for m in _DIGIT_NEAR.finditer(sample):
            near += 1
            spaced += bool(m.group(1)) + bool(m.group(2))
        articles = len(_ARTICLE_SPACED.findall(sample))
        spaced_articles = len(re.findall(rf"第\s+{_NUMBER}\s+条", sample))
        all_articles = len(re.findall(rf"第\s*{_NUMBER}\s*条", sample))
        # digits spaced out, or (a kanji-numbered draft) its article numbers
        number_spaced = spaced_articles >= 0.6 * max(all_articles, 1) and (
            (near >= 5 and spaced >= 1.2 * near) or spaced_articles >= 3
        )
    longest = max(map(len, text.splitlines()), default=0) if len(text) > 3000 else 0
    long_lines = longest > 3000 and (articles or len(_ARTICLE_SPACED.findall(sample))) >= 3
    if not long_lines and len(sample) > 400:
        long_lines = _articles_share_lines(sample)
    if not (char_spaced or number_spaced or long_lines):
        long_lines = _has_page_numbers(text, re.sub(r"\s+", "", _title_of(text)))
    radicals = len(_RADICAL.findall(sample)) >= 3
    return _Shape(char_spaced, number_spaced, long_lines, radicals)


def _articles_share_lines(text: str) -> bool:
    """True if three article headings or more stand inside one line (text pasted on one line,
    or a PDF's lines joined): a clean draft starts every article on a line of its own."""
    line_start, count = -1, 0
    for m in _HEADING_ON_LINE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] not in "。 \u3000)）":
            continue
        start = text.rfind("\n", max(line_start, 0), m.start())
        if start != line_start:
            line_start, count = start, 0
        count += 1
        if count >= 3:
            return True
    return False


def _page_number(digits: str) -> int:
    """The value of a page number's digits (full- or half-width, perhaps spaced out)."""
    return int(digits.replace(" ", "").translate(_FW_DIGITS))


def _page_marks(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of a page-number pattern that stand alone and, for ``n/N``, have ``n <= N``.

    A spaced-out match that fails is looked at again one character on, so that a digit of the
    text before a page number does not hide it."""
    out = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        ok = _alone(text, m) and (pattern not in _FRACTIONS
                                  or 0 < _page_number(m.group(1)) <= _page_number(m.group(2)))
        if pattern is _PAGE_FRACTION_SPACED and " " not in m.group(1) + m.group(2):
            pos = m.end()
            continue
        if ok:
            out.append(m)
        pos = m.start() + 1 if not ok and " " in "".join(g or "" for g in m.groups()) else m.end()
    return out


def _alone(text: str, m: re.Match[str]) -> bool:
    """True if the match starts a line or follows whitespace (a page number stands alone)."""
    return m.start() == 0 or text[m.start() - 1].isspace()


def _has_page_numbers(text: str, key: str) -> bool:
    """True if page numbers (``－ 3 －``, ``3/25``) count up through the text, at least twice,
    or one stands next to the title repeated as a running head."""
    for pattern in (_PAGE_DASH, *_FRACTIONS):
        cands = [
            (m.start(), m.end(), _page_number(m.group(1))) for m in _page_marks(pattern, text)
        ]
        if len(_chain(cands)) >= 2:
            return True
        if len(key) >= 4 and any(_match_ignoring_space(text, e, key) is not None for _, e, _ in cands):
            return True
    return False


def looks_extracted(text: str) -> bool:
    """True if ``text`` carries the artefacts of a PDF extractor (see the module docstring)."""
    s = _shape(text)
    return s.char_spaced or s.number_spaced or s.long_lines


# ----------------------------------------------------------------------------- passes


_RADICAL = lazy_compile("[\u2f00-\u2fd5\u2e9f\u2ef3]")
"""Kangxi radicals (and the two CJK radicals with a compatibility mapping): fonts whose
ToUnicode map names the radical for the kanji it draws (⼈ for 人, ⽇ for 日) give them."""


def _radicals(buf: _Buf) -> int:
    """Replace each Kangxi radical by the kanji of the same shape (one for one); returns how many."""
    import unicodedata

    edits = [(m.start(), m.end(), unicodedata.normalize("NFKC", m.group())) for m in _RADICAL.finditer(buf.text)]
    buf.apply(edits)
    return len(edits)


def _newlines(buf: _Buf) -> list[int]:
    """CRLF → LF (the LF keeps its own offset), lone CR and form feed (a page break) → LF.

    Returns where each page after the first starts in the new text (after a form feed).
    """
    edits = []
    feeds = set()
    for m in re.finditer(r"\r\n|\r|\f", buf.text):
        if m.group() == "\r\n":
            edits.append((m.start(), m.start() + 1, ""))
        else:
            edits.append((m.start(), m.end(), "\n"))
            if m.group() == "\f":
                feeds.add(buf.src[m.start()])
    buf.apply(edits)
    return [i + 1 for i, origin in enumerate(buf.src) if origin in feeds and buf.text[i] == "\n"] if feeds else []


_SPLIT_HEADING = lazy_compile(
    r"(?m)^[ \t\u3000]*(?:[附付](?P<a>[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,3}[ \t\u3000]*)則"
    # an amending ordinance's 附則 keeps its date and number on the line of 則
    r"(?:[ \t\u3000]*[（(][^()（）\n]*年[^()（）\n]*[)）])?"
    r"|目(?P<b>[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,3}[ \t\u3000]*)次)[ \t\u3000]*$"
)


def _split_headings(buf: _Buf) -> int:
    """Join 附則 and 目次 printed with their two characters far apart, which an extractor put on
    lines of their own (``附`` / blank / ``則``); returns how many were joined."""
    edits = []
    for m in _SPLIT_HEADING.finditer(buf.text):
        gap = "a" if m.group("a") is not None else "b"
        edits.append((m.start(gap), m.end(gap), ""))
    buf.apply(edits)
    return len(edits)


def _pages_by_number(text: str) -> list[int]:
    """Where pages start in a text without form feeds: after each line holding a page number
    (``－ 3 －``, ``3/25``, with whatever else its footer holds) that counts up through the text.
    A browser's print of a 例規集 page, pasted, gives such text: a footer (the page's address,
    ``n/N``) and a head (the print date, the title) every few dozen lines."""
    best: list[tuple[int, int, int]] = []
    for pattern in (_PAGE_DASH, *_FRACTIONS):
        cands = []
        for m in _page_marks(pattern, text):
            cands.append((m.start(), m.end(), _page_number(m.group(1))))
        chain = _chain(cands)
        if len(chain) > len(best):
            best = chain
    if len(best) < 2:
        return []
    starts = []
    for _, end, _ in best:
        nl = text.find("\n", end)
        if 0 <= nl < len(text) - 1:
            starts.append(nl + 1)
    return sorted(set(starts))


_RUNNING_SLOTS = 2
"""Lines at the top and at the bottom of a page looked at for running heads and footers."""


def _running_lines(buf: _Buf, page_starts: list[int]) -> int:
    """Delete the lines repeated at the top or bottom of most pages (running heads, footers).

    A line counts (its digits set aside, so ``3/25`` and ``令和5年4月1日現在`` match from page to
    page) when it is among the first or last ``_RUNNING_SLOTS`` lines of at least half the pages
    and of three pages or more, and is at most 60 characters long. On the first page a running
    line that reads as a title (…条例, …規則, …（案）) stays unless it appears there twice: it is
    the ordinance's own title. Returns the number of lines deleted.
    """
    text = buf.text
    bounds = [0, *page_starts, len(text) + 1]
    pages = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    if len(pages) < 3:
        return 0
    slots: list[list[tuple[int, int, str]]] = []
    for start, end in pages:
        lines = []
        pos = start
        for line in text[start:end].split("\n"):
            if line.strip():
                lines.append((pos, pos + len(line), _line_key(line)))
            pos += len(line) + 1
        picked = lines[:_RUNNING_SLOTS] + lines[-_RUNNING_SLOTS:] if len(lines) > 2 * _RUNNING_SLOTS else lines
        slots.append(picked)
    counts: dict[str, int] = {}
    for picked in slots:
        for key in {k for _, _, k in picked if 0 < len(k) <= (120 if _FOOTER_END.search(k) else 60)}:
            counts[key] = counts.get(key, 0) + 1
    running = {k for k, n in counts.items() if n >= max(3, len(pages) / 2)}
    if not running:
        return 0
    edits: list[tuple[int, int, str]] = []
    first_page_keys = [_line_key(line) for line in text[pages[0][0] : pages[0][1]].split("\n")]
    kept_title = False
    for number, picked in enumerate(slots):
        for start, end, key in picked:
            if key not in running:
                continue
            if (number == 0 and _TITLE_END.search(key) and not key.startswith("#") and not kept_title
                    and first_page_keys.count(key) < 2):
                kept_title = True
                continue  # the ordinance's own title, repeated as the running head
            if number == 0 and _TITLE_END.search(key) and first_page_keys.count(key) >= 2:
                first_page_keys.remove(key)  # the head above the title goes, the title stays
            line_end = end + 1 if end < len(text) and text[end] == "\n" else end
            edits.append((start, line_end, ""))
    edits = sorted(set(edits))
    buf.apply(edits)
    return len(edits)


_TITLE_END = lazy_compile(r"(?:条例|規則|細則|規程)(?:[(（]案[)）])?$")
_FOOTER_END = lazy_compile(rf"(?:#/#|[{_DASHES}]#[{_DASHES}])$")
"""A line key ending in a page number: a footer, which may be long (a web page's address, then n/N)."""


def _line_key(line: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", re.sub(r"\s+", "", line))


def _chain(cands: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The longest run of candidates whose page numbers count up by 1 or 2 along the text."""
    best: list[tuple[int, int, int]] = []
    for i in range(len(cands)):
        if len(best) >= len(cands) - i:
            break
        run = [cands[i]]
        for c in cands[i + 1 :]:
            if 1 <= c[2] - run[-1][2] <= 2:
                run.append(c)
        if len(run) > len(best):
            best = run
    return best


_WS = " \t\u3000\n"


def _page_artefacts(buf: _Buf, title: str, char_spaced: bool = False, *, bare_numbers: bool = True) -> int:
    """Delete page numbers that count up through the text and the title or header next to them.

    Returns how many page numbers were deleted. Each deleted stretch takes the whitespace on
    both sides with it and leaves one line break if there was one, else one space (which the
    spacing pass then judges like any other).
    """
    text = buf.text
    key = re.sub(r"\s+", "", title)
    found: list[tuple[int, int]] = []
    chained = False
    for pattern in (_PAGE_DASH, *_FRACTIONS, _PAGE_LINE):
        if pattern is _PAGE_LINE and (chained or not bare_numbers):
            break  # the pages are numbered 「－ n －」 or 「n/N」: a number alone on a line is a 項 number
        cands = []
        totals: dict[str, int] = {}
        for m in _page_marks(pattern, text):
            num = _page_number(m.group(1))
            total = m.group(2).replace(" ", "") if pattern in _FRACTIONS else ""
            if total:
                totals[total] = totals.get(total, 0) + 1
            cands.append((m.start(), m.end(), num, total))
        if totals:
            common = max(totals, key=lambda k: totals[k])
            cands = [c for c in cands if c[3] == common]
        chain = _chain([(s, e, n) for s, e, n, _ in cands])
        if pattern is _PAGE_LINE and len(chain) >= 2 and _dense(text, chain):
            chain = []  # 1, 2, 3 a few lines apart: 項 numbers set apart from their text
        in_chain = set()
        if len(chain) >= 2:
            chained = True
            in_chain = {(s, e) for s, e, _ in chain}
            found.extend(sorted(in_chain))
        if len(key) >= 4:  # off the chain (one page break, or the rest went with the running
            # lines): a page number is one only next to the running head
            found.extend(
                (s, e) for s, e, _, _ in cands
                if (s, e) not in in_chain and (_match_ignoring_space(text, e, key) is not None
                                               or _match_before_ignoring_space(text, s, key) is not None)
            )
    if not found:
        return 0
    ranges: list[tuple[int, int]] = []
    for start, end in found:
        ranges.append((start, end))
        if len(key) >= 4:
            after = _match_ignoring_space(text, end, key)
            if after is not None:
                ranges.append((end, after))
            before = _match_before_ignoring_space(text, start, key)
            if before is not None:
                ranges.append((before, start))
    # artefacts separated only by whitespace (a footer, then the next page's head) go together
    joined: list[list[int]] = []
    for s, e in sorted(ranges):
        if joined and (s <= joined[-1][1] or not text[joined[-1][1] : s].strip()):
            joined[-1][1] = max(joined[-1][1], e)
        else:
            joined.append([s, e])
    edits: list[tuple[int, int, str]] = []
    for a, b in joined:
        s, e = a, b
        while s > 0 and text[s - 1] in _WS:
            s -= 1
        while e < len(text) and text[e] in _WS:
            e += 1
        around = (a - s) + (e - b)  # whitespace on both sides of the artefacts
        if s == 0 or e == len(text):
            repl = ""
        elif ("\n" in text[s:a] or "\n" in text[b:e]) and _open_bracket(text, s):
            repl = ""  # (条例要配慮個人 ／ 3/25 ／ 情報の記録): the page broke a caption or a parenthesis
        elif "\n" in text[s:a] or "\n" in text[b:e]:
            repl = "\n"
        elif char_spaced:  # one space stood there before the insert; more is a real gap
            repl = "  " if around > 2 else " "
        else:  # one space: a real space of the page may have stood there (一　開示…); a
            # stray one inside a word costs nothing, as phrases are matched without spaces
            repl = " "
        # the kept characters stand on whitespace of the stretch (never on a page number)
        if repl and a - s >= len(repl):
            edits.append((s, s + len(repl), repl))
            edits.append((s + len(repl), e, ""))
        elif repl and e - b >= len(repl):
            edits.append((s, b, ""))
            edits.append((b, b + len(repl), repl))
            edits.append((b + len(repl), e, ""))
        else:
            edits.append((s, e, repl))
    buf.apply(edits)
    return len(found)


_PAGE_LINES = 8
"""Fewest lines a page holds: numbers alone on their lines that count up closer than this are no
page numbers (a 項 number set apart from its text by a wide gap, as ``pdftotext`` gives it)."""


def _dense(text: str, chain: list[tuple[int, int, int]]) -> bool:
    """True if the numbers of ``chain`` stand fewer than ``_PAGE_LINES`` lines of text apart (median)."""
    steps = sorted(sum(1 for line in text[a[1] : b[0]].split("\n") if line.strip())
                   for a, b in zip(chain, chain[1:]))
    return steps[len(steps) // 2] < _PAGE_LINES


def _open_bracket(text: str, pos: int) -> bool:
    """True if the line ending at ``pos`` leaves a parenthesis open (a caption or a
    parenthetical the page break cut in two)."""
    line = text[text.rfind("\n", max(0, pos - 200), pos) + 1 : pos]  # a caption is short
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


def _match_ignoring_space(text: str, pos: int, key: str) -> int | None:
    i = pos
    for ch in key:
        while i < len(text) and text[i] in " \t\u3000\n":
            i += 1
        if i >= len(text) or text[i] != ch:
            return None
        i += 1
    return i


def _match_before_ignoring_space(text: str, pos: int, key: str) -> int | None:
    i = pos
    for ch in reversed(key):
        while i > 0 and text[i - 1] in " \t\u3000\n":
            i -= 1
        if i <= 0 or text[i - 1] != ch:
            return None
        i -= 1
    return i


_BROKEN_CAPTION = lazy_compile(
    r"^[ \u3000]*[（(][^（）()\n「」。、]{1,40}(?P<gap>\n(?:[ \u3000]*\n)*[ \u3000]*)[）)][ \u3000]*$", re.M
)
"""A caption whose closing bracket went over a page break (or a column's end) to a line of its
own: 「（審理員による…の適用除外」, the page number removed, then 「）」."""


def _captions_across_pages(buf: _Buf) -> int:
    """Join a caption to its closing bracket left alone on a later line (see _BROKEN_CAPTION)."""
    edits = [(m.start("gap"), m.end("gap"), "") for m in _BROKEN_CAPTION.finditer(buf.text)]
    buf.apply(edits)
    return len(edits)


_LABEL_LINE = lazy_compile(
    r"[ \t\u3000]*(?:[(（][ ]?[0-9０-９]+[ ]?[)）]|[\u2474-\u2487]|[一二三四五六七八九十]+|[ア-ン]|[(（][ア-ン][)）]"
    r"|第[ ]?(?:[0-9]+|[０-９]+|[一二三四五六七八九十]+)[ ]?[編章節款目](?:[ ]?の[ ]?(?:[0-9]+|[０-９]+|[一二三四五六七八九十]+))?)"
    r"[ \t\u3000]*"
)
"""A line holding only an item's marker or a division's number (「(7)」, 「第 4 章の 2」)."""
_ENDS_UNIT = "。)）"


def _displaced_first_lines(buf: _Buf, char_spaced: bool) -> int:
    """Put back the first layout line of a unit that ``pdftotext`` read after the rest of it.

    The marker and the lines wrapped under it form one block of the page, the rest of the first
    line another, and the second block can come out after the page's footer: 「(7)」 / 「う。」 /
    (page break) / 「本人 個人情報によって識別される特定の個人をい」, or in a 目次 「第 4 章の 2」 /
    「条の 4）」 / 「特定個人情報の取扱いの特例（第 28 条の 2―第 28」. It is recognised when a line
    holding only a marker or a division number is followed by at most three short or wrapped
    lines whose last ends the unit (。 or a closing bracket), then (a page footer between them
    deleted) by one full layout line, or one visibly cut, that ends nothing and stands alone (a
    blank line or the text's end after it). The full line goes back after the marker and the tail after it; the tail's characters
    (a few, the moved ones) take the offset of the character after the full line, so offsets
    still only grow. Returns how many units were repaired.
    """
    text = buf.text
    lines = text.split("\n")
    if len(lines) < 12:
        return 0
    widths = [_width(line) for line in lines]
    long = sorted(w for w in widths if w >= 8)
    full = long[int(len(long) * 0.9)] if long else 0
    if len(long) < 6 or sum(1 for w in long if w >= 0.9 * full) < len(long) / 3 or full < 16:
        return 0  # not hard-wrapped: no layout lines to have been displaced
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    unit_start = _unit_start(char_spaced)
    lost = "。" not in text  # 、。 came out as spaces
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines) - 3:
        if not _LABEL_LINE.fullmatch(lines[i]) or not lines[i + 1].strip():
            i += 1
            continue
        j = i + 1  # the tail: up to three lines, the last ending the unit
        while j < min(i + 4, len(lines)) and lines[j].strip() and lines[j].rstrip()[-1:] not in _ENDS_UNIT:
            if widths[j] < 0.9 * full:
                break
            j += 1
        tail = lines[j].rstrip() if j < len(lines) else ""
        # (where 、。 were lost, a short last line is taken to end the unit)
        # (a very short last line ends its unit whatever its last character: 「…場」 / 「合」)
        ends = tail[-1:] in _ENDS_UNIT or (lost and not tail[-1:].isascii()) or 4 * widths[j] <= full
        if not tail or not ends or 2 * widths[j] > full or _LABEL_LINE.fullmatch(lines[j]):
            i += 1
            continue
        if unit_start.match(lines[i + 1]):
            i += 1
            continue
        k = j + 1
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines):
            i += 1
            continue
        first = lines[k].rstrip()
        after_ok = k + 1 >= len(lines) or not lines[k + 1].strip()
        # the first line is a full one, or visibly cut (「…（第 28 条の 2―第 28」 / 「条の 4）」)
        cut = first[-1] in _GOES_ON and not tail[:1].isascii()
        if (not after_ok or (widths[k] < 0.8 * full and not cut) or first[-1] in _ENDS_UNIT
                or unit_start.match(first)
                or _LABEL_LINE.fullmatch(first) or k == 0):
            i += 1
            continue
        label_end = starts[i] + len(lines[i].rstrip())
        first_start = starts[k] + len(first) - len(first.lstrip())
        first_end = starts[k] + len(first)
        moved = "".join(line.strip() for line in lines[i + 1 : j + 1])
        edits.append((label_end, first_start, "\u3000"))  # (the marker's gap, kept by the spacing pass)
        edits.append((first_end, first_end, moved))
        i = k + 1
    buf.apply(edits)
    return len(edits) // 2


def _unwrap(buf: _Buf, char_spaced: bool) -> int:
    """Join layout lines: a line about as long as the longest lines continues on the next one.

    Applies only when the text looks hard-wrapped: at least a third of its lines (of more
    than a few characters) are within 10 % of the typical full length; otherwise only a line
    broken inside a parenthesis that cannot end there (「…（第19条―第21」 / 「条）」) is joined to
    the next. After a sentence, a line opening with the next paragraph's number opens that
    paragraph whatever follows the number (「2 部会に…」: 部 is no counter there). Returns the
    number of line breaks deleted (with the spaces around them).
    """
    text = buf.text
    lines = text.split("\n")
    widths = [_width(line) for line in lines]
    long = sorted(w for w in widths if w >= 8)
    full = long[int(len(long) * 0.9)] if long else 0
    near = sum(1 for w in long if w >= 0.9 * full)
    if len(long) < 6 or near < len(long) / 3 or full < 16:
        full = 10**9  # not hard-wrapped: only lines broken inside a parenthesis are joined
    edits: list[tuple[int, int, str]] = []
    unit_start = _unit_start(char_spaced)
    lost = "。" not in text
    pos = 0
    para = 0  # the paragraph number that opened the last line starting a paragraph (1 after 第N条)
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        nxt = lines[i + 1]
        body = line.rstrip(" \t\u3000")
        para = _line_paragraph(line, para)
        goes_on = body[-1:] in _GOES_ON or (body.endswith("の") and not body.replace(" ", "").endswith("もの"))
        # a shorter line broken inside a parenthesis (a 目次 entry 「…（第19条―第21」 / 「条）」) goes on too
        # (or after a range's dash: 「…（第５条―」 / 「第９条）」; not the dash pdftotext -raw sets before
        # the first article's 条, 「（第 1 ―」 / 「条 第 4 条）」, which :func:`_toc_dashes` puts back)
        dash_end = body[-1:] in "―－—‐" and not nxt.lstrip(" \t\u3000").startswith("条")
        # (or inside a kanji number cut from its counter: 「…（第十二条―第十八」 / 「条）」)
        num_end = body[-1:] in _KANJI_NUMERALS and nxt.lstrip(" \t\u3000").startswith(("条", "項", "号"))
        # (or before a line that is only the closing bracket: 「付　則（令和7年…条例第18号」 / 「）」)
        closing = nxt.strip(" \t\u3000") in ("）", ")")
        broken = (goes_on or dash_end or num_end or closing) and body.count("（") + body.count("(") > body.count("）") + body.count(")")
        # after a sentence, the next paragraph's number opens a unit whatever follows it (2 部会に…)
        # (where 、。 were lost, a line ending in a space after a word may end a sentence)
        sentence = body.endswith("。") or (lost and line != body and body[-1:] > "\x7f")
        next_para = sentence and _line_paragraph(nxt, para) == para + 1 > 1
        # a deleted article or range whose 削除 the extractor set on a line below it
        next_para = next_para or (_LABEL_ALONE.fullmatch(nxt) is not None
                                  and next((x for x in lines[i + 2 : i + 5] if x.strip()), "").lstrip().startswith("削"))
        next_para = next_para or _LONE_DASH.match(nxt) is not None  # a 目次 range dash set above its entry
        # a heading whose caption after the number runs onto the line below (「第４条（町の…」 / 「…特例等）　第３条の…」)
        next_para = next_para or (_HEADING_CAPTION_OPEN.match(nxt) is not None and i + 2 < len(lines)
                                  and _HEADING_CAPTION_CLOSE.match(lines[i + 2]) is not None)
        # a 項 number alone on its line after a sentence closed inside brackets (「…以下同じ。）」 / 「3」)
        next_para = next_para or (body.rstrip(")）」").endswith("。") and nxt.strip().isdigit()
                                  and _line_paragraph(nxt, para) == para + 1 > 1)
        # the closing item of a list whose markers the extractor lost (「前２号に掲げるもののほか、…」,
        # 「前各号に掲げる場合のほか」) after a line that ends a word, not a connective: it opens a line
        next_para = next_para or (_CATCH_ALL_ITEM.match(nxt) is not None
                                  and not body.endswith(_CONNECTIVE_ENDS)
                                  and not (body.endswith("の") and not body.endswith("もの")))
        if (widths[i] >= 0.9 * full or broken) and nxt.strip() and (goes_on or not (unit_start.match(nxt) or next_para)):
            s = end
            while s > pos and text[s - 1] in " \t\u3000":
                s -= 1
            e = end + 1
            while e < len(text) and text[e] in " \t\u3000":
                e += 1
            # a real space of the page that fell on the line end stays (one space): two or
            # more in spaced text, any in number-spaced text
            spaces = (e - s) - 1
            keep = spaces >= 2 if char_spaced else spaces >= 1
            if keep:
                first = s if text[s] != "\n" else s + 1
                edits.append((s, first, ""))
                edits.append((first, first + 1, " " if text[first] != "\u3000" else "\u3000"))
                edits.append((first + 1, e, ""))
            else:
                edits.append((s, e, ""))
        pos = end + 1
    buf.apply(edits)
    return len(edits)


_LABEL_ALONE = lazy_compile(
    r"[ \t\u3000]*第[ ]?(?:[0-9]+|[０-９]+|[一二三四五六七八九十百千]+)[ ]?条(?:の[0-9０-９一二三四五六七八九十]+)*"
    r"(?:(?:から|及び)第[ ]?(?:[0-9]+|[０-９]+|[一二三四五六七八九十百千]+)[ ]?条(?:の[0-9０-９一二三四五六七八九十]+)*(?:まで)?)?[ \t\u3000]*"
)
_ANNOUNCED_LIST = lazy_compile(r"次[ ]?の[ ]?各[ ]?号|次[ ]?に[ ]?掲[ ]?げ[ ]?る")
_CATCH_ALL_ITEM = lazy_compile(
    r"[ \t\u3000]*前[ ]?(?:各|[0-9]+|[０-９]+|[一二三四五六七八九十]+)[ ]?号に掲げる(?:もの|場合|事項|者|事務|情報)?のほか"
)
_CONNECTIVE_ENDS = ("及", "並", "又", "若", "び", "に", "は", "が", "を", "しく", "と", "、", "・")
"""The opening of the last item of a list (「前２号に掲げるもののほか」), which starts a line
of its own; and the endings after which a line's words go on (「…及び」 / 「前２号に掲げる…」)."""
_LONE_DASH = lazy_compile(r"[ \t\u3000]*[―－—‐][ \t\u3000]*$")
_HEADING_CAPTION_OPEN = lazy_compile(
    r"[ \t\u3000]*第[ ]?(?:[0-9]+|[０-９]+|[一二三四五六七八九十百千]+)[ ]?条(?:の[0-9０-９一二三四五六七八九十]+)*"
    r"[(（][^()（）\n。「」、0-9０-９]{2,46}$"
)
_HEADING_CAPTION_CLOSE = lazy_compile(r"[^()（）\n。「」、0-9０-９]{0,46}[)）][ \u3000]")
"""A heading line whose caption set after the number (see :data:`_HEADING_CAPTION`) is cut at
the line's end, and the line that closes it before the space ahead of the first sentence."""
_LINE_PARAGRAPH = lazy_compile(r"[ \t\u3000]*(?:(?P<art>第[ ]?(?:[0-9]+|[０-９]+|[一二三四五六七八九十百千]+)[ ]?条)|(?P<num>[0-9]+|[０-９]+)(?:[ \u3000]|[ \t]*$))")
"""The start of a layout line opening an article or a paragraph; the number may stand alone on its
line (pdftotext sets a 項 number apart from its text)."""


def _line_paragraph(line: str, para: int) -> int:
    """The paragraph number a layout line opens (1 for an article heading), else ``para``."""
    m = _LINE_PARAGRAPH.match(line)
    if m is None:
        return para
    return 1 if m.group("art") else int(m.group("num").translate(_FW_DIGITS))


def _width(line: str) -> int:
    """Printed width in half-width units: a full-width character 2, ASCII 1, spaces nothing.

    The extractor's spaces take no room on the page, so they are not counted; a wrapped line
    is then about as wide as any other full line, whatever mix of kanji and digits it holds.
    """
    return sum(2 if ord(ch) >= 0x80 else 1 for ch in line if ch not in " \t")


_ENCLOSED = "\u2474-\u2487"
"""⑴ to ⒇ (PARENTHESIZED DIGIT ONE to TWENTY): the 号 numbers some drafts set as one glyph."""


def _item_number(marker: str) -> int:
    """The number of an item marker: (3), （３）, ⑶."""
    if len(marker) == 1 and "\u2474" <= marker <= "\u2487":
        return ord(marker) - 0x2473
    return _int(re.sub(r"[^0-9０-９]", "", marker))


_GOES_ON = frozenset("第0123456789０１２３４５６７８９、（(「・")
"""A line ending in one of these (or in an の other than もの) cannot end a unit."""


def _unit_start(char_spaced: bool) -> re.Pattern[str]:
    """A line that opens a unit: a paragraph, item or sub-item number ((ア) too), a caption, 第N条, 附則,
    a 別表 heading.

    In character-spaced text the space after a number is a gap of two spaces or more (a
    single space follows every character); in number-spaced text one space, and the number
    is not followed by a counter (``2 項`` continues ``第``). A 目次 entry whose range dash a PDF
    viewer's copy moved to the line's front (「― 第五章 …（第二十三条 第二十五条）」) opens one too.
    """
    gap = r"(?:[ ]{2,}|[ ]?\u3000[ ]?)" if char_spaced else r"[ \u3000]+"
    kanji = r"[一二三四五六七八九十百千〇](?:[ ]?[一二三四五六七八九十百千〇])*"
    num = rf"(?:[0-9]+|[０-９](?:[ ]?[０-９])*|{kanji})"
    return re.compile(
        rf"^[ \t\u3000]*(?:[0-9]+{gap}(?![{_COUNTERS}])\S|(?:[０-９]+|{kanji}){gap}\S|[(（][ ]?(?:{num}|[ア-ン])[ ]?[)）]|[{_ENCLOSED}]"
        rf"|[(（][^()（）]{{1,40}}[)）][ \t]*$"
        rf"|第[ ]?{num}[ ]?条(?:[ ]?の[ ]?{num})*(?:{gap}(?![第の及又にを、])|{_HEADING_CAPTION.pattern})"
        rf"|[附付][ ]?則|[ア-ンイロハ]{gap}\S"
        rf"|(?:[―－—‐][ \u3000]*)?第[ ]?{num}[ ]?[編章節款目](?:[ ]?の[ ]?{num})*{gap}\S|目[ ]?次[ \t]*$"
        rf"|別[ ]?[表記](?:[ ]?第[ ]?{num})?(?:[ ]?[(（][^()（）]{{1,30}}[)）][ \t]*$|[ \t]*$))"
    )


def _despace(buf: _Buf, char_spaced: bool, *, strict: bool = False) -> tuple[int, int]:
    """Delete the extractor's spaces; returns (spaces deleted, wider gaps kept as one space).

    In number-spaced text a number between two single spaces and before a Japanese word may
    open a paragraph whose 。 was lost or that follows an item without one (``事項 2 実施機関は``):
    its spaces stay for :func:`_restore_lines` to judge. With ``strict`` (the pass after it)
    only a number at the start of a line keeps the space after it.
    """
    text = buf.text
    edits: list[tuple[int, int, str]] = []
    deleted = gaps = 0
    seq = [0, -1, 0]  # the last kanji 号 number and ア・イ letter kept, 1 if letters go イロハ (spaced text)
    inside_numbers: set[int] = set()
    if not char_spaced:  # 第 十二 条, 第 １ 条の ２: the spaces inside a numbered reference
        for m in _SPACED_KANJI_NUMBER.finditer(text):
            inside_numbers.update(m.start(g) for g in range(1, 4) if m.group(g))
    for m in _WS_RUN.finditer(text):
        s, e = m.span()
        before = text[s - 1] if s > 0 else "\n"
        after = text[e] if e < len(text) else "\n"
        run = m.group()
        if after == "\n":  # trailing: always goes
            edits.append((s, e, ""))
            deleted += e - s
            continue
        if before == "\n":  # leading: indentation, one character is enough
            if len(run) > 1:
                edits.append((s + 1, e, ""))
                deleted += e - s - 1
            elif char_spaced and run == " ":
                edits.append((s, e, ""))
                deleted += 1
            continue
        if char_spaced:
            if run == " ":
                if _is_marker_space(text, s, after, True) or _next_in_sequence(text, s, after, seq) or (
                    _after_heading_number(text, s)
                ):
                    _count_marker(text[s - 1], seq)
                    continue
                edits.append((s, e, ""))
                deleted += 1
            else:  # a wider gap: a real space of the page, or a lost 、。
                keep = run.find("\u3000")
                keep = keep if keep >= 0 else 0
                if keep > 0:
                    edits.append((s, s + keep, ""))
                if s + keep + 1 < e:
                    edits.append((s + keep + 1, e, ""))
                deleted += e - s - 1
                gaps += 1
            continue
        # number-spaced: only a space between a digit and a Japanese character is an artefact
        if s in inside_numbers:
            edits.append((s, e, ""))
            deleted += 1
        elif run == " " and _digit_edge(before, after) and not _keeps_marker(text, s, e, after, strict):
            edits.append((s, e, ""))
            deleted += 1
        elif len(run) > 1 and "\u3000" not in run:
            edits.append((s + 1, e, ""))
            deleted += e - s - 1
    buf.apply(edits)
    return deleted, gaps


_CITES_ITEM = lazy_compile(r"[ァ-ヶ]?(?:において|に規定|に掲げ|に定め|の規定|に該当)")
"""What follows an item number cited in running text (「(3)イにおいて同じ。」, 「(2)に掲げる」): no item opens
with these words."""


def _keeps_marker(text: str, s: int, e: int, after: str, strict: bool) -> bool:
    """A space after a marker number, or the space before a number that is one, stays."""
    if _is_marker_space(text, s, after, False, loose=not strict, strict=strict):
        return True
    if after in _DIGITS:  # 「三 1 年以内に…」: a kanji 号 number alone before a count opening the item
        start = _line_start_near(text, s)
        item = _KANJI_ITEM_HEAD.fullmatch(text, start, s)
        if item is not None and _kanji_item_opens(text, start, item.start(1), after):
            return True
    if strict:
        return False
    if after in _DIGITS:
        j = e
        while j < len(text) and text[j] in _DIGITS:
            j += 1
        if j < len(text) - 1 and text[j] == " ":
            return _is_marker_space(text, j, text[j + 1], False, loose=True, heading=False)
    return False


_KANJI_ITEM_HEAD = lazy_compile(r"[ \u3000]?([一二三四五六七八九十]{1,3})")
"""A line's head that is only a kanji 号 number (「三」 of 「三 1 年以内に消去する…」, number-spaced text):
the space after it is the item's, not an artefact between a character and a digit."""


def _in_table_row(text: str, s: int) -> bool:
    """The line holding ``s`` is a row of a table drawn with 「｜」 between its cells."""
    end = text.find("\n", s)
    return "｜" in text[s : end if end >= 0 else len(text)]


def _digit_edge(before: str, after: str) -> bool:
    b_digit, a_digit = before in _DIGITS, after in _DIGITS
    b_ja, a_ja = not before.isascii() and not b_digit, not after.isascii() and not a_digit
    return (b_digit and a_ja) or (b_ja and a_digit) or (before in "(（" and a_digit) or (b_digit and after in ")）")


def _is_marker_space(
    text: str, s: int, after: str, char_spaced: bool, *, loose: bool = False, strict: bool = False,
    heading: bool = True,
) -> bool:
    """True if the space at ``s`` follows a paragraph, item or sub-item number opening a unit.

    The number opens a unit when it starts a line or follows 。 or ：, or a gap (two spaces or
    more in spaced text), or, in number-spaced text, a single space after a sentence ending
    (る, い, た …: the 。 was lost in extraction). The parser needs the space after such a number.
    A number in a row of a table drawn with 「｜」 (a 読替え row 「第44条の2 第2項第1号｜この章｜…」) opens no unit.
    """
    if after.isascii():
        return False
    line_start = _line_start_near(text, s)
    head = text[max(line_start, s - 8) : s]
    m = _MARKER_END.search(head)
    if m is None or _in_table_row(text, s):
        return False
    # a counter after a number (２ 人, 2 千円; not 2 千草谷…) makes a count; after a letter (ロ 人の
    # 生命…) or a parenthesised number it is the item's first word
    numeral = m.group()[-1] in _DIGITS or m.group()[-1] in _KANJI_NUMERALS
    at = s - (len(head) - m.start())
    counter = numeral and after in _COUNTERS and not _word_not_counter(text, s + 1)
    if counter and _division_word(after, text[max(line_start, at - 3) : at]):
        counter = False  # 「2 編籠市個人情報保護条例…は、廃止する。」
    if counter:
        return False
    if m.group()[-1] in _KANJI_NUMERALS:
        return char_spaced and _kanji_item_opens(text, line_start, at, after)
    if at == line_start:
        return True
    if strict:  # only the space after the number of an article heading opening the line
        return _HEADING_NUMBER.fullmatch(text, line_start, s) is not None
    if loose and heading and _SENTENCE_HEADING.search(text, max(line_start, s - 24), s):
        return True  # 。 第 6 条の 2 前条の…: the number of an article heading after a sentence
    prev = text[at - 1]
    if prev in "。:：":
        return True
    if prev not in " \u3000":
        return False
    p = at - 1
    while p > line_start and text[p - 1] in " \u3000":
        p -= 1
    if p == line_start or text[p - 1] in "。:：":
        return True
    if at - p >= 2 or text[at - 1] == "\u3000":
        return True
    if char_spaced or counter:
        return False
    if loose:  # any Japanese word before, but not 第 or の (第 2 項, 条の 2)
        ch = text[p - 1]
        if ch == ")":  # a caption in half-width brackets: (施行期日) 1 この条例は…
            return _CAPTION_BEFORE.search(text, max(line_start, p - 40), p) is not None
        return not ch.isascii() and ch != "第" and (ch != "の" or _ends_sentence(text, p))
    return _ends_sentence(text, p)


_SPACED_HEADING_END = lazy_compile(
    rf"(?:^|[。)）]) ?第(?: ?[0-9０-９{_KANJI_NUMERALS}])+ ?条(?: ?の(?: ?[0-9０-９{_KANJI_NUMERALS}])+)*$", re.M
)


_SPACED_DIVISION_END = lazy_compile(
    rf"(?:^|[。)）]) ?第(?: ?[0-9０-９{_KANJI_NUMERALS}])+ ?[編章節款目](?: ?の(?: ?[0-9０-９{_KANJI_NUMERALS}])+)*$", re.M
)
"""A chapter's or section's heading number (第 ４ 章) at the end of what precedes a space."""


def _after_heading_number(text: str, s: int) -> bool:
    """In character-spaced text, the space at ``s`` follows an article heading's number (第 ４ 条),
    or a chapter's or section's (第 ４ 章: its title follows), that opens a line or follows 。 or a caption, and no particle or reference goes on after it:
    the gap between the heading and its first sentence, kept as a space (a term that opens the
    sentence, 「第４条　事業者は」, is then a word of its own, not glued to 条)."""
    if text.startswith(_NOT_AFTER_HEADING, s + 1) or text[s + 1 : s + 2] in tuple(_KANJI_NUMERALS + _DIGITS):
        return False  # (第 四 十 七 条 の 十 一: the number goes on)
    if _in_table_row(text, s):
        return False
    return (_SPACED_HEADING_END.search(text, max(0, s - 40), s) is not None
            or _SPACED_DIVISION_END.search(text, max(0, s - 40), s) is not None)


_CAPTION_AFTER = lazy_compile(r"[(（](?![^()（）\n]*(?:[0-9０-９]|明治|大正|昭和|平成|令和))[^()（）\n]{2,30}[)）]")
"""A caption after a 附則 heading: a parenthesis with no number or era in it (unlike
「附則（令和5年3月条例第2号）」)."""
_CAPTION_BEFORE = lazy_compile(r"(?:^|[。 \u3000])\([^()0-9０-９\n]{2,30}\)$", re.M)
"""A caption in half-width brackets ending where a number follows (no digit inside: not a law
number's parenthesis)."""


def _count_marker(ch: str, seq: list[int]) -> None:
    """Note the kanji 号 number or ア・イ letter whose space was kept (see _next_in_sequence)."""
    if ch in _KANJI_NUMERALS:
        seq[0], seq[1] = _int(ch), -1
    elif ch in _KANA_ORDER:
        if seq[1] < 0:  # the first letter says the order: ア… or イロハ…
            seq[2] = 1 if ch == "イ" else 0
        order = _IROHA if seq[2] else _KANA_ORDER
        seq[1] = order.find(ch)


def _next_in_sequence(text: str, s: int, after: str, seq: list[int]) -> bool:
    """In character-spaced text, the space at ``s`` follows the next 号 number or ア・イ letter
    after the last one kept: an item that ended without 。 (…できるもの イ 個人識別…, …団体 六
    情報提供…) and whose line break became one more single space.

    Only the very next number counts, not after 第 or another numeral, nor inside a katakana word
    (フ ァ イ ル) or before a counter (六 年).
    """
    ch = text[s - 1] if s > 0 else ""
    before = text[s - 3] if s >= 3 and text[s - 2] == " " else ""
    if not before or after.isascii() or (
        after in _COUNTERS and ch in _KANJI_NUMERALS and not _word_not_counter(text, s + 1)
    ):
        return False  # (六 年: a count; イ 人の…: a letter's first word)
    if ch in _KANJI_NUMERALS:
        return seq[0] >= 1 and _int(ch) == seq[0] + 1 and after not in _KANJI_NUMERALS and (
            before not in _KANJI_NUMERALS and before != "第"
        )
    if ch in _KANA_ORDER:
        kana = "\u30a0" <= before <= "\u30ff" or "\u30a0" <= after <= "\u30ff"
        if kana:
            return False
        if seq[1] < 0:  # the first letter under an item that announces them (次に掲げる…もの イ …)
            announced = text[max(0, s - 240) : s].replace(" ", "")
            return seq[0] >= 1 and ch in "アイ" and ("次に" in announced or "次の" in announced)
        order = _IROHA if seq[2] else _KANA_ORDER
        return order.find(ch) == seq[1] + 1
    return False


def _kanji_item_opens(text: str, line_start: int, at: int, after: str) -> bool:
    """In character-spaced text, a kanji 号 number (一 to 十) at ``at`` opens an item: it starts
    a line or follows a 。, is not a numeral going on (二 十 日), and 一 follows a paragraph
    that announces items (次の各号, 次に掲げる): else 一 定 の… is a sentence starting with 一定."""
    if after in _KANJI_NUMERALS:
        return False
    p = at
    while p > line_start and text[p - 1] in " \u3000":
        p -= 1
    # after 。, or after a wider gap (a lost 。) that ends a sentence (…をいう   二 公文書)
    if p != line_start and text[p - 1] != "。" and not (
        at - p >= 2 and "\u3041" <= text[p - 1] <= "\u309f" and _ends_sentence(text, p)
    ):
        return False
    if text[at] != "一":
        return True
    before = text[max(0, p - 240) : p].replace(" ", "")
    return "次の" in before or "次に" in before


def _line_start_near(text: str, pos: int, window: int = 256) -> int:
    """Start of the line holding ``pos`` if it is within ``window`` characters; else a position
    ``window`` back (no marker test looks further, and on one long line an unbounded look-back
    would make the pass quadratic)."""
    lo = max(0, pos - window)
    return text.rfind("\n", lo, pos) + 1 or lo


def _ends_sentence(text: str, p: int) -> bool:
    """True if ``text[:p]`` ends like a sentence whose 。 was lost (する, もの, …)."""
    ch = text[p - 1 : p]
    if ch == "の":
        return text[p - 2 : p] == "もの"
    return ch != "" and ch in _SENTENCE_END


_SENTENCE_HEADING = lazy_compile(
    r"(?:^|。[ \u3000]?|[^0-9０-９ (（][)）][ \u3000]?|[るいたずうくすむつきの] )第 ?(?:[0-9]+|[０-９]+) ?条(?: ?の ?(?:[0-9]+|[０-９]+))*$", re.M
)
"""An article number after a line start, a sentence or a caption (not after an item (1))."""
_HEADING_NUMBER = lazy_compile(r"[ \u3000]*第(?:[0-9]+|[０-９]+)条(?:の(?:[0-9]+|[０-９]+))*")
_MARKER_END = lazy_compile(
    r"(?:[0-9]+|[０-９]+|[(（] ?(?:[0-9]+|[０-９]+) ?[)）]|[ア-ン]|[(（][ア-ン][)）]|(?<![一二三四五六七八九十百千〇])[一二三四五六七八九十])$"
)
"""The number or letter of a paragraph, item or sub-item (一 to 十: the 号 of kanji-numbered
drafts, one glyph, as a character-spaced text spells 十一 out as 十 一)."""


_BOUNDARY = "。 \u3000)）:：」"
_NOT_AFTER_HEADING = (
    "第", "の", "に", "を", "、", "及", "又", "若", "から", "まで", "中", "並", "ま", "と", "が", "は", "で", "・",
    "―", "—", "－", "-", "~", "〜", "各", "前", "後", "所", "本", "(", "（", "。", "」", ")", "）",
)
_PARTICLE_AFTER_SPACE = ("の", "に", "を", "が", "は", "で", "と", "又は", "若しくは", "並びに", "、", "。")
"""What follows an article number and one space only when the number is cited, never after a
heading's number (its first sentence opens with a noun or a reference). Not から or 及び: a
削除 range's first number is followed by them (「第十条 から第十二条まで　削除」)."""
_AMENDMENT_NOTE = lazy_compile(
    r"(?<=。)[ \u3000]?(?P<note>[(（](?:明|大|昭|平|令)[元0-9０-９一二三四五六七八九十]+"
    r"(?:条例|規則)[0-9０-９一二三四五六七八九十]+号?(?:・[^()（）\n]{1,12})?[)）])(?=[ \u3000]|\n|$)"
)
"""An amendment note of a 例規集 copy after a provision's last sentence: 「（令7条例18・追加）」,
「（平28条例5・一部改正）」 (era, ordinance number, what was done)."""
_SUPPL_NUMBER = lazy_compile(
    r"[(（][^()（）\n]{0,20}(?:明治|大正|昭和|平成|令和)[^()（）\n]{1,20}年[^()（）\n]{1,30}第[^()（）\n]{1,8}号[ \u3000]?[)）]"
)
"""The bracket after an amending ordinance's 附則: its date and number (「（令和7年9月26日条例第18号）」)."""
_TABLE_RELATION = lazy_compile(r"^[(（][ ]?第[ ]?[0-9０-９一二三四五六七八九十][^()（）]*関係[ ]?[)）]$")
"""The bracket of a 別表 or 様式 heading that names the articles using it (（第２条関係）)."""
_KANJI_DIGITS = "一二三四五六七八九十百千〇"
_N = rf"(?:[0-9]+|[０-９]+|[{_KANJI_DIGITS}]+)"
"""A unit number: Arabic, full-width or kanji (第十四条の二, ２　, 一　)."""
_STRUCT = lazy_compile(
    rf"(?P<cap>[(（](?![ ]?[0-9０-９]+[ ]?[)）])(?![^()（）\n]*(?:明治|大正|昭和|平成|令和)[^()（）\n]*第[^()（）\n]*号[ ]?[)）])[^()（）\n]{{1,48}}[)）])(?=[ \u3000]?\n?(?:第{_N}条|[0-9０-９]+[ \u3000]|[0-9０-９]+[^\s0-9０-９,.，．]))"
    rf"|(?P<art>第(?P<an>{_N})条(?P<ab>(?:の{_N})*))"
    rf"|(?P<div>第(?P<dn>{_N})(?P<dk>[編章節款目])(?:の{_N})*)"
    r"|(?P<toc>目[ \u3000]?次)(?=[ \u3000]|第|$)"
    r"|(?P<sup>[附付][ \u3000]?則)(?=[ \u3000(（]|$|[0-9０-９]|第|この)"
    r"|(?P<para>(?<![0-9０-９第])(?:[0-9]+|[０-９]+))(?=[ \u3000][^\s0-9０-９])"
    r"|(?P<gpara>(?<![0-9０-９第])(?:[0-9]+|[０-９]+))(?=[^\s0-9０-９,.，．])"
    rf"|(?P<item>[(（] ?(?:[0-9]+|[０-９]+) ?[)）]|[{_ENCLOSED}])"
    rf"|(?P<kitem>(?<![{_KANJI_DIGITS}第])[一二三四五六七八九十]+)(?=[ \u3000][^\s])"
    r"|(?P<sub>(?<![ァ-ヶー])[ア-ン])(?=[ \u3000][^\s])"
    r"|(?P<bsub>[(（] ?[ア-ン] ?[)）])(?=[ \u3000]?[^\s])"
    rf"|(?P<law>(?:明治|大正|昭和|平成|令和)(?:{_N}|元)年{_N}月{_N}日(?:条例|規則)第{_N}号)"
    r"|(?P<rev>改[ \u3000]?正)(?=[ \u3000]?(?:明治|大正|昭和|平成|令和))",
    re.M,
)


_SUPPL_CITED = lazy_compile(
    rf"(?:[ \u3000]?第[ \u3000]?{_N}[ \u3000]?[条項号](?:[ \u3000]?の[ \u3000]?{_N})*)+[ \u3000]?"
    r"(?:[のにをはがでと及又並若、中]|から|まで|ただし書|本文|前段|後段|各号)"
)
"""What follows 附則 when it is cited, not a heading: 附則第2項の規定, 附則第3条及び…,
附則第1条第5号に掲げる…, 附則第1項ただし書に規定する日"""
_ARTICLE_AHEAD = lazy_compile(rf"[ \u3000]?第{_N}条")
_RELATIVE_AHEAD = lazy_compile(r"[ \u3000]?(?:前|同)(?:条|項|各|号)")
_DIVISION_TITLE = lazy_compile(rf"第{_N}[編章節款目](?:の{_N})*[ \u3000]?[^\s。、「」()（）]{{1,30}}")
_DELETED_RANGE = lazy_compile(rf"(?:から|及び)第(?P<to>{_N})条(?P<tb>(?:の{_N})*)(?:まで)?[ \u3000]*削[ \u3000]?除")
"""The rest of a deleted range's heading: 第十条から第十二条まで　削除, 第3条及び第4条　削除."""
_CITATION = lazy_compile(r"[0-9０-９]|明治|大正|昭和|平成|令和")
"""What a caption never holds and a parenthesis citing a law number does."""


def _after_unit_end(text: str, start: int) -> bool:
    """False after a closing bracket, unless it closes a sentence (。）): a number right after a
    parenthesis is part of a citation, not a new item."""
    return text[start - 1] not in ")）」" or text[start - 2 : start - 1] in ("。", " ")  # 。 or a lost 。


def _int(numeral: str) -> int:
    """The value of an Arabic, full-width or kanji numeral (0 if it is none)."""
    from ordreview.core.text import kanji_to_int

    return kanji_to_int(numeral) or 0


def _branch(text: str) -> tuple[int, ...]:
    return tuple(_int(x) for x in re.findall(_N, text))


_TITLE_AT_START = lazy_compile(
    r"[ \u3000]*[^\s「」。、]{2,60}?(?:条例|規則|細則|規程)(?:[(（]案[)）])?(?=[ \u3000]|(?:明治|大正|昭和|平成|令和))"
)


# A 目次 entry whose range dash a PDF viewer's copy moved to the front of the line, or onto a line
# of its own above the entry (``pdftotext -raw``): 「　― 第一章 総則（第一条 第三条）」 or 「―」 /
# 「第一章 総則（第一条 第三条）」 for 「　第一章 総則（第一条―第三条）」.
_TOC_DASH_MOVED = lazy_compile(
    r"^(?P<indent>[ \u3000]*)(?P<dash>[―－—‐][ \u3000]*(?:\n[ \u3000]*)?)"
    r"(?P<entry>第[^\n（）()]{1,40}[（(]第[^\n（）()]{1,12}?条(?:の[0-9０-９一二三四五六七八九十]+)?)"
    r"(?P<gap>[ \u3000]+)(?=第[^\n（）()]{1,16}?[）)][ \u3000]*$)",
    re.M,
)


_TOC_DASH_MOVED_INLINE = lazy_compile(
    r"(?<=[ \u3000])(?P<dash>[―－—‐][ \u3000]+)"
    r"(?P<entry>第[^\n（）()―－—‐]{1,40}[（(]第[^\n（）()]{1,12}?条(?:の[0-9０-９一二三四五六七八九十]+)?)"
    r"(?P<gap>[ \u3000]+)(?=第[^\n（）()]{1,16}?[）)])"
)
"""The same on a text run onto one line: 「目次 ― 第一章 総則（第一条 第五条） ― 第二章 …」."""


_TOC_DASH_AT_END = lazy_compile(
    r"^(?P<entry>[ \u3000]*第[^\n（）()―－—‐]{1,40}[（(]第[^\n（）()―－—‐]{1,12}?条(?:の[0-9０-９一二三四五六七八九十]+)?)"
    r"(?P<gap>[ \u3000]+)(?P<last>第[^\n（）()―－—‐]{1,16}?[）)])(?P<dash>[ \u3000]+[―－—‐][ \u3000]*)$",
    re.M,
)
"""A 目次 entry whose range dash a PDF viewer's copy moved to the end of the line (PDFium, a
right-aligned glyph run copied last): 「第3章 開示（第4条 第7条） ―」 for 「第3章 開示（第4条―第7条）」."""


_TOC_DASH_BEFORE_JO = lazy_compile(
    r"[(（]第[ ]?(?:[0-9]+|[０-９]+|[一二三四五六七八九十百千]+)[ ]?(?P<dash>[―－—‐])(?P<nl>[ \u3000]*\n[ \u3000]*)"
    r"条(?P<gap>[ \u3000]?)(?=第)"
)
"""A 目次 range whose dash came out before the 条 of its first article, with a line break
(content-stream order, ``pdftotext -raw``): 「（第 1 ―」 / 「条 第 4 条）」 for 「（第1条―第4条）」."""


_GAP = r"(?:[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*|[ \u3000]+)"
_DELETION_PAST_DIVISION = lazy_compile(
    rf"(?:^|(?<=[。\n])|(?<=。[ \u3000]))[ \u3000]*"
    rf"(?P<label>第{_N}条(?:の{_N})*(?:(?:から|及び)第{_N}条(?:の{_N})*(?:まで)?)?)"
    rf"{_GAP}(?:(?P<div>第{_N}[編章節款目](?:の{_N})*){_GAP}(?:(?P<title>[^\s。、「」()（）削]{{1,30}}){_GAP})?"
    rf"(?:(?P<cap>[(（][^()（）\n]{{1,30}}[)）]){_GAP})?)?"
    rf"(?P<del>削[ \u3000]?除{_GAP})"
)
"""A deleted article (or range) whose 削除 an extractor moved past the next division heading:
the heading (第N章 with its title, the title centred on the page) and the deleted range's line
share a band of the page, and a copy that reads the page block by block gives
``第二十条から第二十二条まで`` / ``第四章`` / ``削除`` / ``救済手続``; the caption of the next
article may come between them too (``第四章　救済手続`` / ``（審査会への諮問）`` / ``削除``), or only
blank lines (``第十条から第十二条まで`` / ``削除``)."""


def _deletions_past_divisions(buf: _Buf) -> int:
    """Put 削除 back after the deleted article or range it belongs to (see
    ``_DELETION_PAST_DIVISION``); returns how many were moved."""
    edits: list[tuple[int, int, str]] = []
    text = buf.text
    for m in _DELETION_PAST_DIVISION.finditer(text):
        if m.end() < len(text) and text[m.end() - 1] not in " \u3000\n":
            continue
        if m.group("div") is None:  # only blank lines between: the gap becomes the heading's space
            if "\n" in text[m.end("label") : m.start("del")]:
                edits.append((m.end("label"), m.start("del"), "\u3000"))
            continue
        edits.append((m.end("label"), m.end("label"), "\u3000削除"))
        edits.append((m.start("del"), m.end("del"), ""))
    buf.apply(edits)
    return len(edits) // 2


_DIVISION_TITLE_BELOW = lazy_compile(
    rf"(?m)^[ \u3000]*(?P<label>第{_N}[編章節款目](?:の{_N})*)(?P<gap>[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*)"
    rf"(?P<title>[^\s。、「」()（）第]{{1,30}})[ \t\u3000]*\n(?=(?:[ \t\u3000]*\n)*[ \t\u3000]*[（(第])"
)
"""A division heading whose number and title an extractor set on lines of their own (the title
centred apart from the number): ``第四章`` / blank / ``救済手続``, a caption or an article next."""


_DIVISION_TITLE_PAST_CAPTION = lazy_compile(
    rf"(?m)^[ \u3000]*(?P<label>第{_N}[編章節款目](?:の{_N})*)[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    rf"[ \t\u3000]*[（(][^()（）\n]{{1,30}}[)）][ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    rf"(?P<line>[ \t\u3000]*(?P<title>[^\s。、「」()（）第]{{1,30}})[ \t\u3000]*\n)(?=(?:[ \t\u3000]*\n)*[ \t\u3000]*第{_N}条)"
)
"""The same, with the first article's caption come out between the number and the title
(``第5章`` / ``（苦情の処理）`` / ``補則`` / ``第29条…``): the title goes back after the number (its few
characters take the offset of the line end after the number, so offsets still only grow)."""


def _division_titles_below(buf: _Buf) -> int:
    """Join a division's number and its title set on the lines below it (see
    ``_DIVISION_TITLE_BELOW`` and ``_DIVISION_TITLE_PAST_CAPTION``); returns how many were joined."""
    edits = [(m.start("gap"), m.end("gap"), "\u3000") for m in _DIVISION_TITLE_BELOW.finditer(buf.text)]
    buf.apply(edits)
    edits = []
    for m in _DIVISION_TITLE_PAST_CAPTION.finditer(buf.text):
        edits.append((m.end("label"), m.end("label"), "\u3000" + m.group("title")))
        edits.append((m.start("line"), m.end("line"), ""))
    buf.apply(edits)
    return len(edits)


def _toc_dashes(buf: _Buf) -> int:
    """Put back the range dash of 目次 entries where the copy moved it to the line's front, or
    before the 条 of the range's first article on the line above."""
    edits: list[tuple[int, int, str]] = []
    for m in _TOC_DASH_MOVED.finditer(buf.text):
        edits.append((m.start("dash"), m.end("dash"), ""))
        edits.append((m.start("gap"), m.end("gap"), m.group("dash").strip()))
    for m in _TOC_DASH_MOVED_INLINE.finditer(buf.text):
        edits.append((m.start("dash"), m.end("dash"), ""))
        edits.append((m.start("gap"), m.end("gap"), m.group("dash").strip()))
    for m in _TOC_DASH_AT_END.finditer(buf.text):
        edits.append((m.start("gap"), m.end("gap"), m.group("dash").strip()))
        edits.append((m.start("dash"), m.end("dash"), ""))
    for m in _TOC_DASH_BEFORE_JO.finditer(buf.text):
        edits.append((m.start("dash"), m.end("nl"), ""))
        edits.append((m.start("gap"), m.end("gap"), m.group("dash")))
    buf.apply(sorted(edits))
    return len(edits) // 2


def _titles_at_line_ends(buf: _Buf) -> int:
    """Delete the ordinance's title standing after a space at the end of a line (of its first line
    aside): on a text run onto one line, a running head the page numbers no longer mark
    (「第九条 削除 鶴見野町個人情報保護条例」 / 「（適正管理）」). A provision never ends with the
    bare title (a citation goes on: 「…条例（平成…）」, 「…条例の規定」, or ends with 。).
    Returns how many were deleted."""
    text = buf.text
    first_end = text.find("\n")
    if first_end < 0:
        return 0
    title = _title_of(text).strip(" \u3000")
    if len(title) < 6 or not _TITLE_END.search(title):
        return 0
    edits = []
    pos = text.find(title, first_end)
    while pos >= 0:
        end = pos + len(title)
        s = pos
        while s > 0 and text[s - 1] in " \u3000":
            s -= 1
        if s < pos and text[s - 1 : s] != "\n" and (end == len(text) or text[end] == "\n"):
            edits.append((s, end, ""))
        pos = text.find(title, end)
    buf.apply(edits)
    return len(edits)


_TAIL_FIRST = lazy_compile(
    r"(?m)^(?P<label>[ \u3000]*(?:[(（][0-9０-９]+[)）]|[\u2474-\u2487]|[一二三四五六七八九十]+))[ \u3000]+"
    r"(?P<tail>[^\s。、]{1,4}。)[ \u3000]+(?P<first>[^\n]{10,}[^\s。)）」])[ \u3000]*$"
)
"""An item of a text run onto one line whose first layout line came after its last (see
:func:`_displaced_first_lines`): 「(7) う。 本人 個人情報によって識別される特定の個人をい」."""


_TOC_TAIL_FIRST = lazy_compile(
    rf"(?P<gap>[ \u3000]?)(?P<label>第{_N}[編章節款目](?:の{_N})?)[ \u3000]?(?P<tail>条?の{_N}[)）])[ \u3000]+"
    rf"(?P<first>[^\s（）()]{{2,40}}[（(]第[^（）()\n]{{1,30}}?)(?=\n|$)"
)
"""The same for a 目次 entry: 「第4章の2の4） 特定個人情報の取扱いの特例（第28条の2―第28条」."""


def _displaced_tails_on_one_line(buf: _Buf) -> int:
    """Move the tail of such an item (a few characters ending 。) or 目次 entry (the end of its
    range) after its first line; the 目次 entry gets its own line."""
    edits: list[tuple[int, int, str]] = []
    for m in _TAIL_FIRST.finditer(buf.text):
        edits.append((m.start("tail"), m.start("first"), ""))
        edits.append((m.end("first"), m.end("first"), m.group("tail")))
    for m in _TOC_TAIL_FIRST.finditer(buf.text):
        if m.group("gap") and m.start() > 0 and buf.text[m.start() - 1] != "\n":
            edits.append((m.start("gap"), m.end("gap"), "\n"))
        edits.append((m.end("label"), m.start("first"), "\u3000"))
        edits.append((m.end("first"), m.end("first"), m.group("tail")))
    buf.apply(sorted(edits))
    return len(edits) // 2


def _restore_lines(buf: _Buf, char_spaced: bool) -> int:
    """Put line breaks back before the ordinance's units (see the module docstring).

    In character-spaced text every character had a space around it, so no space marks a
    boundary there: headings (目次, 附則, 第N章, the 制定 line) are then recognised by their
    numbering alone.
    """
    text = buf.text
    title = _TITLE_AT_START.match(text)
    if title and title.end() < len(text) and text[title.end()] != "\n":  # the title ends its line
        buf_breaks_title = [title.end() + (1 if text[title.end()] in " \u3000" else 0)]
    else:
        buf_breaks_title = []
    walk = _UnitWalk(text, char_spaced)
    for m in _STRUCT.finditer(text):
        walk.visit(m)
    breaks = walk.breaks
    breaks.extend(buf_breaks_title)
    # an amendment note under a provision (「…に処する。（令7条例18・追加）」) stands on its own line
    breaks.extend(m.start("note") for m in _AMENDMENT_NOTE.finditer(text))
    edits: list[tuple[int, int, str]] = []
    for at in sorted(set(breaks)):
        s = at
        while s > 0 and text[s - 1] in " \u3000":
            s -= 1
        if s == 0 or text[s - 1] == "\n":
            continue
        if s < at:
            edits.append((s, at, "\n"))
        else:
            edits.append((at, at, "\n"))
    buf.apply(edits)
    return len(edits)


class _UnitWalk:
    """The walk of :func:`_restore_lines` over the unit markers of a text, in order: the
    numbering seen so far (article, divisions, 項, 号, sub-items) and the places where a unit
    begins and a line break was lost. Each kind of marker has its own step."""

    def __init__(self, text: str, char_spaced: bool) -> None:
        self.text = text
        self.char_spaced = char_spaced
        self.breaks: list[int] = []
        self.toc_seen = False
        self.last_art: tuple[int, tuple[int, ...]] | None = None
        self.last_div: dict[str, int] = {}
        self.para = 0
        self.item = 0
        self.kitem = 0
        self.sub = -1
        self.sub_order = _KANA_ORDER
        # （ア）（イ）…: the last one seen and the unit it counts in (article, 項, 号)
        self.bsub, self.bsub_in, self.bsub_order = -1, (None, 0, 0, 0), _KANA_ORDER
        self.in_body = False  # past the first article
        self.caption_before = -1  # where an article follows a caption put on its own line
        self.caption_para = -1  # where a glued 項 number follows a caption put on its own line

    def visit(self, m: re.Match[str]) -> None:
        text = self.text
        start = m.start()
        # a line break restored right here (after a 附則 heading) makes this marker a line's first
        line_start = start == 0 or text[start - 1] == "\n" or bool(self.breaks and self.breaks[-1] == start)
        boundary = line_start or text[start - 1] in _BOUNDARY
        kind = m.lastgroup
        if self.char_spaced and kind in ("div", "toc", "sup", "law", "rev"):
            boundary = True
        step = {
            "cap": self.caption, "art": self.article, "div": self.division, "toc": self.toc_or_suppl,
            "sup": self.toc_or_suppl, "para": self.paragraph, "item": self.arabic_item,
            "kitem": self.kanji_item, "sub": self.sub_item, "bsub": self.bracketed_sub_item, "law": self.law_line, "rev": self.law_line,
            "gpara": self.glued_paragraph,
        }.get(kind)  # type: ignore[arg-type]
        if step is not None:
            step(m, kind, line_start, boundary)

    def caption(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        text, start = self.text, m.start()
        if _TABLE_RELATION.search(m.group("cap")):
            return  # 別表第１（第２条関係）: the table's heading names its articles, no caption
        after = m.end() + (1 if text[m.end() : m.end() + 1] in " \u3000" else 0)
        after += text[after : after + 1] == "\n"  # (a caption glued to the line above, its article below)
        nxt = _STRUCT.match(text, after)
        # a caption stands after a boundary and holds no number; else the article must read
        # as a heading (not 第2条第2号 after a parenthesis that cites a law number)
        captionlike = (boundary or self.char_spaced) and not _CITATION.search(m.group("cap"))
        # what follows the article number, past a wrapped line's break (「…条例第2号）第2条」
        # at a line's end, 「第2号に規定する」 on the next: a reference, not a heading)
        tail = text[nxt.end() : nxt.end() + 4].lstrip(" \u3000\n")[:2] if nxt is not None else ""
        if nxt is not None and nxt.group("art") and not line_start and (
            captionlike or not tail.startswith(_NOT_AFTER_HEADING)
        ) and (_expected_article(nxt, self.last_art) or _repeated_article(nxt, self.last_art)):
            self.breaks.append(start)
            self.caption_before = nxt.start()
        elif nxt is not None and nxt.group("para") and not line_start and _int(nxt.group("para")) == self.para + 1:
            self.breaks.append(start)  # a caption over a 項 of the 附則
        elif (nxt is not None and self.char_spaced and nxt.group("gpara") and captionlike
              and _int(nxt.group("gpara")) == self.para + 1):
            # (single-gap spaced text: 「(施行期日)1この条例は」, the number glued to its text)
            if not line_start:
                self.breaks.append(start)
            self.caption_para = nxt.start()

    def article(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        text, start = self.text, m.start()
        tail = text[m.end() : m.end() + 2]
        num = (_int(m.group("an")), _branch(m.group("ab")))
        # 第6条の2第4条…: an article number cannot be followed by another article's, so the
        # first is a heading whose sentence starts with a reference
        # 第九条前条各項の…: a reference cannot follow a reference, so the first is a heading
        then_article = _ARTICLE_AHEAD.match(text, m.end()) is not None or _RELATIVE_AHEAD.match(
            text, m.end()) is not None
        deleted = _DELETED_RANGE.match(text, m.end())
        if deleted is not None and (line_start or boundary) and _expected_article(m, self.last_art):
            if not line_start and text[start - 1] not in ")）":
                self.breaks.append(start)
            self.last_art = (_int(deleted.group("to")), _branch(deleted.group("tb")))
            self.para, self.item, self.kitem, self.sub, self.in_body = 1, 0, 0, -1, True
            return
        # 「…。第５条（住民の責務） 住民は」: the caption set after the number, on the heading's line
        captioned = _HEADING_CAPTION.match(text, m.end()) is not None
        if tail.startswith(_NOT_AFTER_HEADING) and start != self.caption_before and not then_article and not captioned:
            return
        before = text[start - 2 : start].rstrip(" \u3000")[-1:] if start > 0 else ""
        if before and before in "(（～〜~":
            return  # 「（第一条 第三条）」, 「( 第1条～第4条 )」: a citation or a 目次 range, never a heading
        # a heading is followed by the space before its first sentence; a reference never is
        # (its spaces went with the extractor's)
        spaced = text[m.end() : m.end() + 1] in (" ", "\u3000") or captioned
        if spaced and not captioned and text.startswith(_PARTICLE_AFTER_SPACE, m.end() + 1) and not then_article:
            # 「…をいう。第21条の9 において同じ。）」: a line's end fell after a cited number; no
            # sentence a heading opens starts with a particle
            return
        # 第五章罰則第十五条…: an article right after a division's title (no caption between)
        after_title = self.char_spaced and not line_start and _after_division_title(text, start, self.breaks)
        if line_start or ((boundary or spaced or after_title) and _expected_article(m, self.last_art)) or (
            start == self.caption_before and _repeated_article(m, self.last_art)
        ):
            if not line_start and text[start - 1] not in ")）":
                self.breaks.append(start)
            self.last_art, self.para, self.item, self.kitem, self.sub, self.in_body = num, 1, 0, 0, -1, True

    def division(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        tail = self.text[m.end() : m.end() + 2]
        if tail.startswith(_NOT_AFTER_HEADING[1:]) or not boundary:
            return
        n, k = _int(m.group("dn")), m.group("dk")
        prev = self.last_div.get(k, 0)
        branched = "の" in m.group("div")
        if n in (1, prev + 1) or line_start or (branched and n == prev):
            if not line_start:
                self.breaks.append(m.start())
            self.last_div[k] = n
            for lower in "編章節款目"["編章節款目".index(k) + 1 :]:
                self.last_div.pop(lower, None)

    def toc_or_suppl(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        text = self.text
        if kind == "toc" and (self.in_body or self.toc_seen):
            return
        if kind == "sup" and not line_start and _SUPPL_CITED.match(text, m.end()):
            return  # 「５　附則第２項の規定による…」: a citation of the 附則, no heading
        if kind == "sup" and not (self.in_body or self.toc_seen):
            return
        self.toc_seen = True
        if boundary and not line_start:
            self.breaks.append(m.start())
        if kind == "sup" and self.in_body:
            self.last_art, self.para, self.item, self.kitem, self.sub = None, 0, 0, 0, -1
        end = m.end()
        # the heading stands on its own line: break after it too unless a bracket follows
        rest = end + 1 if text[end : end + 1] in (" ", "\u3000") else end
        if rest < len(text) and text[rest] not in "(（\n" and (rest > end or text[rest] in "第0123456789０１２３４５６７８９こ"):
            self.breaks.append(rest)
        elif kind == "sup" and rest < len(text) and text[rest] in "(（":
            # an amending ordinance's 附則 with its number (「付 則（令和7年9月26日条例第18号） この条例は」)
            dated = _SUPPL_NUMBER.match(text, rest)
            if dated is not None and dated.end() < len(text) and text[dated.end()] != "\n":
                self.breaks.append(dated.end() + (1 if text[dated.end()] in " \u3000" else 0))
        elif kind == "sup" and self.in_body and _CAPTION_AFTER.match(text, rest):
            self.breaks.append(rest)  # 附則(施行期日)…: a caption, not the amending ordinance's number

    def paragraph(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        n = _int(m.group("para"))
        if line_start:
            self.para, self.item, self.kitem, self.sub = n, 0, 0, -1
            return
        if n == self.para + 1 and self.in_body and _opens_unit(
            self.text, m.start(), after_item=self.item > 0 or self.kitem > 0 or self._in_bracketed_items()
            or self._after_announced_list(m.start())
        ):
            self.breaks.append(m.start())
            self.para, self.item, self.kitem, self.sub = n, 0, 0, -1

    def _after_announced_list(self, start: int) -> bool:
        """The unit opened last (a paragraph or article; the items after it lost their numbers,
        as a PDF font without ⑴ ⑵ gives) announced a list in a sentence closed before ``start``
        (「…次に掲げる事項を記載した書面を提出しなければならない。 開示請求をする者の氏名 …」): an
        item ends without 。, so any word may come before the next paragraph's number."""
        if self.item > 0 or self.kitem > 0:
            return False
        opened = self.breaks[-1] if self.breaks else 0
        if start - opened > 2000:
            return False
        m = _ANNOUNCED_LIST.search(self.text, opened, start)
        return m is not None and "。" in self.text[m.end() : start]

    def glued_paragraph(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        """A 項 number glued to its text: character-spaced text whose gaps were single spaces
        lost the space after it with the extractor's (「…事項２前項の場合…」 after an item without
        。, 「附則１この条例は…」). Only the next number, after 。 or after an item, and followed by
        a word (not a counter or a particle: ２人, １の) opens a 項."""
        if not self.char_spaced:
            return
        text, start, n = self.text, m.start(), _int(m.group("gpara"))
        follower = text[m.end()]
        if follower in _GLUED_NOT_WORD or (follower in _COUNTERS and not _word_not_counter(text, m.end())):
            return
        if start == self.caption_para and n == self.para + 1:  # under the caption just broken off
            self.breaks.append(start)
            self.para, self.item, self.kitem, self.sub = n, 0, 0, -1
            return
        if line_start:
            self.para, self.item, self.kitem, self.sub = n, 0, 0, -1
            return
        if n != self.para + 1 or n < 2 or not self.in_body:
            return
        prev = text[start - 1]
        after_item = self.item > 0 or self.kitem > 0
        if prev == "。" or (after_item and not prev.isascii() and prev not in "第の、・（(「" and prev not in _DIGITS):
            self.breaks.append(start)
            self.para, self.item, self.kitem, self.sub = n, 0, 0, -1

    def arabic_item(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        """(1): the 号 of Arabic-numbered drafts, (１) under イ in kanji-numbered ones."""
        text, start = self.text, m.start()
        n = _item_number(m.group("item"))
        nested = self.kitem > 0
        if line_start:
            self.item, self.sub = n, (self.sub if nested else -1)
            return
        if _CITES_ITEM.match(text, m.end()):
            return  # 「…をいう。(3)イにおいて同じ。」: a citation of an item in running text, not one opening
        # in spaced text the space kept after (1) was a gap of the page: the item's own
        gap_after = self.char_spaced and text[m.end() : m.end() + 1] in (" ", "\u3000")
        if n == self.item + 1 and (boundary or n > 1 or gap_after) and text[start - 1] not in "0123456789第号":
            self.breaks.append(start)
            self.item, self.sub = n, (self.sub if nested else -1)
        elif (n == self.item + 2 and self.item > 0 and boundary and self.in_body
              and text[start - 1] not in "0123456789第号" and _after_unit_end(text, start)):
            # one number skipped (⑶ … ⑸, a numbering gap the checks report): after the end of
            # the item before, as for the kanji numbers
            self.breaks.append(start)
            self.item, self.sub = n, (self.sub if nested else -1)
        elif (n == self.item and n > 0 and text[start - 1] in " \u3000"
              and text[m.end() : m.end() + 1] in (" ", "\u3000")):
            # the number of the 号 just opened, printed again between spaces: a duplicated
            # number, a line of its own as in the clean draft (the numbering check reports it)
            self.breaks.append(start)

    def kanji_item(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        """一　二　: the 号 of kanji-numbered drafts."""
        n = _int(m.group("kitem"))
        if line_start:
            self.kitem, self.item, self.sub = n, 0, -1
            return
        # one number may be missing (一・二・四, a numbering gap the checks report); only after
        # an item of this provision, as for the sub-items
        if (n == self.kitem + 1 or (n == self.kitem + 2 and self.kitem > 0)) and self.in_body and (
            boundary or self.char_spaced
        ) and _after_unit_end(self.text, m.start()):
            self.breaks.append(m.start())
            self.kitem, self.item, self.sub = n, 0, -1

    def sub_item(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        ch = m.group("sub")
        if self.sub < 0:  # the first letter says which order the draft counts in: ア… or イロハ…
            self.sub_order = _IROHA if ch == "イ" else _KANA_ORDER
        position = self.sub_order.find(ch)
        if line_start:
            self.sub = position
            if self.kitem > 0:
                self.item = 0
            return
        if (position == self.sub + 1 or (position == self.sub + 2 and self.sub >= 0)) and (
            self.item > 0 or self.kitem > 0
        ) and (boundary or self.char_spaced) and _after_unit_end(self.text, m.start()):
            self.breaks.append(m.start())
            self.sub = position
            if self.kitem > 0:
                self.item = 0

    def _unit(self) -> tuple:
        return (self.last_art, self.para, self.item, self.kitem)

    def _in_bracketed_items(self) -> bool:
        return self.bsub >= 0 and self.bsub_in == self._unit()

    def bracketed_sub_item(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        """（ア）（イ）…: 号 of some drafts, sub-items of others; the sequence restarts in each
        provision. Only the next letter after a gap opens one (「第2条第1項（ア）」 is cited)."""
        ch = m.group("bsub").strip("(（)） ")
        prev = self.bsub if self._in_bracketed_items() else -1
        if prev < 0:
            self.bsub_order = _IROHA if ch == "イ" else _KANA_ORDER
        position = self.bsub_order.find(ch)
        if line_start:
            self.bsub, self.bsub_in = position, self._unit()
            return
        if position == prev + 1 and self.in_body and boundary and _after_unit_end(self.text, m.start()):
            self.breaks.append(m.start())
            self.bsub, self.bsub_in = position, self._unit()

    def law_line(self, m: re.Match[str], kind: str, line_start: bool, boundary: bool) -> None:
        """The ordinance number line and the revision line before the first article."""
        start = m.start()
        if kind == "law" and re.search(r"改[ \u3000]?正[ \u3000]*$", self.text[max(0, start - 4) : start]):
            return
        if not self.in_body and not line_start and boundary:
            self.breaks.append(start)


def _after_division_title(text: str, start: int, breaks: list[int]) -> bool:
    """True if the unit ending at ``start`` is a 章/節 heading with its title (第五章罰則): a
    line break (in the text or restored) within the last 64 characters, then only that."""
    lo = max(0, start - 64)
    unit_start = text.rfind("\n", lo, start) + 1
    unit_start = max(unit_start, max((b for b in breaks[-3:] if lo <= b < start), default=0))
    if unit_start == 0 and lo > 0:
        return False
    return _DIVISION_TITLE.fullmatch(text, unit_start, start) is not None


def _expected_article(m: re.Match[str], last: tuple[int, tuple[int, ...]] | None) -> bool:
    num = _int(m.group("an"))
    branch = _branch(m.group("ab"))
    if last is None:
        return num == 1 and not branch
    if branch:  # 第14条の2 after 第14条 (or 第14条の2 after a missing 第15条), 第14条の3 after の2
        previous = last[1][0] if last[1] else 1
        return num == last[0] and 1 <= branch[0] - previous <= 2 or num == last[0] + 1 and branch[0] >= 2
    return 1 <= num - last[0] <= 3


def _repeated_article(m: re.Match[str], last: tuple[int, tuple[int, ...]] | None) -> bool:
    """True for an article numbered like the last one (a numbering slip the checks report)."""
    return last is not None and _int(m.group("an")) == last[0] and not m.group("ab") and not last[1]


_MULTIPLIERS = "万千百十億"
_GLUED_NOT_WORD = "のにをがはでとやもへ、。・）)」"
"""What follows a number that stays inside its sentence (１の, ２に), never a 項's first word."""


def _word_not_counter(text: str, at: int) -> bool:
    """True when the counter or multiplier at ``at`` starts a word, not a number: a multiplier
    followed by no digit, no counter and no further multiplier (２ 千草谷地域…, not ２ 千円), or
    a word of :data:`_COUNTER_WORDS` (二 条例要配慮個人情報…, not 二 条)."""
    if text[at : at + 6].replace(" ", "").startswith(_COUNTER_WORDS):  # (条 例 in spaced text)
        return True
    if text[at] not in _MULTIPLIERS:
        return False
    rest = text[at + 1 : at + 4].lstrip(" \u3000")
    follower = rest[:1]
    return bool(follower) and not (
        follower.isdigit() or follower in _COUNTERS or follower in _KANJI_DIGITS
    )


_COUNTER_WORDS = ("条例", "人事", "人権", "人格", "日本", "項目", "件名", "名称", "名簿", "部分", "部局", "文書", "通知")
"""Words that open with a counter's character and never follow a number as a count."""


def _opens_unit(text: str, start: int, *, after_item: bool = False) -> bool:
    """A number at ``start`` opens a paragraph: after 。 or a gap, followed by a space and text."""
    prev = text[start - 1]
    if prev in "。":
        return True
    if prev not in " \u3000":
        # the space kept after the number already says it opens a unit (see _despace)
        return not prev.isascii() and prev != "第" and (prev != "の" or _ends_sentence(text, start))
    before = text[start - 2] if start >= 2 else "\n"
    at = text.find(" ", start) + 1 if " " in text[start : start + 6] else -1
    nxt = text[at : at + 1] if at > 0 else ""
    if nxt and nxt in _COUNTERS and not _word_not_counter(text, at) and not _division_word(nxt, before):
        return False
    if after_item:  # an item ends without 。: any word may come before the next paragraph
        return not before.isascii() and before != "第" and (before != "の" or text[start - 3 : start - 1] == "もの")
    return before in "。)）」" or _ends_sentence(text, start - 1)


# ----------------------------------------------------------------------------- entry


_HEAD_TOKEN = lazy_compile(
    r"(?:第[0-9]+[編章節款目条](?:の[0-9]+)*|[0-9]+|[(（][0-9]+[)）]|[ア-ン]|[(（][ア-ン][)）]|改正|附則|目次)$"
)


def _lost_punctuation(text: str) -> int:
    """Spaces between two Japanese characters that are not the space after a unit's marker.

    A clean draft has none (its spaces are full-width and follow markers): each one left
    after cleaning is most likely a 、 or 。 the extractor turned into a space.
    """
    count = 0
    for m in _LOST_PUNCT.finditer(text):
        line_start = _line_start_near(text, m.start(), 48)
        head = text[line_start : m.start()]
        if " " not in head and _HEAD_TOKEN.match(head.strip()):
            continue
        count += 1
    return count


def _title_of(text: str) -> str:
    """The title: the first line, or on one long line the words up to the first 条例/規則/細則/規程."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    squeezed = re.sub(r"[ \t\u3000]+", "", first)
    m = re.match(r"(.{2,60}?(?:条例|規則|細則|規程)(?:[(（]案[)）])?)", squeezed)
    if m:
        return m.group(1)
    return squeezed[:60] if len(squeezed) <= 60 else ""


def clean_extracted(text: str, *, force: bool = False) -> Cleaned | None:
    """Clean PDF-extracted text (see the module docstring), or ``None`` if it is not such text.

    With ``force`` (text laid out from a PDF file by ``core.read.pdf``) the text is cleaned
    whatever it looks like.
    """
    from ordreview.core.read.columns import find_gutter, split_columns

    gutter = find_gutter(text)
    buf = _Buf(text)
    column_rows = 0
    if gutter is not None:  # two columns side by side: the left one first, page by page
        buf.text, buf.src, column_rows = split_columns(buf.text, buf.src, gutter)
    shape = _shape(buf.text)
    if not (shape.char_spaced or shape.number_spaced or shape.long_lines or shape.radicals or gutter):
        if not force:
            return None
    radicals = _radicals(buf)
    page_starts = _newlines(buf)
    at_source = [buf.src[p] if p < len(buf.src) else len(text) for p in page_starts]
    if _split_headings(buf):  # (its deletions move the pages' starts)
        page_starts = [bisect_left(buf.src, a) for a in at_source]
    numbered = _pages_by_number(buf.text)  # pages numbered 「－ n －」 or 「n/N」
    if not page_starts:  # no form feeds: the pages end where their page numbers stand
        page_starts = numbered
    page_marks = _running_lines(buf, page_starts) if page_starts else 0
    page_marks += _page_artefacts(buf, _title_of(buf.text), shape.char_spaced, bare_numbers=not numbered)
    _split_headings(buf)  # again: a page's footer or head had stood between 附 and 則
    _captions_across_pages(buf)
    _displaced_first_lines(buf, shape.char_spaced)
    joined = _unwrap(buf, shape.char_spaced)
    if shape.char_spaced or shape.number_spaced:
        spaces, gaps = _despace(buf, shape.char_spaced)
    else:  # laid out from a PDF's glyphs: every space stands for a gap on the page
        spaces = gaps = 0
    _toc_dashes(buf)
    _deletions_past_divisions(buf)
    _division_titles_below(buf)
    breaks = _restore_lines(buf, shape.char_spaced)
    page_marks += _titles_at_line_ends(buf)
    if _articles_share_lines(text):
        _displaced_tails_on_one_line(buf)
    if shape.number_spaced and not shape.char_spaced:  # the numbers that opened no unit
        more, _ = _despace(buf, False, strict=True)
        spaces += more
    gaps = _lost_punctuation(buf.text)
    offsets = tuple(buf.src) + (len(text),)
    return Cleaned(
        text=buf.text,
        source_map=SourceMap(original=text, offsets=offsets),
        spaces=spaces,
        page_marks=page_marks,
        joined_lines=joined,
        breaks=breaks,
        punctuation_gaps=gaps,
        char_spaced=shape.char_spaced,
        radicals=radicals,
        punctuation_marks=buf.text.count("、") + buf.text.count("。"),
        run_on=_articles_share_lines(text) if gutter is None else False,
        column_rows=column_rows,
    )


def cleaned_lines(cleaned: Cleaned) -> list[tuple[int, str]]:
    """The cleaned text's lines, each after the 0-based line of the original it starts on."""
    starts = _line_starts(cleaned.source_map.original)
    offsets = cleaned.source_map.offsets
    out: list[tuple[int, str]] = []
    pos = 0
    for line in cleaned.text.split("\n"):
        origin = offsets[min(pos, len(offsets) - 1)]
        out.append((bisect_right(starts, origin) - 1, line))
        pos += len(line) + 1
    return out


def cleanup_notices(cleaned: Cleaned) -> list[Notice]:
    """The notices telling the officer what the cleanup did (and that punctuation was lost)."""
    from ordreview.core.messages import render

    notices = [
        Notice(
            CLEANED,
            *render(
                CLEANED,
                spaces=f"{cleaned.spaces:,}",
                pages=f"{cleaned.page_marks:,}",
                joined=f"{cleaned.joined_lines:,}",
                breaks=f"{cleaned.breaks:,}",
            ),
        )
    ]
    if cleaned.column_rows:
        notices.append(Notice(TWO_COLUMNS, *render(TWO_COLUMNS, rows=f"{cleaned.column_rows:,}")))
    if cleaned.radicals:
        notices.append(Notice(RADICALS, *render(RADICALS, count=f"{cleaned.radicals:,}")))
    if cleaned.run_on and cleaned.breaks:
        notices.append(Notice(STRUCTURE_INFERRED, *render(STRUCTURE_INFERRED, breaks=f"{cleaned.breaks:,}")))
    if cleaned.punctuation_gaps >= max(PUNCTUATION_GAPS_NOTICED, len(cleaned.text) // 200) and (
        2 * cleaned.punctuation_marks < cleaned.punctuation_gaps
    ):
        notices.append(
            Notice(PUNCTUATION_LOST, *render(PUNCTUATION_LOST, count=f"{cleaned.punctuation_gaps:,}"))
        )
    return notices


PUNCTUATION_GAPS_NOTICED = 20
"""Fewest spaces between Japanese characters left after cleaning (and at least one per 200
characters) for 、 and 。 to count as lost: a draft that lost them has one every 30 characters
or so, a clean one a few real spaces inside items (``個人情報　当該…``). The spaces must also
be twice as many as the 、 and 。 still there: a text whose layout lines were joined with spaces (pasted
on one line) keeps its punctuation and has a space at every former line end."""


def layout_removed(notices: tuple[Notice, ...] | list[Notice]) -> bool:
    """True if a reader cleaned the text as extracted from a PDF (its layout line breaks joined)."""
    return any(n.code == CLEANED for n in notices)


def punctuation_lost(notices: tuple[Notice, ...] | list[Notice]) -> bool:
    """True if a reader said that 、 and 。 were replaced by spaces in extraction."""
    return any(n.code == PUNCTUATION_LOST for n in notices)



def source_location(source_map: SourceMap, span: Span, *, pages: bool = False) -> dict[str, object]:
    """JSON for where ``span`` (on the cleaned text) is in the source.

    ``source_span`` is ``[start, end)`` in the text as read (the file's decoded text, or the
    text laid out from a PDF). For a text file ``source_line`` and ``source_column`` are
    1-based, as an editor shows them; with ``pages`` (a PDF) ``source_page`` and
    ``source_line`` (on that page) are, as a PDF viewer shows them.
    """
    mapped = source_map.to_source(span)
    out: dict[str, object] = {"source_span": [mapped.start, mapped.end]}
    if pages:
        original = source_map.original
        page_start = original.rfind("\f", 0, mapped.start) + 1
        out["source_page"] = original.count("\f", 0, mapped.start) + 1
        out["source_line"] = original.count("\n", page_start, mapped.start) + 1
        return out
    line, column = source_map.line_column(span.start)
    out["source_line"] = line + 1
    out["source_column"] = column + 1
    return out
