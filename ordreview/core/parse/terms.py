"""Defined terms: 項-style, 号-style, inline 略称, 以下同じ and と総称する.

Patterns run on each unit's folded, joined text (see ``joined``), so definitions broken by
hard wraps are still found and their spans are valid on the document.
"""

from __future__ import annotations

import re

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import NodeRef, Notice, Span, Term, TermScope
from ordreview.core.parse import intake
from ordreview.core.parse.joined import Joined
from ordreview.core.parse.numbers import ARTICLE_RE, NUM, egov_num
from ordreview.core.parse.structure import Structure, Unit
from ordreview.core.text import matching_paren

_QUOTED_TOHA = lazy_compile(r"「([^「」]{1,60})」\s*とは\s*、?\s*")
_INLINE = lazy_compile(
    r"以\s?下\s*(?:この\s*(?P<scope>条例|規則|条|項|号|章|節|款)(?P<next>\s*及び次条)?"
    rf"(?P<more>(?:(?:\s*(?:、|及び)|\s+)\s*第\s*{NUM}\s*条(?:\s*の\s*{NUM})*)*)\s*において\s*)?"  # \s+: a lost 、
    r"(?:これらを|単に|それぞれ|併せて|これらを総称して)?\s*"
    r"(?P<terms>「[^「」]{1,60}」(?:\s*(?:、|及び|又は|並びに|若しくは)\s*「[^「」]{1,60}」)*)\s*"
    r"と\s*(?P<verb>いう|総称する|いいます|総称します)"  # (です・ます: といいます)
)
_SAME = lazy_compile(
    # (「削除情報（…をいい、保有個人情報に該当するものに限る。以下この章において同じ。）」: をいい、…に限る)
    r"(?P<verb>をいう|を含む|を除く|をいい、[^()。]{0,40}?に限る|をいいます|を含みます|を除きます)[。 ]\s*以\s?下\s*"  # a space: the 。 was lost in PDF extraction
    r"(?:この\s*(?P<scope>条例|規則|条|項|号|章|節|款)\s*(?:において|で)\s*)?同じ(?:です)?[。 ]\s*\)"
)
_ARTICLE_UNIT = rf"(?:次条|前条|第\s*{NUM}\s*条(?:\s*の\s*{NUM})*)(?:\s*第\s*{NUM}\s*項)?"
_ARTICLE_LIST = (
    rf"{_ARTICLE_UNIT}(?:\s*(?:、|及び|並びに)\s*{_ARTICLE_UNIT})*(?:\s*から\s*{_ARTICLE_UNIT}\s*まで)?"
)
"""Articles named as a definition's scope: 次条, 第9条, 第9条及び第12条, 第5条から第8条まで."""
_ARTICLE_NAMED = lazy_compile(rf"次条|前条|第\s*(?P<num>{NUM})\s*条(?P<branch>(?:\s*の\s*{NUM})*)")
_SCOPED_INLINE = lazy_compile(
    rf"\(\s*(?:以\s?下\s*)?(?P<where>{_ARTICLE_LIST})\s*において\s*(?:これらを|単に|それぞれ|併せて)?\s*"
    r"(?P<terms>「[^「」]{1,60}」(?:\s*(?:、|及び|又は|並びに|若しくは)\s*「[^「」]{1,60}」)*)\s*"
    r"と\s*(?P<verb>いう|総称する|いいます|総称します)"  # (です・ます: といいます)
)
"""（次条において「X」という。）, （以下第12条において「X」という。）: a 略称 for the named articles."""
_SCOPED_SAME = lazy_compile(
    rf"(?P<verb>をいう|を含む|を除く)[。 ]\s*(?:以\s?下\s*)?(?P<where>{_ARTICLE_LIST})\s*において\s*同じ[。 ]\s*\)"
)
"""X（…をいう。第九条において同じ。）: a definition that holds in the named articles."""
_SCOPE_WORDS: dict[str, TermScope] = {
    "条例": "ordinance",
    "規則": "ordinance",
    "章": "chapter",
    "節": "section",
    "款": "section",
    "条": "article",
    "項": "paragraph",
    "号": "item",
}
# 「「X」、「Y」及び「Z」の意義は、それぞれ…法律第2条第2項から第4項までに定めるところによる。」:
# several terms adopt a statute's definitions by reference in one sentence
_ADOPTED_MEANINGS = lazy_compile(
    r"(?P<terms>「[^「」]{1,30}」(?:\s*(?:、|及び|並びに)\s*「[^「」]{1,30}」){0,12})\s*の\s*意義は\s*、?\s*(?:それぞれ\s*)?"
    r"(?P<body>[^。]{1,200}?(?:に定めるところによる|の例による))"
)
# 「「X」、「Y」又は「Z」とは、それぞれ…に規定するものに相当するもの…をいい、…を「W」という。」:
# several terms defined in one sentence, each by the statute's provision named in the same order,
# and one more named after the をいい (a term no 以下 introduces, being a definition itself)
_LISTED_TOHA = lazy_compile(
    r"(?P<terms>「[^「」]{1,60}」(?:\s*(?:、|及び|又は|並びに|若しくは)\s*「[^「」]{1,60}」)+)\s*とは\s*、?\s*"
)
_CALLED_AFTER = lazy_compile(r"をいい\s*、\s*(?P<body>[^。「」]{1,120}?)を\s*「(?P<term>[^「」]{1,60})」\s*という")
_SPLIT_CALLED = lazy_compile(
    r"(?P<body>(?:[^。「」()]{1,60}?を\s*「[^「」]{1,60}」\s*と\s*、\s*)+[^。「」()]{1,60}?を\s*「[^「」]{1,60}」\s*と\s*"
    r"(?:いう|いいます))[。 ]\s*以\s?下\s*(?:この\s*(?P<scope>条例|規則|章|節|款|条|項|号)\s*において\s*)?同じ"
)
"""「決定（訂正請求に係るものを「訂正決定等」と、利用停止請求に係るものを「利用停止決定等」という。以下同じ。）」:
several 略称, each for the part of the word before the parenthesis its clause names."""
_SPLIT_PART = lazy_compile(r"(?P<part>[^。「」()、]{1,60}?)を\s*「(?P<term>[^「」]{1,60})」\s*と")
_SCOPE_BEFORE = lazy_compile(r"この\s*(条例|規則|章|節|款|条|項|号)\s*において")
_DEFINED = lazy_compile(r"[をと]いう[。 ]")
_SPACE_RUN = lazy_compile(r"\s+")
_QUOTED = lazy_compile(r"「([^「」]+)」")
_GLOSSARY_INTRO = lazy_compile(r"(?:(?:用語|言葉|ことば)の意(?:義|味)|掲げる用語|用語の定義)")
_CAPTION_OPENING = lazy_compile(r"^\s*[(（][^()（）\n]{1,30}[)）]")


