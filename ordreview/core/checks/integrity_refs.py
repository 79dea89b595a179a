"""Drafting integrity: internal cross-references [O2].

Rules:

- ``ref.unresolved`` [O2, error]: a reference to an article, paragraph or item of this
  ordinance that does not exist (``Ordinance.references`` left unresolved by the parser); the
  message names the missing number, read from ``Reference.address`` (the parser resolves
  前条/次項/同条 and the article an elliptical continuation such as 前条第2項第3号又は第5号
  continues). Relative words with no address, or naming an item or several nodes (前号,
  前各号, 前2項), are reported as not found rather than by number.
- ``ref.range_order`` [O2, error]: a range whose end precedes its start (第5条から第3条まで).
- ``ref.chapter`` [O2, error]: 第N章(の2)(第M節) cited in the text but absent from the body.
"""

from __future__ import annotations

import re

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import (
    SpanSet,
    NUM,
    article_of,
    duplicated_numbers,
    index_for,
    is_kanji,
    line_span,
    node_label,
    num_key,
    num_label,
    primed,
    to_int,
)
from ordreview.core.checks.integrity_numbers import numbers_folded_in
from ordreview.core.checks.lost_items import counts_lost_items
from ordreview.core.checks.registry import register
from ordreview.core.labels import article_name
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.phrases import cited
from ordreview.core.model import Article, Finding, NodeRef, Ordinance, Paragraph, Reference, Span
from ordreview.core.reading_tables import TableRows
from ordreview.core.text import fold

REF_MISSING_ARTICLE = define(
    "check.integrity.ref_missing_article",
    ja="{where}中「{ref}」{cited}は、この条例にない。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites {target}, which does not exist in this ordinance.",
)
REF_MISSING_PARAGRAPH = define(
    "check.integrity.ref_missing_paragraph",
    ja="{where}中「{ref}」{cited}はない（{article}は第{count}項までである。）。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites {target}, which does not exist ({article} has {count} paragraph(s)).",
)
REF_MISSING_ITEM = define(
    "check.integrity.ref_missing_item",
    ja="{where}中「{ref}」{cited}はない（{parent}の号は第{count}号までである。）。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites {target}, which does not exist ({parent} has {count} item(s)).",
)
REF_NO_ITEMS = define(
    "check.integrity.ref_no_items",
    ja="{where}中「{ref}」{cited}はない（{parent}には号がない。）。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites {target}, which does not exist ({parent} has no items).",
)
REF_UNRESOLVED = define(
    "check.integrity.ref_unresolved",
    ja="{where}中「{ref}」の引用先が見当たらない。引用先を確認されたい。",
    en="The provision cited by 「{ref}」 ({where}) cannot be found.",
)
REF_RANGE_ORDER = define(
    "check.integrity.ref_range_order",
    ja="{where}中「{ref}」は、終わりの{end}が始めの{start}より前にある。範囲を改められたい。",
    en="The range 「{ref}」 ({where}) ends at {end}, which comes before its start {start}.",
)
REF_CHAPTER_MISSING = define(
    "check.integrity.ref_chapter_missing",
    ja="{where}中「{ref}」{cited}は、この条例にない。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites {target}, which does not exist in this ordinance.",
)



# --------------------------------------------------------------------------- [O2] references

_ADDRESS = lazy_compile(
    rf"(?:第(?P<art>{NUM})条(?P<abr>(?:の{NUM})*))?"
    rf"(?:第(?P<para>{NUM})項)?"
    rf"(?:第(?P<item>{NUM})号(?P<ibr>(?:の{NUM})*))?"
)
_BRANCH = lazy_compile(rf"の({NUM})")


def _branch_num(head: str, branches: str | None) -> str:
    parts = [str(to_int(head))]
    parts.extend(str(to_int(b)) for b in _BRANCH.findall(branches or ""))
    return "_".join(parts)


def _addresses(text: str) -> list[tuple[str | None, int | None, str | None]]:
    """Every ``第N条第M項第K号`` in ``text`` as ``(article, paragraph, item)`` e-Gov numbers."""
    out = []
    for m in _ADDRESS.finditer(fold(text)):
        if not m.group(0):
            continue
        art = _branch_num(m["art"], m["abr"]) if m["art"] else None
        para = to_int(m["para"]) if m["para"] else None
        item = _branch_num(m["item"], m["ibr"]) if m["item"] else None
        out.append((art, para, item))
    return out


