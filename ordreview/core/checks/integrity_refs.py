"""Drafting integrity: internal cross-references [O2].

Rules:

- ``ref.unresolved`` [O2, error]: a reference to an article, paragraph or item of this
  ordinance that does not exist (``Ordinance.references`` left unresolved by the parser); the
  message names the missing number. 前条/次条/前項/次項 are resolved here from the citing
  unit, and an elliptical continuation (前条第2項第3号又は第5号) is read against the
  reference it continues.
- ``ref.range_order`` [O2, error]: a range whose end precedes its start (第5条から第3条まで).
- ``ref.chapter`` [O2, error]: 第N章(の2)(第M節) cited in the text but absent from the body.
"""

from __future__ import annotations

import re

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import (
    NUM,
    article_of,
    index_for,
    is_kanji,
    line_span,
    node_label,
    num_key,
    num_label,
    primed,
    to_int,
)
from ordreview.core.checks.registry import register
from ordreview.core.messages import define
from ordreview.core.model import Article, Finding, NodeRef, Ordinance, Paragraph, Reference, Span
from ordreview.core.text import fold

REF_MISSING_ARTICLE = define(
    "check.integrity.ref_missing_article",
    ja="「{ref}」（{where}）が引用する{target}は、この条例にありません。",
    en="「{ref}」 ({where}) cites {target}, which does not exist in this ordinance.",
)
REF_MISSING_PARAGRAPH = define(
    "check.integrity.ref_missing_paragraph",
    ja="「{ref}」（{where}）が引用する{target}はありません（{article}は第{count}項までです）。",
    en="「{ref}」 ({where}) cites {target}, which does not exist ({article} has {count} paragraph(s)).",
)
REF_MISSING_ITEM = define(
    "check.integrity.ref_missing_item",
    ja="「{ref}」（{where}）が引用する{target}はありません（{parent}の号は{count}号までです）。",
    en="「{ref}」 ({where}) cites {target}, which does not exist ({parent} has {count} item(s)).",
)
REF_NO_ITEMS = define(
    "check.integrity.ref_no_items",
    ja="「{ref}」（{where}）が引用する{target}はありません（{parent}には号がありません）。",
    en="「{ref}」 ({where}) cites {target}, which does not exist ({parent} has no items).",
)
REF_UNRESOLVED = define(
    "check.integrity.ref_unresolved",
    ja="「{ref}」（{where}）の引用先が見つかりません。",
    en="The provision cited by 「{ref}」 ({where}) cannot be found.",
)
REF_RANGE_ORDER = define(
    "check.integrity.ref_range_order",
    ja="「{ref}」（{where}）の範囲は、終わりの{end}が始めの{start}より前にあります。",
    en="The range 「{ref}」 ({where}) ends at {end}, which comes before its start {start}.",
)
REF_CHAPTER_MISSING = define(
    "check.integrity.ref_chapter_missing",
    ja="「{ref}」（{where}）が引用する{target}は、この条例にありません。",
    en="「{ref}」 ({where}) cites {target}, which does not exist in this ordinance.",
)

# --------------------------------------------------------------------------- [O2] references