def _introduces_glossary(text: str) -> bool:
    """A paragraph that introduces 号 of terms (「次の各号に掲げる用語の意義は、…」); the article's caption written
    on its heading line (「第二条（言葉の意味）」, the body on the next line) introduces none."""
    return _GLOSSARY_INTRO.search(_CAPTION_OPENING.sub("", text, count=1)) is not None


_OPEN = "(「『["
_CLOSE = ")」』]"
_NOUN_STOP = set("、。「」『』()[] ｜|")


def _is_hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def _scope_of(text: str, pos: int, default: TermScope = "ordinance") -> TermScope:
    """The scope stated by この…において in the sentence before ``pos``."""
    sentence_start = text.rfind("。", 0, pos) + 1
    found = None
    for m in _SCOPE_BEFORE.finditer(text, sentence_start, pos):
        found = m.group(1)
    return _SCOPE_WORDS[found] if found else default


_EARLIER_PARAGRAPHS = lazy_compile(r"(?:^|。)\s*前\s*(?:各\s*)?項\s*において\s*$")


def _earlier_paragraphs(text: str, pos: int, unit: Unit) -> Span | None:
    """The span of the article's paragraphs before this one, when the definition at ``pos`` is
    stated for them alone (「前項において「X」とは、…をいう。」, 「前各項において…」: a definition
    placed after the provision it serves); ``None`` otherwise."""
    sentence_start = text.rfind("。", 0, pos) + 1
    if not _EARLIER_PARAGRAPHS.search(text[max(0, sentence_start - 1) : pos]):
        return None
    article, paragraph = unit.scope_spans.get("article"), unit.scope_spans.get("paragraph")
    if article is None or paragraph is None or paragraph.start <= article.start:
        return None
    return Span(article.start, paragraph.start)