def _label(article: str | None, paragraph: int | None, item: str | None) -> str:
    out = num_label(article, "条") if article else ""
    if paragraph is not None:
        out += f"第{paragraph}項"
    if item is not None:
        out += num_label(item, "号")
    return out


def _missing_part(
    ordinance: Ordinance, source: Article | None, node: NodeRef, label: str
) -> tuple[str, dict[str, object]] | None:
    """Which level of ``node`` does not exist: ``(code, params)``, or ``None`` if all do.

    ``node`` is a reference's ``address`` (the parser resolved 前条, 同項 and the article an
    elliptical 第5号 continues); ``label`` is how the message names it.
    """
    art_num = node.article
    if art_num is None:
        return None
    # the citing article itself first: a draft may number two articles alike
    found = source if source is not None and source.num == art_num else ordinance.article(art_num)
    if found is None and source is not None and source.in_suppl:
        # 附則第2条 cited from within the same 附則
        found = next((a for a in index_for(ordinance).articles
                      if a.in_suppl and a.num == art_num and _same_suppl(ordinance, a, source)), None)
    if found is None:
        if any(_deleted_range_covers(a.num, art_num) for a in ordinance.articles):
            return None
        return REF_MISSING_ARTICLE, {"target": label}
    article = found
    if article.deleted:
        return None
    paragraph: Paragraph | None
    if node.paragraph is not None:
        if node.paragraph > len(article.paragraphs) and node.paragraph in numbers_folded_in(
                ordinance.text, article.paragraphs):
            return None  # printed so after a gap in the numbers: num.paragraph tells the gap, once
        if node.paragraph > len(article.paragraphs) or node.paragraph < 1:
            return REF_MISSING_PARAGRAPH, {
                "target": label, "article": article_name(article), "count": len(article.paragraphs)}
        paragraph = article.paragraphs[node.paragraph - 1]
    else:
        paragraph = article.paragraphs[0] if article.paragraphs else None
    if node.item is not None:
        items = paragraph.items if paragraph is not None else ()
        if not any(i.num == node.item.split(".")[0] for i in items):
            parent = article_name(article) + (f"第{paragraph.num}項" if paragraph and len(article.paragraphs) > 1 else "")
            code = REF_MISSING_ITEM if items else REF_NO_ITEMS
            return code, {"target": label, "parent": parent, "count": len(items)}
    return None


def _address_label(node: NodeRef, *, with_paragraph: bool) -> str:
    """第12条第2項第5号; the paragraph left out where the draft wrote none (第3条第5号)."""
    paragraph = node.paragraph if with_paragraph else None
    return _label(node.article, paragraph, node.item.split(".")[0] if node.item else None)


def _range_end_address(ref: Reference) -> NodeRef | None:
    """The last node a range with a missing end names: 第2条から第9条まで → 第9条.

    The parser keeps only the resolved end (``range_end``); a missing end is read from the
    words after から, completed from the range's first node (第2項から第5項まで).
    """
    start = ref.address
    folded = fold(ref.text)
    cut = folded.find("から")
    if start is None or cut < 0:
        return None
    m = _ADDRESS.match(folded, cut + 2)
    if m is None or not m.group(0):
        return None
    art = _branch_num(m["art"], m["abr"]) if m["art"] else start.article
    para = to_int(m["para"]) if m["para"] else (None if m["art"] else start.paragraph)
    item = _branch_num(m["item"], m["ibr"]) if m["item"] else None
    if item is not None and para is None:
        para = 1
    return NodeRef(art, para, item)


def _same_suppl(ordinance: Ordinance, a: Article, b: Article) -> bool:
    for suppl in ordinance.suppl_provisions:
        if suppl.span.contains(a.span) and suppl.span.contains(b.span):
            return True
    return False


def _deleted_range_covers(range_num: str, num: str) -> bool:
    if ":" not in range_num:
        return False
    first, last = range_num.split(":", 1)
    return num_key(first) <= num_key(num) <= num_key(last)


