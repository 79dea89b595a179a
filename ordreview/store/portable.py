"""One-file portable review: JSON a colleague on another closed network can import.

Layout (``schema_version`` 1)::

    {"format": "ordreview-review", "schema_version": 1, "exported_at": ISO, "app_version": str,
     "document": {"sha256", "path", "title", "format", "size", "imported_at"},
     "review": {"title", "source_path", "profile_id", "profile_version", "reviewer_name",
                "reviewer_initials", "created_at", "updated_at", "state", "municipality"},
     "findings": [{"finding_id", "state", "rule", …, "evidence": [...], "comparison": {...}|null}],
     "annotations": [{"finding_id", "status", "comment", "author", "created_at",
                      "updated_at", "version"}],
     "history": [{"finding_id", "action", "old_status", "new_status", "old_comment",
                  "new_comment", "author", "at"}]}

Importing creates a new review (with no predecessor) holding the findings, annotations and
the whole audit trail with its original authors and times. A file whose
``schema_version`` is newer than :data:`SCHEMA_VERSION` is refused with a bilingual error.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

import ordreview
from ordreview.core.errors import StoreError
from ordreview.core.model import ANNOTATION_STATUSES
from ordreview.store import repo, texts
from ordreview.store.schema import AnnotationRec, DocumentRec, FindingRec, HistoryRec, ReviewRec
from ordreview.store.values import FINDING_STATES

FORMAT = "ordreview-review"
SCHEMA_VERSION = 1
"""The newest portable format this version writes and reads."""

_REVIEW_KEYS = (
    "title", "source_path", "profile_id", "profile_version", "reviewer_name",
    "reviewer_initials", "state", "municipality",
)  # fmt: skip


def dump_review(session: Session, review_id: int) -> dict[str, Any]:
    """The portable JSON object of one stored review."""
    rec = repo.get_review(session, review_id)
    doc = session.get(DocumentRec, rec.document_id)
    assert doc is not None  # guaranteed by the foreign key
    findings = []
    for stored in repo.findings(session, review_id):
        cols = repo.finding_columns(stored.finding)
        extra = json.loads(cols.pop("evidence_json"))
        cols.update(state=stored.state, **extra)
        findings.append(cols)
    notes = [
        {
            "finding_id": a.finding_id,
            "status": a.status,
            "comment": a.comment,
            "author": a.author,
            "created_at": repo.iso(a.created_at),
            "updated_at": repo.iso(a.updated_at),
            "version": a.version,
        }
        for a in session.scalars(
            select(AnnotationRec)
            .where(AnnotationRec.review_id == review_id)
            .order_by(AnnotationRec.id)
        )
    ]
    trail = [
        {
            "finding_id": h.finding_id,
            "action": h.action,
            "old_status": h.old_status,
            "new_status": h.new_status,
            "old_comment": h.old_comment,
            "new_comment": h.new_comment,
            "author": h.author,
            "at": h.at,
        }
        for h in repo.history(session, review_id)
    ]
    review = {key: getattr(rec, key) for key in _REVIEW_KEYS}
    review.update(created_at=repo.iso(rec.created_at), updated_at=repo.iso(rec.updated_at))
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": repo.iso(repo.utcnow()),
        "app_version": ordreview.__version__,
        "document": {
            "sha256": doc.sha256,
            "path": doc.path,
            "title": doc.title,
            "format": doc.format,
            "size": doc.size,
            "imported_at": repo.iso(doc.imported_at),
        },
        "review": review,
        "findings": findings,
        "annotations": notes,
        "history": trail,
    }


def write_file(data: dict[str, Any], path: Path) -> Path:
    """Write ``data`` as UTF-8 JSON atomically (temp file in the same folder, then replace)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".ordreview-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StoreError(texts.EXPORT_FAILED, path=str(path), reason=exc.strerror or str(exc)) from exc
    return path


