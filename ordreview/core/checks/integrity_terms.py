"""Drafting integrity: defined terms [O4] and 略称 (abbreviations) [O3].

Rules:

- ``term.undefined`` [O4, warning]: a term of art from :data:`TERMS_OF_ART` is used but
  nothing in the draft defines it (no parsed ``Term``, no 「X」とは, no …Xをいう of a
  definition by reference, no 法第2条第3項に規定する X, and no wholesale import 「使用する
  用語は、法において使用する用語の例による」 — which covers every term but 実施機関).
  Also a collective label the Act coins (開示決定等, 実施機関非識別加工情報等: see
  :data:`COINED_LABELS`) used with no 「以下「X」という。」 anywhere in the draft; and [O3] a
  register's or body's name clipped to its tail with no 略称 (登録簿 after 個人情報取扱事務登録簿).
- ``term.unused`` [O4, warning]: a 「」-defined term never used after its definition
  (occurrences inside a longer defined term, inside its own definition, in captions, in
  headings and in the 目次 do not count). A term a statutory definition adopted by reference
  uses (個人識別符号 via 法第2条第2項), a scoped 略称 used only out of its scope (that use is
  the finding) and words a 読替え replaces are not unused; a parenthesis copied with the
  statute's definition and not used later is an info note.
- ``abbr.duplicate`` [O3, warning]: the same term defined twice with overlapping scopes.
- ``abbr.before_definition`` [O3, warning]: an inline 略称 (以下「X」という。) used in the
  provisions before the place that defines it; or (``check.integrity.abbr_late``) the proper
  name it abbreviates written out earlier (個人情報保護審議会 in 第7条, 「かわせ村個人情報保護審議会
  （以下「審議会」という。）の意見を聴く」 only in 第26条): a 略称 is introduced where the name first appears — except a body's
  略称 defined in the provision that sets the body up (「…審議会（以下「審議会」という。）を置く。」),
  before which the full name is the right way to name it.
- ``abbr.out_of_scope`` [O3, warning]: a scoped 略称 (以下この条において…) used outside the
  units its definition names (この条, この項, この章, 次条 and listed articles such as
  「以下この条、第41条及び第47条の8において」).

A use is a *standalone* occurrence: not preceded by kanji or katakana and not followed by
them (a following 第, 及, 又, 並, 若, 等 or 各 is allowed), so that 審議会 inside
個人情報保護審議会 or 開示請求 inside 開示請求権 is not taken for the 略称.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from threading import Lock
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from ordreview.core.adoption import own_name_variants
from ordreview.core.c_mechanism import SENTENCE, declines_mechanism
from ordreview.core.checks.bare_bodies import bare_body_names
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import analysis as _analysis
from ordreview.core.checks.integrity_index import SpanSet as _SpanSet
from ordreview.core.checks.integrity_index import (
    primed,
    NUM,
    article_of,
    has_stray_spaces,
    index_for,
    inside_longer,
    is_word_char,
    line_span,
    municipality_stems,
    node_label,
    occurrences,
    standalone,
    to_int,
)
from ordreview.core.checks.plain_words import is_coined_label, names_an_instrument_or_body
from ordreview.core.checks.registry import register
from ordreview.core.checks.term_variants import statute_words_left, variant_forms
from ordreview.core.lazy_re import LazyPattern, lazy_compile
from ordreview.core.messages import define
from ordreview.core.model import Article, Finding, Location, Ordinance, Span, Term
from ordreview.core.reading_tables import replacement_cells
from ordreview.core.text import fold

TERMS_OF_ART: tuple[str, ...] = (
    "個人識別符号",
    "要配慮個人情報",
    "保有個人情報",
    "個人情報ファイル",
    "非識別加工情報",
    "削除情報",
    "実施機関",
    "保有特定個人情報",
    "公文書",
)
"""Terms of art that a 2017-regime ordinance must define (or define by reference) before use.

These are the defined terms of 行政機関個人情報保護法 Art. 2 that a municipal ordinance takes
over (plus 削除情報 of Art. 44-2, the municipal 実施機関, and 保有特定個人情報, which an ordinance
applying the 番号法's special rules coins for the 特定個人情報 its bodies hold); a draft that uses
one of them without defining it leaves its meaning to guesswork (checklist O4). 公文書 is the
municipal counterpart of the statute's 行政文書 (Art. 2(5), defined by citing 情報公開法 第2条第2
項): 保有個人情報 is limited to information recorded in it, so a draft defines it or cites the
information-disclosure ordinance's definition (「…情報公開条例第2条第2項に規定する公文書」).
"""

COINED_LABELS: tuple[str, ...] = (
    "開示決定等",
    "訂正決定等",
    "利用停止決定等",
    "実施機関非識別加工情報等",
    "加工基準",
)
"""Collective labels that 行政機関個人情報保護法 coins with 「以下「X」という。」 (開示決定等 in
第19条, 訂正決定等 in 第31条, 利用停止決定等 in 第40条, 行政機関非識別加工情報等 in 第44条の15,
the last with 実施機関 for 行政機関 in an ordinance). Outside their definition they mean nothing:
a draft that copies a provision using one but not the provision coining it leaves the reader
without its meaning. 実施機関 may be written as the body's own name (市非識別加工情報等).
加工基準 is the short name drafts give the processing standard (行政機関個人情報保護法 第44条の10
第1項; the Act itself writes 「第44条の10第1項の基準」): no statute defines it, so it means
something only where the draft coins it."""

TERM_UNDEFINED = define(
    "check.integrity.term_undefined",
    ja="「{term}」が用いられている（最初は{where}）が、この条例に定義がない。定義を置くか、他の用語に改められたい。",
    en="「{term}」 is used (first in {where}) but never defined in this ordinance.",
)
TERM_UNUSED = define(
    "check.integrity.term_unused",
    ja="{where}で定義された「{term}」は、その後用いられていない。定義を削るか、用いる規定を確認されたい。",
    en="「{term}」, defined in {where}, is never used after its definition.",
)
TERM_UNUSED_BORROWED = define(
    "check.integrity.term_unused_borrowed",
    ja="{where}で他の法令の規定を引用して意義を定めた「{term}」は、その後用いられていない。引用はその箇所の意義を明らかにするもの"
    "であるが、「以下同じ。」は要しないので、削ることも考えられる。",
    en="「{term}」 is given its meaning in {where} by citing another law, with 「以下同じ。」, but is never used again: the "
    "citation serves that sentence; the 「以下同じ。」 may go.",
)
TERM_UNUSED_USES_LEFT_OUT = define(
    "check.integrity.term_unused_uses_left_out",
    ja="{where}で定義された「{term}」は、その後用いられていない。法律ではこの語を{uses_ja}で用いるが、この条例には"
    "これに当たる規定がない。その規定を置くか否かと併せて、定義の要否を確認されたい。",
    en="「{term}」, defined in {where}, is never used after its definition. The statute uses it in {uses_en}, which this "
    "ordinance does not have: decide on those provisions and on the definition together.",
)
TERM_OUTSIDE_DEFINITION = define(
    "check.integrity.term_outside_definition",
    ja="「{term}」は{defined}で{scope}に限って定義されているが、定義の及ばない{where}で用いられている。"
    "この条例全体に及ぶ定義とするか、用いる規定でその意味を定められたい。",
    en="「{term}」 is defined in {defined} for {scope} only, but is used in {where}, where no definition "
    "reaches: define it for the whole ordinance or state its meaning where it is used.",
)
ABBR_DUPLICATE = define(
    "check.integrity.abbr_duplicate",
    ja="「{term}」が{first}と{second}の二か所で定義されている（適用範囲が重なっている。）。いずれか一か所で定められたい。",
    en="「{term}」 is defined twice, in {first} and in {second}, with overlapping scopes.",
)
ABBR_CLASH = define(
    "check.integrity.abbr_clash",
    ja="「{term}」が{first}では「{a}」の、{second}では「{b}」の略称として定義されている。"
    "一つの略称が二つのものを指すことになるため、いずれかの略称を改められたい。",
    en="「{term}」 stands for 「{a}」 in {first} and for 「{b}」 in {second}: one abbreviation names two "
    "different things; one of them should be renamed.",
)
ABBR_BEFORE = define(
    "check.integrity.abbr_before_definition",
    ja="略称「{term}」が、その定義（{defined}）より前の{where}で用いられている。略称は最初に用いる箇所で定められたい。",
    en="The abbreviation 「{term}」 is used in {where}, before its definition in {defined}.",
)
ABBR_BEFORE_OPENING = define(
    "check.integrity.abbr_before_definition_opening",
    ja="略称「{term}」が、その定義（{defined}）より前の{where}（目的・定義の規定）で用いられている。目的・定義の規定が後の条で定める語を用いる例は法にもある（行政機関個人情報保護法第2条第9項の「個人情報ファイル簿」は第11条で定められている。）が、念のため確認されたい。",
    en="The abbreviation 「{term}」 is used in {where} (a purpose or definitions provision), before its "
    "definition in {defined}. The statute does the same (行政機関個人情報保護法 Art. 2(9) uses "
    "「個人情報ファイル簿」, defined in Art. 11); for review only.",
)
ABBR_LATE = define(
    "check.integrity.abbr_late",
    ja="「{long}」は{where}で既に用いられているが、略称「{term}」はその後の{defined}で定められている。略称は最初に用いる箇所で定められたい。",
    en="「{long}」 is already used in {where}, but its abbreviation 「{term}」 is only introduced later, in "
    "{defined}: define an abbreviation where the name first appears.",
)
ABBR_OUT_OF_SCOPE = define(
    "check.integrity.abbr_out_of_scope",
    ja="略称「{term}」は{defined}で「{scope}」と範囲を限って定義されているが、範囲外の{where}で用いられている。正式な名称に改めるか、略称の範囲を改められたい。",
    en="The abbreviation 「{term}」 is defined in {defined} for 「{scope}」 only, but is used outside it in {where}.",
)
TERM_OUT_OF_SCOPE = define(
    "check.integrity.term_out_of_scope",
    ja="「{term}」は{defined}で「{scope}」と範囲を限って定義されているが、範囲外の{where}で用いられている。定義の範囲を"
       "「以下同じ。」等に改めるか、{where}で改めて定義されたい。",
    en="「{term}」 is defined in {defined} for 「{scope}」 only, but is used outside it in {where}: widen the scope of the "
       "definition or define the term again there.",
)

_QUOTED = ("paragraph", "item", "inline", "collective")
_INLINE = ("inline", "collective")


def _excluded_spans(ordinance: Ordinance) -> _SpanSet:
    """Text that is not provision wording: title, 目次, headings and captions."""
    text = ordinance.text
    out = [e.span for e in ordinance.toc]
    if ordinance.title_span is not None:
        out.append(ordinance.title_span)
    out.extend(line_span(text, d.span.start) for d in ordinance.divisions)
    out.extend(a.caption_span for a in index_for(ordinance).articles if a.caption_span is not None)
    # a caption on a line of its own in a 附則 that no article owns: a paragraph's caption (「（旧条例の廃止）」 above 「２　…」)
    out.extend(Span(m.start(), m.end()) for sp in ordinance.suppl_provisions
               for m in _CAPTION_LINE.finditer(text, sp.span.start, sp.span.end))
    return _SpanSet(out)


_CAPTION_LINE = lazy_compile(r"(?m)^[ \t\u3000]*[（(][^（）()\n]{1,40}[）)][ \t\u3000]*$")


def _inside(pos: int, spans: Iterable[Span]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


_BY_REFERENCE = ("規定する", "定める", "掲げる")
_MANY_TERMS = 64
"""Above this many distinct terms, every term's occurrences are found in one pass
(``_TermPositions``) instead of one search of the text per term."""
_POSITIONS_LOCK = Lock()
_POSITIONS: list[tuple[object, str, dict[str, list[int]] | None]] = []  # the last one built


def _term_positions(terms: tuple[Term, ...], joined: str) -> dict[str, list[int]] | None:
    """Every (overlapping) occurrence of every term in ``joined``, or ``None`` for few terms.

    One pass over the text: only the positions holding a term's first character are tried,
    each against the term lengths beginning with that character, so the cost follows the
    text, not terms × text. Cached for the last (terms, text) pair.
    """
    with _POSITIONS_LOCK:
        for cached_terms, text, positions in _POSITIONS:
            if cached_terms is terms and text is joined:
                return positions
    names = frozenset(t.term for t in terms)
    if len(names) <= _MANY_TERMS:
        with _POSITIONS_LOCK:
            _POSITIONS[:] = [(terms, joined, None)]
        return None
    lengths: dict[str, list[int]] = {}
    for name in names:
        if name:
            lengths.setdefault(name[0], []).append(len(name))
    lengths = {ch: sorted(set(ls)) for ch, ls in lengths.items()}
    found: dict[str, list[int]] = {name: [] for name in names}
    first = re.compile("[" + "".join(re.escape(ch) for ch in lengths) + "]") if lengths else None
    for m in first.finditer(joined) if first is not None else ():
        pos = m.start()
        for size in lengths[joined[pos]]:
            piece = joined[pos : pos + size]
            if piece in names:
                found[piece].append(pos)
    with _POSITIONS_LOCK:
        _POSITIONS[:] = [(terms, joined, found)]
    return found


def _space_before(text: str, start: int) -> bool:
    """True when a space stands right before ``start`` in the draft as read: the joined text drops the
    spaces a PDF's layout leaves between words (「(7) 非識別加工情報 行政機関個人情報保護法第2条…」, a 号's term
    and its definition), so a word after one is not glued to the word before."""
    return start > 0 and text[start - 1] in " \u3000"


def _uses(
    ordinance: Ordinance,
    term: str,
    excluded: _SpanSet,
    longer: list[str],
    *,
    also: Iterable[Span] = (),
    by_reference: bool = True,
    start: int = 0,
    end: int | None = None,
) -> Iterator[Span]:
    """Spans of the standalone occurrences of ``term`` between offsets ``start`` and ``end``, lazily.

    The search runs on the joined text, so a term hard-wrapped over two lines is found (its
    span then covers the line break). Occurrences in non-provision text (``excluded``,
    ``also``) and inside a longer defined term do not count. With ``by_reference=False``, an
    occurrence right after 規定する/定める/掲げる (「同条第1項に規定する個人情報ファイル簿」: the
    term named through its defining provision) is skipped too. Callers stop at the first use
    they need, which keeps the rules fast.
    """
    index = index_for(ordinance)
    joined = index.joined
    extra = list(also)
    # a longer term L contains the term at offsets k: an occurrence at pos is inside L if L starts at pos - k
    inner = [(other, k) for other in longer for k in occurrences(other, term)]
    stems = municipality_stems(ordinance)
    stop = len(joined) if end is None else index.to_joined(end)
    glued = _glued_starts(ordinance, index)
    positions = _term_positions(ordinance.terms, joined)
    if positions is not None and term in positions:
        at = positions[term]
        hits: Iterable[int] = at[bisect_left(at, index.to_joined(start)) :]
    else:
        hits = _find_all(joined, term, index.to_joined(start), stop)
    def counts(pos: int, size: int) -> Span | None:
        span = index.span(pos, pos + size)
        if (
            span.start in excluded
            or _inside(span.start, extra)
            or any(pos >= k and joined.startswith(other, pos - k) for other, k in inner)
            or (not by_reference and any(joined.endswith(w, 0, pos) for w in _BY_REFERENCE))
            or not (standalone(joined, pos, size, continuations=stems)
                    or ((pos in glued or _space_before(ordinance.text, span.start))
                        and standalone(joined[pos : pos + size + 8], 0, size, continuations=stems)))
        ):
            return None
        return span

    for pos in hits:
        if pos + len(term) > stop:
            break
        found = counts(pos, len(term))
        if found is not None:
            yield found
    if len(term) >= 2 and has_stray_spaces(ordinance):
        # a copy's stray half-width spaces inside the word (「個人情報 取扱事務登録簿」: a web copy's
        # wrapped line, a PDF's layout line pasted on one line), as the parser reads them
        text = ordinance.text
        rx = re.compile(" ?".join(re.escape(ch) for ch in term))
        for m in rx.finditer(joined, index.to_joined(start), stop):
            if " " not in m.group() or any(
                text[index.to_original(m.start() + i)] != " " for i, ch in enumerate(m.group()) if ch == " "
            ):
                continue
            found = counts(m.start(), m.end() - m.start())
            if found is not None:
                yield found


_GLUED_LOCK = Lock()
_GLUED: list[tuple[object, frozenset[int]]] = []  # the last one built


def _glued_starts(ordinance: Ordinance, index) -> frozenset[int]:  # noqa: ANN001
    """Joined positions where a word may start whatever precedes it: a 号's definition right after
    its term, and a paragraph's text right after its article heading, when a copy lost the space
    between them or broke the line there (「情報提供等の記録番号法第23条…」, 「第4条村民等は」 from a
    PDF's glyphs). Cached for the last ordinance."""
    with _GLUED_LOCK:
        for cached, starts in _GLUED:
            if cached is ordinance:
                return starts
    text = ordinance.text
    at = [t.term_span.end for t in ordinance.terms if t.style == "item"]
    at += [p.span.start for a in ordinance.articles for p in a.paragraphs if p.span is not None]
    out = {index.to_joined(i) for i in at
           if 0 < i < len(text) and text[i] not in " \t\u3000\u00a0" and text[i - 1] not in " \t\u3000\u00a0"}
    # an item whose marker a copy dropped (a web page's list): its text opens the line, and the
    # joined text glues it to the line above (「…記録項目」 / 「条例要配慮個人情報が…」)
    joined = index.joined
    # an item whose marker a copy put on a line of its own (a web page's cell: 「四」 / 「条例要配慮…」):
    # the joined text glues the marker to the item's first word
    for j in _marker_line_item_starts(ordinance, index):
        out.add(j)
    for i in _unmarked_item_starts(ordinance):
        j = index.to_joined(i)
        if 0 < j < len(joined) and joined[j - 1] not in " \t\u3000\u00a0":
            out.add(j)
    out = frozenset(out)
    with _GLUED_LOCK:
        _GLUED[:] = [(ordinance, out)]
    return out


_MARKER_LINE = lazy_compile(
    r"[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]+|[0-9０-９]+|[ア-ン]|[イロハニホヘトチリヌルヲワカヨタレソツネナラム]"
    r"|[(（][^()（）\n]{1,3}[)）]|[\u2474-\u2487])[ \t\u3000\u00a0]*\n[ \t\u3000\u00a0]*")


def _marker_line_item_starts(ordinance: Ordinance, index) -> list[int]:  # noqa: ANN001
    """Joined positions of the first word of every item whose marker stands alone on its line."""
    text = ordinance.text
    out: list[int] = []

    def walk(items) -> None:  # noqa: ANN001
        for item in items:
            if item.span is not None:
                m = _MARKER_LINE.match(text, item.span.start, item.span.end)
                if m is not None and m.end() < item.span.end:
                    out.append(index.to_joined(m.end()))
            walk(item.items)

    for a in ordinance.articles:
        for p in a.paragraphs:
            walk(p.items)
    for s in ordinance.suppl_provisions:
        for p in s.paragraphs:
            walk(p.items)
    return out


def _unmarked_item_starts(ordinance: Ordinance) -> list[int]:
    """Offsets where the text of an item printed without its marker starts (its line's start)."""
    text = ordinance.text
    out: list[int] = []

    def walk(items) -> None:  # noqa: ANN001
        for item in items:
            if not item.title and item.span is not None:
                i = item.span.start
                while i < item.span.end and text[i] in " \t\u3000\u00a0":
                    i += 1
                if i == 0 or text[text.rfind("\n", 0, i) + 1 : i].strip(" \t\u3000\u00a0") == "":
                    out.append(i)
            walk(item.items)

    for a in ordinance.articles:
        for p in a.paragraphs:
            walk(p.items)
    return out


def _find_all(text: str, word: str, start: int, stop: int) -> Iterator[int]:
    pos = text.find(word, start, stop)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + 1, stop)


