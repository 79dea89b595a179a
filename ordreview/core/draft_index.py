"""The draft index: facts about a draft computed once and shared by alignment and the checks.

:class:`DraftIndex` holds the folded text and its "flat" view without whitespace (profile
phrases and regexes are matched there, positions mapped back to the document), the
main-provision articles, their captions and character n-grams, the defined terms, and the
非識別 chapter. It answers lookups only (where a phrase occurs, which article holds an
offset, where a term is defined); deciding what a requirement's status is belongs to
:mod:`ordreview.core.align`.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass, field

from ordreview.core.adoption import own_name_variants, spells_out_processing, states_own_conditions
from ordreview.core.model import Article, ArticleNum, Ordinance, Span, Term
from ordreview.core.profile import Profile
from ordreview.core.regex_literal import required_literal
from ordreview.core.text import fold

_DEF_CAPTION = "定義"
_PURPOSE_CAPTION = re.compile(r"(?:この条例の)?(?:目的|趣旨)(?:及び(?:目的|趣旨))?")
_LIMITS = re.compile(
    # (「個人情報を集めた目的（以下「利用目的」という。）以外のために」: the purpose named where it is defined)
    # (「集めた目的とちがう目的で保有個人情報を使ったり、ほかの人に渡したりしてはいけません」: in everyday words)
    r"(?:目的(?:\([^()]*\))?以外|以外の目的|目的外|利用目的のほか|目的と(?:ちがう|違う|異なる)目的)[^。]{0,60}?"
    r"(?:利用し|提供し|使い|使っ|渡し)[^。]{0,30}?"
    r"て(?:はならない|はなりません|はいけません)")
_WS = re.compile(r"[ \t\r\n]+")
_WS_PUNCT = re.compile(r"[ \t\r\n、。]+")


def _without_punctuation(regex: str) -> str:
    """``regex`` with its literal 、 and 。 left out (optional ones with their quantifier).

    Used when the extractor lost them in the draft; a character class made empty by it
    keeps the original regex.
    """
    out = re.sub(r"[、。][?*]", "", regex)
    out = re.sub(r"(?<!\[)[、。](?![?*+{\]])", "", out)
    try:
        re.compile(out)
    except re.error:
        return regex
    return out


_PLAIN_VERBS = re.compile("使う|使い|使っ|使わ|集め|渡す|渡し|作る|作っ|作り|作ら|結ぶ|結ん|結び|書い|書か|書き")


@dataclass
class DraftIndex:
    """Facts about a draft computed once and shared by alignment and checks.

    Attributes:
        ordinance: the draft.
        folded: ``fold(ordinance.text)`` (same length, so spans are valid on both).
        flat: ``folded`` without whitespace (phrases are matched here; see :meth:`hits`).
        articles: main-provision articles that are not deleted.
        starts: their span starts (for bisect).
        terms: defined terms by name, in document order.
        c_spans: spans of the 非識別 chapter(s) (divisions, and the runs of articles grown from
            the articles whose caption names the mechanism: :mod:`ordreview.core.c_scope`).
        c_captioned: the divisions and captioned articles alone (what the C0 decision counts).
    """

    ordinance: Ordinance
    profile: Profile
    folded: str = ""
    flat: str = ""
    articles: tuple[Article, ...] = ()
    starts: list[int] = field(default_factory=list)
    captions: list[tuple[int, str]] = field(default_factory=list)
    terms: dict[str, list[Term]] = field(default_factory=dict)
    c_spans: tuple[Span, ...] = ()
    c_captioned: tuple[Span, ...] = ()
    _grams: dict[int, frozenset[Hashable]] = field(default_factory=dict)
    _hits: dict[tuple[str, bool], list[Span]] = field(default_factory=dict)
    _flat_hits: dict[tuple[str, bool], list[tuple[int, int]]] = field(default_factory=dict)
    _lost_punct: bool = False

    def __post_init__(self) -> None:
        self.folded = fold(self.ordinance.text)
        # Phrases are matched on a "flat" view without any whitespace, so that hard-wrapped
        # lines and PDF-style spacing (第 1 条) do not hide them; positions map back through
        # the removed runs.
        # When the extractor turned 、 and 。 into spaces (a reader's notice says so), they are
        # left out of the flat view and of the phrases alike, so that a lost 、 hides nothing.
        from ordreview.core.read.cleanup import punctuation_lost

        self._lost_punct = punctuation_lost(self.ordinance.document.notices)
        ws = _WS_PUNCT if self._lost_punct else _WS
        folded = self.folded
        runs = [m.span() for m in ws.finditer(folded)]
        # (the text between the runs, joined: what ws.sub("", folded) gives, without a second scan)
        self.flat = "".join([folded[b:a] for b, a in zip([0, *(b for _, b in runs)], [*(a for a, _ in runs), len(folded)])])
        removed = 0
        self._flat_starts: list[int] = []
        self._removed_before: list[int] = []
        self._run_starts = [a for a, _ in runs]
        self._run_ends = [b for _, b in runs]
        for start, end in runs:
            self._flat_starts.append(start - removed)
            removed += end - start
            self._removed_before.append(removed)
        self.articles = tuple(a for a in self.ordinance.articles if not a.deleted)
        self._flat_art_starts = [self._to_flat(a.span.start) for a in self.articles]
        self._flat_art_ends = [self._to_flat(a.span.end) for a in self.articles]
        self.starts = [a.span.start for a in self.articles]
        self.captions = [
            (i, fold(a.caption)) for i, a in enumerate(self.articles) if a.caption and a.caption_span is not None
        ]
        for term in self.ordinance.terms:
            self.terms.setdefault(term.term, []).append(term)
        spans = [d.span for d in self.ordinance.divisions if self.profile.c_division_caption in (d.caption or "")]
        spans += [
            a.span
            for a in self.articles
            if a.caption and self.profile.c_article_caption in a.caption
            and not any(s.contains(a.span) for s in spans)
        ]
        self.c_captioned = tuple(sorted(spans))
        # (articles without a heading: the run of the mechanism's articles, see core.c_scope)
        from ordreview.core.c_scope import mechanism_runs, proposal_seeds

        divided = [d.span for d in self.ordinance.divisions if self.profile.c_division_caption in (d.caption or "")]
        seeds = [s for s in spans if s not in divided] if spans else proposal_seeds(self)
        self.c_spans = tuple(sorted(divided + mechanism_runs(self, seeds)))

    # -- lookups

    def article_index(self, offset: int) -> int | None:
        """Index in ``articles`` of the article containing ``offset``, or ``None``."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.articles[i].span.end:
            return i
        return None

    def _orig(self, pos: int) -> int:
        k = bisect_right(self._flat_starts, pos)
        return pos + (self._removed_before[k - 1] if k else 0)

    def to_flat(self, offset: int) -> int:
        """The flat position of document offset ``offset``."""
        return self._to_flat(offset)

    def flat_span(self, start: int, end: int) -> Span:
        """The document span of flat ``[start, end)``."""
        return self._span(start, end)

    def _span(self, start: int, end: int) -> Span:
        return Span(self._orig(start), self._orig(end - 1) + 1)

    def flat_hits(self, text: str, *, literal: bool) -> list[tuple[int, int]]:
        """Every match of a profile phrase/regex as ``[start, end)`` in ``flat`` (cached)."""
        key = (text, literal)
        found = self._flat_hits.get(key)
        if found is None:
            flat = self.flat
            needle = self.profile.needle(text) if literal else None
            if needle is not None and self._lost_punct:
                needle = needle.replace("、", "").replace("。", "")
            if needle is not None:
                n = len(needle)
                found = []
                start = flat.find(needle) if needle else -1
                while start >= 0:
                    found.append((start, start + n))
                    start = flat.find(needle, start + 1)
            else:
                source = (_WS_PUNCT if self._lost_punct else _WS).sub("", text) if literal else text
                if self._lost_punct and not literal:
                    source = _without_punctuation(source)
                rx = self.profile.pattern(source, literal=literal)
                required = required_literal(rx)
                if required and required not in flat:  # (no match can be there: skip the scan)
                    found = []
                else:
                    found = [(m.start(), m.end()) for m in rx.finditer(flat) if m.end() > m.start()]
            self._flat_hits[key] = found
        return found

    def hits(self, text: str, *, literal: bool) -> list[Span]:
        """Every match of a profile phrase/regex in the draft, whitespace ignored (cached)."""
        key = (text, literal)
        found = self._hits.get(key)
        if found is None:
            found = [self._span(a, b) for a, b in self.flat_hits(text, literal=literal)]
            self._hits[key] = found
        return found

    def flat_article_index(self, pos: int) -> int | None:
        """Index in ``articles`` of the article containing flat position ``pos``, or ``None``."""
        i = bisect_right(self._flat_art_starts, pos) - 1
        if i >= 0 and pos < self._flat_art_ends[i]:
            return i
        return None

    def _to_flat(self, offset: int) -> int:
        k = bisect_right(self._run_starts, offset)
        if not k:
            return offset
        removed_before = self._removed_before[k - 1]
        run_end = self._run_ends[k - 1]
        return (run_end if offset < run_end else offset) - removed_before

    def suppl_view(self) -> DraftIndex:
        """The same index with the 附則 as its units: each 附則 article, and each 項-style 附則
        as one unit titled by its heading (for requirements with ``units == "suppl"``)."""
        view = self.__dict__.get("_suppl_view")
        if view is not None:
            return view
        units: list[Article] = []
        for k, suppl in enumerate(self.ordinance.suppl_provisions, start=1):
            if suppl.articles:
                units.extend(a for a in suppl.articles if not a.deleted)
            elif suppl.paragraphs:
                units.append(Article(num=ArticleNum(f"suppl{k}"), title=suppl.label, caption=None, caption_span=None,
                                     paragraphs=suppl.paragraphs, span=suppl.span, in_suppl=True))
        view = copy.copy(self)
        view.articles = tuple(units)
        view.starts = [a.span.start for a in units]
        view.captions = [(i, fold(a.caption)) for i, a in enumerate(units) if a.caption and a.caption_span is not None]
        view._flat_art_starts = [self._to_flat(a.span.start) for a in units]
        view._flat_art_ends = [self._to_flat(a.span.end) for a in units]
        view._grams = {}
        self.__dict__["_suppl_view"] = view
        return view

    def defines(self, term: str) -> bool:
        """True when the draft defines ``term`` (parsed terms, or a 「X」とは / 号-style fallback)."""
        return self.term_span(term) is not None

    @property
    def polite(self) -> bool:
        """True for a draft written in です・ます (「…をいいます。」, 「…しなければなりません。」): its provisions
        end politely, and the elements' plain endings are also read so (``align_elements.polite_variants``)."""
        found = self.__dict__.get("_polite")
        if found is None:
            found = self.__dict__["_polite"] = self.folded.count("ます。") >= 5
        return found

    @property
    def plain(self) -> bool:
        """True for a draft written in everyday verbs (使う, 集める, 渡す, 作る, 結ぶ, 書く) throughout (twenty
        uses or more): the elements' statute verbs are also read so (``align_elements.plain_variants``)."""
        found = self.__dict__.get("_plain")
        if found is None:
            found = self.__dict__["_plain"] = len(_PLAIN_VERBS.findall(self.folded)) >= 20
        return found

    def own_names(self, term: str) -> list[str]:
        """The draft's names for ``term`` written with 実施機関 (``adoption.own_name_variants``: 市非識別
        加工情報), or, when it has none, the statute's bare word where the draft's 「非識別加工情報」 states
        the conditions of the body's own information (then its file and business go by the bare words too)."""
        names = own_name_variants(term, self.terms)
        rest = term[len("実施機関"):]
        if names or not term.startswith("実施機関") or term in self.terms or rest not in self.terms:
            return names
        bare = [t for t in self.terms.get("非識別加工情報", ()) if t.style != "inline"]
        return [rest] if any(states_own_conditions(t.definition) for t in bare) else []

    def term_span(self, term: str) -> Span | None:
        """Where ``term`` is defined: the definition's span, or the fallback match; else ``None``."""
        found = [t for t in self.terms.get(term, []) if t.style != "inline"] or self.terms.get(term, [])
        if not found:  # 市非識別加工情報 for 実施機関非識別加工情報 (the body's own name)
            for name in self.own_names(term):
                found = [t for t in self.terms[name] if t.style != "inline"] or self.terms[name]
                break
        if not found and term == "非識別加工情報":  # defined only as the body's own 町非識別加工情報
            for name in own_name_variants("実施機関" + term, self.terms):
                found = [t for t in self.terms[name]
                         if t.style != "inline" and spells_out_processing(term, self._line_after(t.term_span.end))]
                if found:
                    break
        if found:
            return found[0].span
        memo = self.__dict__.setdefault("_fallback_spans", {})
        if term not in memo:
            # both forms of the fallback quote the term itself: a draft without it needs no scan
            m = _term_fallback(term).search(self.folded) if fold(term) in self.folded else None
            memo[term] = Span(m.start(), m.end()) if m else None
        return memo[term]

    def _line_after(self, start: int) -> str:
        """The text from ``start`` to the end of its line (a definition written on one line)."""
        text = self.ordinance.text
        end = text.find("\n", start)
        return text[start:end if end >= 0 else len(text)]

    def definition_span(self, term: str) -> Span | None:
        """The paragraph (項-style) or top-level item (号-style, sub-items included) that
        defines ``term``; the line of the definition when it sits outside the tree (or on a
        later line of a paragraph without being one of its items, as a 号 quoted in 改め文);
        ``None`` when the draft does not define it."""
        start = self.term_span(term)
        if start is None:
            return None
        ref = self.ordinance.locate(start.start)
        art = self.ordinance.article(ref.article) if ref.article else None
        if art is not None:
            para = next((p for p in art.paragraphs if p.num == ref.paragraph), None)
            if para is not None:
                if ref.item:
                    top = ref.item.split(".")[0]
                    item = next((i for i in para.items if i.num == top), None)
                    if item is not None:
                        return item.span
                loose_item = not self.folded.startswith("「", start.start) and (
                    self.folded.rfind("\n", para.span.start, start.start) >= 0
                )  # an item-style line the parser did not take as an item (a 号 quoted in 改め文)
                if not loose_item:
                    return para.span
        line_end = self.ordinance.text.find("\n", start.start)
        return Span(start.start, line_end if line_end >= 0 else len(self.ordinance.text))

    def grams(self, index: int) -> frozenset[Hashable]:
        """Character n-grams of article ``index`` (folded, whitespace removed), cached."""
        g = self._grams.get(index)
        if g is None:
            art = self.articles[index]
            g = ngrams(similarity_text(self.profile, self.folded[art.span.start : art.span.end]), self.profile.alignment.ngram)
            self._grams[index] = g
        return g

    def in_c(self, span: Span) -> bool:
        """True when ``span`` lies in the 非識別 chapter."""
        return any(c.contains(span) for c in self.c_spans)

    def purpose_article(self) -> Article | None:
        """The 目的 article: captioned 目的 (or 趣旨), else the first article when it states
        what the ordinance 「…を目的とする」; ``None`` if neither."""
        for art in self.articles:
            if art.caption and _PURPOSE_CAPTION.fullmatch(art.caption.strip()):
                return art
        if self.articles:
            first = self.articles[0]
            if "目的とする" in first.span.slice(self.folded):
                return first
        return None

    def limits_article(self) -> Article | None:
        """The article limiting use and provision outside the purpose (行政機関個人情報保護法 第8条's
        counterpart): the first main article, outside the 非識別 mechanism, whose first paragraph forbids
        using or providing 保有個人情報 「…目的以外の目的のために…利用し、又は提供してはならない」 (in
        everyday or polite words too: 使い, 渡し, てはいけません); ``None`` if none does."""
        for art in self.articles:
            if not art.paragraphs or self.in_c(art.span):
                continue
            # (a hard-wrapped copy may break the line anywhere in these words)
            if _LIMITS.search(_WS.sub("", art.paragraphs[0].span.slice(self.folded))):
                return art
        return None

    def definitions_article(self) -> Article | None:
        """The 定義 article: captioned 定義, or the one defining 個人情報; ``None`` if neither."""
        for art in self.articles:
            if art.caption and _DEF_CAPTION in art.caption:
                return art
        for name in ("個人情報", "実施機関"):
            for term in self.terms.get(name, []):
                if term.where.article:
                    art = self.ordinance.article(term.where.article)
                    if art is not None:
                        return art
        return None