def _scope_span(scope: str, unit: Unit, *, text_len: int, start: int | None) -> Span:
    """The range a term with ``scope`` governs; from ``start`` onward when given (略称)."""
    span = None if scope == "ordinance" else unit.scope_spans.get(scope)
    if span is None:
        span = Span(0, text_len)
    if start is not None and span.start <= start <= span.end:
        return Span(start, span.end)
    return span


def _noun_before(text: str, pos: int) -> int:
    """Start of the noun phrase ending at ``pos`` (kanji, katakana, digits: no hiragana)."""
    i = pos
    while i > 0 and text[i - 1] not in _NOUN_STOP and not _is_hiragana(text[i - 1]):
        i -= 1
    return i


def _clause_before(text: str, pos: int, *, enumeration: bool = False) -> int:
    """Start of the clause ending at ``pos``: after the last 、 or 。 before it.

    A 、 between two nouns of an enumeration (``A、B及びC``; with ``enumeration``, any
    ``A、B``) does not end the clause: the definition then covers the whole list.
    """
    i = pos
    depth = 0
    in_list = False
    while i > 0:
        ch = text[i - 1]
        lost_comma = (ch == " " and i >= 2 and i < len(text) and not text[i - 2].isascii()
                      and not text[i].isascii())  # a 、 lost in PDF extraction
        if ((ch == "、" or lost_comma) and depth == 0 and i >= 2 and not _is_hiragana(text[i - 2])
                and text[i - 2] not in "。、)」 \u3000"
                and (enumeration or _CONJUNCTION.search(text, i, pos))):
            i -= 1
            in_list = True
            continue
        if in_list and depth == 0 and _is_hiragana(ch) and ch != "の":
            break  # the first element of the list starts after a particle (…に市、国、…)
        ch = text[i - 1]
        if ch == ")" and depth == 0:
            opening = _enclosing_paren(text, i - 1)
            if opening is not None and _DEFINED.search(text, opening, i):
                break  # an earlier definition ends the clause
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and ch in "、。":
            break
        elif depth == 0 and ch == " " and i >= 2 and not text[i - 2].isascii() and not text[i].isascii():
            break  # a space between two Japanese characters: a 、 or 。 lost in PDF extraction
        i -= 1
    lead = _LEADING_CONJUNCTION.match(text, i, pos)
    return lead.end() if lead else i


_LEADING_CONJUNCTION = lazy_compile(r"\s*(?:及び|並びに|又は|若しくは)\s*")
_CONJUNCTION = lazy_compile(r"及び|並びに|又は|若しくは")


