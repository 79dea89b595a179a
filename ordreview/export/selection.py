"""Which findings go into the exported files (the same choice in the window and the CLI)."""

from __future__ import annotations

from dataclasses import replace

from ordreview.core.model import Review


def for_export(review: Review, *, include_info: bool) -> Review:
    """``review`` with its 参考 (info) findings left out unless ``include_info``."""
    if include_info:
        return review
    return replace(review, findings=tuple(f for f in review.findings if f.severity != "info"))
