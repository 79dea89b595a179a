"""Drafting integrity: terms of art of other statutes used without a definition [O4].

Rule ``term.statute_undefined`` [O4, warning]: a term that a national statute defines
(特定個人情報 — 番号法 第2条第8項; the list is data, ``resources/data/statute_terms.json``)
is used in the provisions, and the draft gives the reader no way to know its meaning:

- no definition of its own (a parsed ``Term``, 「X」とは, …Xをいう, 以下「X」という);
- no defining citation next to a use (「番号法第2条第8項に規定する特定個人情報」,
  「行政手続における…法律（平成25年法律第27号）に規定する特定個人情報」, 「同法の特定個人情報」, also
  through a 略称 the draft defines for the statute, 「法第2条第8項に規定する」). A citation of the
  statute for another purpose (「番号法第19条各号のいずれかに該当する場合を除き、特定個人情報を
  提供してはならない」) does not give the term's meaning, even in the sentence of its first use:
  the finding then says where the statute is cited (in the same paragraph, or only later). A
  provision of the statute cited earlier in the same sentence (「番号法第19条第8号の規定により情報
  提供ネットワークシステムを使用して」) reads the term in that provision's words and is enough;
- no wholesale import of that statute's vocabulary (「この条例において使用する用語は、法において
  使用する用語の例による。」 with 法 standing for, or the clause naming, the defining statute).

The names of public bodies (独立行政法人等, 地方独立行政法人) used only inside the fixed enumeration
of public bodies next to 国 (国の機関, 他の行政機関) and 地方公共団体 (「国、独立行政法人等、地方公共団体及び地方独立行政法人」,
as in the 第三者 of 行政機関個人情報保護法 第23条 and the 事業者 and 外部提供 clauses copied from it) are
read by every reader as the bodies of those Acts, and so are 「市が設立した地方独立行政法人」 and 「地方独立行政法人の
役員及び職員」: the finding is then only ``info`` (a citation is still the better drafting). A term of art such as 特定個人情報 keeps the warning wherever it stands.

A use is a standalone occurrence outside captions, headings, the title and the 目次, not
inside the title of a law cited with its number (「独立行政法人等の保有する個人情報の保護に関する法律
（平成15年法律第59号）」), not inside a longer term of the list (個人番号 inside 個人番号カード) or a longer defined term.
Ordinary words are never looked at: only the listed terms of art are.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ordreview import paths
from ordreview.core.checks.citations import statute_table
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import article_of, index_for, is_word_char, node_label, primed, standalone
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.reading_tables import reading_table_spans
from ordreview.core.checks.integrity_terms import _excluded_spans, imports_ordinance_terms, imports_statute_terms
from ordreview.core.checks.registry import register
from ordreview.core.messages import define
from ordreview.core.model import Finding, Ordinance, Span
from ordreview.core.text import fold, matching_paren

STATUTE_TERM_UNDEFINED = define(
    "check.integrity.statute_term_undefined",
    ja="「{term}」（最初は{where}）が用いられているが、この条例に定義がなく、{law}の規定の引用もない。「{law}{provision}に規定する{term}」のように、その意義を明らかにされたい。",
    en="「{term}」 (first in {where}) is used, but this ordinance neither defines it nor cites the {law} that "
    "does; state its meaning (e.g. 「{law}{provision}に規定する{term}」).",
)

STATUTE_TERM_CITED_LATER = define(
    "check.integrity.statute_term_cited_later",
    ja="「{term}」が{where}で用いられているが、この条例に定義がなく、{law}はその後の{cited}で初めて引用されている。"
    "最初に用いる箇所で「{law}{provision}に規定する{term}」のように、その意義を明らかにされたい。",
    en="「{term}」 is used in {where} with no definition; the {law} that defines it is cited only later, in {cited}. "
    "State its meaning where it is first used (e.g. 「{law}{provision}に規定する{term}」).",
)

STATUTE_TERM_CITED_ELSEWHERE = define(
    "check.integrity.statute_term_cited_elsewhere",
    ja="「{term}」が{where}で用いられているが、この条例に定義がない。{cited}で{law}が引用されているが、その引用は"
    "「{term}」の意義を定めるものではない。「{law}{provision}に規定する{term}」のように、その意義を明らかにされたい。",
    en="「{term}」 is used in {where} with no definition. The {law} is cited in {cited}, but that citation does not "
    "give the term's meaning; state it (e.g. 「{law}{provision}に規定する{term}」).",
)


@dataclass(frozen=True)
class StatuteTerm:
    term: str
    law: str
    provision: str


@lru_cache(maxsize=1)
def statute_terms() -> tuple[StatuteTerm, ...]:
    """The bundled list of statute-defined terms (read once)."""
    with paths.resource("data", "statute_terms.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(StatuteTerm(str(r["term"]), str(r["law"]), str(r["provision"])) for r in data["terms"])


def _law_names(ordinance: Ordinance, law: str) -> tuple[str, ...]:
    """Every way the draft may name ``law``: its name, its short names, and 略称 the draft defines for it."""
    statute = statute_table().by_name.get(law)
    names = list(statute.names) if statute is not None else [law]
    for term in ordinance.terms:
        definition = fold(term.definition).strip()
        # (an inline 略称's definition may run back over the words before the law's title:
        # 「…配慮を要するものとして行政機関の保有する…法律（平成15年法律第58号。以下「法」という。）」)
        if any(definition.startswith(n) or definition.endswith(n) for n in names):
            names.append(term.term)
    return tuple(sorted(set(names), key=len, reverse=True))


_LINK = lazy_compile(r"(?:第[0-9〇一二三四五六七八九十百]+(?:条|項|号|章)(?:の[0-9〇一二三四五六七八九十]+)?)*(?:に規定する|に定める|の)")


def _cited_near(joined: str, pos: int, names: tuple[str, ...]) -> bool:
    """True if the words right before ``pos`` name the defining statute (…法第2条第8項に規定する)."""
    window = joined[max(0, pos - 120) : pos]
    for name in (*names, "同法"):
        k = window.rfind(name)
        while k >= 0:
            rest = window[k + len(name) :]
            if rest.startswith("("):  # the law number: 番号法(平成25年法律第27号)第2条第8項に規定する; also a 略称
                close = matching_paren(rest, 0)  # defined there: 個人情報保護法（…法律（平成15年法律第57号）をいう。以下同じ。）第2条
                rest = rest[close + 1 :] if close >= 0 else ""
            if rest and _LINK.fullmatch(rest):
                return True
            k = window.rfind(name, 0, k)
    return False


def _sentence_start(joined: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last 。 before it that stands outside
    brackets (a 。 closing 「（…をいう。）」 inside a 読替え ends no sentence), or after the line break."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        ch = joined[i]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch == "。" and depth == 0):
            return i + 1
    return 0


def _cited_earlier_in_sentence(joined: str, pos: int, names: tuple[str, ...]) -> bool:
    """True if the sentence holding ``pos`` cites a provision of the defining statute before the
    term (「番号法第19条第8号の規定により情報提供ネットワークシステムを使用して」): the term is read
    in the cited provision's words. A citation after the term (「特定個人情報については、番号法
    第19条各号…を除き」) comes too late to give it a meaning."""
    start = _sentence_start(joined, pos)
    before = joined[start:pos]
    for name in names:
        k = before.find(name)
        while k >= 0:
            prev = before[k - 1] if k > 0 else ""
            if not (prev and is_word_char(prev)) and _PROVISION.match(before, k + len(name)):
                return True
            k = before.find(name, k + 1)
    return False


_PROVISION = lazy_compile(r"(?:\([^()]{0,60}\))?第[0-9〇一二三四五六七八九十百]+条")

_LAW_TITLE = lazy_compile(
    r"[^、。「」()\s]{1,60}?の[^、。「」()\s]{0,60}?(?:に関する)?法律\s*\(\s*(?:明治|大正|昭和|平成|令和)\s*(?:元|[0-9〇一二三四五六七八九十]+)\s*年\s*法律第")
"""The term opens the title of a law cited with its number (「独立行政法人等の保有する個人情報の保護に関する
法律（平成15年法律第59号）」): the words name that law and are not a use of the term."""

# the fixed enumeration of public bodies: 国 joined to 独立行政法人(等) / (他の)地方公共団体 / 地方独立行政法人
# (an ordinance copying the 第三者 phrase may write 独立行政法人 without 等)
_BODY = r"(?:独立行政法人等?|(?:他の)?地方公共団体|地方独立行政法人|公共団体)(?:\((?:[^()]|\([^()]*\))*\))?"
# (「国、他の地方公共団体その他の公共団体又は地方独立行政法人」: その他の joins the wider class to the list)
_JOIN = r"(?:[ \u3000]*(?:、|又は|及び|若しくは|並びに|その他の)[ \u3000]*|[ \u3000]+)"
"""A joint of the enumeration; a space alone stands for a 、 an extractor lost (PDF text)."""
_LEAD = r"(?:国(?:の(?:行政)?機関)?|(?:他の)?行政機関)"
"""The head of the enumeration: 国, 国の機関 (国の行政機関), or the statute's own 「他の行政機関」."""
_PUBLIC_BODIES = lazy_compile(rf"{_LEAD}{_JOIN}{_BODY}(?:{_JOIN}{_BODY})*")