def _longer_index(names: set[str]) -> dict[str, list[str]]:
    """Every name → the longer names containing it (longest first).

    Built from the substrings of each name whose lengths are name lengths (terms are at most
    60 characters), so thousands of terms cost thousands of short scans, not their square.
    """
    lengths = sorted({len(n) for n in names})
    found: dict[str, set[str]] = {}
    for longer in names:
        for size in lengths:
            if size >= len(longer):
                break
            for i in range(len(longer) - size + 1):
                sub = longer[i : i + size]
                if sub in names:
                    found.setdefault(sub, set()).add(longer)
    return {k: sorted(v, key=len, reverse=True) for k, v in found.items()}


def _by_name(terms: Iterable[Term]) -> dict[str, list[Term]]:
    """Terms grouped by their wording, in document order."""
    groups: dict[str, list[Term]] = {}
    for t in terms:
        groups.setdefault(t.term, []).append(t)
    return groups


_TermSetting = tuple[_SpanSet, set[str], dict[str, list[str]], dict[str, list[Term]]]
_SETTING_LOCK = Lock()
_SETTING: list[tuple[Ordinance, _TermSetting]] = []  # the last one built


def _term_setting(ordinance: Ordinance) -> _TermSetting:
    """What a check of the uses of defined terms looks them up in: the text that is not provision
    wording, the defined names, the longer names containing each name, the terms by name.

    Built once per ordinance (cached by identity, as ``index_for``): four rules ask for it.
    Callers only read it."""
    with _SETTING_LOCK:
        for cached, setting in _SETTING:
            if cached is ordinance:
                return setting
    names = {t.term for t in ordinance.terms}
    setting = (_excluded_spans(ordinance), names, _longer_index(names), _by_name(ordinance.terms))
    with _SETTING_LOCK:
        _SETTING[:] = [(ordinance, setting)]
    return setting


# --------------------------------------------------------------------------- [O4]


def _read_in(folded: str, term: str, defined: set[str]) -> bool:
    """True if a 読替え makes ``term`` out of a label the draft defines: 「前条第2項の規定は、利用停止請求に
    ついて準用する。この場合において、…「訂正決定等」とあるのは「利用停止決定等」と読み替えるものとする。」
    coins 利用停止決定等 as the applied provision's 訂正決定等 (the draft may use it after)."""
    marker = f"」とあるのは「{term}」と"
    start = folded.find(marker)
    while start >= 0:
        opening = folded.rfind("「", 0, start)
        source = folded[opening + 1 : start] if opening >= 0 else ""
        if source and (source in defined or _defined_in_text(folded, source)):
            return True
        start = folded.find(marker, start + 1)
    return False


def _defined_in_text(folded: str, term: str) -> bool:
    """True if the wording defines ``term`` even where the parser found no ``Term`` (also with a
    copy's stray spaces inside the wording: 「実施機関を いう」)."""
    return _says_defined(folded, term) or (" " in folded and _says_defined(_without_spaces(folded), term))


def _says_defined(folded: str, term: str) -> bool:
    if "「" in term or "」" in term:  # (not read by _quoted_sayings)
        quoted = any(f"「{term}」{said}" in folded for said in ("とは", "という", "と総称する"))
    else:
        sayings = _quoted_sayings(folded)
        quoted = any((term, said) in sayings for said in _SAID)
    return quoted or f"{term}をいう" in folded or _defined_in_parenthesis(folded, term)


_SAID = ("とは", "という", "と総称する", "といいます", "と総称します")
"""What follows a quoted term that defines it (「…といいます」 in a draft in です・ます)."""
_QUOTED_SAYING = lazy_compile(r"「([^「」]*)」(" + "|".join(_SAID) + ")")
_SAYINGS_LOCK = Lock()
_SAYINGS: list[tuple[str, frozenset[tuple[str, str]]]] = []  # the last texts read


def _quoted_sayings(folded: str) -> frozenset[tuple[str, str]]:
    """Every (word, とは/という/と総称する) written 「word」とは … in ``folded``, read in one pass
    (a word without brackets is in it exactly when 「word」とは … occurs in the text); cached
    for the last two texts, as several rules ask about many words."""
    with _SAYINGS_LOCK:
        for text, sayings in _SAYINGS:
            if text is folded:
                return sayings
    sayings = frozenset((m.group(1), m.group(2)) for m in _QUOTED_SAYING.finditer(folded))
    with _SAYINGS_LOCK:
        _SAYINGS[:] = [(folded, sayings), *_SAYINGS[:1]]
    return sayings


_SQUEEZED: list[tuple[str, str]] = []  # the last text squeezed


def _without_spaces(text: str) -> str:
    """``text`` without its spaces (cached for the last text)."""
    for original, squeezed in list(_SQUEEZED):
        if original is text:
            return squeezed
    squeezed = text.replace(" ", "")
    _SQUEEZED[:] = [(text, squeezed)]
    return squeezed


_SAYS_MEANING = lazy_compile(r"(?:をいう|をいいます|をいい、[^。]{0,40}?に限(?:る|ります))。?"
                             r"(?:(?:以下[^。]{0,30}|[^。]{1,20}において)同じ(?:です)?。?)?$")
