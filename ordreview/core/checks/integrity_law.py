"""Drafting integrity: citations of other instruments — article drift [O1], law numbers [O6].

Rules:

- ``cite.drift`` [O1, error]: a citation of Art. 2 of 行政機関個人情報保護法, 個人情報保護法 or
  番号法 whose paragraph does not define the term the context names, judged by the
  versioned ``statute_drift`` table of the profile (post-2017-05-30 numbering, with the
  pre-2017 meaning of each paragraph so the message can say the draft kept the old number).
  The context is the term right after the citation (「…第2条第4項に規定する個人情報ファイル」);
  no term, or a term the table does not know, means no finding. The law is resolved from its
  full name, its usual short names, or a 略称 the draft defines for it (「法」,
  「行政機関個人情報保護法」); 同法 and 同条 follow the previous citation. Only Art. 2
  definitions are checked, so 第10条第1項第5号の2 vs 第6号 is never raised (docs/domain.md, the 2017 renumbering).
- ``cite.law_number`` [O6, info]: the first citation of an external law or ordinance lacks its
  number (平成15年法律第58号; 〔市〕情報公開条例（平成N年〔市〕条例第M号）). A name in a caption
  (（みなと市個人情報保護条例の廃止）) is not a citation: the first citation is the next one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ordreview.core.checks.citations import law_number_example, statute_table
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import (
    SpanSet,
    primed,
    KANJI,
    KATAKANA,
    has_stray_spaces,
    NUM,
    index_for,
    is_kanji,
    is_word_char,
    line_span,
    node_label,
    to_int,
)
from ordreview.core.checks.registry import register
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.reading_tables import reading_table_spans
from ordreview.core.messages import define
from ordreview.core.model import Finding, Ordinance, Span
from ordreview.core.text import fold, municipal_name_start


DRIFT_OLD = define(
    "check.integrity.cite_drift_old",
    ja="「{cite}」は、現行（平成29年5月30日施行後）の{law}では{means}の規定であるが、文脈上は「{term}」を指しており、改正前の項番号のままと思われる。「{law}第{article}条第{expected}項」に改められたい。",
    en="「{cite}」 is, in the {law_en} as in force since 2017-05-30, the provision on {means}, but the context "
    "refers to 「{term}」: the pre-2017 numbering seems to have been kept. 「{term}」 is Art. {article}({expected}).",
)
DRIFT_WRONG = define(
    "check.integrity.cite_drift_wrong",
    ja="「{cite}」は、現行の{law}では{means}の規定であるが、文脈上は「{term}」を指している。「{law}第{article}条第{expected}項」に改められたい。",
    en="「{cite}」 is, in the {law_en} in force, the provision on {means}, but the context refers to 「{term}」, "
    "which is Art. {article}({expected}).",
)
LAW_NUMBER = define(
    "check.integrity.law_number",
    ja="「{name}」の最初の引用（{where}）に{kind}番号（例：{example}）が付されていない。{kind}番号を付されたい。",
    en="The first citation of 「{name}」 ({where}) lacks its {kind_en} number (e.g. {example}).",
)

_LAW_LABELS: dict[str, tuple[str, str]] = {
    "gyokoho": ("行政機関個人情報保護法", "Act on the Protection of Personal Information Held by Administrative Organs"),
    "kojohoho": ("個人情報保護法", "Act on the Protection of Personal Information"),
    "bangoho": ("番号法", "My Number Act"),
}

_GYOKOHO = ["行政機関個人情報保護法", "行政機関の保有する個人情報の保護に関する法律"]
_KOJOHOHO = ["個人情報保護法", "個人情報の保護に関する法律"]
_BANGOHO = ["番号法", "行政手続における特定の個人を識別するための番号の利用等に関する法律"]


def _rows(law: str, names: list[str], table: list[tuple[int, str, str | None]]) -> list[dict[str, Any]]:
    return [{"law": law, "names": names, "article": "2", "paragraph": p, "means": m, "before_2017": b}
            for p, m, b in table]


DEFAULT_DRIFT: tuple[dict[str, Any], ...] = tuple(
    _rows("gyokoho", _GYOKOHO, [
        (2, "個人情報", "個人情報"), (3, "個人識別符号", "保有個人情報"), (4, "要配慮個人情報", "個人情報ファイル"),
        (5, "保有個人情報", "本人"), (6, "個人情報ファイル", None), (7, "本人", None),
        (8, "非識別加工情報", None), (9, "行政機関非識別加工情報", None),
        (10, "行政機関非識別加工情報ファイル", None), (11, "行政機関非識別加工情報取扱事業者", None),
    ])
    + _rows("kojohoho", _KOJOHOHO, [
        (1, "個人情報", "個人情報"), (2, "個人識別符号", "個人情報データベース等"),
        (3, "要配慮個人情報", "個人情報取扱事業者"), (4, "個人情報データベース等", "個人データ"),
        (5, "個人情報取扱事業者", "保有個人データ"), (6, "個人データ", "本人"), (7, "保有個人データ", None),
        (8, "本人", None), (9, "匿名加工情報", None), (10, "匿名加工情報取扱事業者", None),
    ])
    + _rows("bangoho", _BANGOHO, [(5, "個人番号", "個人番号")])
)
"""Fallback drift table, same shape as the profile's ``statute_drift`` (used when the profile
has none): one row per (law, article, paragraph) with the term it defines now (``means``)
and before the 2017-05-30 amendments (``before_2017``, ``None`` when unknown or absent)."""


@dataclass(frozen=True)
class _Law:
    key: str
    paragraphs: dict[tuple[str, int], str]  # (article, paragraph) → term in force
    before: dict[tuple[str, int], str]  # (article, paragraph) → pre-2017 term
    names: tuple[str, ...]


def _drift_rows(profile: Any) -> Sequence[Mapping[str, Any]]:
    rows = getattr(profile, "statute_drift", None)
    if rows:
        return rows
    return DEFAULT_DRIFT


# Per profile (by identity, checked with ``is``, as core.align keeps its per-profile tables), the
# drift table grouped by law: three rules ask for it on every review. Callers only read it.
_LAWS: dict[int, tuple[Any, dict[str, _Law]]] = {}
_LAWS_SIZE = 8


def _laws(profile: Any) -> dict[str, _Law]:
    entry = _LAWS.get(id(profile))
    if entry is not None and entry[0] is profile:
        return entry[1]
    laws = _group_laws(profile)
    if len(_LAWS) >= _LAWS_SIZE:
        _LAWS.clear()
    _LAWS[id(profile)] = (profile, laws)
    return laws


def _group_laws(profile: Any) -> dict[str, _Law]:
    grouped: dict[str, dict[str, Any]] = {}
    for entry in _drift_rows(profile):
        row = entry if isinstance(entry, Mapping) else {
            f: getattr(entry, f, None) for f in ("law", "names", "article", "paragraph", "means", "before_2017")
        }
        law = grouped.setdefault(row["law"], {"paragraphs": {}, "before": {}, "names": {}})
        key = (str(row["article"]), int(row["paragraph"]))
        law["paragraphs"][key] = row["means"]
        if row.get("before_2017"):
            law["before"][key] = row["before_2017"]
        law["names"].update(dict.fromkeys(row.get("names") or ()))  # in the table's order, not a set's
    return {k: _Law(k, v["paragraphs"], v["before"], tuple(v["names"])) for k, v in grouped.items()}


def _law_names(ordinance: Ordinance, laws: dict[str, _Law]) -> dict[str, str]:
    """Every way the draft names a law of the table → the law's key (略称 included)."""
    names: dict[str, str] = {}
    for law in laws.values():
        for name in law.names:
            names[name] = law.key
    for term in ordinance.terms:
        if term.term in names:
            continue
        # 行政機関の保有する…法律（平成15年法律第58号。以下「法」という。）: the definition is the name
        definition = fold(term.definition).strip()
        # (a 号's term glued before the law's name in a web copy: 「(2)個人情報行政機関の保有する…法律
        # （…。以下「行個法」という。）」 — the abbreviation names the law, not the term before it)
        glued = next((t.term for t in ordinance.terms if t.style == "item" and t.term != term.term
                      and definition.startswith(t.term) and len(definition) > len(t.term)), None)
        bare = definition[len(glued):] if glued else definition
        name = next((n for n in names if definition == n or _is_name_with_number(definition, n)
                     or bare == n or _is_name_with_number(bare, n)), None)
        if name is None:
            # the name read with the words before it (「…配慮を要するものとして行政機関の保有する…法律」: an
            # inline definition in the middle of a sentence): the longest known name it ends with, after a
            # particle, not inside a longer name (「独立行政法人等の保有する個人情報の保護に関する法律」)
            name = next((n for n in sorted(names, key=len, reverse=True)
                         if definition.endswith(n) and len(definition) > len(n)
                         and not (is_word_char(definition[-len(n) - 1]) or definition[-len(n) - 1] in "のるす")), None)
        if name is not None:
            names[term.term] = names[name]
    return names


