"""Defined terms in texts copied from 例規集 web pages.

例規集 systems that print 号 numbers and ア・イ in table cells or as images lose them when the
page is copied, and the cell between a 号-style term and its definition goes with them:

- ``(1)実施機関市長、教育委員会…`` / ``三 市民本市の区域内に…``: no space between the term and its
  definition;
- ``(1)　実施機関`` on one line and ``市長、教育委員会…`` on the next;
- ``　実施機関　市長、…`` (or ``　実施機関市長、…``): the marker dropped, the line starting with the
  space that followed it, under a 柱書 「次の各号に掲げる用語の意義は、…」;
- ``照合す ることができ``, ``以下同　じ``: the page's line breaks turned into stray spaces (half-width,
  or full-width before a hiragana).

This module finds where the term ends in such items: at the line break when the term stands on
its own line, at the separating space when there is one, and otherwise from the words the text
itself uses elsewhere (the longest head of the item that occurs outside it) and from a list of
terms ordinances commonly define (``resources/vocabulary/defined-terms.txt``); a term the draft
never uses again ends where the first known term of its definition starts
(``開示実施手数料保有個人情報の…``). A boundary found that way is reported in a notice so that the
officer checks it. Stray spaces between two Japanese characters (half-width, or full-width before
a hiragana) are left out of the text the term patterns see, and out of the term's name (the spans
still cover them, so highlights land on the characters of the file).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import cache

from ordreview import paths
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define, render
from ordreview.core.model import NodeRef, Notice, Span, Term, TermScope
from ordreview.core.parse import numbers
from ordreview.core.parse.joined import Joined

TERM_BOUNDARY = define(
    "parse.term_boundary",
    ja="{article}の号で定義される用語と定義の間に区切り（空白又は改行）がないため、本文中の用例と一般的な用語から"
    "用語の範囲を推定した（{terms}）。例規集の画面から写した文では番号や区切りが落ちることがあるので、推定が正しいか確認されたい。",
    en="In {article}, the 号-style definitions have no space or line break between each term and its definition; "
    "the extent of the term was inferred from the draft's own usage and common ordinance vocabulary: {terms}. "
    "Text copied from a 例規集 web page can lose item numbers and separators; check the inference.",
)
MARKERS_DROPPED = define(
    "parse.markers_dropped",
    ja="{article}に号の番号がない行が{count}行ある。号の番号が落ちた写し（例規集の画面からの写し等）とみて"
    "号として読んだので、原本の号番号を確認されたい。",
    en="{article} has {count} line(s) without an item number; they were read as items whose numbers were lost "
    "(as in a copy from a 例規集 web page). Check the item numbers against the original.",
)

_JP = "\u3041-\u309f\u30a1-\u30ff\u4e00-\u9fff\u3005\u3006\u30fc"
_STRAY = lazy_compile(rf"(?<=[{_JP}]) (?=[{_JP}])")
_STRAY_WIDE = lazy_compile(rf"[{_JP}]\u3000(?=[\u3041-\u309f])")
"""A full-width space inside a word (及　び, 以下同　じ): before a hiragana, which no term,
definition or item text starts with."""
_TERM_CHARS = lazy_compile(r"[\u30a1-\u30ff\u4e00-\u9fff\u3005\u30fc0-9A-Za-z・のび等]+")
_KANA_NAME = lazy_compile(r"[\u3041-\u3096]{2,6}[\u30a1-\u30fa\u30fc]{2,}[\u30a1-\u30ff\u4e00-\u9fff\u3005\u30fc0-9A-Za-z・]*")
"""A name opening in hiragana and going on in katakana (a network or card named after the town's
tree or flower: けやきネット, ひまわりカード): a noun phrase although its first letters are hiragana."""
_NOT_TERM = set("、。「」『』()（）")
_IU = lazy_compile(r"をい[うい]")
_SPACE_RUN = lazy_compile(r"\s+")
_OPENER = lazy_compile(r"次[のに]|当該|前[号項各]|第[0-9一二三四五六七八九十]")
_MAX_TERM = 30
_WORD_GOES_ON = r"(?![\u30a1-\u30ff\u4e00-\u9fff\u3005\u30fc])"
_CITED_ARTICLE = lazy_compile(r"([^第「」()（）\s]{1,10}?)第[0-9０-９一二三四五六七八九十]+条")
"""A law's abbreviation and the article of it a definition cites (法第2条, 番号法第2条)."""
_OPEN = "(「『["
_CLOSE = ")」』]"