"""The end of a parenthesis that defines: 「…をいう。」, 「…をいい、保有個人情報に該当するものに限る。」 (行政機関個人情報
保護法 第44条の2第2項's narrowing), 「…をいいます。以下同じです。」 of a draft in です・ます, 「…をいう。次項において同じ。」."""


def _defined_in_parenthesis(folded: str, term: str) -> bool:
    """True if ``term`` is followed by a parenthesis that says what it means, unquoted, as the
    statute itself writes 「削除情報（…から削除した記述等及び個人識別符号をいう。）」 (行政機関個人情報
    保護法 第44条の2第2項): the parenthesis' own words (nested parentheses left out) end in
    「をいう。」, with or without a 「以下…同じ。」 after it. The parenthesis may follow a list of terms it
    explains together (「開示決定等、訂正決定等又は利用停止決定等（第11条第1項、…の決定をいう。）」)."""
    for m in re.finditer(re.escape(term) + r"(?:" + _LIST_TAIL.pattern + r")?\(", folded):
        own = _own_words(folded, m.end() - 1)
        if own is not None and _SAYS_MEANING.search(own.strip()):
            return True
    return False


_PAREN_MARKS = re.compile("[()]")


def _own_words(folded: str, start: int) -> str | None:
    """The words of the parenthesis opening at ``start``, the parentheses nested in it left out;
    ``None`` when it never closes. (Only the parentheses are visited: the words between two of
    them are at one depth.)"""
    depth, own, last = 0, [], start
    for m in _PAREN_MARKS.finditer(folded, start):
        if depth == 1:
            own.append(folded[last : m.start()])
        if m.group() == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return "".join(own)
        last = m.end()
    return None


_CITED_BEFORE = lazy_compile(rf"第{NUM}条(?:の{NUM})*(?:第{NUM}項)?(?:第{NUM}号)?に(?:規定する|定める)$")
"""The provision that defines a word, cited right before the word (「第22条第2項に規定する削除情報」)."""

_LIST_TAIL = lazy_compile(r"(?:(?:、|又は|及び|若しくは|並びに)[^、。()「」]{1,15}?){1,3}(?=\()")
"""The rest of a list of terms after one of them, up to the parenthesis that follows the list."""


_IMPORT_ALL = lazy_compile(
    r"(?:使用する|用いる)用語(?:の意義)?は[、 ][^。]{0,40}?法(?:律)?(?:\([^()]*\))?(?:において|で)(?:使用する|用いる)用語の例による"
    r"|用語の意義は[、 ][^。]{0,40}?法(?:律)?(?:\([^()]*\))?の(?:例による|定めるところによる)"
)
_IMPORT_ORDINANCE = lazy_compile(
    r"(?:使用する|用いる)用語(?:の意義)?は[、 ]?[^。]{0,40}?条例(?:\([^()]*\))?(?:において|で)(?:使用する|用いる)用語の例による"
)
"""A 規則 borrowing the vocabulary of the ordinance it implements (every term, 実施機関 too); a copy
that lost its 、 has a space or nothing there."""
_CITED_DEFINITION = lazy_compile(rf"法(?:律)?(?:\([^()]*\))?第{NUM}条(?:第{NUM}項)?(?:第{NUM}号)?"
                                 r"に(?:規定する|定める|(?:定め|決め)られている|(?:定め|決め)られた)")
_NOT_STATUTE_TERMS = frozenset({"実施機関", "公文書"})  # municipal terms: no Act defines them
_CITED_ORDINANCE_DEFINITION = lazy_compile(
    rf"条例(?:\([^()]*\))?第{NUM}条(?:第{NUM}項)?(?:第{NUM}号)?"
    r"(?:に(?:規定する|定める|(?:定め|決め)られている|(?:定め|決め)られた)|の)")
"""A definition cited from another ordinance (the information-disclosure ordinance's 公文書), also as
「情報公開条例第2条第2号の公文書」, and in everyday words 「…第2条第2項に決められている公文書」."""


def imports_statute_terms(folded: str) -> bool:
    """True if the draft borrows the Act's vocabulary wholesale (「この条例において使用する用語
    は、法において使用する用語の例による。」 and the 用語の意義 variants)."""
    return _IMPORT_ALL.search(folded) is not None


def imports_ordinance_terms(folded: str) -> bool:
    """True if a 規則 borrows the vocabulary of the ordinance it implements (「この規則において使用
    する用語は、条例において使用する用語の例による。」): its terms are defined there."""
    return _IMPORT_ORDINANCE.search(folded) is not None


def _defined_by_citation(folded: str, term: str) -> bool:
    """True if ``term`` is named through the Act's defining provision (法第2条第3項に規定する X)."""
    return any(folded.startswith(term, m.end()) for rx in (_CITED_DEFINITION, _CITED_ORDINANCE_DEFINITION)
               for m in rx.finditer(folded))


_DECLINED = lazy_compile(
    r"(?:の(?:提供|作成|作成及び提供|利活用))?の(?:制度|仕組み)を(?:設け|導入し|置か|実施し|行わ)ない(?:ものとする|こととし、|ものとし、)?"
    # the scheme named as the subject of a decision on it: 「…の提供に関する制度については、…検討し」
    r"|(?:の(?:提供|作成|作成及び提供|利活用))?に関する(?:制度|仕組み)について"
    # the acts themselves declined: 「…の作成及び提供を行わない。」「…の作成及び提供をしないものとする。」
    r"|の(?:作成及び提供|作成又は提供|提供|作成)を(?:行わ|し)ない(?:ものとする|こととする)?。")


def _declines_scheme(joined: str, pos: int, size: int, scheme_terms: tuple[str, ...] = ()) -> bool:
    """True if the occurrence at ``pos`` names the statute's scheme itself, only to say the
    ordinance does not set it up (the term right before 「の提供の制度を設けない」):
    「当分の間、非識別加工情報の提供の制度を設けない。」 — the sentence speaks of the Act's
    institution (行政機関個人情報保護法 第4章の2) and gives the term no meaning of the
    ordinance's own, so there is nothing to define."""
    end = joined.find("。", pos + size)
    if end < 0:
        return False
    rest = joined[pos + size : end + 1]
    if "\n" not in rest and _DECLINED.match(rest) is not None:
        return True
    if not any(t == joined[pos : pos + size] or joined[pos : pos + size].endswith(t) for t in scheme_terms):
        return False  # (another term in that sentence, 個人情報ファイル, keeps its own meaning)
    # the sentence that records the decision as the C0 reading recognises it (「…の提供は、行わない
    # ものとする。」, 「…の仕組みは、導入しない。」): the term names the statute's institution there too
    line_start = joined.rfind("\n", 0, pos) + 1
    line_end = joined.find("\n", pos)
    line = joined[line_start : line_end if line_end >= 0 else len(joined)]  # (already folded)
    offset = pos - line_start
    for m in SENTENCE.finditer(line):
        if m.start() <= offset < m.end():
            return declines_mechanism(m.group(0).rstrip())
    return False


def _scheme_terms(ctx: CheckContext) -> tuple[str, ...]:
    """The profile's names of the non-identifying-information scheme (非識別加工情報)."""
    return tuple(t for t in getattr(ctx.profile, "c_terms", ()) or () if t)



_OTHER_ORDINANCE_RULE = lazy_compile(
    rf"(?<!この)(?<!本)条例(?:\([^()]*\))?(?:第{NUM}条(?:第{NUM}項)?(?:第{NUM}号)?)?の規定(?:による|に基づく)$")


def _term_of_cited_ordinance(joined: str, pos: int) -> bool:
    """True if the occurrence at ``pos`` is the word of another ordinance, named through it:
    「…情報公開条例の規定による公文書の開示の請求」 speaks of that ordinance's 公文書 (as
    行政機関個人情報保護法 第2条第8項第2号 speaks of 「行政機関情報公開法の規定による開示の請求」), so the
    meaning is the cited ordinance's and this one needs no definition of its own. 「この条例の規定
    による」 names this ordinance and does not count."""
    return _OTHER_ORDINANCE_RULE.search(joined[max(0, pos - 80):pos]) is not None


def _defined_by_applied_statute(ctx: CheckContext, term: str) -> bool:
    """True if the statute article defining ``term`` is taken in by the draft (準用する, 例による)."""
    from ordreview.core.draft_index import DraftIndex
    from ordreview.core.statute_applied import defined_by_applied_article

    draft_index = ctx.extra.get("index") or DraftIndex(ctx.ordinance, ctx.profile)  # type: ignore[arg-type]
    return defined_by_applied_article(draft_index, term)


@register("term.undefined", title_ja="定義のない用語", title_en="Terms of art used but not defined")
@primed
def check_undefined_terms(ctx: CheckContext) -> list[Finding]:
    """[O4] A term of art from :data:`TERMS_OF_ART` used without any definition."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    defined = {t.term for t in ordinance.terms}
    excluded = _excluded_spans(ordinance)
    out: list[Finding] = []
    borrowed = imports_statute_terms(index.joined)
    if imports_ordinance_terms(index.joined):
        return []  # a 規則 using the ordinance's terms: they are defined there
    for term in TERMS_OF_ART:
        if term in defined or _defined_in_text(index.joined, term):
            continue
        if term not in _NOT_STATUTE_TERMS and borrowed:
            continue
        if _defined_by_citation(index.joined, term):
            continue
        if _defined_by_applied_statute(ctx, term):
            continue  # (削除情報 of 法第44条の2, taken in by 準用)
        longer = tuple(d for d in defined if term in d and d != term)
        hits = (index.span(p, p + len(term)) for p in occurrences(index.joined, term)
                if not _declines_scheme(index.joined, p, len(term), _scheme_terms(ctx))
                and not _term_of_cited_ordinance(index.joined, p)
                and not inside_longer(index.joined, p, term, longer))
        span = next((h for h in hits if h.start not in excluded), None)
        if span is None and has_stray_spaces(ordinance):  # (保有 個人情報: a copy's stray space)
            rx = re.compile(" ".join(re.escape(ch) for ch in term).replace(" ", " ?"))
            span = next((index.span(m.start(), m.end()) for m in rx.finditer(index.joined)
                         if " " in m.group() and index.span(m.start(), m.end()).start not in excluded), None)
        if span is None:
            continue
        first = span.start
        out.append(ctx.finding(
            rule="term.undefined", requirement=_term_requirement(ctx, term), span=span, code=TERM_UNDEFINED,
            severity="warning",
            params={"term": term, "where": node_label(ordinance, first)},
        ))
    if not borrowed:
        out.extend(_undefined_coined_labels(ctx, defined, excluded))
    out.extend(_undefined_clipped_names(ctx, defined, excluded))
    out.extend(bare_body_names(ctx, index.joined, defined, excluded))
    out.extend(_persons_of_scoped_labels(ctx, defined, excluded))
    out.extend(_collective_labels_out_of_scope(ctx, excluded))
    out.extend(variant_forms(ctx, defined, excluded))
    out.extend(statute_words_left(ctx, defined, excluded))
    return out


_SCOPE_SAID = lazy_compile(r"((?:前各?|この)\s*(?:条|項|号|章|節))\s*において\s*「$")


def _collective_labels_out_of_scope(ctx: CheckContext, excluded: _SpanSet) -> list[Finding]:
    """[O4] A collective label (法令等, …等) defined only for some provisions — 「前項において「法令等」
    とは、…をいう。」, 「この条において「X等」とは」 — used outside them. A word ending in 等 has no
    plain sense to fall back on: what it gathers is whatever the definition lists, so where no
    definition reaches its meaning is not settled."""
    ordinance = ctx.ordinance
    out: list[Finding] = []
    _, _, longer_of, same = _term_setting(ordinance)
    for name, defs in same.items():
        if not name.endswith("等") or len(name) < 3 or any(not _is_scoped(t) for t in defs):
            continue
        if any(t.style != "paragraph" for t in defs):
            continue  # a scoped 略称 (以下この条において「X」という。): abbr.out_of_scope speaks about it
        allowed = [sp for t in defs for sp in _scope_spans(ordinance, t)]
        uses = _uses(ordinance, name, excluded, longer_of.get(name, []), also=[t.span for t in defs])
        hit = next((u for u in uses if not _inside(u.start, allowed)), None)
        if hit is None:
            continue
        before = index_for(ordinance).folded[max(0, defs[0].term_span.start - 20) : defs[0].term_span.start]
        said = _SCOPE_SAID.search(before)
        scope = said.group(1) if said else (_scope_phrase(ordinance, defs[0]) or "一部の規定")
        out.append(ctx.finding(
            rule="term.undefined", requirement="O4", span=hit, code=TERM_OUTSIDE_DEFINITION, severity="warning",
            params={"term": name, "where": node_label(ordinance, hit.start),
                    "defined": node_label(ordinance, defs[0].term_span.start), "scope": fold(scope)},
            evidence=(ctx.location(defs[0].term_span),),
        ))
    return out


def _persons_of_scoped_labels(ctx: CheckContext, defined: set[str], excluded: _SpanSet) -> list[Finding]:
    """[O4] 「X者」 used outside the scope of a 略称 X the draft limits to one provision (「前条の規定による
    開示の請求（以下この条において「開示請求」という。）」, then 「開示請求者」 in the next article): the
    person is named through a label that means nothing there, and nothing defines X者 itself. The
    statute's 開示請求者 rests on an ordinance-wide 開示請求; a scoped one leaves it undefined."""
    ordinance = ctx.ordinance
    text = ordinance.text
    out: list[Finding] = []
    seen: set[str] = set()
    for term in ordinance.terms:
        if term.term in seen or not _is_scoped(term) or not _is_abbreviation(ordinance, term):
            continue
        person = term.term + "者"
        if person in defined or term.term.endswith("者") or not _compressed_from_provision(term):
            continue
        same = [t for t in ordinance.terms if t.term == term.term]
        if any(not _is_scoped(t) for t in same):
            continue
        allowed = [sp for t in same for sp in _scope_spans(ordinance, t)]
        pos = text.find(person, term.term_span.end)
        while pos >= 0:
            if pos not in excluded and not _inside(pos, allowed) and not is_word_char(text[pos - 1 : pos] or " "):
                seen.add(term.term)
                out.append(ctx.finding(
                    rule="term.undefined", requirement="O4", span=Span(pos, pos + len(person)),
                    code=TERM_UNDEFINED, severity="warning",
                    params={"term": person, "where": node_label(ordinance, pos)},
                ))
                break
            pos = text.find(person, pos + 1)
    return out