def read_file(path: Path) -> dict[str, Any]:
    """Read and check the envelope of a portable file.

    Raises:
        StoreError: unreadable file or not JSON (``store.import_unreadable``), not a review
            file (``store.import_invalid``), newer format (``store.import_too_new``).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StoreError(
            texts.IMPORT_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(texts.IMPORT_UNREADABLE, path=str(path), reason=str(exc)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreError(texts.IMPORT_INVALID, path=str(path), reason=f"format != {FORMAT}")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(texts.IMPORT_INVALID, path=str(path), reason="schema_version")
    if version > SCHEMA_VERSION:
        raise StoreError(
            texts.IMPORT_TOO_NEW, path=str(path), version=version, supported=SCHEMA_VERSION
        )
    return data


def _check(condition: bool, path: str, reason: str) -> None:
    if not condition:
        raise StoreError(texts.IMPORT_INVALID, path=path, reason=reason)


def load_review(session: Session, data: dict[str, Any], *, path: str) -> int:
    """Insert the review of a checked portable object; returns the new review id."""
    try:
        return _load(session, data, path)
    except StoreError:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise StoreError(texts.IMPORT_INVALID, path=path, reason=f"{type(exc).__name__}: {exc}") from exc


def _load(session: Session, data: dict[str, Any], path: str) -> int:
    doc, rev = data["document"], data["review"]
    doc_id = repo.ensure_document(
        session,
        sha256=str(doc["sha256"]),
        path=str(doc["path"]),
        title=str(doc["title"]),
        fmt=str(doc["format"]),
        size=int(doc["size"]),
        now=repo.parse_iso(doc["imported_at"]),
    )
    rec = ReviewRec(
        document_id=doc_id,
        previous_review_id=None,
        **{key: str(rev[key]) for key in _REVIEW_KEYS},
        created_at=repo.parse_iso(rev["created_at"]),
        updated_at=repo.parse_iso(rev["updated_at"]),
    )
    session.add(rec)
    session.flush()
    rows = []
    seen: set[str] = set()
    for item in data["findings"]:
        state = item["state"]
        _check(state in FINDING_STATES, path, f"finding state {state!r}")
        body = {k: v for k, v in item.items() if k not in ("state", "evidence", "comparison")}
        body["evidence_json"] = json.dumps(
            {"evidence": item.get("evidence", []), "comparison": item.get("comparison"),
             **({"place": item["place"]} if isinstance(item.get("place"), str) and item["place"] else {})},
            ensure_ascii=False,
        )
        finding = repo.finding_from_columns(body)  # validates spans and shapes
        _check(finding.id not in seen, path, f"duplicate finding {finding.id}")
        seen.add(finding.id)
        cols = repo.finding_columns(finding)
        cols.update(review_id=rec.id, ordinal=len(rows), state=state)
        rows.append(cols)
    if rows:
        session.execute(insert(FindingRec), rows)
    row_ids = dict(
        session.execute(
            select(FindingRec.finding_id, FindingRec.id).where(FindingRec.review_id == rec.id)
        ).all()
    )
    notes = []
    for item in data["annotations"]:
        fid = str(item["finding_id"])
        _check(fid in row_ids, path, f"annotation for unknown finding {fid}")
        _check(item["status"] in ANNOTATION_STATUSES, path, f"status {item['status']!r}")
        notes.append(
            {
                "finding_row_id": row_ids[fid],
                "review_id": rec.id,
                "finding_id": fid,
                "status": item["status"],
                "comment": str(item["comment"]),
                "author": str(item["author"]),
                "created_at": repo.parse_iso(item["created_at"]),
                "updated_at": repo.parse_iso(item["updated_at"]),
                "version": int(item["version"]),
            }
        )
    if notes:
        session.execute(insert(AnnotationRec), notes)
    trail = [
        {
            "review_id": rec.id,
            "finding_id": str(h["finding_id"]),
            "action": str(h["action"]),
            "old_status": h["old_status"],
            "new_status": str(h["new_status"]),
            "old_comment": h["old_comment"],
            "new_comment": str(h["new_comment"]),
            "author": str(h["author"]),
            "at": repo.parse_iso(h["at"]),
        }
        for h in data["history"]
    ]
    if trail:
        session.execute(insert(HistoryRec), trail)
    return rec.id
