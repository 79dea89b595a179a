"""The annotated 新旧対照表 bill: a copy of the bill with one Word comment per finding on its cell.

Each finding names a cell (``location.table_row``, ``location.column``); the cell's paragraphs
are the body paragraphs the table reader saw (``Locator.index`` order). The comment covers the
finding's ``anchor_text`` where the cell holds it (across the cell's paragraphs if need be), else
the whole text of the cell; an empty cell gets a point comment. As for the annotated draft, the
source passes ``check_docx_safe`` again, its external relationships are removed from the copy,
and the copy is saved atomically, never over the source.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ordreview.core.model import Finding, Ordinance, Reviewer
from ordreview.export import oxml
from ordreview.export.anchor import body_paragraphs
from ordreview.export.annotate import comment_lines, fill_comment, open_source_copy
from ordreview.export.atomic import check_not_source, save_atomically


def export_table_bill_annotated(
    *,
    source: str | os.PathLike[str],
    cells: Mapping[int, Mapping[str, Sequence[int]]],
    findings: Iterable[Finding],
    ordinance: Ordinance,
    reviewer: Reviewer,
    path: str | os.PathLike[str],
) -> Path:
    """Write the bill at ``source`` with a comment on the cell of each finding to ``path``.

    Args:
        cells: row number → column (``"new"``/``"old"``) → the cell's body paragraph indices.
        findings: findings with ``location.table_row`` and ``location.column`` (others are skipped).
        ordinance: the consolidated ordinance (for the comment's labels).

    Raises:
        ExportError: the source cannot be opened safely, or the copy cannot be written.
    """
    name = os.fspath(source)
    target = Path(path)
    check_not_source(target, name)
    word = open_source_copy(name)
    paras = body_paragraphs(word.element.body)
    writer = oxml.CommentWriter(word)
    for finding in findings:
        loc = finding.location
        if loc.table_row is None or loc.column is None:
            continue
        indices = cells.get(loc.table_row, {}).get(loc.column, ())
        cell = [paras[i] for i in indices if 0 <= i < len(paras)]
        if not cell:
            continue
        comment = writer.add(author=reviewer.name, initials=reviewer.initials)
        fill_comment(comment, comment_lines(finding, None, ordinance))
        runs = _cell_runs(cell, finding.anchor_text)
        if runs:
            oxml.mark_comment_range(runs[0], runs[-1], comment.comment_id)
        else:
            oxml.insert_point_comment(cell[0], 0, comment.comment_id)
    return save_atomically(word, target)


def _cell_runs(cell: list, anchor: str) -> list:
    """The runs holding ``anchor`` in the cell's paragraphs (joined by ``"\\n"``), or all its runs."""
    texts = [oxml.paragraph_run_text(p) for p in cell]
    joined = "\n".join(texts)
    needle = (anchor or "").strip()
    start = joined.find(needle) if needle else -1
    if start < 0:
        start, end = 0, len(joined)
    else:
        end = start + len(needle)
    runs: list = []
    pos = 0
    for p, text in zip(cell, texts):
        a, b = max(start, pos) - pos, min(end, pos + len(text)) - pos
        if b > a:
            runs.extend(oxml.runs_covering(p, a, b))
        pos += len(text) + 1
    return runs


__all__ = ["export_table_bill_annotated"]