_ADDRESS = re.compile(
    rf"(?:第(?P<art>{NUM})条(?P<abr>(?:の{NUM})*))?"
    rf"(?:第(?P<para>{NUM})項)?"
    rf"(?:第(?P<item>{NUM})号(?P<ibr>(?:の{NUM})*))?"
)
_BRANCH = re.compile(rf"の({NUM})")


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
    ordinance: Ordinance,
    source: Article | None,
    address: tuple[str | None, int | None, str | None],
    base: NodeRef | None = None,
) -> tuple[str, dict[str, object]] | None:
    """Which level of ``address`` does not exist: ``(code, params)``, or ``None`` if all do.

    ``base`` is the node an elliptical reference continues (前条第2項第3号又は第5号: 第5号 of
    前条第2項); without it an address lacking 条 is read inside ``source``.
    """
    art_num, para_num, item_num = address
    if art_num is None and base is not None and base.article is not None:
        art_num = base.article
        if para_num is None and item_num is not None:
            para_num = base.paragraph or 1
    if art_num is None:
        article = source
        if article is None:
            return None
    else:
        found = ordinance.article(art_num)
        if found is None and source is not None and source.in_suppl:
            # 附則第2条 cited from within the same 附則
            found = next((a for a in index_for(ordinance).articles
                          if a.in_suppl and a.num == art_num and _same_suppl(ordinance, a, source)), None)
        if found is None:
            if any(_deleted_range_covers(a.num, art_num) for a in ordinance.articles):
                return None
            return REF_MISSING_ARTICLE, {"target": _label(art_num, para_num, item_num)}
        article = found
    target = _label(art_num, para_num, item_num) if art_num else article.title + _label(None, para_num, item_num)
    if article.deleted:
        return None
    paragraph: Paragraph | None
    if para_num is not None:
        if para_num > len(article.paragraphs) or para_num < 1:
            return REF_MISSING_PARAGRAPH, {
                "target": target, "article": article.title, "count": len(article.paragraphs)}
        paragraph = article.paragraphs[para_num - 1]
    else:
        paragraph = article.paragraphs[0] if article.paragraphs else None
    if item_num is not None:
        items = paragraph.items if paragraph is not None else ()
        if not any(i.num == item_num for i in items):
            parent = article.title + (f"第{paragraph.num}項" if paragraph and len(article.paragraphs) > 1 else "")
            code = REF_MISSING_ITEM if items else REF_NO_ITEMS
            return code, {"target": target, "parent": parent, "count": len(items)}
    return None


def _absolute(
    address: tuple[str | None, int | None, str | None], base: NodeRef | None, source: Article | None
) -> NodeRef | None:
    """The node an address names, completed from ``base`` or the citing article."""
    art_num, para_num, item_num = address
    if art_num is None:
        anchor = base.article if base is not None else (source.num if source is not None else None)
        if anchor is None:
            return None
        if para_num is None and base is not None:
            para_num = base.paragraph
        art_num = anchor
    return NodeRef(art_num, para_num, item_num)


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
    head = art.title if art is not None else (num_label(node.article, "条") if node.article else "")
    return head + _label(None, node.paragraph, node.item.split(".")[0] if node.item else None)


@register("ref.unresolved", title_ja="存在しない条項の引用", title_en="References to missing provisions")
@primed
def check_unresolved(ctx: CheckContext) -> list[Finding]:
    """[O2] References to articles, paragraphs or items of this ordinance that do not exist."""
    ordinance = ctx.ordinance
    text = ordinance.text
    out: list[Finding] = []
    previous: Reference | None = None
    last_node: NodeRef | None = None  # the node the previous reference points to
    for ref in ordinance.references:
        prev, previous = previous, ref
        prev_node, last_node = last_node, ref.range_end or ref.target
        if ref.kind == "external" or ref.external_law:
            continue
        unresolved = ref.target is None or (ref.kind == "range" and ref.range_end is None)
        if not unresolved:
            continue
        where = node_label(ordinance, ref.span.start)
        source = article_of(ordinance, ref.span.start)
        base: NodeRef | None = None
        shown = ref.text
        rest = ref.text
        if _RELATIVE.match(fold(ref.text)):
            base, rest = _relative_base(ordinance, source, ref)
            if base is None:  # 前条 of the first article, 同項 with no antecedent …
                out.append(ctx.finding(
                    rule="ref.unresolved", requirement="O2", span=ref.span, code=REF_UNRESOLVED,
                    severity="error", params={"ref": ref.text, "where": where}, id_extra=(where,),
                ))
                continue
        elif _SAME.match(fold(ref.text)):
            # 同条第5項 / 同項第2号: read against the provision the previous reference names
            same = _SAME.match(fold(ref.text))
            assert same is not None
            if prev_node is None or prev_node.article is None:
                out.append(ctx.finding(
                    rule="ref.unresolved", requirement="O2", span=ref.span, code=REF_UNRESOLVED,
                    severity="error", params={"ref": ref.text, "where": where}, id_extra=(where,),
                ))
                continue
            base = NodeRef(prev_node.article, prev_node.paragraph if same[1] == "項" else None)
            rest = ref.text[same.end() :]
        elif prev is not None and prev_node is not None and _CONTINUES.fullmatch(text[prev.span.end : ref.span.start]):
            base, shown = prev_node, text[prev.span.start : ref.span.end]
        addresses = _addresses(rest)
        if addresses:
            last_node = _absolute(addresses[-1], base, source)
        result = None
        for address in addresses:
            result = _missing_part(ordinance, source, address, base if address[0] is None else None)
            if result is not None:
                break
        if result is None:
            if addresses:  # the numbers exist: the parser could not place the reference itself
                continue
            code, params = REF_UNRESOLVED, {}
        else:
            code, params = result
        out.append(ctx.finding(
            rule="ref.unresolved", requirement="O2", span=ref.span, code=code, severity="error",
            params={"ref": shown, "where": where, **params}, id_extra=(where,),
        ))
    return out