def _node_key(ordinance: Ordinance, node: NodeRef) -> tuple[int, int, tuple[int, ...]] | None:
    if node.article is None:
        return None
    positions = {a.num: i for i, a in enumerate(ordinance.articles)}
    if node.article not in positions:
        return None
    item = num_key(node.item.split(".")[0]) if node.item else ()
    return positions[node.article], node.paragraph or 0, item


def _node_label(ordinance: Ordinance, node: NodeRef) -> str:
    art = ordinance.article(node.article) if node.article else None
    head = article_name(art) if art is not None else (num_label(node.article, "条") if node.article else "")
    return head + _label(None, node.paragraph, node.item.split(".")[0] if node.item else None)


@register("ref.unresolved", title_ja="存在しない条項の引用", title_en="References to missing provisions")
@primed
def check_unresolved(ctx: CheckContext) -> list[Finding]:
    """[O2] References to articles, paragraphs or items of this ordinance that do not exist."""
    ordinance = ctx.ordinance
    text = ordinance.text
    out: list[Finding] = []
    previous: Reference | None = None
    table_rows = TableRows(ordinance)
    twice = duplicated_numbers(ordinance)
    for ref in ordinance.references:
        prev, previous = previous, ref
        if ref.kind == "external" or ref.external_law:
            continue
        if table_rows.read_over(ref.span.start, ref.text):
            continue  # (a 読替え row's 「第3号」 is the applied provision's)
        unresolved = ref.target is None or (ref.kind == "range" and ref.range_end is None)
        if not unresolved:
            continue
        if counts_lost_items(ordinance, ref):
            continue  # counted against items whose numbers the copy lost: nothing to tell
        where = node_label(ordinance, ref.span.start)
        source = article_of(ordinance, ref.span.start)
        head = fold(ref.text)
        if _CHAPTER_REF.fullmatch(head):
            continue  # a 章 or 節 the body lacks: ref.chapter says it, once
        shown = ref.text
        continued = (not _HEAD.match(head) and prev is not None
                     and _CONTINUES.fullmatch(text[prev.span.end : ref.span.start]) is not None)
        if continued:
            assert prev is not None
            shown = text[prev.span.start : ref.span.end]  # 前条第2項第3号又は第5号
        if ref.address is None or _VAGUE.match(head):  # 前条 of the first article, 前各号 …
            out.append(ctx.finding(
                rule="ref.unresolved", requirement="O2", span=ref.span, code=REF_UNRESOLVED,
                severity="error", params={"ref": ref.text, "where": where}, id_extra=(where,),
            ))
            continue
        if ref.address.article is not None and str(ref.address.article) in twice:
            continue  # (a number given to two articles: num.article reports it, the reference may mean either)
        written = continued or not head.startswith("第") or "項" in head
        nodes = [ref.address]
        if ref.kind == "range" and ref.range_end is None:
            end = _range_end_address(ref)
            if end is not None:
                nodes.append(end)
        result = None
        for node in nodes:
            result = _missing_part(ordinance, source, node,
                                   _address_label(node, with_paragraph=written or node.paragraph != 1))
            if result is not None:
                break
        if result is None and "第" in head:
            continue  # the numbers exist: the parser could not place the reference itself
        code, params = result if result is not None else (REF_UNRESOLVED, {})
        out.append(ctx.finding(
            rule="ref.unresolved", requirement="O2", span=ref.span, code=code, severity="error",
            params={"ref": shown, "where": where, **params, "cited": cited(shown, params.get("target"))},
            id_extra=(where,),
        ))
    return out


_CONTINUES = lazy_compile(r"又は|若しくは|及び|並びに|、|,|から|ないし")
_HEAD = lazy_compile(r"(?:前|次|同)(?:条|項)")
# relative words naming an item or several nodes: reported as not found, not by number
_VAGUE = lazy_compile(r"前各|前\s*[0-9一二三四五六七八九十]+\s*[条項号]|(?:前|次|同)号")


