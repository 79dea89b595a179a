"""Reopening written Word files: the counts the self-test relies on."""

from __future__ import annotations

from pathlib import Path

import docx

from ordreview.export.verify import inspect_docx


def test_counts_comments_tables_and_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    first = document.add_paragraph("第1条　この条例は、…")
    document.add_paragraph("第2条　この条例において…")
    document.add_table(rows=2, cols=2)
    document.add_comment(first.runs, text="確認してください。", author="審査担当", initials="SS")
    path = tmp_path / "x.docx"
    document.save(str(path))

    facts = inspect_docx(path)

    assert (facts.comments, facts.tables, facts.paragraphs) == (1, 1, 2)