def _enclosing_paren(text: str, pos: int) -> int | None:
    """Index of the unmatched ``(`` before ``pos``, or ``None``."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _word_before_paren(text: str, pos: int) -> tuple[int, int, int] | None:
    """The parenthesis enclosing ``pos`` and the noun just before it, as ``(paren, start,
    end)``; ``None`` outside a parenthesis or when no noun stands before it."""
    paren = _enclosing_paren(text, pos)
    if paren is None:
        return None
    # a stray half-width space of a web or PDF copy may stand between the word and its
    # parenthesis (「訂正 （追加又は削除を含む。以下同じ。）」); Japanese text puts none there
    end = paren - 1 if paren > 0 and text[paren - 1] == " " else paren
    start = _noun_before(text, end)
    if start == end:
        return None
    return paren, start, end


class _Terms:
    """The terms found in one unit, each made from offsets into the unit's joined text."""

    def __init__(self, doc_text: str, j: Joined, unit: Unit, usage: intake.Usage | None = None) -> None:
        self.doc_text = doc_text
        self.j = j
        self.unit = unit
        self.usage = usage
        self.out: list[Term] = []

    def add(self, term_s: int, term_e: int, def_s: int, def_e: int, span_s: int, span_e: int,
            style: str, scope: TermScope, *, onward: bool, scope_key: str | None = None,
            extra_end: int | None = None, named: Span | None = None) -> None:
        j, doc_text, unit = self.j, self.doc_text, self.unit
        term = j.original(doc_text, term_s, term_e).strip()
        if not term:
            return
        if not term.isascii() and any(ch.isspace() for ch in term):
            # a Japanese term never holds a space: one inside it (要配慮個人　情報) was left by a
            # hard-wrapped copy; the span still covers it, so highlights land on the file's text
            term = "".join(ch for ch in term if not ch.isspace())
        term_span = j.span(term_s, term_e)
        scope_span = _scope_span(scope_key or scope, unit, text_len=len(doc_text),
                                 start=term_span.start if onward else None)
        if extra_end is not None and extra_end > scope_span.end:
            scope_span = Span(scope_span.start, extra_end)
        if named is not None:  # the articles the definition names (次条において, 第九条において)
            scope_span = named
        self.out.append(Term(
            term=term,
            definition=j.original(doc_text, def_s, def_e).strip(),
            style=style,  # type: ignore[arg-type]
            where=unit.ref,
            scope=scope,
            scope_span=scope_span,
            span=j.span(span_s, span_e),
            term_span=term_span,
        ))


def _unit_terms(doc_text: str, j: Joined, unit: Unit, *, glossary_item: str | None,
                article_spans: dict[str, Span], usage: intake.Usage | None = None) -> list[Term]:
    """The terms one unit defines, by style: 項-style, adopted by reference, 号-style, inline
    (以下「X」という / と総称する), and 以下同じ."""
    t = j.text
    terms = _Terms(doc_text, j, unit, usage)
    _paragraph_terms(t, terms)
    if glossary_item is not None and not t.startswith("「"):
        _glossary_item_term(t, terms, glossary_item)
    _inline_terms(t, terms, article_spans)
    _split_terms(t, terms)
    _scoped_terms(t, terms, article_spans)
    _same_terms(t, terms)
    return terms.out


def _paragraph_terms(t: str, terms: _Terms) -> None:
    """項-style: 「X」とは、…をいう; and 「X」、「Y」の意義は、それぞれ…に定めるところによる
    (definitions adopted by reference)."""
    for m in _QUOTED_TOHA.finditer(t):
        def_end, iu_end = intake.until_iu(t, m.end())
        earlier = _earlier_paragraphs(t, m.start(), terms.unit)
        if earlier is not None:  # 「前項において「X」とは、…をいう。」: for the paragraphs before only
            terms.add(m.start(1), m.end(1), m.end(), def_end, m.start(), iu_end, "paragraph", "article",
                      onward=False, named=earlier)
            continue
        terms.add(m.start(1), m.end(1), m.end(), def_end, m.start(), iu_end, "paragraph",
                  _scope_of(t, m.start()), onward=False)
    for m in _LISTED_TOHA.finditer(t):
        def_end, iu_end = intake.until_iu(t, m.end())
        base = m.start("terms")
        quoted = list(_QUOTED.finditer(m.group("terms")))
        for q in quoted[:-1]:  # (the last one is read by _QUOTED_TOHA above)
            terms.add(base + q.start(1), base + q.end(1), m.end(), def_end, m.start(), iu_end, "paragraph",
                      _scope_of(t, m.start()), onward=False)
        called = _CALLED_AFTER.match(t, def_end)
        if called is not None:
            terms.add(called.start("term"), called.end("term"), called.start("body"), called.end("body"),
                      m.start(), called.end(), "paragraph", _scope_of(t, m.start()), onward=False)
    for m in _ADOPTED_MEANINGS.finditer(t):
        for q in _QUOTED.finditer(m.group("terms")):
            base = m.start("terms")
            terms.add(base + q.start(1), base + q.end(1), m.start("body"), m.end("body"), m.start(), m.end(),
                      "paragraph", _scope_of(t, m.start()), onward=False)


