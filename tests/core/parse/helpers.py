"""Compact views of a parsed ordinance for exact comparisons in the parser tests."""

from __future__ import annotations

from ordreview.core.model import Item, Ordinance, Paragraph, Span

WS = " \t\r\u3000\n"


def items_outline(items: tuple[Item, ...]) -> list:
    """Items as ``title`` or ``(title, [sub-items])``."""
    out: list = []
    for item in items:
        out.append((item.title, items_outline(item.items)) if item.items else item.title)
    return out


def para_outline(para: Paragraph) -> tuple:
    """A paragraph as ``(num, printed_num, items)``."""
    return (para.num, para.printed_num, items_outline(para.items))


def outline(ordinance: Ordinance) -> list[tuple]:
    """Main articles as ``(num, caption, [paragraphs])``."""
    return [(a.num, a.caption, [para_outline(p) for p in a.paragraphs]) for a in ordinance.articles]


def heading_span(text: str, start: int) -> Span:
    """The span of the (stripped) line starting at ``start``."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return Span(start, len(text[:end].rstrip(WS)))


def top_level_spans(ordinance: Ordinance) -> list[Span]:
    """Title, preamble lines, 目次 entries, division headings, articles, 附則, tables, unplaced."""
    text = ordinance.text
    spans: list[Span] = []
    if ordinance.title_span is not None:
        spans.append(ordinance.title_span)
    spans += [span for _, span in ordinance.preamble]
    spans += [entry.span for entry in ordinance.toc]
    spans += [heading_span(text, d.span.start) for d in ordinance.divisions]
    spans += [a.span for a in ordinance.articles]
    spans += [s.span for s in ordinance.suppl_provisions]
    spans += [t.span for t in ordinance.tables]
    spans += list(ordinance.unplaced)
    return sorted(spans)


def coverage_problems(ordinance: Ordinance) -> list[str]:
    """Overlaps between top-level spans and non-blank characters no span covers."""
    text = ordinance.text
    spans = top_level_spans(ordinance)
    problems = []
    for a, b in zip(spans, spans[1:]):
        if a.end > b.start:
            problems.append(f"overlap {a} {b}")
    covered = bytearray(len(text))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * len(span)
    for i, ch in enumerate(text):
        if ch not in WS and not covered[i]:
            problems.append(f"uncovered {i} {ch!r}")
            break
    return problems