_FALLBACK: dict[str, re.Pattern[str]] = {}


def _term_fallback(term: str) -> re.Pattern[str]:
    rx = _FALLBACK.get(term)
    if rx is None:
        t = re.escape(fold(term))
        rx = re.compile(
            rf"「{t}」とは|^[ \t]*(?:\([0-9]+\)|[⑴-⒇]|[0-9]+|[一二三四五六七八九十]+)[ \t]*{t}[ \t]",
            re.M,
        )
        _FALLBACK[term] = rx
    return rx


def ngrams(text: str, n: int) -> frozenset[Hashable]:
    """The set of character n-grams of ``text`` (the text itself when shorter than ``n``).

    Only the sizes of these sets and of their intersections are used (the n-gram similarity),
    so a bigram may stand for itself by a code: for ``n == 2`` each bigram ``ab`` is the
    integer ``ord(a) + (ord(b) << 32)``, read in C from the text's UTF-32 bytes, which takes
    a third of the time of making every two-character string (a text of one character is
    ``ord(a)`` with a second half no character has). Two texts share a code exactly when they
    share the bigram.
    """
    if n == 2:
        return _bigram_codes(text)
    if len(text) <= n:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i : i + n] for i in range(len(text) - n + 1))


_NO_CHAR = 0x110000 << 32
"""The second half of the code of a one-character text (above every code point)."""


