"""A model wording put in the draft's own style before it is suggested.

The profile writes a model definition as a 号 of a definitions article in the national style,
``(2)　個人識別符号　…をいう。`` with sub-items ア, イ. A draft defines its terms either the
same way (号-style: ``(1)　個人情報　…``) or one paragraph per term (項-style:
``3　この条例において「要配慮個人情報」とは、…をいう。`` with items (1), (2)). Inserted as
written into a 項-style draft, a 号-style definition would be read as items of the last
paragraph and define nothing. :func:`restyle_definition` rewrites it in the draft's form, with
the draft's own numerals and item markers, numbered as the next paragraph (or 号) of the
definitions article — where a missing definition is inserted (after the article's last
paragraph).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ordreview.core.chars import TO_FULL_WIDTH_DIGITS
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Article, Item, Ordinance, Span
from ordreview.core.text import int_to_kanji

_ITEM_DEFINITION = lazy_compile(r"^[(（]([0-9０-９]+)[)）][ 　]+([^ 　]+)[ 　]+(.+)$")
_SUB_ITEM = lazy_compile(r"^[ 　]*[アイウエオカキクケコ][ 　]+(.+)$")
_KANJI = lazy_compile("[一二三四五六七八九十百]")
_FULL = TO_FULL_WIDTH_DIGITS


def _written(n: int, sample: str) -> str:
    """``n`` in the numerals of ``sample`` (kanji, full-width or half-width digits)."""
    if _KANJI.search(sample):
        return int_to_kanji(n)
    if re.search("[０-９]", sample):
        return str(n).translate(_FULL)
    return str(n)


def _marker(sample: str, n: int) -> str:
    """The item marker ``sample`` ((1), （１）, 一 …) renumbered ``n``."""
    if _KANJI.fullmatch(sample.strip("()（）")):
        return sample.replace(sample.strip("()（）"), int_to_kanji(n))
    return re.sub(r"[0-9０-９]+", lambda m: _written(n, m.group(0)), sample, count=1)


def _article_at(ordinance: Ordinance, offset: int) -> Article | None:
    return next((a for a in ordinance.articles if a.span.start <= offset < a.span.end), None)


def _first_item(ordinance: Ordinance) -> Item | None:
    for art in ordinance.articles:
        for para in art.paragraphs:
            if para.items:
                return para.items[0]
    return None


def _item_at(ordinance: Ordinance, offset: int) -> tuple[Article, Item] | None:
    art = _article_at(ordinance, offset)
    if art is None:
        return None
    for para in art.paragraphs:
        for item in para.items:
            if item.span.start <= offset < item.span.end:
                return art, item
    return None


_NEXT_ITEM_REF = lazy_compile(r"次号[アイウエオカキクケコ]?において同じ。")


def rewrite_own_item(ordinance: Ordinance, span: Span | None, suggestion: str) -> str | None:
    """A model definitions article (``（定義）／第○条…／(1)　個人情報　…／ア…／イ…``) as the
    draft's own 号 defining the same term, rewritten: the draft's marker, the model's body and
    sub-items, the draft's own ただし書 kept. The first line
    rewrites the draft's 号 and the sub-items follow it. ``None`` when ``span`` is not in a
    号 of the draft that defines a term the model defines.

    A model reference to its next 号 (「次号イにおいて同じ。」) holds only in the model's
    order; in the draft's it reads 「以下同じ。」.
    """
    if span is None:
        return None
    found = _item_at(ordinance, span.start)
    if found is None:
        return None
    _, item = found
    lines = [x.strip(" 　") for x in suggestion.strip().splitlines() if x.strip()]
    for k, line in enumerate(lines):
        head = _ITEM_DEFINITION.match(line)
        if head is None or not item.text.startswith(head.group(2)):
            continue
        term, body = head.group(2), head.group(3)
        own = item.text[len(term):].lstrip(" 　")
        if own.startswith(body.rstrip("。")):
            return None  # the draft already reads so
        subs: list[str] = []
        for sub in lines[k + 1:]:
            if _SUB_ITEM.match(sub) is None:
                break
            subs.append(sub)
        if not subs:
            return None
        proviso = own[own.index("ただし、"):] if "。ただし、" in own else ""
        first = f"{item.title}　{term}　{body}{proviso}"
        return _NEXT_ITEM_REF.sub("以下同じ。", "\n".join([first, *subs]))
    return None


def restyle_definition(ordinance: Ordinance, span: Span | None, suggestion: str) -> str:
    """``suggestion`` rewritten in the draft's own definition style (see the module docstring);
    unchanged when it is not a 号-style model definition or the place is not a definitions
    article. A model definitions article whose term the draft defines in a 号 already becomes
    that 号 rewritten (:func:`rewrite_own_item`)."""
    lines = [x for x in suggestion.strip().splitlines() if x.strip()]
    head = _ITEM_DEFINITION.match(lines[0]) if lines else None
    if head is None:
        own_item = rewrite_own_item(ordinance, span, suggestion)
        if own_item is not None:
            return own_item
    if head is None or span is None:
        return suggestion
    art = _article_at(ordinance, span.start)
    if art is None or not art.paragraphs or "この条例において" not in ordinance.text[art.span.start : art.span.end]:
        return suggestion
    term, body = head.group(2), head.group(3)
    subs = [_SUB_ITEM.match(x) for x in lines[1:]]
    if any(m is None for m in subs):
        return suggestion
    sample = _first_item(ordinance)
    marker = sample.title if sample is not None else "(1)"
    first = art.paragraphs[0]
    if len(art.paragraphs) > 1 and "この条例において「" in art.paragraphs[-1].text:  # 項-style
        printed = next((p.printed_num for p in art.paragraphs if p.printed_num), "2")
        number = _written(len(art.paragraphs) + 1, printed)
        out = [f"{number}　この条例において「{term}」とは、{body}"]
        out += [f"　{_marker(marker, k)}　{m.group(1)}" for k, m in enumerate(subs, start=1) if m]
        return "\n".join(out)
    if first.items:  # 号-style: the next 号 of the definitions paragraph
        own = first.items[-1].title
        number = _marker(own, len(first.items) + 1)
        return "\n".join([f"{number}　{term}　{body}", *lines[1:]])
    return suggestion


_PLACEHOLDER_BODY = lazy_compile(r"○○([市町村])")
_OWN_CITATION = lazy_compile(r"○○[市町村]情報公開条例（平成○年○○[市町村]条例第○号）")
# (the model's placeholder municipality: ○○市 stands for any 市, 町 or 村)


def _municipality(ordinance: Ordinance) -> str:
    """The municipality's name from the title (あおば市), or ""."""
    m = re.match(r"(.{1,10}?[都道府県市町村区])", ordinance.title or "")
    return m.group(1) if m else ""