def _is_name_with_number(text: str, name: str) -> bool:
    """True for ``name(平成15年法律第58号)``: the name and one parenthesis closing at the end."""
    if not text.startswith(name + "(") or not text.endswith(")"):
        return False
    depth = 0
    for i, ch in enumerate(text[len(name) :], start=len(name)):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return i == len(text) - 1
    return False


_CONNECTOR = lazy_compile(r"(?:に規定する|に定める|で定める|に掲げる|の)")


def _context_term(folded: str, end: int, terms: Iterable[str]) -> str | None:
    """The defined term named right after a citation ending at ``end``, longest first."""
    m = _CONNECTOR.match(folded, end)
    if m is None:
        return None
    rest = folded[m.end() : m.end() + 40]
    for term in sorted(terms, key=len, reverse=True):
        if rest.startswith(term):
            return term
    return None


@dataclass(frozen=True)
class _Citation:
    start: int
    end: int
    law: str | None  # the name as written, "同法", or None for 同条第N項
    paren: bool
    art: str
    art_start: int
    para: str | None


_CITE_TAIL = lazy_compile(rf"(?P<paren>\([^()]*\))?第(?P<art>{NUM})条(?:第(?P<para>{NUM})項)?")
_SAME_ARTICLE = lazy_compile(rf"同条第(?P<para>{NUM})項")


