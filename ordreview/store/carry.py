"""Saving a review, and carrying the officer's notes between revisions of a draft.

A review is filed under its family key (the ordinance title). Saving one copies in the notes of
its predecessor (carry-over: :func:`save_review`), and a note saved later on an older review
goes on to the reviews made from it since, where nobody has changed the copy
(carry-forward: :func:`carry_note_forward`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ordreview.core.errors import StoreError
from ordreview.core.model import Review, Reviewer
from ordreview.store import texts
from ordreview.store.clock import utcnow
from ordreview.store.queries import annotation_row, get_review, latest_in_family
from ordreview.core.labels import place_label
from ordreview.store.records import FINDING_COLUMNS, finding_columns
from ordreview.store.schema import AnnotationRec, DocumentRec, FindingRec, HistoryRec, ReviewRec


def review_title(review: Review) -> str:
    """The family key of a review: the ordinance title, else the container's title."""
    ordinance = review.ordinance
    return ordinance.title or (ordinance.document.title_hint or "")


def ensure_document(
    session: Session, *, sha256: str, path: str, title: str, fmt: str, size: int, now: datetime
) -> int:
    """The id of the document with this content, inserting it when new."""
    doc_id = session.scalar(select(DocumentRec.id).where(DocumentRec.sha256 == sha256))
    if doc_id is not None:
        return doc_id
    doc = DocumentRec(sha256=sha256, path=path, title=title, format=fmt, size=size, imported_at=now)
    session.add(doc)
    session.flush()
    return doc.id


def save_review(
    session: Session,
    review: Review,
    *,
    reviewer: Reviewer,
    source_path: str,
    previous_review_id: int | None,
) -> int:
    """Insert a review with its findings, carrying annotations over from its predecessor.

    The predecessor is ``previous_review_id`` when given, else the newest review with the
    same title. Its annotations move to the new finding with the same stable id; its
    findings that no longer occur are copied in as ``obsolete`` with their annotations.
    """
    now = utcnow()
    title = review_title(review)
    if previous_review_id is not None:
        get_review(session, previous_review_id)
    else:
        previous_review_id = latest_in_family(session, title)
    source = review.ordinance.document.source
    doc_id = ensure_document(
        session,
        sha256=source.sha256,
        path=source_path,
        title=title,
        fmt=source.format,
        size=source.size,
        now=now,
    )
    rec = ReviewRec(
        document_id=doc_id,
        previous_review_id=previous_review_id,
        title=title,
        source_path=source_path,
        profile_id=review.profile_id,
        profile_version=review.profile_version,
        reviewer_name=reviewer.name,
        reviewer_initials=reviewer.initials,
        created_at=now,
        updated_at=now,
        state="active",
        municipality="",
    )
    session.add(rec)
    session.flush()
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for finding in review.findings:
        if finding.id in seen:  # duplicate ids would break the unique key; keep the first
            continue
        seen.add(finding.id)
        cols = finding_columns(finding, place=place_label(review.ordinance, finding.location))
        cols.update(review_id=rec.id, ordinal=len(rows), state="open")
        rows.append(cols)
    if previous_review_id is not None:
        previous = session.execute(
            select(FindingRec).where(FindingRec.review_id == previous_review_id).order_by(
                FindingRec.ordinal
            )
        ).scalars()
        for old in previous:
            if old.finding_id in seen:
                continue
            seen.add(old.finding_id)
            cols = {name: getattr(old, name) for name in FINDING_COLUMNS}
            cols.update(review_id=rec.id, ordinal=len(rows), state="obsolete")
            rows.append(cols)
    if rows:
        session.execute(insert(FindingRec), rows)
    if previous_review_id is not None:
        copy_annotations(session, previous_review_id, rec.id)
    return rec.id


def copy_annotations(session: Session, old_review: int, new_review: int) -> None:
    """Copy every note of ``old_review`` onto the finding with the same id in ``new_review``."""
    row_ids = dict(
        session.execute(
            select(FindingRec.finding_id, FindingRec.id).where(FindingRec.review_id == new_review)
        ).all()
    )
    carried = []
    for note in session.scalars(select(AnnotationRec).where(AnnotationRec.review_id == old_review)):
        row_id = row_ids.get(note.finding_id)
        if row_id is None:  # cannot happen: every old finding is copied; stay safe
            continue
        carried.append(
            {
                "finding_row_id": row_id,
                "review_id": new_review,
                "finding_id": note.finding_id,
                "status": note.status,
                "comment": note.comment,
                "author": note.author,
                "created_at": note.created_at,
                "updated_at": note.updated_at,
                "version": note.version,
            }
        )
    if carried:
        session.execute(insert(AnnotationRec), carried)


def descendants(session: Session, review_id: int) -> list[int]:
    """Every review that descends from ``review_id`` (``previous_review_id`` links), oldest first."""
    out: list[int] = []
    frontier = [review_id]
    while frontier and len(out) < 10_000:
        children = list(session.scalars(
            select(ReviewRec.id).where(ReviewRec.previous_review_id.in_(frontier)).order_by(ReviewRec.id)
        ))
        children = [c for c in children if c not in out and c != review_id]
        out.extend(children)
        frontier = children
    return out


def carry_note_forward(
    session: Session,
    review_id: int,
    finding_id: str,
    *,
    before: tuple[str, str, int] | None,
    after: tuple[str, str, int],
    author: str,
    now: datetime,
) -> None:
    """Take a note saved on an older review to the reviews made from it since.

    A newer review copied the older one's notes when it was made; a note saved on the older
    one afterwards (a window left open while another session reviewed the draft again) would
    otherwise stay where nobody looks. Where the newer review still holds the copy it got
    (the same status, comment and version as before this save, or no note on either), the
    new note replaces it there too, with a history entry. Where somebody has changed the
    note in the newer review meanwhile, nothing is overwritten: ``store.newer_review``
    is raised and the whole save is rolled back, so the officer is told before anything is
    saved.
    """
    status, comment, version = after
    for newer in descendants(session, review_id):
        row_id = session.scalar(
            select(FindingRec.id).where(FindingRec.review_id == newer, FindingRec.finding_id == finding_id)
        )
        if row_id is None:
            continue
        there = annotation_row(session, row_id)
        held = None if there is None else (there.status, there.comment, there.version)
        if held == after:
            continue  # already the same (the newer review was made after this save)
        if held != before:
            raise StoreError(texts.NEWER_REVIEW, review_id=review_id, newer=newer)
        if there is None:
            session.execute(insert(AnnotationRec).values(
                finding_row_id=row_id, review_id=newer, finding_id=finding_id, status=status,
                comment=comment, author=author, created_at=now, updated_at=now, version=version,
            ))
        else:
            session.execute(
                update(AnnotationRec).where(AnnotationRec.id == there.id)
                .values(status=status, comment=comment, author=author, updated_at=now, version=version)
                .execution_options(synchronize_session=False)
            )
        session.execute(insert(HistoryRec).values(
            review_id=newer, finding_id=finding_id, action="carry",
            old_status=None if there is None else there.status, new_status=status,
            old_comment=None if there is None else there.comment, new_comment=comment,
            author=author, at=now,
        ))