_BODY_PHRASES = lazy_compile(
    r"(?:[都道府県市町村区]|組合|広域連合|企業団)が設立(?:した|する)地方独立行政法人"
    r"|(?:独立行政法人等?|地方独立行政法人)の役員(?:及び|若しくは|又は)職員"
    # 「実施機関の職員（地方独立行政法人にあっては、役員を含む。）」: the implementing body of that kind the
    # definition of 実施機関 names (「地方独立行政法人○○病院機構」)
    r"|\(\s*(?:独立行政法人等?|地方独立行政法人)\s*に\s*あ\s*っ\s*て\s*は")
"""Phrases every reader takes as the Acts' bodies, as the enumeration is: 「市が設立した地方独立行政法人」 (the
body the municipality set up under 地方独立行政法人法), 「地方独立行政法人の役員及び職員」 (the 公務員等 of the
disclosure exemptions copied from 行政機関個人情報保護法 第14条第2号ハ), and the staff of an implementing body of
that kind in parentheses (「職員（地方独立行政法人にあっては、役員を含む。）」)."""


def _public_body_spans(joined: str) -> list[tuple[int, int]]:
    """Spans of the enumerations of public bodies led by 国 or 国の機関 (not 全国, 外国: no kanji
    before the head), and of the phrases of :data:`_BODY_PHRASES`."""
    spans = [(m.start(), m.end()) for m in _PUBLIC_BODIES.finditer(joined)
             if not (m.start() > 0 and is_word_char(joined[m.start() - 1]))]
    return spans + [(m.start(), m.end()) for m in _BODY_PHRASES.finditer(joined)]