def _citations(folded: str, names: Mapping[str, str]) -> list[_Citation]:
    """Citations ``<law>第N条第M項`` and ``同条第M項`` in document order.

    Found from each occurrence of a law name (``str.find``) rather than with one alternation
    regex, which would try every name at every character of the draft.
    """
    out: list[_Citation] = []
    for name in sorted({*names, "同法"}, key=len, reverse=True):
        pos = folded.find(name)
        while pos >= 0:
            m = _CITE_TAIL.match(folded, pos + len(name))
            if m is not None:
                out.append(_Citation(pos, m.end(), name, bool(m["paren"]), m["art"], m.start("art") - 1, m["para"]))
            pos = folded.find(name, pos + 1)
    for m in _SAME_ARTICLE.finditer(folded):
        out.append(_Citation(m.start(), m.end(), None, False, "", m.start(), m["para"]))
    out.sort(key=lambda c: (c.start, -c.end))
    kept: list[_Citation] = []
    for c in out:
        if kept and c.start < kept[-1].end:
            continue  # a shorter name inside a longer one already taken
        kept.append(c)
    return kept


_ITEMS_OF = lazy_compile(r"各号に掲げるもの|(?:の|に規定する)政令で定める|(?:各号)?(?:に規定する|に定める)措置")
"""What follows a citation of the paragraph defining the term the draft is defining, naming no term: its items
(「…法第2条第6項各号に掲げるものに相当するもの」), its Cabinet Order (「…として法第2条第4項の政令で定める記述等」)
or its measures (「非識別加工情報 法第２条第８項に規定する措置に相当する措置を講じて…」)."""


def _defined_here(ctx: CheckContext, span: Span, terms: Iterable[str]) -> str | None:
    """The term among ``terms`` whose definition in the draft holds ``span``: 「個人情報ファイル
    …であって、法第2条第6項各号に掲げるものに相当するものをいう。」 cites the paragraph that
    defines the term being defined, though it names no term after the citation."""
    from ordreview.core.checks.gaps import analysis  # the draft's definitions, built once per review

    _, index = analysis(ctx)
    for term in sorted(terms, key=len, reverse=True):
        where = index.definition_span(term)
        if where is not None and where.contains(span):
            return term
    return None