ABBR_UNDEFINED = define(
    "check.integrity.abbr_undefined",
    ja="「{term}」が{where}で用いられているが、この条例に「{term}」を略称とする定め（「（以下「{term}」という。）」）がない。"
    "{long}を指すのであれば、その最初の箇所に「（以下「{term}」という。）」を加えるか、正式な名称を用いられたい。",
    en="「{term}」 is used in {where}, but the ordinance never introduces it as an abbreviation; if it means {long}, add "
    "「（以下「{term}」という。）」 where that name first appears, or write the name in full.",
)
_CLIPPED_KINDS = lazy_compile(r"(?:簿|台帳|目録|審議会|審査会)$")
"""Registers and bodies: the names a draft clips (登録簿 for 個人情報取扱事務登録簿, 審査会 for
〇〇市情報公開・個人情報保護審査会). Other words that end a longer name (情報, 事務, 機関) are words
of their own."""
_LONG_NAME = lazy_compile(r"[\u4e00-\u9fff\u30a1-\u30fa々ー・]{3,40}?(?:簿|台帳|目録|審議会|審査会)(?![\u4e00-\u9fff\u30a1-\u30fa々ー])")
_CLASS_WORDS = ("その他", "等")
_SET_UP = ("を作成", "を備え", "を調製", "を整備", "を置く", "を置き")
"""Words after a register's or body's name in the sentence that sets it up (「次に掲げる事項を記載した
登録簿を作成し」, 「…のため、審議会を置く」): there the name is described, not clipped."""
_PLAIN_NOUNS = frozenset({"名簿", "帳簿", "原簿"})
"""Nouns of plain language that also end names (選挙人名簿, 会計帳簿): never a clipped name."""
_MUNICIPALITY = lazy_compile(r".{0,5}[都道府県市区町村]")
_OTHER_BODIES = lazy_compile(r"(?:構成|他の|各|関係)[^、。「」()\s]{0,6}?の$")
"""A possessor naming other bodies before the name (構成市町の, 他の地方公共団体の, 関係市町村の): their
registers and councils, which the draft need not define."""
_OLD_INSTRUMENT = lazy_compile(
    r"(?:改正前の|旧)[^。「」]{0,40}?(?:条例|規則)(?:第[^。「」]{0,16}?)?の規定により"
    r"(?:置かれ|設置され|作成され|備えられ|調製され)(?:ている|た)$")
"""A body or register of the instrument being replaced, named as that instrument names it: 「…改正前の…個人
情報保護条例の規定により置かれている個人情報保護審査会の委員である者は、…」 (a 経過措置)."""
_NAMED_THROUGH = lazy_compile(rf"(?:前|次|同|第{NUM})(?:条|項|号)(?:第{NUM}(?:項|号))*(?:の規定による|に規定する|に定める|の)$")


_NUMBERED_BEFORE = lazy_compile(r"第\s*[0-9０-９〇一二三四五六七八九十百]+\s*$")


def _undefined_clipped_names(ctx: CheckContext, defined: set[str], excluded: _SpanSet) -> list[Finding]:
    """[O3] The tail of a register's or body's name used on its own with no 略称 defined for it:
    the draft writes 個人情報取扱事務登録簿 and later just 登録簿, never 「（以下「登録簿」という。）」.
    A use named through its provision (前項の登録簿, 第5条に規定する審議会) is clear and not reported."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    joined = index.joined
    tails: dict[str, str] = {}  # clipped form → the first long name it is the tail of
    for m in _LONG_NAME.finditer(joined):
        full = m.group(0)
        if full.startswith("他") and joined.endswith("その", 0, m.start()):
            full = full[1:]  # 「その他霧関県個人情報保護審議会（以下「審議会」という。）」: the name after その他
        elif full.startswith(("当該", "各")):
            full = full[1 if full[0] == "各" else 2:]
        elif full.startswith(("条", "項", "号")) and _NUMBERED_BEFORE.search(joined, max(0, m.start() - 12), m.start()):
            full = full[1:]  # 「第 23 条個人情報ファイル簿に…」: a PDF copy's heading glued to its text, no name
        long = full.split("・")[-1] if "・" in full else full
        for k in range(1, len(long) - 1):
            tail = long[k:]
            if _MUNICIPALITY.fullmatch(long[:k]):
                continue  # the body's name without the municipality's: the same name, not a 略称
            if _CLIPPED_KINDS.search(tail) and len(tail) >= 2 and tail not in _PLAIN_NOUNS and tail not in tails:
                tails[tail] = full
    out: list[Finding] = []
    reported: set[str] = set()
    for tail in sorted(tails, key=len, reverse=True):
        if tail in defined or _defined_in_text(joined, tail) or any(tail in r for r in reported):
            continue
        if any(t.term.endswith(tail) and _is_abbreviation(ordinance, t) for t in ordinance.terms):
            continue  # a 略称 ending in it (情報公開審査会 → the draft's 審査会 is inside a longer 略称)
        for pos in _find_all(joined, tail, 0, len(joined)):
            if pos > 0 and is_name_char(joined[pos - 1]) and not joined.endswith(("当該", "同"), 0, pos):
                continue
            if pos > 1 and joined[pos - 1] == " " and is_name_char(joined[pos - 2]) and has_stray_spaces(ordinance):
                continue  # 「個人情報 取扱事務登録簿」: the longer name with a copy's stray space inside
            if not standalone(joined, pos, len(tail)) or _NAMED_THROUGH.search(joined[max(0, pos - 20):pos]):
                continue
            if joined.endswith(("当該", "同"), 0, pos):
                # 「前項の登録簿に登録した事項を変更したときは、当該登録簿を修正」: the one just named
                start = joined.rfind("。", 0, pos) + 1
                earlier = joined.find(tail, start, pos - 2)
                if earlier >= 0 and _NAMED_THROUGH.search(joined[max(0, earlier - 20):earlier]):
                    continue
                # 「…個人情報取扱事務登録簿は、…とみなす。この場合において、…当該登録簿に付記する」: the register
                # named in full just before, in the same paragraph
                para_start = joined.rfind("\n", 0, pos) + 1
                if joined.find(tails[tail], para_start, pos) >= 0:
                    continue
            if _OTHER_BODIES.search(joined[max(0, pos - 12):pos]):
                continue  # 構成市町の個人情報保護審議会: the other bodies' own councils, not ours clipped
            if _OLD_INSTRUMENT.search(joined[max(0, pos - 80):pos]):
                continue  # the old ordinance's own body, in its own name (a 経過措置)
            if joined.startswith(_CLASS_WORDS, pos + len(tail)):
                continue  # 審議会その他の合議制の機関 (法第129条), 審議会等: the kind of body, not a name
            if joined.startswith(_SET_UP, pos + len(tail)):
                continue  # 「…を記載した登録簿を作成し」: the sentence that sets the register up names it
            span = index.span(pos, pos + len(tail))
            if span.start in excluded or joined.startswith(tails[tail], pos - len(tails[tail]) + len(tail)):
                continue
            reported.add(tail)
            out.append(ctx.finding(
                rule="term.undefined", requirement="O3", span=span, code=ABBR_UNDEFINED, severity="warning",
                params={"term": tail, "where": node_label(ordinance, span.start), "long": f"「{tails[tail]}」"},
                suggestion=f"{tails[tail]}（以下「{tail}」という。）",
            ))
            break
    return out


def _undefined_coined_labels(ctx: CheckContext, defined: set[str], excluded: _SpanSet) -> list[Finding]:
    """[O4] A label of :data:`COINED_LABELS` (or its own-name form) used but coined nowhere."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    joined = index.joined
    out: list[Finding] = []
    for label in COINED_LABELS:
        forms = [label]
        if label.startswith("実施機関"):
            base = label[:-1]
            forms += [name + "等" for name in own_name_variants(base, defined)]
        for form in forms:
            if form in defined or _defined_in_text(joined, form) or _read_in(joined, form, defined):
                break
        else:
            for form in forms:
                text = ordinance.text
                span = next((u for u in _uses(ordinance, form, excluded, _longer_index(defined | {form}).get(form, []))
                             if not (text[u.start - 1 : u.start] == "「" and text[u.end : u.end + 1] == "」")),
                            None)  # 「X」とあるのは of a 読替え quotes the applied provision's words
                if span is None:
                    continue
                out.append(ctx.finding(
                    rule="term.undefined", requirement=_term_requirement(ctx, form), span=span, code=TERM_UNDEFINED,
                    severity="warning", params={"term": form, "where": node_label(ordinance, span.start)},
                ))
                break
    return out


@register("term.unused", title_ja="使われない定義語", title_en="Defined terms never used")
@primed
def check_unused_terms(ctx: CheckContext) -> list[Finding]:
    """[O4] A 「」-defined term that never appears after (or, for 定義 articles, outside) its definition."""
    ordinance = ctx.ordinance
    excluded, names, longer_of, same = _term_setting(ordinance)
    index = index_for(ordinance)
    # a profile whose statute defines its own terms (the Act, for a 施行条例): a draft that defines
    # one of them again is reported for that (act.terms); the fix deletes the definition, used or not
    act_terms = set(getattr(getattr(ctx.profile, "act", None), "defined_terms", None) or ())
    read_in: list[Span] | None = None  # the words 読替え tables read in (read once, when first needed)
    out: list[Finding] = []
    for term in ordinance.terms:
        if term.style not in _QUOTED or not term.term or _widening(ordinance, term):
            continue  # (訂正（追加又は削除を含む。以下同じ。） is itself a use of the widened word)
        if term.term in act_terms and term.style in ("paragraph", "item") and term.where.article is not None:
            continue
        if in_replaced_words(index.joined, index.to_joined(term.term_span.start)):
            continue  # the statute's words a 読替え replaces: not a definition of the draft
        others = same[term.term]
        own = [t.span for t in others] + [t.term_span for t in others]
        longer = longer_of.get(term.term, [])
        if term.style in _INLINE:
            allowed = _scope_spans(ordinance, term)
            used = any(_inside(p.start, allowed) for p in _uses(ordinance, term.term, excluded, longer, also=own,
                                                                start=term.term_span.end))
            # used only before its definition: a use all the same; the order is the finding
            # (abbr.before_definition), not an unused definition
            used = used or next(_uses(ordinance, term.term, excluded, longer, also=own, end=term.span.start),
                                None) is not None
            # used only outside its stated scope: abbr.out_of_scope reports that use (one defect,
            # one finding), the definition is not unused
            used = used or (_is_scoped(term) and _kept_to_its_scope(ordinance, term, names)
                            and next(_uses(ordinance, term.term, excluded, longer, also=own,
                                           start=term.term_span.end), None) is not None)
        else:
            used = next(_uses(ordinance, term.term, excluded, longer, also=own), None) is not None
        if not used:
            read_in = replacement_cells(ordinance) if read_in is None else read_in
            used = _read_into_statute(ordinance, term, read_in)
        # cited by another article that gives it its meaning again (「削除情報（第22条第2項に規定する削除情報を
        # いう。）」): the definition is what that article uses
        used = used or (_is_scoped(term) and bool(_restated_in(ordinance, term.term)))
        if (used or _used_by_adopted_provision(ctx, term) or _names_own_division(ordinance, term)
                or _own_body_in_office_title(ordinance, term, excluded)):
            continue
        borrowed = _borrowed_where_used(ordinance, term)
        left_out = None if borrowed else _uses_left_out(ordinance, term)
        out.append(ctx.finding(
            rule="term.unused", requirement=_term_requirement(ctx, term.term), span=term.term_span,
            code=TERM_UNUSED_BORROWED if borrowed else TERM_UNUSED_USES_LEFT_OUT if left_out else TERM_UNUSED,
            severity="info" if (borrowed or left_out or _statutory_parenthesis(ctx, term)
                                or _last_words(ordinance, term) or _asked_for_by_mechanism(ctx, term)
                                or _names_a_form(ordinance, term)) else "warning",
            params={"term": term.term, "where": node_label(ordinance, term.term_span.start),
                    **({"uses_ja": left_out[0], "uses_en": left_out[1]} if left_out else {})},
        ))
    return out


