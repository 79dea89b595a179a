"""``ordinance_to_json``: the ``ordreview parse --json`` object (see ``docs/parse-json.md``)."""

from __future__ import annotations

from typing import Any

from ordreview.core.model import (
    Article,
    Division,
    Item,
    NodeRef,
    Notice,
    Ordinance,
    Paragraph,
    Reference,
    Span,
    SupplProvision,
    Term,
    TocEntry,
)

SCHEMA_VERSION = 1


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _node(ref: NodeRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"article": ref.article, "paragraph": ref.paragraph, "item": ref.item}


def _item(item: Item) -> dict[str, Any]:
    return {
        "num": item.num,
        "title": item.title,
        "text": item.text,
        "span": _span(item.span),
        "items": [_item(i) for i in item.items],
    }


def _paragraph(para: Paragraph) -> dict[str, Any]:
    return {
        "num": para.num,
        "printed_num": para.printed_num,
        "text": para.text,
        "span": _span(para.span),
        "proviso": _span(para.proviso),
        "items": [_item(i) for i in para.items],
    }


def _article(art: Article) -> dict[str, Any]:
    return {
        "num": art.num,
        "title": art.title,
        "caption": art.caption,
        "caption_span": _span(art.caption_span),
        "span": _span(art.span),
        "chapter": art.chapter,
        "deleted": art.deleted,
        "paragraphs": [_paragraph(p) for p in art.paragraphs],
    }


def ordinance_to_json(ordinance: Ordinance) -> dict[str, Any]:
    """The parse result as plain JSON-ready values; every span is ``[start, end)``."""
    src = ordinance.document.source
    return {
        "schema": SCHEMA_VERSION,
        "title": ordinance.title,
        "title_span": _span(ordinance.title_span),
        "law_num": ordinance.law_num,
        "source": {
            "path": src.path,
            "format": src.format,
            "encoding": src.encoding,
            "sha256": src.sha256,
            "size": src.size,
            "newline": src.newline,
        },
        "preamble": [{"text": text, "span": _span(span)} for text, span in ordinance.preamble],
        "toc": [_toc_entry(e) for e in ordinance.toc],
        "divisions": [_division(d) for d in ordinance.divisions],
        "articles": [_article(a) for a in ordinance.articles],
        "suppl_provisions": [_suppl(s) for s in ordinance.suppl_provisions],
        "tables": [
            {"title": t.title, "text": t.text, "span": _span(t.span)} for t in ordinance.tables
        ],
        "terms": [_term(t) for t in ordinance.terms],
        "references": [_reference(r) for r in ordinance.references],
        "warnings": [_notice(n) for n in ordinance.notices],
        "unplaced": [_span(s) for s in ordinance.unplaced],
    }


def _toc_entry(e: TocEntry) -> dict[str, Any]:
    return {
        "text": e.text,
        "span": _span(e.span),
        "division_title": e.division_title,
        "first": e.first,
        "last": e.last,
    }


def _division(d: Division) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "num": d.num,
        "key": d.key,
        "title": d.title,
        "caption": d.caption,
        "span": _span(d.span),
        "parent": d.parent,
        "articles": list(d.articles),
    }


def _suppl(s: SupplProvision) -> dict[str, Any]:
    return {
        "label": s.label,
        "amend_law_num": s.amend_law_num,
        "span": _span(s.span),
        "articles": [_article(a) for a in s.articles],
        "paragraphs": [_paragraph(p) for p in s.paragraphs],
    }


def _term(t: Term) -> dict[str, Any]:
    return {
        "term": t.term,
        "definition": t.definition,
        "style": t.style,
        "article": t.where.article,
        "paragraph": t.where.paragraph,
        "item": t.where.item,
        "scope": t.scope,
        "scope_span": _span(t.scope_span),
        "span": _span(t.span),
        "term_span": _span(t.term_span),
    }


def _reference(r: Reference) -> dict[str, Any]:
    return {
        "text": r.text,
        "span": _span(r.span),
        "kind": r.kind,
        "source": _node(r.source),
        "target": _node(r.target),
        "range_end": _node(r.range_end),
        "external_law": r.external_law,
        "address": _node(r.address),
    }


def _notice(n: Notice) -> dict[str, Any]:
    return {
        "code": n.code,
        "message_ja": n.message_ja,
        "message_en": n.message_en,
        "span": _span(n.span),
    }