def _glued_to_term(folded: str, start: int, ordinance: Ordinance) -> bool:
    """True when the text before ``start`` is a defined term opening its 号 whose separating space
    a copy lost (「(2)個人識別符号個人情報の保護に関する法律（…）第2条第3項」): the law's name starts
    here, it does not end a longer one."""
    from ordreview.core.checks.citations import _term_glued

    before = folded[max(0, start - 40) : start].replace("\xa0", " ")  # (a web copy's no-break space)
    return _term_glued(before, frozenset(t.term for t in ordinance.terms))


@register("cite.drift", title_ja="法令の引用条項のずれ", title_en="Statute citations with drifted article numbers")
@primed
def check_drift(ctx: CheckContext) -> list[Finding]:
    """[O1] 法第2条第4項 meaning 個人情報ファイル (the pre-2017 number; now 要配慮個人情報)."""
    ordinance = ctx.ordinance
    laws = _laws(ctx.profile)
    names = _law_names(ordinance, laws)
    index = index_for(ordinance)
    folded = index.joined  # a citation wrapped over two lines is still one citation
    out: list[Finding] = []
    last: tuple[str, str] | None = None  # (law key, article) of the previous citation
    last_end = -1
    for c in _citations(folded, names):
        start = c.start
        if c.law is not None:
            before = folded[start - 1] if start > 0 else ""
            if (is_word_char(before) or before in "のるす") and not _glued_to_term(folded, start, ordinance):
                continue  # a longer name that merely ends with a known one
            if before in " \u3000" and start > 1 and folded[start - 2] in "のるす":
                continue  # the same with a copy's stray space inside it (「…の保有する 個人情報の…」)
            law_key = last[0] if c.law == "同法" and last else names.get(c.law)
            if law_key is None:
                continue
            article = str(to_int(c.art))
            last, last_end = (law_key, article), c.end
            if c.para is None:
                continue
            paragraph = to_int(c.para) or 0
            span = index.span(c.art_start, c.end) if c.paren else index.span(start, c.end)
        else:
            if last is None or "。" in folded[last_end:start]:
                continue
            law_key, article = last
            paragraph = to_int(c.para or "") or 0
            span = index.span(start, c.end)
            last_end = c.end
        law = laws[law_key]
        means = law.paragraphs.get((article, paragraph))
        if means is None:
            continue
        known = {t for (a, _), t in law.paragraphs.items() if a == article}
        term = _context_term(folded, c.end, known | set(law.before.values()))
        if term is None and _ITEMS_OF.match(folded, c.end):
            term = _defined_here(ctx, span, known)
        if term is None or term == means or term not in known:
            continue
        expected = next(p for (a, p), t in law.paragraphs.items() if a == article and t == term)
        code = DRIFT_OLD if law.before.get((article, paragraph)) == term else DRIFT_WRONG
        label_ja, label_en = _LAW_LABELS.get(law_key, (law_key, law_key))
        out.append(ctx.finding(
            rule="cite.drift", requirement="O1", span=span, code=code, severity="error",
            params={"cite": _one_line(span.slice(ordinance.text)), "law": label_ja, "law_en": label_en, "means": means,
                    "term": term, "article": article, "expected": expected},
            statute=f"{label_ja} 第{article}条第{expected}項",
            suggestion=f"第{article}条第{expected}項",
            id_extra=(term,),
        ))
    return out


# --------------------------------------------------------------------------- [O6] law numbers