def _glossary_item_term(t: str, terms: _Terms, glossary_item: str) -> None:
    """号-style: (1) X　…をいう, under 次の各号に掲げる用語の意義は…"""
    sp = _SPACE_RUN.search(t)
    if sp and sp.start() > 0:
        def_end, iu_end = intake.until_iu(t, sp.end())
        scope = _scope_of(glossary_item, len(glossary_item))
        terms.add(0, sp.start(), sp.end(), def_end, 0, iu_end, "item", scope, onward=False)


def _inline_terms(t: str, terms: _Terms, article_spans: dict[str, Span]) -> None:
    """Inline: （以下「X」という。） / と総称する, with the scope its words give."""
    for m in _INLINE.finditer(t):
        scope: TermScope = _SCOPE_WORDS.get(m.group("scope") or "", "ordinance")
        scope_key = "article+next" if m.group("next") and scope == "article" else None
        extra_end = None
        for am in ARTICLE_RE.finditer(m.group("more") or ""):
            listed = article_spans.get(egov_num(am.group("num"), am.group("branch")) or "")
            if listed is not None:
                extra_end = max(extra_end or 0, listed.end)
        style = "collective" if m.group("verb").startswith("総称") else "inline"
        paren = _enclosing_paren(t, m.start())
        if paren is not None:
            def_s = _clause_before(t, paren, enumeration=style == "collective")
            def_e = paren
            close = matching_paren(t, paren)
            span_e = close + 1 if close >= 0 else m.end()
        else:
            def_e = m.start()
            while def_e > 0 and t[def_e - 1] in "、 ":
                def_e -= 1
            def_s = _clause_before(t, def_e)
            span_e = m.end()
        for q in _QUOTED.finditer(m.group("terms")):
            base = m.start("terms")
            terms.add(base + q.start(1), base + q.end(1), def_s, def_e, def_s, span_e, style, scope,
                      onward=True, scope_key=scope_key, extra_end=extra_end)


def _split_terms(t: str, terms: _Terms) -> None:
    """「（訂正請求に係るものを「訂正決定等」と、利用停止請求に係るものを「利用停止決定等」という。以下同じ。）」:
    each term is a 略称 of the part its own clause names, from here on (or in the scope 以下この…において gives)."""
    for m in _SPLIT_CALLED.finditer(t):
        scope: TermScope = _SCOPE_WORDS.get(m.group("scope") or "", "ordinance")
        paren = _enclosing_paren(t, m.start())
        close = matching_paren(t, paren) if paren is not None else -1
        span_e = close + 1 if close >= 0 else m.end()
        base = m.start("body")
        for part in _SPLIT_PART.finditer(m.group("body")):
            terms.add(base + part.start("term"), base + part.end("term"), base + part.start("part"),
                      base + part.end("part"), base + part.start("part"), span_e, "inline", scope, onward=True)