_BODY_WORDS = lazy_compile(r"[市町村]長等|[市町村]の機関|[市町村区]長|知事")
_IMPLEMENTING = lazy_compile(r"実施機関(?!非識別)")
_DRAFT_CITATION = lazy_compile(r"[^、。「」（）\s]{1,12}情報公開条例（[^（）]{4,30}条例第[0-9０-９一二三四五六七八九十百]+号）")
"""The draft's own citation of its 情報公開条例 (name, then the 条例番号 in parentheses)."""
_MAYOR = lazy_compile(r"[市町村区]長|知事")


def own_body(ordinance: Ordinance) -> str:
    """The draft's own word for the bodies the model calls 実施機関, or "" when the draft
    defines 実施機関 (or names no body): a term the draft defines as a list of its bodies
    (「市の機関」 = 市長、教育委員会…), else the body word it uses most (市長等, 町の機関, 市長)."""
    terms = {t.term: t for t in ordinance.terms}
    if "実施機関" in terms:
        return ""
    for t in ordinance.terms:
        if _BODY_WORDS.fullmatch(t.term) or (_MAYOR.search(t.definition) and "委員会" in t.definition
                                             and len(t.term) <= 8):
            return t.term
    counts: dict[str, int] = {}
    for m in _BODY_WORDS.finditer(ordinance.text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return max(counts, key=lambda w: counts[w]) if counts else ""


def _defined_inline(suggestion: str, term: str) -> str:
    """``term（…をいう。）`` in a model wording reduced to ``term`` (the draft defines it)."""
    out, at = [], 0
    while (i := suggestion.find(term + "（", at)) >= 0:
        depth, j = 0, i + len(term)
        while j < len(suggestion):
            depth += {"（": 1, "）": -1}.get(suggestion[j], 0)
            j += 1
            if depth == 0:
                break
        inner = suggestion[i + len(term) + 1 : j - 1]
        out.append(suggestion[at : i + len(term)])
        if not inner.endswith("をいう。"):
            out.append(suggestion[i + len(term) : j])
        at = j
    out.append(suggestion[at:])
    return "".join(out)


def own_terms(ordinance: Ordinance, suggestion: str) -> str:
    """A model wording with the draft's own names and terms: the draft's word for 実施機関
    when it defines none (:func:`own_body`); a term the draft defines is used bare, without the
    model's parenthetical definition of it (「公文書（…に規定する公文書をいう。）」 → 「公文書」);
    ○○市 becomes the municipality of the title, and the model's citation of the
    情報公開条例 becomes the draft's own 略称 when the draft defines one (「情報公開条例」),
    else the draft's own citation of it."""
    body = own_body(ordinance) if "実施機関" in suggestion else ""
    if body:
        # the draft's words are inserted as they are (a function, so a backslash is no escape)
        suggestion = _IMPLEMENTING.sub(lambda _: body, suggestion)
    for term in dict.fromkeys(t.term for t in ordinance.terms):  # the draft's order (a set's varies with the hash seed)
        if term + "（" in suggestion:
            suggestion = _defined_inline(suggestion, term)
    if "○○" not in suggestion:
        return suggestion
    terms = {t.term for t in ordinance.terms}
    if _OWN_CITATION.search(suggestion):
        if "情報公開条例" in terms:
            suggestion = _OWN_CITATION.sub("情報公開条例", suggestion)
        else:
            # (the literal test first: the pattern's opening class would otherwise be tried
            # at every offset of the draft)
            cited = _DRAFT_CITATION.search(ordinance.text) if "情報公開条例（" in ordinance.text else None
            if cited:
                own = cited.group(0)
                suggestion = _OWN_CITATION.sub(lambda _: own, suggestion)
    name = _municipality(ordinance)
    if name:
        # the model writes ○○市 for any municipality: a 町 or 村 draft gets its own name too
        suggestion = _PLACEHOLDER_BODY.sub(lambda _: name, suggestion)
    return suggestion


_CROSS_REF = lazy_compile(r"(?<!^)(?<!\n)第[○〇]条")


def _model_references(profile_id: str) -> dict[str, list[list[str | None]]]:
    from ordreview.paths import resources_dir

    return _references_table(_references_path(resources_dir())).get(profile_id, {})


@lru_cache(maxsize=4)
def _references_path(resources: Path) -> str:
    """The table's path in ``resources`` (built once: the engine asks for it with every finding)."""
    return str(resources / "data" / "model_references.json")


@lru_cache(maxsize=4)
def _references_table(path: str) -> dict[str, dict[str, list[list[str | None]]]]:
    """The table of ``path``, read once per process (a bundled resource; callers only read it)."""
    import json

    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def cites_model_references(profile_id: str, requirement: str) -> bool:
    """True when the model provision of ``requirement`` has cross-references that
    :func:`own_references` fills (otherwise it leaves the wording as it is, and the caller need
    not look up the draft's articles for it)."""
    return bool(_model_references(profile_id).get(requirement))


def own_references(ordinance: Ordinance, profile_id: str, requirement: str, suggestion: str,
                   articles: dict[str, str]) -> str:
    """A model provision's cross-references (第○条 other than its own number) filled with the
    draft's own article where the cited provision is found (``articles``: requirement id →
    the draft's article holding it, e.g. ``{"C11": "第30条の4"}``); those not found stay
    「第○条」 and a last line says which provision to cite there:
    「（第○条には、契約の締結を定める条を引用されたい。）」. The table of what each model
    reference cites is ``resources/data/model_references.json``."""
    refs = _model_references(profile_id).get(requirement)
    found = list(_CROSS_REF.finditer(suggestion))
    if not refs or not found or len(refs) != len(found):
        return suggestion
    out: list[str] = []
    missing: list[str] = []
    at = 0
    for m, (target, what) in zip(found, refs):
        out.append(suggestion[at : m.start()])
        own = articles.get(target or "")
        out.append(own or m.group(0))
        if not own and what and what not in missing:
            missing.append(str(what))
        at = m.end()
    out.append(suggestion[at:])
    text = "".join(out)
    if missing:
        text += "\n（第○条には、" + "、".join(missing) + "を引用されたい。）"
    return text


def article_of(ordinance: Ordinance, offset: int) -> str:
    """The draft's own label of the main-provision article at ``offset`` (its printed
    「第30条」「第三十条」), or ""."""
    art = _article_at(ordinance, offset)
    if art is None or art.in_suppl:
        return ""
    return art.title if re.fullmatch(r"第.+条(?:の.+)?", art.title or "") else ""


_LABELLED_ITEM = lazy_compile(r"^((?:（[^（）\n]*）)?)([(（][0-9０-９]+[)）]|[一二三四五六七八九十百]+)([ 　]+)([^ 　\n]+)([ 　])")


def own_item_marker(ordinance: Ordinance, span: Span | None, suggestion: str) -> str:
    """A model 号 (``(1)　個人情報　…``, perhaps after a bracketed label such as
    「（除外規定を削除する例）」) suggested for the draft's own 号 defining the same term takes
    that 号's marker: the draft's 第2号 stays 「(2)」 (or 「（２）」), never the model's 「(1)」."""
    m = _LABELLED_ITEM.match(suggestion)
    if m is None or span is None:
        return suggestion
    found = _item_at(ordinance, span.start)
    if found is None:
        return suggestion
    _, item = found
    if not item.text.startswith(m.group(4)) or item.title == m.group(2):
        return suggestion
    return suggestion[: m.start(2)] + item.title + suggestion[m.end(2):]


_WORD_CHARS = "[\u4e00-\u9fff\u30a0-\u30ff\u30fc]"


def own_abbreviations(ordinance: Ordinance, span: Span | None, suggestion: str) -> str:
    """A 略称 of the draft (「審議会」) that the draft defines only after the place a model
    wording goes is written as the draft writes it there: the longer word ending in it that the
    article uses (「個人情報保護審議会」), else the name it abbreviates (「かわせ村個人情報保護
    審議会」). Used before its definition, the 略称 would be one more drafting defect."""
    if span is None:
        return suggestion
    art = _article_at(ordinance, span.start)
    for t in ordinance.terms:
        if t.style != "inline" or t.term_span is None or t.term_span.start <= span.start or t.term not in suggestion:
            continue
        bare = re.compile(f"(?<!{_WORD_CHARS}){re.escape(t.term)}")
        if not bare.search(suggestion):
            continue
        long = ""
        if art is not None:
            words: dict[str, int] = {}
            for m in re.finditer(f"{_WORD_CHARS}{{1,12}}{re.escape(t.term)}", ordinance.text[art.span.start : art.span.end]):
                words[m.group(0)] = words.get(m.group(0), 0) + 1
            long = max(words, key=lambda w: words[w]) if words else ""
        long = long or t.definition.strip()
        if long and "\n" not in long and len(long) <= 40:
            suggestion = bare.sub(lambda _: long, suggestion)
    return suggestion
