"""File names of the two exports, shared by the CLI and the window so both write the same."""

from __future__ import annotations

from pathlib import Path

ANNOTATED_SUFFIX = "_review-annotated.docx"
REPORT_SUFFIX = "_review-report.docx"


def output_paths(source: str | Path, out_dir: str | Path) -> tuple[Path, Path]:
    """The annotated-draft and report paths for the draft ``source`` in the folder ``out_dir``."""
    stem = Path(source).stem
    folder = Path(out_dir)
    return folder / f"{stem}{ANNOTATED_SUFFIX}", folder / f"{stem}{REPORT_SUFFIX}"