# what follows the body's own short name in the title of one of its organs or rules
# (広域連合長, 組合議会, 広域連合規則): 地方自治法's names for the head, the assembly and the rules
_ORGAN_SUFFIXES = ("長", "議会", "規則")


def _read_into_statute(ordinance: Ordinance, term: Term, read_in: list[Span]) -> bool:
    """True if a 読替え table reads the term into a provision the draft takes in (its last cell is
    the term, or has it as a word of its own): the applied provision uses it. ``read_in`` is
    ``replacement_cells(ordinance)``."""
    text = ordinance.text
    for cell in read_in:
        if cell.start < term.term_span.end:
            continue
        words = cell.slice(text)
        at = words.find(term.term)
        while at >= 0:
            if standalone(words, at, len(term.term)):
                return True
            at = words.find(term.term, at + 1)
    return False


def _own_body_in_office_title(ordinance: Ordinance, term: Term, excluded: _SpanSet) -> bool:
    """True when the term is the body's own short name (「紫野…広域連合（以下「広域連合」という。）」,
    its definition being the body's name that opens the title) and a later provision names one of the
    body's organs or rules with it (広域連合長, 組合議会): those words are read through the short name
    (the head of the body so named), so the definition is not idle even though the short name never
    stands alone."""
    definition = fold(term.definition or "").strip()
    title = fold(ordinance.title or "")
    if len(definition) <= len(term.term) or not definition.endswith(term.term) or not title.startswith(definition):
        return False
    text = ordinance.text
    pos = text.find(term.term, term.span.end)
    while pos >= 0:
        before = text[pos - 1] if pos > 0 else ""
        after = pos + len(term.term)
        if (pos not in excluded and not is_word_char(before)
                and any(text.startswith(s, after) for s in _ORGAN_SUFFIXES)):
            return True
        pos = text.find(term.term, pos + 1)
    return False


def _last_words(ordinance: Ordinance, term: Term) -> bool:
    """True when the term is coined in the last provision of a 附則 that ends the draft (「…（以下これらを
    「旧組合」という。）の機関に対してされた…とみなす。」), or names an ordinance this one repeals
    (「廃止前の…条例（以下「旧条例」という。）の規定によりされた…」) and the provisions after it are of
    another matter (the 罰則's 経過措置 「この条例の施行前にした行為に対する罰則の適用については」), and
    nothing after it in the draft names what it abbreviates again: no words are left where the short
    name could have been used, so the idle definition is only noted (info). When the
    rest names it again (「改正前の…条例（以下「旧条例」という。）…改正後の…条例」, a later 項 citing
    the repealed ordinance by its full name), the short name was wanted there and the definition
    stays a warning."""
    start = term.term_span.start
    if not any(s.span.start <= start < s.span.end for s in ordinance.suppl_provisions):
        return False
    rest = ordinance.text[term.term_span.end:].strip()
    definition = fold(term.definition or "")
    # provisions after it: only for an ordinance this one repeals (「廃止前の…条例」), whose title no
    # later words share; an ordinance this one amends (「改正前の…条例」) keeps its title after the
    # amendment, so the short name was coined to tell the two versions apart and stays a warning
    if "\n" in rest and not ("廃止" in definition and "改正" not in definition):
        return False
    rest = fold(rest)
    names = [n for n in re.split(r"又は|若しくは|及び|並びに|、", fold(term.definition or "")) if len(n) >= 6]
    return bool(names) and not any(n[-6:] in rest for n in names)


def _names_own_division(ordinance: Ordinance, term: Term) -> bool:
    """True when the term is coined inside a 章 or 節 whose heading uses it (「第2章　開示決定等」 over
    the article that says 「…の決定（以下「開示決定等」という。）は、」): the heading rests on the
    definition, which is therefore not idle. An article's own caption is not enough (a caption
    merely naming the matter does not need the 略称)."""
    start = term.term_span.start
    return any(d.span.start <= start < d.span.end and term.term in fold(d.caption or "")
               for d in ordinance.divisions)


def _term_requirement(ctx: CheckContext, word: str) -> str:
    """The requirement a defined-but-unused or used-but-undefined ``word`` is reported under: O4, or,
    for a word of a mechanism the draft has not introduced (非識別加工情報 in a draft without the
    mechanism), the profile's requirement on such leftovers — the one that applies only without the
    mechanism (``condition: "c_absent"``) and forbids the word (C20 in the 2016 profile)."""
    requirements = getattr(ctx.profile, "requirements", ()) or ()
    leftover = [r for r in requirements if getattr(r, "condition", None) == "c_absent"
                and any(re.search(alt, word) for g in r.forbid for alt in g.any)]
    if not leftover or _analysis(ctx)[0].c_present:
        return "O4"
    return leftover[0].id


def _asked_for_by_mechanism(ctx: CheckContext, term: Term) -> bool:
    """True when a requirement that applies only because the draft introduces a mechanism (the
    profile's ``condition: "c_present"``: the 非識別 mechanism, and the mechanism is there) asks for
    this term's definition: one of its elements is labelled 「…の定義」 and is met by the term
    (``term:X`` naming it, or a pattern found in it: 非識別加工情報ファイル in 実施機関非識別加工情報
    ファイル). The checklist asks for the set of definitions the statute gives (行政機関個人情報保護法
    第2条第8項から第11項まで), some of which the statute uses only to build the next one (the ファイル
    for the 取扱事業者): deleting the idle one would leave the requirement's element missing, so the
    engine must not ask for both. Unused, it is a drafting note (info). Without the mechanism the
    same definition is a leftover (C20) and stays a warning."""
    if term.style == "inline":
        return False
    alignment, _ = _analysis(ctx)
    if not alignment.c_present:
        return False
    word = fold(term.term)
    for req in getattr(ctx.profile, "requirements", ()) or ():
        if getattr(req, "condition", None) != "c_present":
            continue
        for group in req.must:
            if not group.label_ja.endswith("の定義"):
                continue
            for alt in group.any:
                if alt.startswith("term:"):
                    if fold(alt[5:]) == word:
                        return True
                elif ":" not in alt and re.search(alt, word):
                    return True
    return False


_FORM = lazy_compile(r"(?:記載|記録)した書面$")
_REGISTER = lazy_compile(r"(?:記載|記録)した帳簿$")
STATUTE_REGISTER_NAMES: tuple[str, ...] = ("個人情報ファイル簿",)
"""Names the statute itself gives a register where it requires the register to be made and
published: 「…を記載した帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。」
(行政機関個人情報保護法 第11条第1項; 個人情報の保護に関する法律 第75条第1項 keeps it)."""


# short names the statute coins in one provision for its use in others, with what those others say:
# 不開示情報 (行政機関個人情報保護法 第14条) serves 部分開示 (第15条: 「…不開示情報に該当する部分を
# 容易に区分して除くことができるときは、…当該部分を除いた部分につき開示しなければならない」) and
# 裁量的開示 (第16条: 「…不開示情報が含まれている場合であっても、…特に必要があると認めるときは」)
_USES_IN_STATUTE: dict[str, tuple[LazyPattern, str, str]] = {
    "不開示情報": (lazy_compile(r"区分して除く|除いた部分(?:につき|を)|特に必要があると認めるとき"),
              "部分開示及び裁量的開示の規定（行政機関個人情報保護法第15条及び第16条）",
              "its provisions on partial and discretionary disclosure (Articles 15 and 16 of the Act on the "
              "Protection of Personal Information Held by Administrative Organs)"),
}


def _uses_left_out(ordinance: Ordinance, term: Term) -> tuple[str, str] | None:
    """For a short name the statute coins in the provision the draft copies, for use in other
    provisions the draft has none of (「次の各号に掲げる情報（以下「不開示情報」という。）のいずれか
    が含まれている場合を除き、…開示しなければならない。」 in a draft with no 部分開示 and no 裁量的開示),
    the statute's using provisions (Japanese, English) for the message: the definition is idle
    because those provisions are absent, not because the draft writes the long form where the short
    one was coined, so the idle short name is a note (info) naming them. None for a draft that has
    one of them written without the short name (the short name was coined for it and not used there:
    a warning), and for any other term."""
    entry = _USES_IN_STATUTE.get(fold(term.term))
    if term.style != "inline" or entry is None or entry[0].search(fold(ordinance.text)) is not None:
        return None
    return entry[1], entry[2]


def _names_a_form(ordinance: Ordinance, term: Term) -> bool:
    """True for the name an inline definition gives a written request or application the draft
    requires (「次に掲げる事項を記載した書面（以下「開示請求書」という。）を実施機関に提出しなければ
    ならない。」): the statute coins the same name at the same place (行政機関個人情報保護法 第13条第1項)
    for its 補正 provision, which ordinances commonly leave to the 規則; the name is the one the
    規則's 様式 and the applicant use. Left unused in the ordinance it is a note (info), unlike a
    short name for a longer name written just before it (「…登録簿（以下「登録簿」という。）」), which
    exists only to shorten later text. The same holds for the register of files named as the
    statute names it (:data:`STATUTE_REGISTER_NAMES`)."""
    if term.style != "inline":
        return False
    definition = fold(term.definition or "").strip()
    if term.term.endswith("書") and _FORM.search(definition) is not None:
        return True
    # the register the provision makes and publishes, under the name the statute gives it at the
    # same place (「…を記載した帳簿（以下「個人情報ファイル簿」という。）を作成し、公表」): the name
    # of the published register and of the 規則's 様式, not a short name for words written before
    # it. A name of the draft's own (条例個人情報ファイル簿) is coined only to be used, and stays a
    # warning when idle.
    return fold(term.term) in STATUTE_REGISTER_NAMES and _REGISTER.search(definition) is not None


def _borrowed_where_used(ordinance: Ordinance, term: Term) -> bool:
    """True for a word of another law given its meaning by citation where an operative provision uses it, with
    an idle 以下同じ: 「…及び指定管理者（地方自治法（昭和22年法律第67号）第244条の2第3項に規定する指定管理者をいう。
    以下同じ。）が公の施設の管理の業務を行う場合」. The citation is what the sentence needs; only 「以下同じ」 has
    nothing to reach, a note (info) rather than a definition to delete. In the definitions article the same form
    coins the ordinance's vocabulary, and an idle one stays a warning."""
    if term.style != "inline":
        return False  # a definition of the definitions article (「(8)　非識別加工情報　法第2条第8項に規定する…」) is one
    article = article_of(ordinance, term.term_span.start)
    if article is None or _DEFINES_TERMS.search(fold(article.span.slice(ordinance.text))[:200]):
        return False  # in the definitions article 「以下同じ」 coins the ordinance's vocabulary: idle, it stays a warning
    text = ordinance.text
    start, end = term.term_span.start, term.term_span.end
    if text[start - 1 : start] == "「" or text[end : end + 1] == "」":
        return False  # a quoted 略称 coined to be used
    definition = _SPACES_RX.sub("", fold(term.definition or ""))
    return definition.endswith(fold(term.term)) and _BORROWED_FROM_LAW.search(definition) is not None


_SPACES_RX = lazy_compile(r"\s+")
_DEFINES_TERMS = lazy_compile(r"\(定義\)|用語の意義|この条例において「")
_BORROWED_FROM_LAW = lazy_compile(rf"(?:法律|法|条例|政令|規則)(?:\([^()]*\))?第{NUM}条(?:の{NUM})*(?:第{NUM}項)?(?:第{NUM}号)?に規定する")