def _named_articles_span(where: str, unit: Unit, article_spans: dict[str, Span]) -> Span | None:
    """The text of the articles ``where`` names (次条 and 前条 counted from the unit's article),
    first to last; ``None`` when none of them is found."""
    order = list(article_spans)
    here = order.index(unit.ref.article) if unit.ref.article in article_spans else None
    spans = []
    for m in _ARTICLE_NAMED.finditer(where):
        if m.group("num") is None:
            if here is None:
                continue
            other = here + (1 if m.group() == "次条" else -1)
            if 0 <= other < len(order):
                spans.append(article_spans[order[other]])
            continue
        span = article_spans.get(egov_num(m.group("num"), m.group("branch") or "") or "")
        if span is not None:
            spans.append(span)
    if not spans:
        return None
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _scoped_terms(t: str, terms: _Terms, article_spans: dict[str, Span]) -> None:
    """Definitions for named articles: （次条において「X」という。） and X（…をいう。第九条において同じ。）."""
    unit = terms.unit
    # （次条において「X」という。）: a 略称 for the articles named
    for m in _SCOPED_INLINE.finditer(t):
        named = _named_articles_span(m.group("where"), unit, article_spans)
        style = "collective" if m.group("verb").startswith("総称") else "inline"
        def_s = _clause_before(t, m.start(), enumeration=style == "collective")
        close = matching_paren(t, m.start())
        span_e = close + 1 if close >= 0 else m.end()
        for q in _QUOTED.finditer(m.group("terms")):
            base = m.start("terms")
            terms.add(base + q.start(1), base + q.end(1), def_s, m.start(), def_s, span_e, style, "article",
                      onward=True, named=named or unit.scope_spans.get("article"))
    # X（…をいう。第九条において同じ。）: a definition for the articles named
    for m in _SCOPED_SAME.finditer(t):
        word = _word_before_paren(t, m.start())
        if word is None:
            continue
        paren, term_s, noun_end = word
        term_s = _owned_start(t, term_s, noun_end, terms.usage)
        named = _named_articles_span(m.group("where"), unit, article_spans)
        def_e = m.start() if m.group("verb") == "をいう" else m.end("verb")
        terms.add(term_s, noun_end, paren + 1, def_e, term_s, m.end(), "inline", "article", onward=True,
                  named=named or unit.scope_spans.get("article"))


_COMPOUND_CHAR = lazy_compile(r"[\u4e00-\u9fff\u3005\u30a1-\u30ff\u30fc]")


def _owned_start(t: str, term_s: int, noun_end: int, usage: intake.Usage | None) -> int:
    """Start of the term defined as ``Xの語（…をいう。以下同じ。）``.

    The noun before the parenthesis stops at the particle: 「市の機関（市長、教育委員会…をいう。
    以下同じ。）」 would define 「機関」. The owner belongs to the term when the draft itself says so:
    it uses the word again only with that owner (「市の機関は、…」) and never alone (a compound such
    as 実施機関 is another word). Otherwise the noun alone is the term.
    """
    if usage is None:
        return term_s
    if term_s < 2 or t[term_s - 1] != "の":
        return term_s
    owner_s = term_s - 1
    while owner_s > 0 and _COMPOUND_CHAR.match(t[owner_s - 1]):
        owner_s -= 1
    if not 1 <= term_s - 1 - owner_s <= 4 or (owner_s > 0 and t[owner_s - 1].isdigit()):
        return term_s  # no owner, a longer phrase, or an article number glued to it (第3条市の)
    if t[owner_s:term_s - 1] == "他" or (owner_s > 0 and t[owner_s - 1] == "の"):
        return term_s  # 「その他の記述等」, 「…の区域の住民」: a phrase, not an owner
    noun = t[term_s:noun_end]
    prefix = t[owner_s:term_s]
    text = usage.text
    owned = bare = 0
    for m in re.finditer(re.escape(noun), text):
        i = m.start()
        if text[max(0, i - len(prefix)):i] == prefix:
            owned += 1
        elif i == 0 or not _COMPOUND_CHAR.match(text[i - 1]):
            bare += 1
    # the definition itself is one owned use: the draft must use the owned word once more
    return owner_s if owned >= 2 and bare == 0 else term_s


def _same_terms(t: str, terms: _Terms) -> None:
    """X（…をいう。以下同じ。）: the noun before the parenthesis."""
    for m in _SAME.finditer(t):
        word = _word_before_paren(t, m.start())
        if word is None:
            continue
        paren, term_s, noun_end = word
        term_s = _owned_start(t, term_s, noun_end, terms.usage)
        scope = _SCOPE_WORDS.get(m.group("scope") or "", "ordinance")
        # 「…を含む。以下同じ。」 widens a word rather than defining it: keep the verb
        def_e = m.start() if m.group("verb").startswith(("をいう", "をいい")) else m.end("verb")
        terms.add(term_s, noun_end, paren + 1, def_e, term_s, m.end(), "inline", scope, onward=True)


