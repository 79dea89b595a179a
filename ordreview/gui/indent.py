"""Indentation a flat .txt draft is shown with, as a 例規集 prints it.

A draft typed without indentation (every line flush left) reads as a wall of text. The view
shows, before the first line of each provision, the full-width spaces a 例規集 puts there: 目次
entries one character in (節 two), 章 headings three (節 four) and 附則 three, the 見出し one,
号 one, 号 of a 号 (ア, イ) two, deeper ones three; 条 and 項 flush left. Lines that already begin with spaces keep their own indentation. The spaces exist only in
the view (see ``DraftView.set_text``); offsets, findings and exports use the text as read.
"""

from __future__ import annotations

import re

from ordreview.core.chars import BLANKS
from ordreview.core.model import Item, Ordinance

_UNIT = re.compile(r"^第[0-9０-９一二三四五六七八九十百]+(?:の[0-9０-９一二三四五六七八九十百]+)*(章|節|款|目)")
_DEPTH = {"章": 0, "節": 1, "款": 2, "目": 3}


def display_indents(ordinance: Ordinance) -> dict[int, int]:
    """Line-start offset → number of full-width spaces to show before it (flat lines only)."""
    text = ordinance.text
    out: dict[int, int] = {}

    def line_start(offset: int) -> int | None:
        start = text.rfind("\n", 0, offset) + 1
        if start != offset:  # the provision does not begin its line
            return None
        if text[start:start + 1] in (" ", "\u3000", "\t"):  # indented by the drafter
            return None
        return start

    def mark(offset: int, depth: int) -> None:
        start = line_start(offset)
        if start is not None and depth > 0:
            out[start] = depth

    def items(nodes: tuple[Item, ...], depth: int) -> None:
        for item in nodes:
            mark(item.span.start, depth)
            items(item.items, depth + 1)

    for entry in ordinance.toc:
        unit = _UNIT.match(entry.text.lstrip(BLANKS))
        mark(entry.span.start, 1 + (_DEPTH[unit.group(1)] if unit else 0))
    for div in ordinance.divisions:
        mark(div.span.start, 3 + _DEPTH.get(div.kind, 0))
    for suppl in ordinance.suppl_provisions:
        mark(suppl.span.start, 3)
    articles = list(ordinance.articles) + [a for s in ordinance.suppl_provisions for a in s.articles]
    for art in articles:
        if art.caption_span is not None:
            mark(art.caption_span.start, 1)
        for para in art.paragraphs:
            items(para.items, 1)
    for suppl in ordinance.suppl_provisions:
        for para in suppl.paragraphs:
            items(para.items, 1)
    return out