def _statutory_parenthesis(ctx: CheckContext, term: Term) -> bool:
    """True for an unquoted 「X（…をいう。以下同じ。）」, inside the draft's definition of a statutory
    term, that the statute's own definition of that term carries
    (記述等 and 電磁的記録 in 行政機関個人情報保護法 第2条第2項; 公文書 where the statute's 保有個人情報
    says 行政文書, read through the profile's substitutions): copied with the definition, it is
    unused only because a later provision that uses it in the statute (the 要配慮個人情報 definition's
    「記述等が含まれる」) was drafted otherwise — that provision is the point, the parenthesis a note."""
    text = ctx.ordinance.text
    start, end = term.term_span.start, term.term_span.end
    if text[start - 1 : start] == "「" and text[end : end + 1] == "」":
        return False
    # the statute's own word for the term: itself, or the statute word the profile's
    # substitutions render as it (行政文書 for 公文書, 行政機関 for 実施機関)
    words = {term.term} | {sub.statute for sub in getattr(ctx.profile, "substitutions", ()) or ()
                           if term.term in sub.ordinance}
    texts = [st for st in getattr(ctx.profile, "statute_texts", ()) or ()
             if any(f"{w}（" in st.text for w in words) and "以下同じ" in st.text]
    here = ctx.location(term.term_span)
    # (the holder may be the statute's term, or one the statute defines inside it that the draft defines on its
    # own: 「記述等　文書、図画若しくは電磁的記録（…をいう。以下同じ。）に記載され、…」 as a 号 of its own, the
    # statute's 記述等 being a parenthesis of its 個人情報 definition)
    if any((other.term == st.term or f"{other.term}（" in st.text) and _holds(ctx.location(other.term_span), here)
           for st in texts for other in ctx.ordinance.terms if other is not term):
        return True
    # the ordinance's counterpart of a statute word (公文書 for 行政文書), borrowed by reference
    # inside another definition as the statute borrows its own (行政機関個人情報保護法 第2条第5項
    # ただし書: 「行政文書（…第2条第2項に規定する行政文書をいう。以下同じ。）」)
    return (len(words) > 1 and _BORROWED.search(fold(term.definition)) is not None
            and fold(term.definition).endswith(term.term)
            and any(other is not term and other.style != "inline" and _holds(ctx.location(other.term_span), here)
                    for other in ctx.ordinance.terms))


_BORROWED = lazy_compile(rf"第{NUM}条(?:の{NUM})*(?:第{NUM}項)?(?:第{NUM}号)?に規定する")


def _holds(outer: Location, inner: Location) -> bool:
    """True if the provision of ``outer`` (a definition's paragraph or item) holds ``inner``,
    sub-items (イ, ロ of a 号) included."""
    if outer.article is None or (outer.article, outer.paragraph) != (inner.article, inner.paragraph):
        return False
    return outer.item is None or inner.item == outer.item or (inner.item or "").startswith(outer.item + ".")


_ADOPTS = lazy_compile(rf"(?P<law>[^、。「」()\s]{{1,40}}?)(?:\([^()]*\))?第(?P<art>{NUM})条第(?P<para>{NUM})項(?:に(?:規定する|定める)|各号(?:のいずれかに該当する|に掲げる))")


def _used_by_adopted_provision(ctx: CheckContext, term: Term) -> bool:
    """True if another definition of the draft adopts a statutory provision whose wording uses
    ``term`` (「個人情報」とは、法第2条第2項に規定する個人情報をいう。 — that paragraph of the Act
    uses 個人識別符号; also 「…であって、法第2条第2項各号のいずれかに該当するもの」, its items): the
    term is used through the adopted definition, which reads it in the
    sense the draft gives it. The provisions are the profile's quoted statute texts."""
    texts = getattr(ctx.profile, "statute_texts", ()) or ()
    if not texts:
        return False
    ordinance = ctx.ordinance
    for other in ordinance.terms:
        if other.term == term.term:
            continue
        for m in _ADOPTS.finditer(fold(other.definition)):
            provision = f"第{to_int(m['art'])}条第{to_int(m['para'])}項"
            for st in texts:
                law, _, ref = st.ref.partition(" ")
                if not ref.startswith(provision) or st.term != other.term or term.term not in st.text:
                    continue
                if _names_law(ordinance, m["law"], law):
                    return True
    return False


def _names_law(ordinance: Ordinance, words: str, short: str) -> bool:
    """True if ``words`` (what stands before the cited provision) name the statute ``short``
    (行政機関個人情報保護法): its name or short name, or a 略称 the draft defines for it."""
    from ordreview.core.checks.citations import statute_table

    table = statute_table()
    statute = next((st for st in table.by_name.values() if short in st.names), None)
    names = statute.names if statute is not None else (short,)
    if any(words.endswith(n) for n in names):
        return True
    return any(words.endswith(t.term) and any(n in fold(t.definition) for n in names)
               for t in ordinance.terms if _is_abbreviation(ordinance, t))


# --------------------------------------------------------------------------- [O3] scopes

_SCOPE_PHRASE = lazy_compile(r"以下(?P<scope>[^「」。()]*?)において(?:同じ|「)")
_UNIT = lazy_compile(rf"この(条|項|号|章|節|款|目)|次条|前条|第({NUM})条((?:の{NUM})*)")


def _scope_phrase(ordinance: Ordinance, term: Term) -> str | None:
    """The scope words before an inline 略称 (``この条、第41条及び第47条の8``), or ``None``."""
    folded = index_for(ordinance).folded
    start = max(0, term.term_span.start - 80)
    window = folded[start : term.term_span.end + 20]
    best = None
    for m in _SCOPE_PHRASE.finditer(window):
        if start + m.start() <= term.term_span.start:
            best = m
    if best is None or start + best.end() < term.term_span.start - 1:
        return None
    return best["scope"] or None


def _unit_span(ordinance: Ordinance, kind: str, offset: int) -> Span | None:
    if kind == "条":
        art = article_of(ordinance, offset)
        return art.span if art is not None else None
    if kind in ("項", "号"):
        art = article_of(ordinance, offset)
        if art is None:
            return None
        for para in art.paragraphs:
            if para.span.start <= offset < para.span.end:
                if kind == "項":
                    return para.span
                for item in para.items:
                    if item.span.start <= offset < item.span.end:
                        return item.span
                return para.span
        return art.span
    inner = [d for d in ordinance.divisions if d.kind == kind and d.span.start <= offset < d.span.end]
    return inner[-1].span if inner else None


def _article_by_num(ordinance: Ordinance, num: str, near: Article | None) -> Article | None:
    if near is not None and near.in_suppl:
        for art in index_for(ordinance).articles:
            if art.in_suppl and art.num == num:
                return art
    return ordinance.article(num)


def _scope_spans(ordinance: Ordinance, term: Term) -> list[Span]:
    """Where a 略称 may be used: the parser's scope, widened by the units the scope words list."""
    spans = [term.scope_span]
    phrase = _scope_phrase(ordinance, term)
    if not phrase:
        return spans
    here = article_of(ordinance, term.term_span.start)
    articles = index_for(ordinance).articles
    position = next((i for i, a in enumerate(articles) if a is here), None)
    for m in _UNIT.finditer(phrase):
        if m[1]:
            unit = _unit_span(ordinance, m[1], term.term_span.start)
            if unit is not None:
                spans.append(unit)
        elif m[0] in ("次条", "前条") and position is not None:
            other = position + (1 if m[0] == "次条" else -1)
            if 0 <= other < len(articles):
                spans.append(articles[other].span)
        elif m[2]:
            num = "_".join(str(to_int(p)) for p in [m[2], *re.findall(rf"の({NUM})", m[3] or "")])
            art = _article_by_num(ordinance, num, here)
            if art is not None:
                spans.append(art.span)
    return spans


def _is_abbreviation(ordinance: Ordinance, term: Term) -> bool:
    """True for a quoted 略称 (以下「X」という。, 「X」と総称する), not for 訂正（…を含む。以下同じ。）.

    The latter widens an ordinary word from its position on; earlier uses of the word in its
    ordinary sense are not defects, whereas a 略称 means nothing before it is introduced.
    """
    text = ordinance.text
    start, end = term.term_span.start, term.term_span.end
    # (a hard-wrapped copy may break the line just inside the quotes: 「\n審査会」)
    before = text[max(0, start - 3) : start].rstrip(" \u3000\r\n")
    after = text[end : end + 3].lstrip(" \u3000\r\n")
    return term.style in _INLINE and before.endswith("「") and after.startswith("」")


_REPLACED = ("とあるのは", "とあり")
_QUOTE_REACH = 400
_QUOTES = re.compile("[「」]")


@lru_cache(maxsize=4)
def _has_readings(text: str) -> bool:
    return any(word in text for word in _REPLACED)


def in_replaced_words(text: str, pos: int) -> bool:
    """True if ``pos`` lies inside the quoted words a 読替え replaces (「…行政文書（…をいう。以下
    同じ。）」とあるのは「…」と): the statute's own text, quoted, not a provision of the draft.
    The words may hold quotes of their own: a definition quoted with the provision it stands in
    (「…の決定（以下「開示決定等」という。）」とあるのは), so every quote enclosing ``pos`` is
    tried, the innermost first. ``text`` is the draft's joined text (line breaks of a wrapped copy
    removed); the quotes are looked for within :data:`_QUOTE_REACH` characters."""
    if not _has_readings(text):
        return False  # (no 読替え in the draft: most drafts end here)
    # (only the quotes are visited, found by the regex engine, and neither scan crosses a line break)
    floor = max(0, pos - _QUOTE_REACH)
    start = max(floor, text.rfind("\n", floor, pos) + 1)
    opens = depth = 0
    for m in reversed(list(_QUOTES.finditer(text, start, pos))):
        if m.group() == "」":
            depth += 1
        elif depth == 0:
            opens += 1  # one more quote encloses pos
        else:
            depth -= 1
    if not opens:
        return False
    limit = min(len(text), pos + _QUOTE_REACH)
    line_end = text.find("\n", pos, limit)
    closes = depth = 0
    for m in _QUOTES.finditer(text, pos, line_end if line_end >= 0 else limit):
        if m.group() == "「":
            depth += 1
        elif depth == 0:
            closes += 1
            if text.startswith(_REPLACED, m.end()):
                return True
            if closes >= opens:
                return False
        else:
            depth -= 1
    return False


def _widening(ordinance: Ordinance, term: Term) -> bool:
    """True for an unquoted 「X（…を含む。以下同じ。）」 or 「X（…を除く。…）」: the word X in use at
    that very place, its meaning widened or narrowed from there on (not a 略称 to be used later)."""
    text = ordinance.text
    start, end = term.term_span.start, term.term_span.end
    quoted = text[start - 1 : start] == "「" and text[end : end + 1] == "」"
    return not quoted and fold(term.definition).rstrip("。").endswith(("を含む", "を除く"))


def _local_adjustment(ordinance: Ordinance, term: Term) -> bool:
    """True for an unquoted, scoped 「（…を含む。以下この条において同じ。）」: it adjusts the
    meaning of a word already in use for one unit, it is not a second definition."""
    text = ordinance.text
    start, end = term.term_span.start, term.term_span.end
    quoted = text[start - 1 : start] == "「" and text[end : end + 1] == "」"
    return not quoted and term.scope in ("chapter", "section", "article", "paragraph", "item")


def _is_scoped(term: Term) -> bool:
    return term.scope not in ("ordinance",)


_PARENS = lazy_compile(r"\([^()]*\)")