_ERA = "(?:明治|大正|昭和|平成|令和)"
_DIGITS = "0-9〇一二三四五六七八九十百千"
_NUMBER_AFTER = lazy_compile(
    rf"\s*\(\s*{_ERA}\s*[元{_DIGITS}\s]+年[^()]{{0,30}}?第\s*[{_DIGITS}][{_DIGITS}\s]*号"
)
_NUMBER_ITSELF = lazy_compile(rf"\s*第\s*[{_DIGITS}][{_DIGITS}\s]*号")
_KANJI_LAW = lazy_compile(
    rf"(?<![{KANJI}{KATAKANA}])[{KANJI}{KATAKANA}]+法(?=第|\(|の規定|に規定|に基づ|に定め|の定め|による|の施行)"
)
_LONG_LAW = lazy_compile(r"に関する法律")
_ORDINANCE = lazy_compile(rf"(?<![{KANJI}])[{KANJI}]+条(?:例| 例(?=[(（第の]))")  # 「…保護条 例（」: a stray space
# The lookbehinds start a match only where a run of kanji starts: the greedy run then finds the
# same (leftmost, longest) name, and a long run is scanned once instead of once per character.
_NOT_LAWS = ("方法", "手法", "違法", "適法", "同法", "本法", "新法", "旧法", "憲法", "立法", "司法", "用法", "作法")
_NOT_ORDINANCES = ("本条例", "同条例", "新条例", "旧条例", "改正条例", "当該条例", "本市条例")
_MAX_NAME = 200  # characters scanned back for a statute's title (the longest are about 100)
_BOUNDARY = "、。「」『』（）()\n 　・\u00a0"


_OPEN = "(（"
_CLOSE = ")）"


def in_caption(text: str, span: Span) -> bool:
    """True if ``span`` lies inside the bracketed caption that opens its line (（目的）, also
    when a PDF extraction pulled the caption onto the article line: ``(目的)第3条 …``)."""
    k = text.rfind("\n", 0, span.start) + 1
    line = line_span(text, k)
    while k < line.end and text[k] in " \t\u3000":
        k += 1
    if k >= line.end or text[k] not in _OPEN:
        return False
    depth = 0
    for pos in range(k, line.end):
        if text[pos] in _OPEN:
            depth += 1
        elif text[pos] in _CLOSE:
            depth -= 1
            if depth == 0:
                return span.end <= pos
    return False


def _municipality(ordinance: Ordinance) -> str:
    m = re.match(r"(.+?[市町村区])", ordinance.title or "")
    return m.group(1) if m else ""


def _one_line(text: str) -> str:
    """``text`` with line breaks and the indentation after them removed (for messages)."""
    return re.sub(r"\n[ \t\u3000]*", "", text)


def _cited_names(ordinance: Ordinance) -> list[tuple[str, Span, str, int]]:
    """``(name, span, kind, end in joined)`` of every citation of an external law or ordinance.

    Names are read on the joined text (a name wrapped over two lines is one name); ``kind`` is
    ``"法律"`` or ``"条例"``.
    """
    index = index_for(ordinance)
    folded = index.joined
    found: list[tuple[int, int, str]] = []
    defined = {fold(t.term) for t in ordinance.terms} | {"法", "令", "同法"}
    title = fold(ordinance.title or "")
    for m in _LONG_LAW.finditer(folded):
        start = m.start()
        floor = max(0, start - _MAX_NAME)
        while start > floor and folded[start - 1] not in _BOUNDARY:
            start -= 1
        name = folded[start : m.end()]
        cut = max(name.rfind("は"), name.rfind("が"))
        if cut >= 0:
            start += cut + 1
        start = _after_short_name(folded, start, m.end(), defined)
        start = _after_other(folded, start, m.end())
        if start is None or folded[start : m.end()] in _GENERIC_LAWS:
            continue  # 「法その他個人情報の適正な取扱いに関する法律」, 「租税に関する法律」: a class of laws, not a name
        end = m.end()
        tail = _LAW_TAIL.match(folded, end)  # …に関する法律施行令（…）: the name goes on
        if tail:
            end = tail.end()
            if tail.group(0).endswith("条例") and title and folded[start:end] in title:
                continue  # the draft's own title (…法律施行条例第7条), not another law
        found.append((start, end, "法律"))
    for m in _KANJI_LAW.finditer(folded):
        name = m.group(0)
        if len(name) < 2 or any(name.endswith(w) for w in _NOT_LAWS):
            continue
        if name.startswith("他") and folded.startswith("その", m.start() - 2):
            continue  # 「…ときその他法第四条各号に掲げる場合」: 法 is the draft's 略称
        if folded.startswith("に関する法律", m.start()):
            continue
        found.append((m.start(), m.end(), "法律"))
    muni = _municipality(ordinance)
    for m in _ORDINANCE.finditer(folded):
        start = municipal_name_start(folded, m.start(), known=(fold(muni),) if muni else ())
        if folded.startswith("その他", start - 2):
            start += 1  # 「…情報その他情報公開条例第7条各号に掲げる情報」: the name follows その他
        name = folded[start : m.end()]
        # a name cut short by a copy's stray space (「…情報公開 審査会条例」) may read like a part
        # of the draft's own title: the check widens it over the space and judges it then
        cut = start >= 2 and folded[start - 1] == " " and is_kanji(folded[start - 2])
        if len(name) <= 2 or name in _NOT_ORDINANCES or (ordinance.title and name in fold(ordinance.title) and not cut):
            continue
        if start > 0 and (is_kanji(folded[start - 1]) or folded[start - 1].isdigit()):
            continue
        if _NUMBER_ITSELF.match(folded, m.end()):
            continue  # 平成29年条例第5号: a number, not a citation by name
        found.append((start, m.end(), "条例"))
    found.sort()
    text = ordinance.text
    out = []
    for start, end, kind in found:
        span = index.span(start, end)
        out.append((_one_line(span.slice(text)), span, kind, end))
    return out