def _bigram_codes(text: str) -> frozenset[int]:
    """The bigrams of ``text`` as codes (see :func:`ngrams`)."""
    if len(text) < 2:
        return frozenset([ord(text) + _NO_CHAR]) if text else frozenset()
    data = memoryview(text.encode("utf-32-le", "surrogatepass"))
    # 8-byte windows at even character offsets, then at odd ones: every adjacent pair once
    even = data[: (len(text) // 2) * 8].cast("Q")
    odd = data[4 : 4 + ((len(text) - 1) // 2) * 8].cast("Q")
    return frozenset(even).union(odd)


# --------------------------------------------------------------------------- per-profile cache

# Keyed by the profile's identity and checked with ``is`` (the entry keeps the profile alive, so
# its id is never reused while cached): two profiles may share an id and version yet differ (an
# officer's edited copy of a bundled profile), and must never share a table.
_SIM_TABLES: dict[int, tuple[Profile, re.Pattern[str] | None, dict[str, str]]] = {}
_SIM_TABLES_SIZE = 8


def similarity_text(profile: Profile, folded: str) -> str:
    """``folded`` without whitespace, with orthographic variants and statute wordings mapped to
    one spelling (および → 及び, 行政機関 → 実施機関), so wording variants do not lower the
    n-gram similarity."""
    entry = _SIM_TABLES.get(id(profile))
    if entry is None or entry[0] is not profile:
        table = {variant: standard for standard, variant in profile.variants}
        for sub in profile.substitutions:
            table.setdefault(sub.statute, sub.ordinance[0])
        table.pop("", None)  # an empty wording would match everywhere
        rx = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))) if table else None
        if len(_SIM_TABLES) >= _SIM_TABLES_SIZE:
            _SIM_TABLES.clear()
        entry = _SIM_TABLES[id(profile)] = (profile, rx, table)
    _, rx, table = entry
    text = _WS.sub("", folded)
    return rx.sub(lambda m: table[m.group(0)], text) if rx is not None else text