@register("ref.range_order", title_ja="範囲引用の逆転", title_en="Ranges ending before they start")
@primed
def check_range_order(ctx: CheckContext) -> list[Finding]:
    """[O2] 第5条から第3条まで: a range whose end comes before its start."""
    ordinance = ctx.ordinance
    out: list[Finding] = []
    for ref in ordinance.references:
        if ref.kind != "range" or ref.external_law:
            continue
        start_label = end_label = None
        if ref.target is not None and ref.range_end is not None:
            a, b = _node_key(ordinance, ref.target), _node_key(ordinance, ref.range_end)
            if a is not None and b is not None and b < a:
                start_label, end_label = _node_label(ordinance, ref.target), _node_label(ordinance, ref.range_end)
        else:
            addresses = _addresses(ref.text)
            if len(addresses) >= 2:
                (a1, p1, i1), (a2, p2, i2) = addresses[0], addresses[-1]
                k1 = (num_key(a1) if a1 else (), p1 or 0, num_key(i1) if i1 else ())
                k2 = (num_key(a2) if a2 else k1[0], p2 or (0 if a2 else p1 or 0), num_key(i2) if i2 else ())
                if k2 < k1:
                    start_label, end_label = _label(a1, p1, i1), _label(a2, p2, i2)
        if start_label is None:
            continue
        where = node_label(ordinance, ref.span.start)
        out.append(ctx.finding(
            rule="ref.range_order", requirement="O2", span=ref.span, code=REF_RANGE_ORDER, severity="error",
            params={"ref": ref.text, "where": where, "start": start_label, "end": end_label},
            id_extra=(where,),
        ))
    return out


_CHAPTER_REF = lazy_compile(rf"第({NUM})章((?:の{NUM})*)(?:第({NUM})節((?:の{NUM})*))?")


def _heading_spans(ordinance: Ordinance) -> list[Span]:
    text = ordinance.text
    spans = [line_span(text, d.span.start) for d in ordinance.divisions]
    spans.extend(e.span for e in ordinance.toc)
    return spans


_AMENDS_OTHER = lazy_compile(r"の(?:一部|全部)を次のように改正する")


def amending_other_spans(ordinance: Ordinance) -> list[Span]:
    """The 附則 provisions that amend another ordinance (「…条例（…）の一部を次のように改正する。」 with
    its amending sentences): the chapters and articles they cite are that ordinance's, not this one's."""
    text = ordinance.text
    out: list[Span] = []
    for sp in ordinance.suppl_provisions:
        nodes = [a.span for a in sp.articles] or [p.span for p in sp.paragraphs]
        for span in nodes:
            if _AMENDS_OTHER.search(re.sub(r"\s+", "", fold(span.slice(text)))):
                out.append(span)
    return out


@register("ref.chapter", title_ja="存在しない章・節の引用", title_en="References to missing chapters or sections")
@primed
def check_chapter_refs(ctx: CheckContext) -> list[Finding]:
    """[O2] 第N章の2 / 第N章第M節 cited in the provisions but absent from the body."""
    ordinance = ctx.ordinance
    folded = index_for(ordinance).folded
    chapters = {d.num for d in ordinance.divisions if d.kind == "章"}
    sections = {(d.parent, d.num) for d in ordinance.divisions if d.kind == "節"}
    keys = {d.num: d.key for d in ordinance.divisions if d.kind == "章"}
    skip = SpanSet(_heading_spans(ordinance) + amending_other_spans(ordinance)
                   + [r.span for r in ordinance.references if r.external_law])  # 同法…並びに第4章の2
    out: list[Finding] = []
    for m in _CHAPTER_REF.finditer(folded):
        start = m.start()
        if start > 0 and is_kanji(folded[start - 1]):
            continue  # 法第4章の2, 同条例第3章: a chapter of another instrument
        if start in skip:
            continue
        chapter = _branch_num(m[1], m[2])
        span = Span(start, m.end())
        if chapter not in chapters:
            target = num_label(chapter, "章")
            end = start + len(f"第{m[1]}章{m[2]}")
            span = Span(start, end)
        elif m[3] and (keys.get(chapter), _branch_num(m[3], m[4])) not in sections:
            target = num_label(chapter, "章") + num_label(_branch_num(m[3], m[4]), "節")
        else:
            continue
        ref_text = span.slice(ordinance.text)
        where = node_label(ordinance, start)
        out.append(ctx.finding(
            rule="ref.chapter", requirement="O2", span=span, code=REF_CHAPTER_MISSING, severity="error",
            params={"ref": ref_text, "where": where, "target": target, "cited": cited(ref_text, target)},
            id_extra=(where,),
        ))
    return out
