"""Reads: reviews, their summaries, findings, annotations and the audit trail.

Each function takes the caller's ``Session`` and returns core values or the store's plain
values (``store.values``); nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ordreview.core.errors import StoreError
from ordreview.core.model import Annotation, FindingId
from ordreview.store import texts
from ordreview.store.clock import iso
from ordreview.store.records import FINDING_COLUMNS, annotation_from_rec, finding_from_columns
from ordreview.store.schema import AnnotationRec, DocumentRec, FindingRec, HistoryRec, ReviewRec
from ordreview.store.values import HistoryEntry, ReviewRow, ReviewSummary, StoredFinding


def get_review(session: Session, review_id: int) -> ReviewRec:
    """The review row, or :class:`StoreError` ``store.unknown_review``."""
    rec = session.get(ReviewRec, review_id)
    if rec is None:
        raise StoreError(texts.UNKNOWN_REVIEW, review_id=review_id)
    return rec


def latest_in_family(session: Session, title: str) -> int | None:
    """The newest review filed under ``title``; ``None`` for an empty title or none."""
    if not title:
        return None
    return session.scalar(
        select(ReviewRec.id).where(ReviewRec.title == title).order_by(ReviewRec.id.desc()).limit(1)
    )


def find_review_for(session: Session, sha256: str) -> int | None:
    """The newest review of the file with this content, or ``None``."""
    return session.scalar(
        select(ReviewRec.id)
        .join(DocumentRec, DocumentRec.id == ReviewRec.document_id)
        .where(DocumentRec.sha256 == sha256)
        .order_by(ReviewRec.id.desc())
        .limit(1)
    )


def summaries(session: Session, review_ids: Iterable[int]) -> list[ReviewSummary]:
    """Summaries of the given reviews, in the order given (unknown ids are skipped)."""
    ids = list(review_ids)
    if not ids:
        return []
    recs = session.execute(
        select(ReviewRec, DocumentRec)
        .join(DocumentRec, DocumentRec.id == ReviewRec.document_id)
        .where(ReviewRec.id.in_(ids))
    ).all()
    counts: dict[tuple[int, str], int] = {}
    for review_id, state, count in session.execute(
        select(FindingRec.review_id, FindingRec.state, func.count())
        .where(FindingRec.review_id.in_(ids))
        .group_by(FindingRec.review_id, FindingRec.state)
    ):
        counts[(review_id, state)] = count
    annotated = dict(
        session.execute(
            select(AnnotationRec.review_id, func.count())
            .where(AnnotationRec.review_id.in_(ids), AnnotationRec.status != "unreviewed")
            .group_by(AnnotationRec.review_id)
        ).all()
    )
    by_id = {}
    for rec, doc in recs:
        by_id[rec.id] = ReviewSummary(
            id=rec.id,
            title=rec.title,
            source_path=rec.source_path,
            sha256=doc.sha256,
            source_format=doc.format,
            size=doc.size,
            profile_id=rec.profile_id,
            profile_version=rec.profile_version,
            reviewer=rec.reviewer_name,
            created_at=iso(rec.created_at),
            updated_at=iso(rec.updated_at),
            state=rec.state,
            previous_review_id=rec.previous_review_id,
            municipality=rec.municipality,
            open_count=counts.get((rec.id, "open"), 0) + counts.get((rec.id, "resolved"), 0),
            obsolete_count=counts.get((rec.id, "obsolete"), 0),
            annotated_count=annotated.get(rec.id, 0),
        )
    return [by_id[review_id] for review_id in ids if review_id in by_id]


def review_summary(session: Session, review_id: int) -> ReviewSummary:
    """The summary of one review, or ``store.unknown_review``."""
    found = summaries(session, [review_id])
    if not found:
        raise StoreError(texts.UNKNOWN_REVIEW, review_id=review_id)
    return found[0]


def find_family(session: Session, title: str) -> list[ReviewSummary]:
    """Every review filed under ``title``, newest first."""
    ids = session.scalars(
        select(ReviewRec.id).where(ReviewRec.title == title).order_by(ReviewRec.id.desc())
    ).all()
    return summaries(session, ids)


def recent_reviews(session: Session, *, limit: int = 20) -> list[ReviewSummary]:
    """The newest reviews of all documents, newest first."""
    ids = session.scalars(select(ReviewRec.id).order_by(ReviewRec.id.desc()).limit(limit)).all()
    return summaries(session, ids)




def findings(session: Session, review_id: int) -> list[StoredFinding]:
    """Every finding of the review (open first in review order, then obsolete ones)."""
    get_review(session, review_id)
    cols = [getattr(FindingRec, name) for name in FINDING_COLUMNS]
    result = session.execute(
        select(*cols, FindingRec.state)
        .where(FindingRec.review_id == review_id)
        .order_by(FindingRec.ordinal)
    )
    return [StoredFinding(finding_from_columns(row), row.state) for row in result]


def annotations(session: Session, review_id: int) -> dict[FindingId, Annotation]:
    """The review's annotations by finding id (only findings somebody annotated)."""
    get_review(session, review_id)
    result = session.execute(
        select(
            AnnotationRec.finding_id,
            AnnotationRec.status,
            AnnotationRec.comment,
            AnnotationRec.author,
            AnnotationRec.updated_at,
            AnnotationRec.version,
        ).where(AnnotationRec.review_id == review_id)
    )
    return {FindingId(row.finding_id): annotation_from_rec(row) for row in result}


def load_review_rows(session: Session, review_id: int) -> list[ReviewRow]:
    """Findings joined with their annotations, in table order."""
    notes = annotations(session, review_id)
    return [
        ReviewRow(stored.finding, stored.state, notes.get(stored.finding.id))
        for stored in findings(session, review_id)
    ]


def current_annotation(session: Session, review_id: int, finding_id: str) -> Annotation | None:
    """The stored annotation of one finding, or ``None``."""
    rec = session.scalar(
        select(AnnotationRec)
        .where(AnnotationRec.review_id == review_id, AnnotationRec.finding_id == finding_id)
        .execution_options(populate_existing=True)
    )
    return None if rec is None else annotation_from_rec(rec)


def review_chain(session: Session, review_id: int) -> list[int]:
    """The review and every predecessor it carried annotations from, newest first."""
    chain: list[int] = []
    current: int | None = review_id
    while current is not None and current not in chain:
        chain.append(current)
        current = session.scalar(
            select(ReviewRec.previous_review_id).where(ReviewRec.id == current)
        )
    return chain


def history(session: Session, review_id: int) -> list[HistoryEntry]:
    """The audit trail of the review and its predecessors, oldest first."""
    get_review(session, review_id)
    chain = review_chain(session, review_id)
    rows = session.scalars(
        select(HistoryRec).where(HistoryRec.review_id.in_(chain)).order_by(HistoryRec.id)
    )
    return [
        HistoryEntry(
            id=entry.id,
            review_id=entry.review_id,
            finding_id=FindingId(entry.finding_id),
            action=entry.action,
            old_status=entry.old_status,
            new_status=entry.new_status,
            old_comment=entry.old_comment,
            new_comment=entry.new_comment,
            author=entry.author,
            at=iso(entry.at),
        )
        for entry in rows
    ]


def annotation_row(session: Session, finding_row_id: int) -> AnnotationRec | None:
    """The annotation row of one finding row, read afresh (never a stale identity-map copy)."""
    return session.scalar(
        select(AnnotationRec)
        .where(AnnotationRec.finding_row_id == finding_row_id)
        .execution_options(populate_existing=True)
    )