def _referent(definition: str) -> str:
    """What a definition names, for telling two definitions apart: NFKC, no blanks, no
    parenthesised law numbers or notes (「…法律（平成15年法律第58号）」 names the law)."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", definition))
    while True:
        stripped = _PARENS.sub("", text)
        if stripped == text:
            return text
        text = stripped


def _same_referent(a: str, b: str) -> bool:
    """True when two definitions name the same thing: equal, or one the tail of the other (the
    long form read with a word before it, 「市に東西市個人情報保護審議会」)."""
    ra, rb = _referent(a), _referent(b)
    return bool(ra) and bool(rb) and (ra.endswith(rb) or rb.endswith(ra))


_CITES_OWN_DEFINITION = lazy_compile(
    r"(?:前条|前項|同条|第[0-9〇一二三四五六七八九十百]+条(?:の[0-9〇一二三四五六七八九十百]+)*)(?:第[0-9〇一二三四五六七八九十]+項)?"
    r"(?:第[0-9〇一二三四五六七八九十]+号)?に規定する")


def _cites_the_other(term: Term, other: Term) -> bool:
    """True when ``term`` is defined by citing the provision that defines ``other`` (「法令等（前条第4項に規定する
    法令等をいう。以下同じ。）」 after 「前2項において「法令等」とは、…をいう。」): the same thing, its reach widened."""
    definition = re.sub(r"\s+", "", fold(term.definition or ""))
    m = _CITES_OWN_DEFINITION.search(definition)
    return m is not None and definition[m.end():].startswith(fold(other.term))


def _one_line(text: str) -> str:
    text = re.sub(r"\s+", "", text)
    return text if len(text) <= 40 else text[:39] + "…"


@register("abbr.duplicate", title_ja="略称の重複定義", title_en="Abbreviations defined twice")
@primed
def check_duplicate_terms(ctx: CheckContext) -> list[Finding]:
    """[O3] The same term defined twice where the two definitions' scopes overlap."""
    ordinance = ctx.ordinance
    out: list[Finding] = []
    seen: dict[str, list[Term]] = {}
    index = index_for(ordinance)
    for term in ordinance.terms:
        if in_replaced_words(index.joined, index.to_joined(term.term_span.start)):
            continue  # quoted with the words a 読替え replaces: the read provision's own definition
        earlier = seen.setdefault(term.term, [])
        clash = next((t for t in earlier
                      if not t.span.overlaps(term.span) and t.term_span != term.term_span
                      and any(a.overlaps(b) for a in _scope_spans(ordinance, t)
                              for b in _scope_spans(ordinance, term))), None)
        earlier.append(term)
        if clash is None or _local_adjustment(ordinance, term):
            continue
        if _local_adjustment(ordinance, clash) and _widening(ordinance, clash):
            continue  # 「X（…を含む。以下この条において同じ。）」 in an article before the definitions article
        if _cites_the_other(term, clash):
            continue  # the later definition is the earlier one, its reach widened
        # one 略称 for two different things throughout the ordinance: every later use is ambiguous
        two_things = (not _is_scoped(clash) and not _is_scoped(term)
                      and not _same_referent(clash.definition, term.definition))
        out.append(ctx.finding(
            rule="abbr.duplicate", requirement="O3", span=term.term_span,
            code=ABBR_CLASH if two_things else ABBR_DUPLICATE,
            severity="error" if two_things else "warning",
            params={"term": term.term, "first": node_label(ordinance, clash.term_span.start),
                    "second": node_label(ordinance, term.term_span.start),
                    "a": _one_line(clash.definition), "b": _one_line(term.definition)},
            evidence=(ctx.location(clash.term_span),),
            id_extra=(node_label(ordinance, term.term_span.start),),
        ))
    return out


@register("abbr.before_definition", title_ja="定義前の略称の使用", title_en="Abbreviations used before their definition")
@primed
def check_before_definition(ctx: CheckContext) -> list[Finding]:
    """[O3] An inline 略称 used earlier in the provisions than the parenthesis that defines it."""
    ordinance = ctx.ordinance
    excluded, names, longer_of, same = _term_setting(ordinance)
    out: list[Finding] = []
    done: set[str] = set()
    for term in ordinance.terms:
        if not _is_abbreviation(ordinance, term) or term.term in done:
            continue
        done.add(term.term)
        others = same[term.term]
        covered = [s for t in others if t is not term for s in _scope_spans(ordinance, t)]
        own = [t.span for t in others]
        region = [Span(0, term.term_span.start)]
        if _is_scoped(term):
            region = [s for s in _scope_spans(ordinance, term)[1:]] or [term.scope_span]
            region = [Span(s.start, min(s.end, term.term_span.start)) for s in region
                      if s.start < term.term_span.start]
        uses = _uses(ordinance, term.term, excluded, longer_of.get(term.term, []), also=own,
                     by_reference=False, end=term.term_span.start)
        if not (is_coined_label(term) or clipped_abbreviation(term) or _date_label(term)):
            uses = iter(())  # an ordinary word (利用停止) used earlier in its plain sense
        hit = next((p for p in uses if _inside(p.start, region) and not _inside(p.start, covered)
                    and not _names_its_provision(ordinance.text, p.start)
                    and not _named_earlier_in_sentence(ordinance.text, p.start, term.term)
                    and not _explained_where_used(ordinance.text, p.start, term.term)
                    and (names_an_instrument_or_body(term) or not _register_entry(ordinance, p.start))), None)
        if hit is None:
            if not _is_scoped(term) and not covered:
                out.extend(_late_abbreviation(ctx, term, excluded))
            continue
        pos = hit.start
        opening = (_opening_provision(ordinance, pos) and not names_an_instrument_or_body(term)
                   and not clipped_from_longer_name(ordinance, term.term))
        longs = _long_forms(ordinance, term)  # the draft's own full name, defined at first use
        out.append(ctx.finding(
            suggestion=f"{longs[0]}（以下「{term.term}」という。）" if longs and not opening else "",
            rule="abbr.before_definition", requirement="O3", span=hit,
            code=ABBR_BEFORE_OPENING if opening else ABBR_BEFORE,
            severity="info" if opening else "warning",
            params={"term": term.term, "where": node_label(ordinance, pos),
                    "defined": node_label(ordinance, term.term_span.start)},
            evidence=(ctx.location(term.term_span),),
        ))
    return out


_KANJI_RUN = lazy_compile(r"[\u4e00-\u9fff々]+")
_CLIPPED_RUN = 4


def clipped_abbreviation(term: Term) -> bool:
    """True for a 略称 made by clipping words of its definition (県独法 from 県が設立した地方独立行政法人):
    two or more of its characters are taken singly from inside one long compound (地方独立行政法人 →
    独, 法). Such a label is no word of plain language, unlike a compound spelled out of whole words
    (利用停止 from 利用の停止, 提案者 from 提案をする者), so it means something only once defined."""
    word, definition = fold(term.term), fold(term.definition or "").strip()
    runs = [(m.start(), m.end()) for m in _KANJI_RUN.finditer(definition)]
    pos, picks = 0, []
    for ch in word:
        found = definition.find(ch, pos)
        if found < 0:
            return False
        picks.append(found)
        pos = found + 1
    inside: dict[tuple[int, int], int] = {}
    for k, at in enumerate(picks):
        run = next((r for r in runs if r[0] <= at < r[1]), None)
        if run is None or run[1] - run[0] < _CLIPPED_RUN:
            continue
        alone = (k == 0 or picks[k - 1] != at - 1) and (k + 1 == len(picks) or picks[k + 1] != at + 1)
        if alone:
            inside[run] = inside.get(run, 0) + 1
    return any(n >= 2 for n in inside.values())


_DATE_OF = lazy_compile(r"の施行の日$")


def _date_label(term: Term) -> bool:
    """True for a label of a commencement date (「この条例の施行の日（以下「施行日」という。）」): which
    施行 is meant — the ordinance's or one provision's, when the 附則 sets several dates — is said
    only by the definition, so the label is no plain word before it."""
    return _DATE_OF.search(fold(term.definition or "").strip()) is not None


_PROVISION_OF = lazy_compile(rf"(?:次条|同条|第{NUM}条(?:の{NUM})*)(?:第{NUM}項)?(?:の規定による|の)$")


# the article that makes the register: it names the register it makes (「…を記載した帳簿」, 「（以下「個人情報
# ファイル簿」という。）」) or is captioned by it
_MAKES_REGISTER = lazy_compile(r"帳簿|以下「[^」]*(?:ファイル簿|登録簿)」")
_REGISTER_CAPTION = lazy_compile(r"ファイル簿|登録簿")


def _register_entry(ordinance: Ordinance, pos: int) -> bool:
    """True if the use at ``pos`` names an entry of the register in the article that sets the
    register's entries out (「(3)　個人情報ファイルの利用目的」, 「名称、利用目的、記録項目…を記載した
    個人情報ファイル簿」): the entries are listed in the statute's words (行政機関個人情報保護法 第10条
    第1項), the word in its plain sense — not a use of the draft's 略称 before the article that coins it."""
    article = article_of(ordinance, pos)
    if article is None:
        return False
    body = fold(article.span.slice(ordinance.text))
    return (_MAKES_REGISTER.search(body) is not None
            or (article.caption_span is not None and _REGISTER_CAPTION.search(article.caption or "") is not None))


def _names_its_provision(text: str, pos: int) -> bool:
    """True if the use at ``pos`` is named through a provision (次条の個人情報ファイル簿,
    第10条第1項の規定による個人情報ファイル簿): the reader is sent to the defining article."""
    return _PROVISION_OF.search(fold(text[max(0, pos - 20) : pos]).replace("\n", "")) is not None


def _explained_where_used(text: str, pos: int, term: str) -> bool:
    """True if the use at ``pos``, or an earlier use in the same paragraph, is explained on the spot
    by a parenthesis sending the reader to the defining provision (「村非識別加工情報等（第12条第2項に
    規定する村非識別加工情報等をいう。）の取扱いに従事する…」, the form the statute uses for a term
    defined further on): the reader is told what it means where it first appears."""
    start = text.rfind("\n", 0, pos) + 1
    segment = fold(text[start : pos + len(term) + 200])
    explained = re.compile(re.escape(fold(term)) + r"\((?:[^()]|\([^()]*\))*?に規定する(?:[^()]|\([^()]*\))*?をいう。?\)")
    m = explained.search(segment)
    return m is not None and m.start() <= pos - start


_THROUGH_PROVISION = lazy_compile(
    rf"(?:次条|同条|前条|第{NUM}条(?:の{NUM})*)(?:第{NUM}項)?(?:の規定による|の規定により|に規定する|に定める|の)$")


def _named_earlier_in_sentence(text: str, pos: int, term: str) -> bool:
    """True if, earlier in the sentence holding ``pos``, ``term`` is named through its provision
    (「第5条第1項に規定する個人情報ファイル簿が公表されているもの（同条第3項の規定により個人情報
    ファイル簿に掲載しないこととされたものを除く。）」): the sentence has already sent the reader to the
    defining article, and the repeated word is that same thing, not a 略称 used unexplained."""
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    head = text[start:pos]
    k = head.find(term)
    while k >= 0:
        if _THROUGH_PROVISION.search(fold(head[max(0, k - 20):k])):
            return True
        k = head.find(term, k + 1)
    return False


_OPENING_CAPTION = lazy_compile(r"目的|定義|趣旨|用語の意(?:義|味)|(?:言葉|ことば)の意(?:味|義)")


def _opening_provision(ordinance: Ordinance, offset: int) -> bool:
    """True if ``offset`` lies in the 目的, 趣旨 or 定義 article of the main provisions.

    These articles state the whole ordinance's purpose and vocabulary and routinely use words
    that a later article defines (行政機関個人情報保護法 第1条 and 第2条第9項 do: 個人情報ファイル簿
    is defined in 第11条), so an earlier use there of a term of the ordinance's vocabulary is only
    a point to check. (A 略称 of a law's or a body's name used there before it is introduced stays
    a warning: the statute never does that.)
    """
    art = article_of(ordinance, offset)
    return bool(art is not None and not art.in_suppl and art.caption
                and _OPENING_CAPTION.search(art.caption))


def clipped_from_longer_name(ordinance: Ordinance, word: str) -> bool:
    """True if ``word`` is the tail of a longer name the draft writes (ファイル簿 of 個人情報ファイル簿,
    登録簿 of 個人情報取扱事務登録簿, captions included): a clipped form that says nothing until its
    definition, unlike a term of the draft's vocabulary used in its own right (利用停止, 不開示情報)."""
    joined = index_for(ordinance).joined
    pos = joined.find(word, 1)
    while pos > 0:
        start = pos
        while start > 0 and is_name_char(joined[start - 1]):
            start -= 1
        head = _DETERMINER.sub("", joined[start:pos])
        if head and not is_name_char(joined[pos + len(word) : pos + len(word) + 1] or "、"):
            return True
        pos = joined.find(word, pos + 1)
    return False


_DETERMINER = lazy_compile(r"^(?:当該|同|各|前|次|本|他|全)")


_PROPER_NAME = lazy_compile(r"[^、。「」()\s]{4,40}")
_NAME_END = lazy_compile(r"(?:会|条例|法律|規則|機構|センター|協議会|委員会)$")


def _long_forms(ordinance: Ordinance, term: Term) -> list[str]:
    """The full names a 略称 stands for: the proper name it abbreviates (かわせ村個人情報保護審議会),
    and that name without the municipality (個人情報保護審議会). Empty unless the defining text
    is one proper name ending in 会, 条例, 法律 ….
    """
    name = fold(term.definition)
    if not _PROPER_NAME.fullmatch(name) or not _NAME_END.search(name) or term.term not in name:
        return []
    out = [name]
    for stem in municipality_stems(ordinance):
        if name.startswith(fold(stem)) and len(name) - len(stem) >= len(term.term) + 2:
            out.append(name[len(stem):])
    return out


