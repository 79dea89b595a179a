"""Queries and writes on one ``Session``; every function returns core values or plain values.

The :class:`~ordreview.store.Store` opens one session per unit of work and calls these.
Nothing here commits except where stated: the caller's ``with Session.begin()`` does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ordreview.core.errors import ConflictError, StoreError
from ordreview.core.model import (
    ANNOTATION_STATUSES,
    Annotation,
    Comparison,
    DiffChunk,
    Finding,
    FindingId,
    Location,
    Review,
    Reviewer,
    Span,
)
from ordreview.store import texts
from ordreview.store.schema import AnnotationRec, DocumentRec, FindingRec, HistoryRec, ReviewRec
from ordreview.store.values import HistoryEntry, ReviewRow, ReviewSummary, StoredFinding

# --------------------------------------------------------------------------- time


def utcnow() -> datetime:
    """Now, timezone-aware UTC."""
    return datetime.now(timezone.utc)


def iso(value: datetime) -> str:
    """ISO 8601 in UTC; SQLite hands back naive datetimes, which are UTC by construction."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


def parse_iso(value: str) -> datetime:
    """Inverse of :func:`iso` (naive input is taken as UTC)."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


# --------------------------------------------------------------------------- finding <-> row


def location_to_json(loc: Location) -> dict[str, Any]:
    """A location as a JSON object."""
    return {
        "article": loc.article,
        "paragraph": loc.paragraph,
        "item": loc.item,
        "span": None if loc.span is None else [loc.span.start, loc.span.end],
    }


def location_from_json(data: dict[str, Any]) -> Location:
    """Inverse of :func:`location_to_json`."""
    span = data.get("span")
    return Location(
        article=data.get("article"),
        paragraph=data.get("paragraph"),
        item=data.get("item"),
        span=None if span is None else Span(int(span[0]), int(span[1])),
    )


def comparison_to_json(comp: Comparison | None) -> dict[str, Any] | None:
    """A comparison as a JSON object (chunks as 5-element lists), or ``None``."""
    if comp is None:
        return None
    return {
        "label_ja": comp.label_ja,
        "label_en": comp.label_en,
        "draft": comp.draft,
        "statute": comp.statute,
        "statute_ref": comp.statute_ref,
        "chunks": [[c.tag, c.start_a, c.end_a, c.start_b, c.end_b] for c in comp.chunks],
        "draft_span": None
        if comp.draft_span is None
        else [comp.draft_span.start, comp.draft_span.end],
    }


def comparison_from_json(data: dict[str, Any] | None) -> Comparison | None:
    """Inverse of :func:`comparison_to_json`."""
    if data is None:
        return None
    span = data.get("draft_span")
    return Comparison(
        label_ja=data["label_ja"],
        label_en=data["label_en"],
        draft=data["draft"],
        statute=data["statute"],
        statute_ref=data["statute_ref"],
        chunks=tuple(DiffChunk(c[0], c[1], c[2], c[3], c[4]) for c in data["chunks"]),
        draft_span=None if span is None else Span(int(span[0]), int(span[1])),
    )


def finding_columns(finding: Finding) -> dict[str, Any]:
    """The ``findings`` columns describing ``finding`` (without review, ordinal, state)."""
    loc = finding.location
    evidence = {
        "evidence": [location_to_json(e) for e in finding.evidence],
        "comparison": comparison_to_json(finding.comparison),
    }
    return {
        "finding_id": finding.id,
        "rule": finding.rule,
        "requirement": finding.requirement,
        "severity": finding.severity,
        "point": finding.point,
        "article": loc.article,
        "paragraph": loc.paragraph,
        "item": loc.item,
        "span_start": None if loc.span is None else loc.span.start,
        "span_end": None if loc.span is None else loc.span.end,
        "code": finding.code,
        "message_ja": finding.message_ja,
        "message_en": finding.message_en,
        "statute": finding.statute,
        "policy": finding.policy,
        "suggestion": finding.suggestion,
        "anchor_text": finding.anchor_text,
        "evidence_json": json.dumps(evidence, ensure_ascii=False, separators=(",", ":")),
    }


_FINDING_COLUMNS = (
    "finding_id", "rule", "requirement", "severity", "point", "article", "paragraph", "item",
    "span_start", "span_end", "code", "message_ja", "message_en", "statute", "policy",
    "suggestion", "anchor_text", "evidence_json",
)  # fmt: skip


def finding_from_columns(cols: Any) -> Finding:
    """Rebuild a core finding from a row (or mapping) holding the ``findings`` columns."""
    get = cols.__getitem__ if isinstance(cols, dict) else lambda k: getattr(cols, k)
    start, end = get("span_start"), get("span_end")
    extra = json.loads(get("evidence_json") or "{}")
    return Finding(
        id=FindingId(get("finding_id")),
        rule=get("rule"),
        requirement=get("requirement"),
        severity=get("severity"),
        point=get("point"),
        location=Location(
            article=get("article"),
            paragraph=get("paragraph"),
            item=get("item"),
            span=None if start is None or end is None else Span(start, end),
        ),
        code=get("code"),
        message_ja=get("message_ja"),
        message_en=get("message_en"),
        statute=get("statute"),
        policy=get("policy"),
        suggestion=get("suggestion"),
        anchor_text=get("anchor_text"),
        evidence=tuple(location_from_json(e) for e in extra.get("evidence", ())),
        comparison=comparison_from_json(extra.get("comparison")),
    )


def annotation_from_rec(rec: Any) -> Annotation:
    """The core annotation of an ``annotations`` row."""
    return Annotation(
        finding_id=FindingId(rec.finding_id),
        status=rec.status,
        comment=rec.comment,
        author=rec.author,
        updated_at=iso(rec.updated_at),
        version=rec.version,
    )


# --------------------------------------------------------------------------- reviews


def review_title(review: Review) -> str:
    """The family key of a review: the ordinance title, else the container's title."""
    ordinance = review.ordinance
    return ordinance.title or (ordinance.document.title_hint or "")


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
        cols = finding_columns(finding)
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
            cols = {name: getattr(old, name) for name in _FINDING_COLUMNS}
            cols.update(review_id=rec.id, ordinal=len(rows), state="obsolete")
            rows.append(cols)
    if rows:
        session.execute(insert(FindingRec), rows)
    if previous_review_id is not None:
        _carry_annotations(session, previous_review_id, rec.id)
    return rec.id