def find_terms(doc_text: str, st: Structure, notices: list[Notice] | None = None) -> tuple[Term, ...]:
    """Every defined term of the parsed structure, in document order.

    ``notices`` (when given) receives the notices about terms read from a damaged layout
    (see :mod:`ordreview.core.parse.intake`).
    """
    terms: list[Term] = []
    article_spans = {a.num: a.span for a in st.articles}
    article_titles = {a.num: a.title for a in st.articles}
    paragraph_text: dict[tuple[str | None, int | None], str] = {}
    with_items = {(u.ref.article, u.ref.paragraph) for u in st.units if u.ref.item is not None}
    usage = intake.Usage(st.folded)
    inferred: dict[str, list[Term]] = {}
    rebuilt = _rebuilt_glossaries(doc_text, st)
    for unit in st.units:
        glossary = None
        ref = unit.ref
        if (ref.article, ref.paragraph) in rebuilt:
            if ref.item is None:
                terms.extend(_unmarked_terms(doc_text, st, unit, usage, inferred, notices,
                                             article_titles.get(ref.article, ""),
                                             groups=rebuilt[(ref.article, ref.paragraph)]))
            j = intake.without_stray_spaces(Joined.of(st.folded, unit.pieces), doc_text)
            if ref.item is None:
                paragraph_text[(ref.article, ref.paragraph)] = j.text
            if "「" in j.text or "同じ" in j.text:
                terms.extend(_unit_terms(doc_text, j, unit, glossary_item=None, article_spans=article_spans,
                                              usage=usage))
            continue
        j = Joined.of(st.folded, unit.pieces)
        if ref.item is None:
            j = intake.without_stray_spaces(j, doc_text)
            paragraph_text[(ref.article, ref.paragraph)] = j.text
        else:
            if "." not in ref.item and ref.article is not None:
                intro = paragraph_text.get((ref.article, ref.paragraph), "")
                if _introduces_glossary(intro):
                    glossary = intro
            if glossary is not None and unit.pieces and not intake.defines(st.folded, unit.pieces) \
                    and intake.line_pieces(st.folded, unit.pieces)[0][0] == unit.pieces[0][0]:
                glossary = None  # an item that lost its number and defines nothing: a sub-item
            j = intake.without_stray_spaces(j, doc_text, keep_first=glossary is not None)
        if glossary is None and "「" not in j.text and "同じ" not in j.text:
            if (ref.item is None and ref.article is not None and len(unit.pieces) > 1
                    and (ref.article, ref.paragraph) not in with_items and _introduces_glossary(j.text)):
                terms.extend(_unmarked_terms(doc_text, st, unit, usage, inferred, notices,
                                             article_titles.get(ref.article, "")))
            continue  # nothing here can define a term
        terms.extend(_unit_terms(doc_text, j, unit, glossary_item=None,
                                 article_spans=article_spans, usage=usage))
        if glossary is not None:
            terms.extend(_glossary_item_terms(doc_text, st, unit, j, glossary, usage, inferred, notices,
                                              article_titles.get(ref.article, "")))
        elif (ref.item is None and ref.article is not None and len(unit.pieces) > 1
              and (ref.article, ref.paragraph) not in with_items and _introduces_glossary(j.text)):
            terms.extend(_unmarked_terms(doc_text, st, unit, usage, inferred, notices,
                                         article_titles.get(ref.article, "")))
    if notices is not None:
        for num, found in inferred.items():
            notices.append(intake.boundary_notice(article_titles.get(num, num), found))
    return _in_order_once(terms)


def _in_order_once(terms: list[Term]) -> tuple[Term, ...]:
    """The terms in document order, a word found twice at one place kept once."""
    seen: set[tuple[str, int]] = set()
    unique = []
    for term in sorted(terms, key=lambda x: (x.span.start, x.term_span.start)):
        key = (term.term, term.term_span.start)
        if key not in seen:
            seen.add(key)
            unique.append(term)
    return tuple(unique)


