"""Plain values the store hands out: never ORM instances, safe to pass to any thread.

The GUI keeps these in its table models; the CLI prints them. Timestamps are ISO 8601
strings in UTC (``2026-11-27T02:19:29.123456+00:00``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ordreview.core.model import Annotation, Finding, FindingId

FindingState = Literal["open", "resolved", "obsolete"]
"""``open``: raised by this review. ``obsolete``: raised by an earlier revision of the draft
but no longer by this one (kept, with its annotation, and shown greyed). ``resolved``: closed
by an officer by hand (``Store.set_finding_state``); the store never sets it by itself."""

FINDING_STATES: tuple[str, ...] = ("open", "resolved", "obsolete")

HistoryAction = Literal["create", "update", "carry"]


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """One stored review, as listed in the family view and the window title.

    Attributes:
        id: the review id (what ``save_review`` returned).
        title: the ordinance title the review is filed under (its family key).
        source_path: the path of the draft file when the review was saved.
        sha256: hex digest of that file's bytes.
        source_format: ``"docx"``, ``"txt"`` or ``"html"``.
        size: the file's size in bytes.
        profile_id / profile_version: the profile that produced the findings.
        reviewer: the reviewer's name when the review was saved.
        created_at / updated_at: ISO 8601 UTC; ``updated_at`` moves with every annotation.
        state: ``"active"`` (the only state written so far).
        previous_review_id: the review annotations were carried over from, or ``None``.
        municipality: the municipality name for the report, ``""`` when not set.
        open_count / obsolete_count: findings by state (``open_count`` includes resolved).
        annotated_count: findings whose annotation status is not ``unreviewed``.
    """

    id: int
    title: str
    source_path: str
    sha256: str
    source_format: str
    size: int
    profile_id: str
    profile_version: str
    reviewer: str
    created_at: str
    updated_at: str
    state: str
    previous_review_id: int | None
    municipality: str
    open_count: int
    obsolete_count: int
    annotated_count: int


@dataclass(frozen=True, slots=True)
class StoredFinding:
    """A finding as stored for one review, rebuilt into the core value, with its state.

    Attributes:
        finding: the core finding (evidence and comparison restored from the JSON snapshot).
        state: ``"open"``, ``"resolved"`` or ``"obsolete"``.
    """

    finding: Finding
    state: str


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One line of the GUI's findings table: the finding, its state and its annotation.

    ``annotation`` is ``None`` while nobody has saved a status or comment for the finding.
    """

    finding: Finding
    state: str
    annotation: Annotation | None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of the append-only audit trail.

    Attributes:
        id: increasing with time across the whole database.
        review_id: the review in which the change was made (an earlier revision's review
            for entries inherited through carry-over).
        finding_id: the finding whose annotation changed.
        action: ``"create"`` (first save), ``"update"``, or ``"carry"`` (a note saved on an
            older review after this one was made, brought here by ``Store.set_annotation``). Entries that came in with a
            portable review file keep their original action, author and time.
        old_status / old_comment: before the change (``None`` for a create).
        new_status / new_comment: after the change.
        author: who made the change.
        at: ISO 8601 UTC time of the change.
    """

    id: int
    review_id: int
    finding_id: FindingId
    action: str
    old_status: str | None
    new_status: str
    old_comment: str | None
    new_comment: str
    author: str
    at: str


@dataclass(frozen=True, slots=True)
class StoreChanges:
    """What a write changed, so that views refresh selectively (as Anki's ``OpChanges``).

    Attributes:
        review_ids: reviews whose rows or summary changed.
        finding_ids: findings whose annotation changed (empty for whole-review writes).
        review_list: True when a review was added (family and recent-file lists refresh).
    """

    review_ids: frozenset[int] = frozenset()
    finding_ids: frozenset[FindingId] = frozenset()
    review_list: bool = False