_CONTINUES = re.compile(r"又は|若しくは|及び|並びに|、|,|から|ないし")
_RELATIVE = re.compile(r"(前|次)(条|項)")
_SAME = re.compile(r"同(条|項)")


def _relative_base(ordinance: Ordinance, source: Article | None, ref: Reference) -> tuple[NodeRef | None, str]:
    """Resolve the 前条/次条/前項/次項 head of ``ref``: ``(node, the rest of the text)``.

    The node is ``None`` when the head points outside the ordinance (前条 of the first
    article, 前項 of a first paragraph) or cannot be resolved here (前各号, 前2項 …).
    """
    folded = fold(ref.text)
    m = _RELATIVE.match(folded)
    if m is None or source is None or folded[m.end() : m.end() + 1] in ("各",):
        return None, ""
    rest = ref.text[m.end() :]
    if m[2] == "条":
        group = [a for a in index_for(ordinance).articles if a.in_suppl == source.in_suppl
                 and (not source.in_suppl or _same_suppl(ordinance, a, source))]
        index = next((i for i, a in enumerate(group) if a is source), None)
        other = None if index is None else index + (-1 if m[1] == "前" else 1)
        if other is None or not 0 <= other < len(group):
            return None, ""
        return NodeRef(group[other].num), rest
    para = next((p.num for p in source.paragraphs if p.span.start <= ref.span.start < p.span.end), None)
    if para is None:
        return None, ""
    other = para + (-1 if m[1] == "前" else 1)
    if not 1 <= other <= len(source.paragraphs):
        return None, ""
    return NodeRef(source.num, other), rest


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


_CHAPTER_REF = re.compile(rf"第({NUM})章((?:の{NUM})*)(?:第({NUM})節((?:の{NUM})*))?")


def _heading_spans(ordinance: Ordinance) -> list[Span]:
    text = ordinance.text
    spans = [line_span(text, d.span.start) for d in ordinance.divisions]
    spans.extend(e.span for e in ordinance.toc)
    return spans


@register("ref.chapter", title_ja="存在しない章・節の引用", title_en="References to missing chapters or sections")
@primed
def check_chapter_refs(ctx: CheckContext) -> list[Finding]:
    """[O2] 第N章の2 / 第N章第M節 cited in the provisions but absent from the body."""
    ordinance = ctx.ordinance
    folded = index_for(ordinance).folded
    chapters = {d.num for d in ordinance.divisions if d.kind == "章"}
    sections = {(d.parent, d.num) for d in ordinance.divisions if d.kind == "節"}
    keys = {d.num: d.key for d in ordinance.divisions if d.kind == "章"}
    skip = _heading_spans(ordinance)
    out: list[Finding] = []
    for m in _CHAPTER_REF.finditer(folded):
        start = m.start()
        if start > 0 and is_kanji(folded[start - 1]):
            continue  # 法第4章の2, 同条例第3章: a chapter of another instrument
        if any(s.start <= start < s.end for s in skip):
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
            params={"ref": ref_text, "where": where, "target": target}, id_extra=(where,),
        ))
    return out