def _glossary_item_terms(doc_text: str, st: Structure, unit: Unit, j: Joined, glossary: str,
                         usage: intake.Usage, inferred: dict[str, list[Term]],
                         notices: list[Notice] | None, title: str) -> list[Term]:
    """The term an item of a glossary paragraph defines (「一　個人情報　…をいう。」), without
    quotation marks, and the terms of the items a damaged layout glued after it."""
    out: list[Term] = []
    ref = unit.ref
    extra: list[tuple[tuple[int, int], ...]] = []
    if len(unit.pieces) > 1:
        own, *extra = intake.trailing_items(doc_text, st.folded, unit.pieces)
        if extra:
            j = intake.without_stray_spaces(Joined.of(st.folded, own), doc_text, keep_first=True)
    split = intake.glossary_split(j, doc_text, usage, unit.pieces)
    if split is not None:
        scope = _scope_of(glossary, len(glossary))
        term = intake.item_term(doc_text, j, split, where=ref, scope=scope,
                                scope_span=_scope_span(scope, unit, text_len=len(doc_text), start=None))
        if term is not None:
            out.append(term)
            if split[2]:
                inferred.setdefault(ref.article or "", []).append(term)
    if extra:
        out.extend(_unmarked_terms(doc_text, st, unit, usage, inferred, notices, title, groups=extra))
    return out


def _rebuilt_glossaries(doc_text: str, st: Structure) -> dict[tuple[str | None, int | None], list]:
    """Glossary paragraphs whose item list the copy damaged: a line that lost its marker comes
    before the first marked item (so the list opened late, or on a sub-item such as ア). Their
    lines — the paragraph's and its items', markers included — are regrouped as a whole."""
    out: dict[tuple[str | None, int | None], list] = {}
    key = None
    pieces: list[tuple[int, int]] = []

    def close() -> None:
        if key is not None and len(pieces) > len(para_pieces):
            groups = intake.unmarked_groups(doc_text, st.folded, tuple(sorted(pieces)), _GLOSSARY_INTRO)
            if groups:
                out[key] = groups

    para_pieces: tuple[tuple[int, int], ...] = ()
    for unit in st.units:
        ref = unit.ref
        if ref.item is None:
            close()
            key = None
            p = unit.pieces
            if (ref.article is not None and len(p) > 1
                    and _GLOSSARY_INTRO.search(st.folded, p[0][0], p[-1][1])
                    and intake.unmarked_groups(doc_text, st.folded, p, _GLOSSARY_INTRO)):
                key, para_pieces, pieces = (ref.article, ref.paragraph), p, list(p)
        elif key is not None and (ref.article, ref.paragraph) == key:
            pieces.extend(intake.line_pieces(st.folded, unit.pieces))
    close()
    return out


def _unmarked_terms(doc_text: str, st: Structure, unit: Unit, usage: intake.Usage,
                    inferred: dict[str, list[Term]], notices: list[Notice] | None,
                    article_title: str, groups: list[tuple[tuple[int, int], ...]] | None = None) -> list[Term]:
    """号-style terms of a glossary paragraph whose items lost their markers (``groups``: the
    lines of such items found after a marked item, else found in the paragraph ``unit``)."""
    scope: TermScope = "ordinance"
    if groups is None:
        groups = intake.unmarked_groups(doc_text, st.folded, unit.pieces, _GLOSSARY_INTRO)
        intro = "".join(st.folded[s:e] for s, e in unit.pieces)
        scope = _scope_of(intro, intro.find("。") if "。" in intro else len(intro))
    if not groups:
        return []
    where = NodeRef(unit.ref.article, unit.ref.paragraph)
    out = []
    for g in groups:
        j = intake.without_stray_spaces(Joined.of(st.folded, g), doc_text, keep_first=True)
        lead = len(j.text) - len(j.text.lstrip())
        if lead:
            j = Joined(j.text[lead:], j.offsets[lead:])
        split = intake.glossary_split(j, doc_text, usage, g)
        if split is None:
            continue
        term = intake.item_term(doc_text, j, split, where=where, scope=scope,
                                scope_span=_scope_span(scope, unit, text_len=len(doc_text), start=None))
        if term is None:
            continue
        out.append(term)
        if split[2]:
            inferred.setdefault(unit.ref.article or "", []).append(term)
    if out and notices is not None:
        notices.append(intake.dropped_notice(article_title, len(groups), out[0].term_span))
    return out