_SETS_UP = lazy_compile(r"^を(?:置く|置き|置か|設置す|設置し|設け)")


def sets_up_the_body(ordinance: Ordinance, term: Term) -> bool:
    """True when the 略称 is defined in the provision that sets the body up
    (「…審議会（以下「審議会」という。）を置く。」)."""
    after = re.sub(r"\s+", "", fold(ordinance.text[term.span.end : term.span.end + 16]))
    return _SETS_UP.match(after) is not None


def _late_abbreviation(ctx: CheckContext, term: Term, excluded: _SpanSet) -> list[Finding]:
    """The full name written out before the place that introduces its 略称 (O3: a 略称 is
    defined where the name first appears). A body's 略称 defined where the body is set up
    (「…審議会（以下「審議会」という。）を置く。」) is drafted correctly even when earlier provisions
    name the body in full: only the 略称 itself may not be used before that provision."""
    ordinance = ctx.ordinance
    if sets_up_the_body(ordinance, term):
        return []
    index = index_for(ordinance)
    joined = index.joined
    stop = index.to_joined(term.span.start)
    first: Span | None = None
    for long in _long_forms(ordinance, term):
        pos = joined.find(long, 0, stop)
        while pos >= 0:
            span = index.span(pos, pos + len(long))
            after = joined[pos + len(long) : pos + len(long) + 1] or "、"
            # (a longer name holding it: 「…に関する法律施行令（平成15年政令第548号）」 names the Cabinet Order, not the Act)
            if span.start not in excluded and not (pos > 0 and is_name_char(joined[pos - 1])) and not is_name_char(after):
                if first is None or span.start < first.start:
                    first = span
                break
            pos = joined.find(long, pos + 1, stop)
    if first is None:
        return []
    return [ctx.finding(
        rule="abbr.before_definition", requirement="O3", span=first, code=ABBR_LATE, severity="warning",
        suggestion=f"{first.slice(ordinance.text).replace(chr(10), '')}（以下「{term.term}」という。）",
        params={"long": first.slice(ordinance.text).replace("\n", ""), "term": term.term,
                "where": node_label(ordinance, first.start), "defined": node_label(ordinance, term.term_span.start)},
        evidence=(ctx.location(term.term_span),),
    )]


def _person_of_defined_act(word: str, names: set[str]) -> bool:
    """True for 「X者」 where X is a term the draft defines (開示請求者 with 開示請求 defined): a
    label of the draft's own vocabulary, not a word of plain language. Scoped to one article
    (以下この条において「開示請求者」という。), it names nobody outside that article."""
    return word.endswith("者") and len(word) >= 3 and word[:-1] in names and word[:-1] != word


_COMPOUND_MIN = 6
_DOER = lazy_compile(r"(?:当該|前条|前項|同条|同項|第[0-9〇一二三四五六七八九十百]+条)[^、。]*?(?:を|の)(?:した|行った|受けた|する|しようとする)者$"
                     r"|(?:を|の)しようとする者$")
"""Who did, does or is about to do one particular act: 「当該提案をした者」, 「当該提案をする者」, 「…事業に関する提案を
しようとする者」 (the applicant of the procedure the provision speaks of)."""


def _person_of_own_act(term: Term) -> bool:
    """True for 「X者」 coined from its own definition naming who did one particular act
    (「当該提案をした者（以下この条において「提案者」という。）」, 「前項の申出をした者」): the label
    stands for that person, who exists only where the act is spoken of; outside its scope it
    points at nobody (also 「当該提案をする者」, 「…に関する提案をしようとする者」, the applicant of the
    procedure). A general class (「提案をする者（以下この章において「提案者」という。）」: anyone
    who proposes) and plain words (第三者, 事業者) keep their sense everywhere."""
    word = term.term
    if not (word.endswith("者") and len(word) >= 3):
        return False
    act = word[:-1]
    definition = fold(term.definition).strip()
    if not _DOER.search(definition):
        return False
    # the act named whole (「当該提案をする者」 → 提案者), not the tail of a longer one (「開示請求をしようとする
    # 者」 → 請求者, a general word)
    for m in re.finditer(re.escape(act) + "[をの]", definition):
        before = definition[: m.start()]
        if not before or not is_name_char(before[-1]) or before.endswith("当該"):
            return True
    return False


def _restated_in(ordinance: Ordinance, word: str) -> list[Span]:
    """The articles that give a scoped 略称 its meaning again by citing its definition at their first use
    (「実施機関非識別加工情報等（前条第2項に規定する実施機関非識別加工情報等をいう。）の取扱いに従事する…」): inside
    them the word is defined, not used out of its scope."""
    index = index_for(ordinance)
    joined = index.joined  # (wraps joined: a hard-wrapped copy splits the words)
    if fold(word) not in joined:
        return []
    out: list[Span] = []
    rx = re.compile(re.escape(fold(word)) + r"\((?:[^()]|\([^()]*\))*?に規定する" + re.escape(fold(word)) + r"をいう")
    for m in rx.finditer(joined):
        ref = ordinance.locate(index.span(m.start(), m.end()).start)
        art = ordinance.article(ref.article) if ref.article else None
        if art is not None:
            out.append(art.span)
    return out


def _clipped_name(term: Term) -> bool:
    """True for the tail of a proper name the parenthesis right after it clips (「個人情報取扱事務登録簿（以下
    この条において「登録簿」という。）」, 「…個人情報保護審議会（以下この章において「審議会」という。）」): outside
    its scope the clipped name no longer says which register or body is meant."""
    if term.style != "inline":
        return False
    name = fold(term.definition).strip()
    return (len(name) > len(term.term) + 1 and name.endswith(term.term) and bool(_CLIPPED_KINDS.search(term.term))
            and all(is_name_char(ch) for ch in name[-len(term.term) - 2:]))


def _compressed_phrase(term: Term) -> bool:
    """True for a long compound the draft makes of its defining phrase (個人情報を取り扱う事務 →
    個人情報取扱事務): spelled out by its definition, yet not a word of plain language; it means
    something only where the draft says it does. Short compounds (利用停止, 提案者) are words."""
    if len(term.term) >= _COMPOUND_MIN and all(is_name_char(ch) for ch in term.term):
        return True
    return _compressed_from_provision(term)


_OF_PROVISION = lazy_compile(r"(?:前条|前項|次条|同条|同項|第[0-9〇一二三四五六七八九十百]+条(?:第[0-9〇一二三四五六七八九十百]+項)?)"
                           r"の規定による([\u4e00-\u9fff]{2,3})の([\u4e00-\u9fff]{2,3})$")


_HIRAGANA = re.compile(r"[\u3041-\u3093]")


def _compressed_verb_phrase(term: Term) -> bool:
    """True for a label made by dropping the object and the kana of its defining phrase
    (「個人情報を取り扱う事務（以下この条において「取扱事務」という。）」, 「個人情報ファイルに記録される項目
    （以下この項において「記録項目」という。）」): 取扱事務 says what is
    handled only through that definition; after its scope it is a bare, unanchored word. A label
    written in the definition's own words (利用停止 of 利用の停止) is left to the other tests."""
    word = fold(term.term)
    definition = fold(term.definition or "").strip().rstrip("。")
    if len(word) < 3 or not all("\u4e00" <= ch <= "\u9fff" for ch in word) or word in definition:
        return False
    for cut in range(1, len(word) - 1):
        noun, verb = word[-cut:], word[:-cut]
        # (「…を取り扱う事務」 → 取扱事務; 「個人情報ファイルに記録される項目」 → 記録項目)
        m = re.search(r"[をに]([\u4e00-\u9fff\u3041-\u3093]{2,8}?)" + re.escape(noun) + "$", definition)
        if m and _HIRAGANA.search(m.group(1)) and _HIRAGANA.sub("", m.group(1)) == verb:
            return True
    return False


def _compressed_from_provision(term: Term) -> bool:
    """True for a compound the draft makes by dropping the の of a phrase it ties to one provision
    (「前条の規定による開示の請求（以下この条において「開示請求」という。）」): the words are plain,
    but the compound stands for the request under that provision, and only where the draft says
    so; used after its scope it has lost that tie."""
    m = _OF_PROVISION.search(fold(term.definition or "").strip())
    return m is not None and fold(term.term) == m.group(1) + m.group(2)


_SUBSET_CHOSEN = lazy_compile(r"のうち[^。]*?(?:規則|規程|要綱|[長会]|実施機関|委員会)(?:が|で)(?:別に)?定めるもの$")


def _delegated_subset(term: Term) -> bool:
    """True for a label whose definition picks a subset chosen by another instrument (「その区の区域に
    係る事務のうち規則で定めるもの（以下この章において「区の事務」という。）」): the words are plain,
    but the label means only the subset the rule lists; used after its scope it reads as every
    such thing."""
    return _SUBSET_CHOSEN.search(fold(term.definition or "").strip()) is not None


def is_name_char(ch: str) -> bool:
    """True for a kanji or katakana (a character that would make the match part of a longer name)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u30a1" <= ch <= "\u30fa" or ch in "々ー"


def _kept_to_its_scope(ordinance: Ordinance, term: Term, names: set[str]) -> bool:
    """True for a scoped term that means something only inside its scope, so that a use outside it is
    ``abbr.out_of_scope`` (and the definition is not unused): a term of art (削除情報（…をいう。以下この条
    において同じ。）) or a quoted 略称 that is no word of plain language (a coined label, a compound of its
    defining phrase, the person of a defined act …). A scoped ordinary word (第三者) keeps its plain sense
    elsewhere."""
    if term.term in TERMS_OF_ART and term.style in _INLINE:
        return True
    if not _is_abbreviation(ordinance, term):
        return False
    return (is_coined_label(term) or _person_of_defined_act(term.term, names) or _compressed_phrase(term)
            or _person_of_own_act(term) or _delegated_subset(term) or _compressed_verb_phrase(term)
            or _clipped_name(term))


@register("abbr.out_of_scope", title_ja="適用範囲外の略称の使用", title_en="Scoped abbreviations used outside their scope")
@primed
def check_out_of_scope(ctx: CheckContext) -> list[Finding]:
    """[O3] 以下この条において「X」という。 and X used in another article."""
    ordinance = ctx.ordinance
    excluded, names, longer_of, same = _term_setting(ordinance)
    out: list[Finding] = []
    for term in ordinance.terms:
        if not _is_scoped(term):
            continue
        if not _kept_to_its_scope(ordinance, term, names):
            continue  # a scoped ordinary word (第三者) keeps its plain sense elsewhere
        others = same[term.term]
        if any(not _is_scoped(t) for t in others):
            continue  # also defined ordinance-wide: abbr.duplicate speaks about it
        own = [t.span for t in others]
        if next(_uses(ordinance, term.term, excluded, longer_of.get(term.term, []), also=own,
                      end=min(t.span.start for t in others)), None) is not None:
            continue  # the draft's own word before it is coined (利用停止 in 第1条): its plain sense elsewhere
        allowed = [s for t in others for s in _scope_spans(ordinance, t)]
        allowed += _restated_in(ordinance, term.term)
        uses = _uses(ordinance, term.term, excluded, longer_of.get(term.term, []), also=own,
                     start=term.term_span.end)
        hit = next((p for p in uses if not _inside(p.start, allowed)
                    # 「第22条第2項に規定する削除情報」: the definition cited where the word is used, no use of the 略称
                    and not _CITED_BEFORE.search(re.sub(r"\s+", "", fold(ordinance.text[max(0, p.start - 30) : p.start])))),
                   None)
        if hit is None:
            continue
        pos = hit.start
        first_def = min(others, key=lambda t: t.term_span.start)
        if first_def is not term:
            continue  # report once per term, from its first definition
        phrase = _scope_phrase(ordinance, term) or {"article": "この条", "paragraph": "この項",
                                                    "item": "この号", "chapter": "この章",
                                                    "section": "この節"}.get(term.scope, term.scope)
        out.append(ctx.finding(
            rule="abbr.out_of_scope", requirement="O3", span=hit,
            code=ABBR_OUT_OF_SCOPE if _is_abbreviation(ordinance, term) else TERM_OUT_OF_SCOPE, severity="warning",
            params={"term": term.term, "where": node_label(ordinance, pos),
                    "defined": node_label(ordinance, term.term_span.start), "scope": fold(phrase)},
            evidence=(ctx.location(term.term_span),),
        ))
    return out
