"""JSON forms of the values a finding carries: spans, locations and definition comparisons.

One codec for every place that writes them: ``check --json`` (``core.review``), the store's
evidence column and the portable review file (``ordreview.store``). Spans are ``[start, end]``
lists; a location names its article, paragraph, item and span, and its cell (``table_row``,
``column``) when it lies in a 新旧対照表 bill; a comparison's diff chunks are
``[tag, start_a, end_a, start_b, end_b]`` lists.
"""

from __future__ import annotations

from typing import Any

from ordreview.core.model import Comparison, DiffChunk, Location, Span


def span_to_json(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def span_from_json(data: Any) -> Span | None:
    return None if data is None else Span(int(data[0]), int(data[1]))


def location_to_json(loc: Location) -> dict[str, Any]:
    """A location as a JSON object; ``table_row`` and ``column`` only for a cell of a bill."""
    out: dict[str, Any] = {
        "article": loc.article,
        "paragraph": loc.paragraph,
        "item": loc.item,
        "span": span_to_json(loc.span),
    }
    if loc.table_row is not None:
        out["table_row"] = loc.table_row
        out["column"] = loc.column
    return out


def location_from_json(data: dict[str, Any]) -> Location:
    """Inverse of :func:`location_to_json`."""
    return Location(
        article=data.get("article"),
        paragraph=data.get("paragraph"),
        item=data.get("item"),
        span=span_from_json(data.get("span")),
        table_row=data.get("table_row"),
        column=data.get("column"),
    )


def comparison_to_json(comp: Comparison | None) -> dict[str, Any] | None:
    """A definition comparison as a JSON object, or ``None``."""
    if comp is None:
        return None
    return {
        "label_ja": comp.label_ja,
        "label_en": comp.label_en,
        "statute_ref": comp.statute_ref,
        "draft": comp.draft,
        "statute": comp.statute,
        "draft_span": span_to_json(comp.draft_span),
        "chunks": [[c.tag, c.start_a, c.end_a, c.start_b, c.end_b] for c in comp.chunks],
    }


def comparison_from_json(data: dict[str, Any] | None) -> Comparison | None:
    """Inverse of :func:`comparison_to_json`."""
    if data is None:
        return None
    return Comparison(
        label_ja=data["label_ja"],
        label_en=data["label_en"],
        draft=data["draft"],
        statute=data["statute"],
        statute_ref=data["statute_ref"],
        chunks=tuple(DiffChunk(c[0], c[1], c[2], c[3], c[4]) for c in data["chunks"]),
        draft_span=span_from_json(data.get("draft_span")),
    )
