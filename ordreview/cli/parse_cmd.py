"""``ordreview parse FILE [--json]``: the structure the parser found, as an outline or JSON."""

from __future__ import annotations

import argparse
from typing import Any

from ordreview.cli.common import Output
from ordreview.core.english import count
from ordreview.core.messages import define, render

HELP = define(
    "cli.parse.help",
    ja="条例案の構造（章・条・項・号、定義語、参照）を表示する",
    en="show the structure of a draft (chapters, articles, paragraphs, items, terms, references)",
)
SUMMARY = define(
    "cli.parse.summary",
    ja="{articles}条（附則{suppl}件）、定義語{terms}件、参照{refs}件（未解決{unresolved}件）、警告{warnings}件",
    en="{articles_en} ({suppl_en}), {terms_en}, {refs_en} ({unresolved} unresolved), {warnings_en}",
)
COUNTS = define("cli.parse.counts", ja="{paragraphs}項 {items}号", en="{paragraphs} para. {items_en}")
DELETED = define("cli.parse.deleted", ja="削除", en="deleted")
TITLE = define("cli.parse.title", ja="題名: {title}", en="Title: {title}")
LAW_NUM = define("cli.parse.law_num", ja="条例番号: {law_num}", en="Number: {law_num}")
WARNINGS = define("cli.parse.warnings", ja="警告:", en="Warnings:")
SUPPL = define("cli.parse.suppl", ja="{label}（{count}条・{paras}項）", en="{label} ({count_en}, {paras_en})")


def add_parser(subparsers: Any) -> None:
    """Register the ``parse`` subcommand."""
    ja, en = render(HELP)
    p = subparsers.add_parser("parse", help=f"{ja} / {en}")
    p.add_argument("file", help="draft: .docx, .txt or .html")
    p.add_argument("--json", action="store_true", help="print the JSON object (docs/parse-json.md)")
    p.set_defaults(run=run)


def _count_items(items: tuple) -> int:
    return sum(1 + _count_items(i.items) for i in items)


def run(args: argparse.Namespace, out: Output) -> int:
    """Parse ``args.file`` and print it; exit 0, or 2 via ``OrdreviewError`` for bad input."""
    from ordreview.core.parse import load_ordinance, ordinance_to_json

    ordinance = load_ordinance(args.file)
    if args.json:
        import json

        # compact separators keep json on its C encoder (indent= falls back to pure Python)
        assert out.stdout is not None
        out.stdout.write(json.dumps(ordinance_to_json(ordinance), ensure_ascii=False) + "\n")
        return 0
    ja = out.lang == "ja"
    if ordinance.title:
        out.msg(TITLE, title=ordinance.title)
    if ordinance.law_num:
        out.msg(LAW_NUM, law_num=ordinance.law_num)
    events: list[tuple[int, int, Any]] = [(d.span.start, 0, d) for d in ordinance.divisions]
    events += [(a.span.start, 1, a) for a in ordinance.articles]
    for _start, kind, node in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == 0:
            out.line("  " * node.key.count(".") + f"{node.title}　{node.caption}")
            continue
        art = node
        indent = "  " * (1 + (art.chapter.count(".") + 1 if art.chapter else 0))
        caption = f"（{art.caption}）" if art.caption else ""
        if art.deleted:
            out.line(f"{indent}{art.title}{caption}　{render(DELETED)[0 if ja else 1]}")
            continue
        items = sum(_count_items(p.items) for p in art.paragraphs)
        counts = render(COUNTS, paragraphs=len(art.paragraphs), items=items, items_en=count(items, "item"))[0 if ja else 1]
        out.line(f"{indent}{art.title}{caption}　{counts}")
    for suppl in ordinance.suppl_provisions:
        label = suppl.label + (f"（{suppl.amend_law_num}）" if suppl.amend_law_num else "")
        out.msg(SUPPL, label=label, count=len(suppl.articles), paras=len(suppl.paragraphs),
                count_en=count(len(suppl.articles), "article"), paras_en=count(len(suppl.paragraphs), "paragraph"))
    for table in ordinance.tables:
        out.line(table.title)
    unresolved = sum(1 for r in ordinance.references if r.kind != "external" and r.target is None)
    out.msg(
        SUMMARY,
        articles=len(ordinance.articles),
        suppl=len(ordinance.suppl_provisions),
        terms=len(ordinance.terms),
        refs=len(ordinance.references),
        unresolved=unresolved,
        warnings=len(ordinance.notices),
        articles_en=count(len(ordinance.articles), "article"),
        suppl_en=count(len(ordinance.suppl_provisions), "supplementary provision"),
        terms_en=count(len(ordinance.terms), "defined term"),
        refs_en=count(len(ordinance.references), "reference"),
        warnings_en=count(len(ordinance.notices), "warning"),
    )
    if ordinance.notices:
        out.msg(WARNINGS)
        for notice in ordinance.notices:
            out.line("  " + (notice.message_ja if ja else notice.message_en))
    return 0