def _first_citation(joined: str, names: tuple[str, ...]) -> int | None:
    """Position of the first citation of the statute in ``joined``: its name or a short name, or a
    略称 the draft defines for it followed by a provision (「法第19条」)."""
    first: int | None = None
    for name in names:
        pos = joined.find(name)
        while pos >= 0 and (first is None or pos < first):
            before = joined[pos - 1] if pos > 0 else ""
            if not (before and is_word_char(before)):
                if len(name) > 2 or _PROVISION.match(joined, pos + len(name)):
                    first = pos
                    break
            pos = joined.find(name, pos + 1)
    return first


def _imports_from(joined: str, names: tuple[str, ...]) -> bool:
    """True if the draft takes over the vocabulary of the statute named by ``names`` wholesale."""
    if not imports_statute_terms(joined):
        return False
    for m in re.finditer(r"用語(?:の意義)?は、[^。]{0,80}?の例による|用語の意義は、[^。]{0,80}?定めるところによる", joined):
        if any(n in m.group(0) for n in names):
            return True
    return False


@register("term.statute_undefined", title_ja="定義のない法令用語", title_en="Statute terms used without a definition")
@primed
def check_statute_terms(ctx: CheckContext) -> list[Finding]:
    """[O4] A term defined by another statute used with neither a definition nor a citation."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    joined = index.joined
    entries = statute_terms()
    present = [e for e in entries if e.term in joined]
    if not present or imports_ordinance_terms(joined):  # a 規則 using its ordinance's terms
        return []
    defined = {t.term for t in ordinance.terms}
    listed = [e.term for e in entries]
    excluded = _excluded_spans(ordinance)
    rows = reading_table_spans(ordinance)  # the statute's own words, in a 読替え table's rows
    bodies = _public_body_spans(joined)
    out: list[Finding] = []
    for entry in present:
        term = entry.term
        if term in defined or f"「{term}」" in joined or f"{term}をいう" in joined:
            continue
        longer = [t for t in (*listed, *defined) if term in t and t != term]
        names = _law_names(ordinance, entry.law)
        if _imports_from(joined, names):
            continue
        first = None
        cited = False
        enumerated_only = True  # every use stands in the enumeration of public bodies
        pos = joined.find(term)
        while pos >= 0:
            inside_longer = any(
                joined.startswith(other, pos - k)
                for other in longer for k in [other.find(term)] if k >= 0 and pos - k >= 0
            )
            if not inside_longer and standalone(joined, pos, len(term)) and not _LAW_TITLE.match(joined, pos):
                if _cited_near(joined, pos, names):
                    cited = True
                    break
                if not any(a <= pos and pos + len(term) <= b for a, b in bodies):
                    enumerated_only = False
                span = index.span(pos, pos + len(term))
                if (first is None and span.start not in excluded
                        and not any(r.start <= span.start < r.end for r in rows)
                        and not _cited_earlier_in_sentence(joined, pos, names)):
                    first = span
            pos = joined.find(term, pos + 1)
        if cited or first is None:
            continue
        # a citation of the statute elsewhere (番号法第19条各号, even in the sentence of the first
        # use) does not say what the term means: only the definition, the defining words next to
        # the use or a wholesale import do
        later = _first_citation(joined, names)
        code = STATUTE_TERM_UNDEFINED
        if later is not None:
            code = (STATUTE_TERM_CITED_LATER if later >= _paragraph_end(ctx, first)
                    else STATUTE_TERM_CITED_ELSEWHERE)
        out.append(ctx.finding(
            rule="term.statute_undefined", requirement="O4", span=first,
            code=code,
            severity="info" if enumerated_only else "warning",
            params={"term": term, "where": node_label(ordinance, first.start), "law": _short(entry.law),
                    "provision": entry.provision,
                    "cited": node_label(ordinance, index.span(later, later + 1).start) if later is not None else ""},
            statute=f"{entry.law} {entry.provision}",
            suggestion=f"{_short(entry.law)}{entry.provision}に規定する{term}",
        ))
    return out


def _paragraph_end(ctx: CheckContext, span: Span) -> int:
    """Position in the joined text of the end of the paragraph holding ``span`` (of the article
    when no paragraph holds it; the whole text outside the articles)."""
    index = index_for(ctx.ordinance)
    art = article_of(ctx.ordinance, span.start)
    if art is None:
        return len(index.joined)
    para = next((p for p in art.paragraphs if p.span.start <= span.start < p.span.end), None)
    return index.to_joined((para or art).span.end)


def _short(law: str) -> str:
    statute = statute_table().by_name.get(law)
    return statute.short_names[0] if statute is not None and statute.short_names else law
