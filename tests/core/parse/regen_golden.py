"""Regenerate the parser's golden files: ``python -m tests.core.parse.regen_golden [NAME…]``.

Each fixture draft gets ``tests/core/parse/golden/<fixture>.json``: the node-by-node view that
``test_golden.py`` compares (articles with captions, paragraph and item texts, 附則, tables,
目次, divisions, terms, references with their targets, warning codes). A regenerated file
must be read and checked against the fixture before it is committed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ordreview.core.model import Article, Item, NodeRef, Ordinance, Paragraph
from ordreview.core.parse import load_ordinance

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"

GOLDEN_FIXTURES: tuple[str, ...] = (
    "model-complete.txt",
    "model-national-style.txt",
    "old-style.txt",
    "defects.txt",
    "partial-no-c.txt",
    "post-2023.txt",
    "auto-numbering.docx",
    "tracked-changes.docx",
    "enc-cp932-crlf.txt",
)


def _node(ref: NodeRef | None) -> list | None:
    return None if ref is None else [ref.article, ref.paragraph, ref.item]


def _item(item: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"num": item.num, "title": item.title, "text": item.text}
    if item.items:
        out["items"] = [_item(i) for i in item.items]
    return out


def _para(para: Paragraph) -> dict[str, Any]:
    out: dict[str, Any] = {"num": para.num, "printed": para.printed_num, "text": para.text}
    if para.items:
        out["items"] = [_item(i) for i in para.items]
    return out


def _article(art: Article) -> dict[str, Any]:
    out: dict[str, Any] = {
        "num": art.num,
        "title": art.title,
        "caption": art.caption,
        "own_caption": art.caption_span is not None,
        "chapter": art.chapter,
        "paragraphs": [_para(p) for p in art.paragraphs],
    }
    if art.deleted:
        out["deleted"] = True
    return out


def golden_view(o: Ordinance) -> dict[str, Any]:
    """The parts of a parse result that the golden files pin."""
    return {
        "title": o.title,
        "law_num": o.law_num,
        "preamble": [text for text, _ in o.preamble],
        "toc": [[e.division_title, e.first, e.last] for e in o.toc],
        "divisions": [[d.key, d.title, d.caption, d.parent, list(d.articles)] for d in o.divisions],
        "articles": [_article(a) for a in o.articles],
        "suppl_provisions": [
            {
                "label": s.label,
                "amend_law_num": s.amend_law_num,
                "articles": [_article(a) for a in s.articles],
                "paragraphs": [_para(p) for p in s.paragraphs],
            }
            for s in o.suppl_provisions
        ],
        "tables": [[t.title, t.text] for t in o.tables],
        "terms": [
            [t.term, t.style, _node(t.where), t.scope, t.definition] for t in o.terms
        ],
        "references": [
            [r.text, [r.span.start, r.span.end], r.kind, _node(r.source), _node(r.target),
             _node(r.range_end), r.external_law, _node(r.address)]
            for r in o.references
        ],
        "warnings": [n.code for n in o.notices],
    }


def regenerate(names: list[str]) -> None:
    """Write the golden file of each fixture in ``names``."""
    GOLDEN.mkdir(exist_ok=True)
    for name in names:
        view = golden_view(load_ordinance(FIXTURES / name))
        path = GOLDEN / f"{name}.json"
        path.write_text(json.dumps(view, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    regenerate(sys.argv[1:] or list(GOLDEN_FIXTURES))