def _carry_annotations(session: Session, old_review: int, new_review: int) -> None:
    row_ids = dict(
        session.execute(
            select(FindingRec.finding_id, FindingRec.id).where(FindingRec.review_id == new_review)
        ).all()
    )
    carried = []
    for ann in session.scalars(select(AnnotationRec).where(AnnotationRec.review_id == old_review)):
        row_id = row_ids.get(ann.finding_id)
        if row_id is None:  # cannot happen: every old finding is copied; stay safe
            continue
        carried.append(
            {
                "finding_row_id": row_id,
                "review_id": new_review,
                "finding_id": ann.finding_id,
                "status": ann.status,
                "comment": ann.comment,
                "author": ann.author,
                "created_at": ann.created_at,
                "updated_at": ann.updated_at,
                "version": ann.version,
            }
        )
    if carried:
        session.execute(insert(AnnotationRec), carried)


def set_municipality(session: Session, review_id: int, municipality: str) -> None:
    """Set the municipality name printed in the report heading."""
    rec = get_review(session, review_id)
    rec.municipality = municipality
    rec.updated_at = utcnow()


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
    for rid, state, n in session.execute(
        select(FindingRec.review_id, FindingRec.state, func.count())
        .where(FindingRec.review_id.in_(ids))
        .group_by(FindingRec.review_id, FindingRec.state)
    ):
        counts[(rid, state)] = n
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
    return [by_id[i] for i in ids if i in by_id]


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


# --------------------------------------------------------------------------- findings, rows


def findings(session: Session, review_id: int) -> list[StoredFinding]:
    """Every finding of the review (open first in review order, then obsolete ones)."""
    get_review(session, review_id)
    cols = [getattr(FindingRec, name) for name in _FINDING_COLUMNS]
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
        ReviewRow(sf.finding, sf.state, notes.get(sf.finding.id))
        for sf in findings(session, review_id)
    ]


# --------------------------------------------------------------------------- annotations


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


def _annotation_row(session: Session, finding_row_id: int) -> AnnotationRec | None:
    return session.scalar(
        select(AnnotationRec)
        .where(AnnotationRec.finding_row_id == finding_row_id)
        .execution_options(populate_existing=True)
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
    current = _annotation_row(session, row_id)
    before = None if current is None else (current.status, current.comment, current.version)
    if expected_version is None:
        if current is not None:
            raise conflict_error(comment, current)
        session.execute(
            insert(AnnotationRec).values(
                finding_row_id=row_id,
                review_id=review_id,
                finding_id=finding_id,
                status=status,
                comment=comment,
                author=author,
                created_at=now,
                updated_at=now,
                version=1,
            )
        )
        old_status = old_comment = None
        version = 1
        action = "create"
    else:
        if current is None or current.version != expected_version:
            raise conflict_error(comment, current)
        old_status, old_comment = current.status, current.comment
        result = session.execute(
            update(AnnotationRec)
            .where(AnnotationRec.id == current.id, AnnotationRec.version == expected_version)
            .values(
                status=status,
                comment=comment,
                author=author,
                updated_at=now,
                version=expected_version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            raise conflict_error(comment, _annotation_row(session, row_id))
        version = expected_version + 1
        action = "update"
    session.execute(
        insert(HistoryRec).values(
            review_id=review_id,
            finding_id=finding_id,
            action=action,
            old_status=old_status,
            new_status=status,
            old_comment=old_comment,
            new_comment=comment,
            author=author,
            at=now,
        )
    )
    session.execute(
        update(ReviewRec)
        .where(ReviewRec.id == review_id)
        .values(updated_at=now)
        .execution_options(synchronize_session=False)
    )
    _carry_forward(session, review_id, finding_id, before=before,
                   after=(status, comment, version), author=author, now=now)
    return Annotation(
        finding_id=FindingId(finding_id),
        status=status,
        comment=comment,
        author=author,
        updated_at=iso(now),
        version=version,
    )


def _newer_reviews(session: Session, review_id: int) -> list[int]:
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


def _carry_forward(
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
    for newer in _newer_reviews(session, review_id):
        row_id = session.scalar(
            select(FindingRec.id).where(FindingRec.review_id == newer, FindingRec.finding_id == finding_id)
        )
        if row_id is None:
            continue
        there = _annotation_row(session, row_id)
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


def current_annotation(session: Session, review_id: int, finding_id: str) -> Annotation | None:
    """The stored annotation of one finding, or ``None``."""
    rec = session.scalar(
        select(AnnotationRec)
        .where(AnnotationRec.review_id == review_id, AnnotationRec.finding_id == finding_id)
        .execution_options(populate_existing=True)
    )
    return None if rec is None else annotation_from_rec(rec)


# --------------------------------------------------------------------------- history


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
            id=h.id,
            review_id=h.review_id,
            finding_id=FindingId(h.finding_id),
            action=h.action,
            old_status=h.old_status,
            new_status=h.new_status,
            old_comment=h.old_comment,
            new_comment=h.new_comment,
            author=h.author,
            at=iso(h.at),
        )
        for h in rows
    ]