def _read_over_words(text: str, span: Span) -> bool:
    """True if ``span`` lies in the words a 読替え quotes from the provision it applies (「…中「X」とあるのは「Y」と」):
    those are the statute's words, not a citation of the ordinance."""
    opened = text.rfind("「", 0, span.start)
    if opened < 0 or text.find("」", opened, span.start) >= 0:
        return False
    closed = text.find("」", span.end)
    # (a wrapped copy may break the line anywhere in 「とあるのは」)
    return (closed >= 0 and "「" not in text[span.end:closed]
            and re.sub(r"\s+", "", text[closed + 1 : closed + 16]).startswith("とあるのは"))


_GENERIC_LAWS = frozenset({"租税に関する法律"})
"""Classes of laws written like a name (「犯罪の捜査、租税に関する法律の規定に基づく犯則事件の調査…」, the
ファイル簿 exemption of 行政機関個人情報保護法 第11条第2項第2号): no law is called so, nothing to number."""


def _after_other(folded: str, start: int, end: int) -> int | None:
    """The start of a statute's name read back over 「その他」 (「…の一部を含む個人情報その他の個人情報の保護に
    関する法律第2条第1項に規定する個人情報」: the name starts after it), or ``None`` when what follows
    「その他」 is no law the table knows (「法その他個人情報の適正な取扱いに関する法律」: the Act and the other laws
    of a kind, a class and no name)."""
    name = folded[start:end]
    at = name.rfind("その他")
    if at < 0:
        # 「…に規定する匿名加工情報及び行政機関の保有する個人情報の保護に関する法律」: the name after a conjunction
        # when that is a law the table knows (「私的独占の禁止及び公正取引の確保に関する法律」 keeps its own 及び)
        for join in _JOINS:
            k = name.rfind(join)
            if k > 0 and law_number_example(name[k + len(join):]) is not None:
                return start + k + len(join)
        return start
    rest = at + len("その他") + (1 if name.startswith("の", at + len("その他")) else 0)
    if law_number_example(name[rest:]) is None:
        return None
    return start + rest


_LAW_TAIL = lazy_compile(r"の施行に関する条例|施行(?:令|規則|細則|条例)")
_JOINS = ("及び", "並びに", "又は", "若しくは")


def _after_short_name(folded: str, start: int, end: int, defined: set[str]) -> int:
    """The start of a statute's name that follows a 略称 and a conjunction (「法及び個人情報の保護に
    関する法律施行令」: the name starts after 「法及び」); the name's own 及び (私的独占の禁止及び公正取引の確保に関する法律)
    is kept, the word before it being no 略称 the draft uses."""
    name = folded[start:end]
    for join in _JOINS:
        at = name.find(join)
        if 0 < at and name[:at] in defined:
            return start + at + len(join)
    return start


