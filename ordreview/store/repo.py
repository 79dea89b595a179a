"""The session-level operations the :class:`~ordreview.store.Store` calls, in one namespace.

Each takes the caller's ``Session`` and returns core values or plain values; nothing commits:
the caller's unit of work does. They live in modules by concern:

- ``store.clock``: UTC times and their ISO 8601 text;
- ``store.records``: a finding as its ``findings`` columns and back (JSON by ``core.codec``);
- ``store.queries``: reads (reviews, summaries, findings, annotations, the audit trail);
- ``store.carry``: saving a review, carrying notes over to a new revision and forward to
  the reviews made since;
- ``store.locking``: the officer's notes with optimistic locking, and the other writes on
  one review.
"""

from __future__ import annotations

from ordreview.store.carry import ensure_document, review_title, save_review
from ordreview.store.clock import iso, parse_iso, utcnow
from ordreview.store.locking import conflict_error, set_annotation, set_finding_state, set_municipality
from ordreview.store.queries import (
    annotations,
    current_annotation,
    find_family,
    find_review_for,
    findings,
    get_review,
    history,
    latest_in_family,
    load_review_rows,
    recent_reviews,
    review_chain,
    review_summary,
    summaries,
)
from ordreview.store.records import FINDING_COLUMNS, annotation_from_rec, finding_columns, finding_from_columns

__all__ = [
    "FINDING_COLUMNS", "annotation_from_rec", "annotations", "conflict_error", "current_annotation",
    "ensure_document", "find_family", "find_review_for", "finding_columns", "finding_from_columns",
    "findings", "get_review", "history", "iso", "latest_in_family", "load_review_rows", "parse_iso",
    "recent_reviews", "review_chain", "review_summary", "review_title", "save_review",
    "set_annotation", "set_finding_state", "set_municipality", "summaries", "utcnow",
]
