"""Reopen written Word files to prove they are what the export meant (used by ``--selftest``)."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WordFileFacts:
    """What a reopened .docx holds: its comments, tables and body paragraphs."""

    comments: int
    tables: int
    paragraphs: int


def inspect_docx(path: str | os.PathLike[str]) -> WordFileFacts:
    """Open ``path`` with python-docx and count what it holds (raises on a damaged file)."""
    import docx

    document = docx.Document(str(path))
    return WordFileFacts(
        comments=len(list(document.comments)),
        tables=len(document.tables),
        paragraphs=len(document.paragraphs),
    )