def _numbered_in(text: str, name: str) -> bool:
    """Whether ``text`` cites ``name`` followed by its number (「…条例（平成16年…条例第1号）」)."""
    at = text.find(name) if name else -1
    while at >= 0:
        if _NUMBER_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _unit_starts(ordinance: Ordinance) -> list[int]:
    """Where a paragraph's or an item's text begins, and where a 号-style definition begins after
    its term: a cited name never runs across one. A copy that lost the line break or the space
    there (a 例規集 web copy, PDF text) glues the words before it to the name
    (「記録番号法第2条…」 for the term 記録 and its definition 「番号法第2条…」)."""
    out: list[int] = []
    for t in ordinance.terms:
        if t.style == "item":
            out.append(t.term_span.end)

    def items(its) -> None:  # noqa: ANN001
        for i in its:
            if i.span is not None:
                out.append(i.span.start)
            items(i.items)

    for a in ordinance.articles:
        for p in a.paragraphs:
            if p.span is not None:
                out.append(p.span.start)
            items(p.items)
    for s in ordinance.suppl_provisions:
        for p in s.paragraphs:
            if p.span is not None:
                out.append(p.span.start)
    return sorted(set(out))


_BARE_MARKER = lazy_compile(r"[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]+|[0-9０-９]+|[ア-ン]|[(（][^()（）\n]{1,3}[)）])[ \t\u3000\u00a0]*\n")


_KANJI_NUMERALS = "〇一二三四五六七八九十百千"
_SPACE_IN_NAME = lazy_compile(r"(?<=[\u3041-\u30ff\u3400-\u9fff々]) (?=[\u3041-\u30ff\u3400-\u9fff々])")


def _over_stray_spaces(text: str, name: str, span: Span, complete: tuple[str, ...] = ()) -> tuple[str, Span]:
    """``name`` widened back over a copy's stray half-width spaces between kanji (「蒼浜市情 報公開条例」
    read as 報公開条例), the spaces left out of the name. A name that starts with one of
    ``complete`` (the draft's municipality) is whole already (「事務の名称 胡桃沢市…条例」)."""
    if any(p and name.startswith(p) for p in complete):
        return name, span
    start = span.start
    while start >= 2 and text[start - 1] == " " and is_kanji(text[start - 2]):
        k = start - 1
        while k > 0 and is_kanji(text[k - 1]):
            k -= 1
        run = text[k : start - 1]
        # not the space after an article heading (第２条 椿原町…) or an item number (一 地方自治法)
        # (after 「の」 only when it follows a number: 第6条の 二; 「廃止前の蛍川 村…条例」 widens)
        after_no = k > 1 and text[k - 1] == "の" and (text[k - 2].isdigit() or text[k - 2] in "条項号" + _KANJI_NUMERALS)
        if (k > 0 and (text[k - 1].isdigit() or text[k - 1] == "第")) or after_no or all(ch in _KANJI_NUMERALS for ch in run) or (
            run.startswith("第") or run[-1] in "条項号章節款目"
        ):
            break
        start = k
    if start == span.start:
        return name, span
    wide = Span(start, span.end)
    return _one_line(wide.slice(text)).replace(" ", ""), wide


def _within_one_unit(text: str, name: str, span: Span, starts: list[int]) -> tuple[str, Span]:
    """``name`` and ``span`` cut after the last unit start strictly inside them (see _unit_starts),
    or after an item marker alone on its line (a web copy's cell: 「一」 / 「法第…」)."""
    marker = _BARE_MARKER.match(text, span.start, span.end)
    if marker is not None:
        span = Span(marker.end(), span.end)
        name = _one_line(span.slice(text))
    i = bisect_left(starts, span.end) - 1
    if i < 0 or starts[i] <= span.start:
        return name, span
    b = starts[i]
    while b < span.end and text[b] in " \t\u3000\n":
        b += 1
    marker = _BARE_MARKER.match(text, b, span.end)  # the unit is an item whose marker stands alone
    if marker is not None:
        b = marker.end()
    cut = Span(b, span.end)
    return _one_line(cut.slice(text)), cut


def _number_example(name: str, kind: str) -> str:
    """The example in the O6 message: the cited statute's own number when the statute table
    knows it, else the form of the number (平成○年法律第○号, 平成○年みなと市条例第○号)."""
    if kind == "法律":
        return law_number_example(name) or "平成○年法律第○号"
    m = re.match(r"(.*?[都道府県市区町村])", name)
    return f"平成○年{m.group(1) if m else ''}条例第○号"