@cache
def vocabulary() -> frozenset[str]:
    """Terms municipal ordinances commonly define (one per line in the resource file)."""
    try:
        raw = paths.resource("vocabulary", "defined-terms.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in raw.splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))


def _is_hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


SPACES_ARE_PUNCTUATION: ContextVar[bool] = ContextVar("spaces_are_punctuation", default=False)
"""Set while parsing a text whose reader found 、 and 。 replaced by spaces (PDF extraction):
there a space between two Japanese characters is a lost punctuation mark, not a stray one."""


LINE_BREAKS_ARE_REAL: ContextVar[bool] = ContextVar("line_breaks_are_real", default=False)
"""Set while parsing a text whose reader removed the layout line breaks of a PDF extraction:
every line break left there ended a line of the draft, so a line without indentation under a
柱書 that announces a list is an item whose number the extractor lost (a font that gives no text
for ⑴ ⑵), not a wrapped continuation."""


def without_stray_spaces(j: Joined, doc_text: str, *, keep_first: bool = False) -> Joined:
    """``j`` without the half-width spaces that sit between two Japanese characters.

    With ``keep_first``, the first blank of the text is kept (in a 号-style item it may be the
    separator between the term and its definition; :func:`glossary_split` judges it). Nothing
    is dropped while :data:`SPACES_ARE_PUNCTUATION` is set.
    """
    t = j.text
    if " " not in t or SPACES_ARE_PUNCTUATION.get():
        return j
    drop = []
    first_blank = next((i for i, ch in enumerate(t) if ch.isspace()), -1) if keep_first else -1
    if first_blank > 0 and not _plausible_term(t[:first_blank]):
        first_blank = -1  # past a 、 or too far in: not the separator after a term
    for m in _STRAY.finditer(t):
        i = m.start()
        if i == first_blank:
            continue
        if doc_text[j.offsets[i]] == " " or _STRAY_WIDE.match(doc_text, j.offsets[i] - 1):
            drop.append(i)
    if not drop:
        return j
    keep = set(range(len(t))) - set(drop)
    idx = sorted(keep)
    return Joined("".join(t[i] for i in idx), tuple(j.offsets[i] for i in idx))


def _plausible_term(s: str) -> bool:
    return 0 < len(s) <= _MAX_TERM and not any(ch in _NOT_TERM for ch in s) and _IU.search(s) is None


class Usage:
    """Counts of a draft's words, for telling where a glued term ends (built on first use)."""

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = _SPACE_RUN.sub("", self._folded)
        return self._text

    def elsewhere(self, word: str, own: str) -> int:
        """Occurrences of ``word`` in the draft outside the item text ``own``."""
        return self.text.count(word) - own.count(word)

    def alone_elsewhere(self, word: str, own: str) -> int:
        """Occurrences of ``word`` outside ``own`` that end a word (no kanji or katakana after it):
        a glued copy repeats a term run into its definition's first word (「…ファイル市非識別…」),
        and a head that only ever occurs glued so is no word of the draft."""
        pattern = re.compile(re.escape(word) + _WORD_GOES_ON)
        return len(pattern.findall(self.text)) - len(pattern.findall(own))


def infer_term_end(t: str, usage: Usage) -> int | None:
    """Length of the term at the start of ``t`` (an item's text with no separator), or None.

    The candidates are heads of ``t`` made of term characters (kanji, katakana, digits, の) that
    do not end in hiragana. The longest one the draft uses outside the item, and the longest
    one in the common vocabulary, are taken; the longer of the two wins.
    """
    m = _TERM_CHARS.match(t) or _KANA_NAME.match(t)  # (けやきネット市が設置し…: a kana name)
    if m is None:
        return None
    limit = min(m.end(), _MAX_TERM, len(t) - 1)
    vocab = vocabulary()
    used = best_vocab = 0
    used_at: set[int] = set()
    vocab_at: set[int] = set()
    alive = True  # a head the draft does not use elsewhere has no longer head that it uses
    for k in range(2, limit + 1):
        head = t[:k]
        ends_ok = not _is_hiragana(head[-1]) and head[-1] != "・"
        if alive:
            if usage.elsewhere(head, t) > 0:
                if ends_ok and usage.alone_elsewhere(head, t) > 0:
                    used = k
                    used_at.add(k)
            else:
                alive = False
        if ends_ok and head in vocab:
            best_vocab = k
            vocab_at.add(k)
    best = max(used, best_vocab)
    if best_vocab == 0 and best >= 2:
        # 情報提供等の記録番号法第…, 開示実施手数料保有個人情報の…: a term the draft never uses again
        # ends where the first known term of its definition starts, if that is further on
        later = _first_known_from(t, best, limit, vocab)
        # (not when the definition opens with a word the draft uses that holds that known term:
        # 市非識別加工情報ファイル|市非識別加工情報を含む…, not …ファイル市|非識別加工情報)
        opens_used = later is not None and any(
            usage.alone_elsewhere(t[best:later] + w, t) > 0 for w in _known_at(t, later, vocab))
        if later is not None and not opens_used and not _is_hiragana(t[later - 1]) and t[later - 1] != "・":
            best = later
    # 個人情報ファイル保有個人情報を含む…: a shorter head after which a known term starts, and which
    # the longer head would cut in two (個人情報ファイル|保有), is the term
    for k in range(2, best):
        if k in (used_at | vocab_at) and any(k < best < k + len(w) for w in _known_at(t, k, vocab)):
            best = k
            break
    # 個人情報法第2条第2項に規定する…: the head ends with the draft's own abbreviation of a law (「法」)
    # whose article follows; in a copy glued throughout, 要配慮個人情報法第… elsewhere makes the longer
    # head look used, but a term is never followed by an article of itself
    for k in sorted(used_at | vocab_at):
        cited = _CITED_ARTICLE.match(t, k) if k < best else None
        if cited is not None and cited.end(1) <= best and f"「{cited.group(1)}」" in usage.text:
            best = k
            break
    for back in (1, 2):  # 非識別加工情報次に掲げる…: 次 opens the definition, it does not end the term
        k = best - back
        if k >= 2 and _OPENER.match(t, k) and (t[:k] in vocab or usage.elsewhere(t[:k], t) > 0):
            return k
    return best if best >= 2 else None


def _first_known_from(t: str, start: int, limit: int, vocab: frozenset[str]) -> int | None:
    """The first position from ``start`` up to ``limit`` where a common-vocabulary term of three
    characters or more starts (``start`` itself gives None: the head already ends there)."""
    for k in range(start, limit):
        if _known_at(t, k, vocab):
            return None if k == start else k
    return None


def _known_at(t: str, k: int, vocab: frozenset[str]) -> list[str]:
    """The common-vocabulary terms (of three characters or more) that start at ``t[k]``."""
    return [w for w in vocab if len(w) >= 3 and t.startswith(w, k)]


def glossary_split(j: Joined, doc_text: str, usage: Usage,
                   pieces: tuple[tuple[int, int], ...]) -> tuple[int, int, bool] | None:
    """Where the term of a 号-style item ends and its definition starts in ``j.text``.

    Returns (term end, definition start, inferred) or None when no term can be told.
    """
    t = j.text
    if not t or t.startswith("「"):
        return None
    # the term on its own line: the item's first line is a bare noun phrase
    if len(pieces) > 1:
        second = pieces[1][0]
        cut = next((i for i, off in enumerate(j.offsets) if off >= second), len(t))
        head = t[:cut].strip()
        if 0 < cut < len(t) and is_bare_term(head):
            end = len(t[:cut].rstrip())
            start = cut
            while start < len(t) and t[start].isspace():
                start += 1
            return end, start, False
    sp = _SPACE_RUN.search(t)
    if sp and sp.start() > 0:
        head = t[: sp.start()]
        if (sp.end() - sp.start() == 1 and doc_text[j.offsets[sp.start()]] == " "
                and _STRAY.match(t, sp.start())):
            # a stray space inside the term (実施 機関　市長…): the real separator comes later
            sp2 = _SPACE_RUN.search(t, sp.end())
            if (sp2 and doc_text[j.offsets[sp2.start()]] != " "
                    and _plausible_term(t[: sp2.start()].replace(" ", ""))):
                return sp2.start(), sp2.end(), False
        stray_inside = (sp.end() - sp.start() == 1 and doc_text[j.offsets[sp.start()]] == " "
                        and _STRAY.match(t, sp.start()) is not None and not is_bare_term(head))
        if _plausible_term(head) and not stray_inside:  # (…識別するための番号 の利用等: a wrap's space)
            if SPACES_ARE_PUNCTUATION.get() and head not in vocabulary() and usage.elsewhere(head, t) == 0:
                # 、 and 。 became spaces and the gap after the term went too (実施機関市長 教育…):
                # the first space may be a lost 、; a shorter head the draft uses is the term
                # (a noun phrase like 情報提供等の記録 stays whole unless it opens with a known
                # term or with a word of three characters or more, half of it, the draft uses)
                k = infer_term_end(head + "\u3000", usage)
                if k is not None and k < len(head) and (
                    head[:k] in vocabulary() or not is_bare_term(head) or (k >= 3 and 2 * k >= len(head))
                ):
                    return k, k, True
            return sp.start(), sp.end(), False
    k = infer_term_end(t, usage)
    if k is None:
        return None
    start = k
    while start < len(t) and t[start].isspace():
        start += 1
    return k, start, True


def until_iu(text: str, pos: int) -> tuple[int, int]:
    """From ``pos``, the end of the defining text (before をいう/をいい at bracket depth 0).

    Returns (definition end, end of をいう or of the sentence).
    """
    depth = 0
    for i in range(pos, len(text)):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            if text.startswith("をいう", i) or text.startswith("をいい", i):
                return i, i + 3
            if ch == "。":
                return i, i
    return len(text), len(text)


def item_term(doc_text: str, j: Joined, split: tuple[int, int, bool], *, where: NodeRef,
              scope: TermScope, scope_span: Span) -> Term | None:
    """The 号-style Term of an item whose text ``j`` splits at ``split``."""
    term_end, def_start, _ = split
    def_end, iu_end = until_iu(j.text, def_start)
    term = j.original(doc_text, 0, term_end).strip()
    term = _SPACE_RUN.sub("", term) if any(ch.isspace() for ch in term) else term
    if not term:
        return None
    return Term(
        term=term,
        definition=j.original(doc_text, def_start, def_end).strip(),
        style="item",
        where=where,
        scope=scope,
        scope_span=scope_span,
        span=j.span(0, iu_end),
        term_span=j.span(0, term_end),
    )


def unmarked_groups(doc_text: str, folded: str, pieces: tuple[tuple[int, int], ...],
                    intro_re: re.Pattern[str]) -> list[tuple[tuple[int, int], ...]]:
    """The lines of a glossary paragraph below its 柱書 that lost their 号 markers, grouped.

    A line starts a new item when it is indented (the space left by the marker) or when the
    item before it ended with 。; other lines continue the item (hard wraps). A line that is a
    bare noun phrase (the term on its own line) joins the line after it. Only groups that
    define something (をいう) are returned.
    """
    if len(pieces) < 2:
        return []
    # the 柱書 ends with the first 。 after the 用語の意義 phrase
    text_so_far = ""
    first = None
    for n, (s, e) in enumerate(pieces):
        text_so_far += folded[s:e]
        m = intro_re.search(text_so_far)
        if m and "。" in text_so_far[m.end():]:
            first = n + 1
            break
    if first is None or first >= len(pieces):
        return []
    rest = pieces[first:]
    indents = [_indent(doc_text, s) for s, _ in rest]
    marks = [w >= 0 and bool(numbers.item_markers(folded, s)) for (s, _), w in zip(rest, indents)]
    # the lines that lost their marker keep the space it left: the least indented unmarked ones
    top = min((w for w, m in zip(indents, marks) if w > 0 and not m), default=0)
    groups: list[list[tuple[int, int]]] = []
    for (s, e), width, marked in zip(rest, indents, marks):
        prev = "".join(folded[a:b] for a, b in groups[-1]).strip() if groups else ""
        bare_prev = bool(groups) and len(groups[-1]) == 1 and is_bare_term(prev)
        starts = marked or (width == top if top else prev.endswith("。"))
        if not groups or (starts and not bare_prev):
            groups.append([(s, e)])
        else:
            groups[-1].append((s, e))
    out = []
    for g in groups:
        (s, e), *more = g
        markers = numbers.item_markers(folded, s)
        if markers and s + markers[0].length < e:
            g = [(s + markers[0].length, e), *more]  # the item's own text, after its marker
        text = _STRAY.sub("", "".join(folded[a:b] for a, b in g).lstrip())
        end, iu_end = until_iu(text, 0)
        if iu_end > end and not text.startswith("「"):
            out.append(tuple(g))
    return out


def defines(folded: str, pieces: tuple[tuple[int, int], ...]) -> bool:
    """True when the text of ``pieces`` says をいう outside brackets (it defines something)."""
    text = _STRAY.sub("", "".join(folded[a:b] for a, b in pieces))
    end, iu_end = until_iu(text, 0)
    return iu_end > end


def line_pieces(folded: str, pieces: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """``pieces`` of an item with its first piece reaching back to its marker (line start)."""
    if not pieces:
        return []
    s, e = pieces[0]
    start = folded.rfind("\n", 0, s) + 1
    while start < s and folded[start] in " \t":
        start += 1
    return [(start, e), *pieces[1:]]


def trailing_items(doc_text: str, folded: str,
                   pieces: tuple[tuple[int, int], ...]) -> list[tuple[tuple[int, int], ...]]:
    """A 号-style item's pieces split where a line that lost its marker starts the next item.

    In a copy where one 号 number was an image without a text alternative, the next item's
    line continues the item before it. A later line starts an item of its own when the text
    before it ends with 。 and it defines something itself (をいう outside brackets). The first
    group is the item's own text.
    """
    groups: list[list[tuple[int, int]]] = [[pieces[0]]]
    for s, e in pieces[1:]:
        prev = _STRAY.sub("", "".join(folded[a:b] for a, b in groups[-1])).rstrip()
        text = _STRAY.sub("", folded[s:e]).lstrip()
        end, iu_end = until_iu(text, 0)
        if prev.endswith("。") and iu_end > end and not is_bare_term(prev) and not text.startswith("「"):
            groups.append([(s, e)])
        else:
            groups[-1].append((s, e))
    return [tuple(g) for g in groups]


def _indent(doc_text: str, pos: int) -> int:
    """Width of the blanks before ``pos`` back to the start of its line (-1: not a line start)."""
    i = pos
    while i > 0 and doc_text[i - 1] in " \u3000\t":
        i -= 1
    if i > 0 and doc_text[i - 1] != "\n":
        return -1
    return sum(2 if doc_text[k] == "\u3000" else 1 for k in range(i, pos))


def is_bare_term(s: str) -> bool:
    """A line that is only a noun phrase (a term printed on its own line)."""
    m = _TERM_CHARS.fullmatch(s) or _KANA_NAME.fullmatch(s)
    return m is not None and len(s) <= _MAX_TERM and not _is_hiragana(s[-1])


def boundary_notice(article_title: str, terms: list[Term]) -> Notice:
    names = "、".join(f"「{t.term}」" for t in terms)
    ja, en = render(TERM_BOUNDARY, article=article_title, terms=names)
    return Notice(code=TERM_BOUNDARY, message_ja=ja, message_en=en, span=terms[0].term_span)


def dropped_notice(article_title: str, count: int, span: Span) -> Notice:
    ja, en = render(MARKERS_DROPPED, article=article_title, count=count)
    return Notice(code=MARKERS_DROPPED, message_ja=ja, message_en=en, span=span)
