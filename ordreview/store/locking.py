"""Writes on one review: the officer's notes with optimistic locking, a finding's resolved
state, the municipality printed on the report.

A note is saved by compare-and-set on its version (``WHERE version = expected``), so two
sessions on SQLite or PostgreSQL can never both win; the loser gets a ``ConflictError`` holding
both comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ordreview.core.errors import ConflictError, StoreError
from ordreview.core.model import ANNOTATION_STATUSES, Annotation, FindingId
from ordreview.store import texts
from ordreview.store.carry import carry_note_forward
from ordreview.store.clock import iso, utcnow
from ordreview.store.queries import annotation_row, get_review
from ordreview.store.schema import AnnotationRec, FindingRec, HistoryRec, ReviewRec


def conflict_error(mine: str, current: AnnotationRec | Annotation | None) -> ConflictError:
    """The bilingual conflict error for ``mine`` against the stored ``current``."""
    return ConflictError(
        texts.CONFLICT,
        mine=mine,
        theirs="" if current is None else current.comment,
        theirs_status="" if current is None else current.status,
        theirs_author="?" if current is None else current.author,
        theirs_version=0 if current is None else current.version,
    )


def set_annotation(
    session: Session,
    review_id: int,
    finding_id: str,
    *,
    status: str,
    comment: str,
    author: str,
    expected_version: int | None,
) -> Annotation:
    """Create or update one annotation with optimistic locking, and log it in history.

    The update is a compare-and-set (``WHERE version = expected``), so two sessions on
    SQLite or PostgreSQL can never both win. The caller commits.

    Raises:
        ConflictError: the stored version is not ``expected_version`` (or an annotation
            already exists when ``expected_version`` is ``None``); params ``mine``,
            ``theirs`` (the comments) and ``theirs_status``, ``theirs_author``,
            ``theirs_version``.
        StoreError: unknown review or finding, or a status not in ANNOTATION_STATUSES.
    """
    if status not in ANNOTATION_STATUSES:
        raise StoreError(texts.BAD_STATUS, status=status, allowed=", ".join(ANNOTATION_STATUSES))
    row_id = session.scalar(
        select(FindingRec.id).where(
            FindingRec.review_id == review_id, FindingRec.finding_id == finding_id
        )
    )
    if row_id is None:
        get_review(session, review_id)
        raise StoreError(texts.UNKNOWN_FINDING, finding_id=finding_id, review_id=review_id)
    now = utcnow()
    current = annotation_row(session, row_id)
    before = None if current is None else (current.status, current.comment, current.version)
    note = _Note(review_id, finding_id, status, comment, author)
    if expected_version is None:
        if current is not None:
            raise conflict_error(comment, current)
        _create_note(session, row_id, note, now)
        old_status = old_comment = None
        version = 1
        action = "create"
    else:
        if current is None or current.version != expected_version:
            raise conflict_error(comment, current)
        old_status, old_comment = current.status, current.comment
        _update_note(session, row_id, current.id, expected_version, note, now)
        version = expected_version + 1
        action = "update"
    _log_note(session, note, action, old_status, old_comment, now)
    session.execute(
        update(ReviewRec)
        .where(ReviewRec.id == review_id)
        .values(updated_at=now)
        .execution_options(synchronize_session=False)
    )
    carry_note_forward(session, review_id, finding_id, before=before,
                   after=(status, comment, version), author=author, now=now)
    return Annotation(
        finding_id=FindingId(finding_id),
        status=status,
        comment=comment,
        author=author,
        updated_at=iso(now),
        version=version,
    )


@dataclass(frozen=True)
class _Note:
    """The note being saved: where it belongs and what it says."""

    review_id: int
    finding_id: str
    status: str
    comment: str
    author: str


def _create_note(session: Session, row_id: int, note: _Note, now: datetime) -> None:
    """A finding's first note, at version 1."""
    session.execute(
        insert(AnnotationRec).values(
            finding_row_id=row_id,
            review_id=note.review_id,
            finding_id=note.finding_id,
            status=note.status,
            comment=note.comment,
            author=note.author,
            created_at=now,
            updated_at=now,
            version=1,
        )
    )


def _update_note(session: Session, row_id: int, note_id: int, expected_version: int, note: _Note,
                 now: datetime) -> None:
    """A note replaced by compare-and-set on its version; a lost race is a conflict."""
    result = session.execute(
        update(AnnotationRec)
        .where(AnnotationRec.id == note_id, AnnotationRec.version == expected_version)
        .values(
            status=note.status,
            comment=note.comment,
            author=note.author,
            updated_at=now,
            version=expected_version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise conflict_error(note.comment, annotation_row(session, row_id))


def _log_note(session: Session, note: _Note, action: str, old_status: str | None, old_comment: str | None,
              now: datetime) -> None:
    """The audit trail's line for a saved note."""
    session.execute(
        insert(HistoryRec).values(
            review_id=note.review_id,
            finding_id=note.finding_id,
            action=action,
            old_status=old_status,
            new_status=note.status,
            old_comment=old_comment,
            new_comment=note.comment,
            author=note.author,
            at=now,
        )
    )


def set_finding_state(session: Session, review_id: int, finding_id: str, state: str) -> None:
    """Mark a finding ``resolved`` by hand, or back ``open``; obsolete ones stay obsolete."""
    rec = session.scalar(
        select(FindingRec).where(
            FindingRec.review_id == review_id, FindingRec.finding_id == finding_id
        )
    )
    if rec is None:
        get_review(session, review_id)
        raise StoreError(texts.UNKNOWN_FINDING, finding_id=finding_id, review_id=review_id)
    if state not in ("open", "resolved") or rec.state == "obsolete":
        raise StoreError(texts.BAD_STATE, finding_id=finding_id, old=rec.state, new=state)
    rec.state = state
    session.execute(
        update(ReviewRec)
        .where(ReviewRec.id == review_id)
        .values(updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def set_municipality(session: Session, review_id: int, municipality: str) -> None:
    """Set the municipality name printed in the report heading."""
    rec = get_review(session, review_id)
    rec.municipality = municipality
    rec.updated_at = utcnow()