def _glued_onto_term(written: str, defined: set[str]) -> bool:
    """True when the name as written is words, a line break or a space, then a short term the
    draft defines for a law (「…についての審査請求」 / 「法第105条…」 in a table's next row, or the
    same run onto one line): the words end the line before, the citation is of the defined term."""
    for term in defined:
        # a short abbreviation of a law (法, 番号法); a long defined name (「保護条例」) is more
        # likely the tail of the full name split by a stray space (「…個人情報 保護条例」)
        if term.endswith("法") and len(term) <= 4 and written.endswith(term) and len(written) > len(term):
            if written[-len(term) - 1] in " \t\u3000\n":
                return True
    return False


@register("cite.law_number", title_ja="法令番号の付記漏れ", title_en="First citation without the law number")
@primed
def check_law_numbers(ctx: CheckContext) -> list[Finding]:
    """[O6] The first citation of each external law or ordinance carries its number."""
    ordinance = ctx.ordinance
    folded = index_for(ordinance).joined
    defined = {t.term for t in ordinance.terms}
    skip = [e.span for e in ordinance.toc] + [line_span(ordinance.text, d.span.start) for d in ordinance.divisions]
    if ordinance.title_span is not None:
        skip.append(ordinance.title_span)
    # the 制定文 of a 全部改正 (「…条例（平成16年…条例第1号）の全部を改正する。」) cites the former ordinance
    # with its number: a later citation of it is not the first
    preamble = fold("\n".join(line for line, _ in ordinance.preamble))
    skip.extend(span for _, span in ordinance.preamble)
    # a 附則 heading 「附　則（令和　年　月　日条例第　号）」 names the amending ordinance, it cites nothing
    skip.extend(line_span(ordinance.text, s.span.start) for s in ordinance.suppl_provisions)
    skip.extend(reading_table_spans(ordinance))  # a 読替え table's rows quote the statute's own words
    skip_set = SpanSet(skip)
    seen: set[str] = set()
    out: list[Finding] = []
    starts = _unit_starts(ordinance)
    stray = has_stray_spaces(ordinance)
    # the first citation of every law and ordinance carries its number (法制執務): without it the reader cannot
    # tell which version or which instrument of the name is meant — a warning, whichever law it is
    for name, span, kind, joined_end in _cited_names(ordinance):
        if stray:
            name, span = _over_stray_spaces(ordinance.text, name, span, (_municipality(ordinance),))
            name = _SPACE_IN_NAME.sub("", name)  # 「千草谷地域 広域連合…条例」 is one name however spaced
        name, span = _within_one_unit(ordinance.text, name, span, starts)
        if len(name) < 2 or name in ("条例",) or any(name == w for w in _NOT_LAWS):
            continue
        if kind == "条例" and ordinance.title and fold(name) in fold(ordinance.title):
            continue  # the draft's own title (a name cut by a stray space, widened back)
        statute = statute_table().resolve(fold(name))
        key = statute.name if statute is not None else name  # (one law however many words precede its name)
        if _numbered_in(preamble, fold(name)):
            seen.add(key)
            continue
        if key in seen or name in defined or span.start in skip_set:
            continue
        if _glued_onto_term(span.slice(ordinance.text), defined):
            continue
        if in_caption(ordinance.text, span):
            continue  # （みなと市個人情報保護条例の廃止）: a caption names, it does not cite
        if _read_over_words(ordinance.text, span):
            continue  # 「…中「行政機関情報公開法第十三条第一項」とあるのは…」: the applied statute's own words
        seen.add(key)
        if _NUMBER_AFTER.match(folded, joined_end):
            continue
        example = _number_example(name, kind)
        out.append(ctx.finding(
            rule="cite.law_number", requirement="O6", span=span, code=LAW_NUMBER,
            severity="warning",
            params={"name": name, "where": node_label(ordinance, span.start),
                    "kind": "法令" if kind == "法律" else "条例",
                    "kind_en": "law" if kind == "法律" else "ordinance", "example": example},
        ))
    return out
