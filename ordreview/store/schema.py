"""The database schema at the head revision, as SQLAlchemy 2.x typed declarative models.

The tables are *created* by the Alembic revisions in ``migrations/versions`` (so that an old
database and a new one end up identical); these models describe the head revision and are
what ``repo.py`` queries. ``tests/store/test_migrate.py`` checks that the two agree.

Tables:
    documents: one row per distinct draft file (by content sha256).
    reviews: one check of one document against one profile; ``previous_review_id`` links a
        revised draft's review to the review its annotations were carried over from.
    findings: the findings of a review, including ``obsolete`` ones carried over.
    annotations: the officer's status and comment on one finding row, with a version
        counter for optimistic locking.
    history: append-only audit trail of annotation changes.
    bill_currents: the ordinance in force (現行) the officer chose for each amendment bill,
        by the bill's path (revision 0003).
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so that batch migrations on SQLite can find them again."""


class Base(DeclarativeBase):
    """Declarative base with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRec(Base):
    """A draft file, identified by the sha256 of its bytes."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, index=True)
    format: Mapped[str] = mapped_column(String(8))
    size: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReviewRec(Base):
    """One review of one document."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    previous_review_id: Mapped[Optional[int]] = mapped_column(ForeignKey("reviews.id"))
    title: Mapped[str] = mapped_column(Text, index=True)
    source_path: Mapped[str] = mapped_column(Text)
    profile_id: Mapped[str] = mapped_column(String(200))
    profile_version: Mapped[str] = mapped_column(String(100))
    reviewer_name: Mapped[str] = mapped_column(String(200))
    reviewer_initials: Mapped[str] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    state: Mapped[str] = mapped_column(String(20))
    # added by revision 0002
    municipality: Mapped[str] = mapped_column(String(200), server_default="")


class FindingRec(Base):
    """A finding of a review; ``evidence_json`` snapshots evidence and comparison."""

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("review_id", "finding_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    finding_id: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(100))
    requirement: Mapped[Optional[str]] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))
    point: Mapped[str] = mapped_column(String(10))
    article: Mapped[Optional[str]] = mapped_column(String(50))
    paragraph: Mapped[Optional[int]] = mapped_column(Integer)
    item: Mapped[Optional[str]] = mapped_column(String(50))
    span_start: Mapped[Optional[int]] = mapped_column(Integer)
    span_end: Mapped[Optional[int]] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(200))
    message_ja: Mapped[str] = mapped_column(Text)
    message_en: Mapped[str] = mapped_column(Text)
    statute: Mapped[str] = mapped_column(Text)
    policy: Mapped[str] = mapped_column(Text)
    suggestion: Mapped[str] = mapped_column(Text)
    anchor_text: Mapped[str] = mapped_column(Text)
    evidence_json: Mapped[str] = mapped_column(Text)


class AnnotationRec(Base):
    """The officer's note on one finding row (at most one per row)."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_row_id: Mapped[int] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), unique=True
    )
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    finding_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer)


class HistoryRec(Base):
    """One annotation change; rows are only ever inserted."""

    __tablename__ = "history"
    # index added by revision 0002
    __table_args__ = (Index("ix_history_review_id_finding_id", "review_id", "finding_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    finding_id: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    old_status: Mapped[Optional[str]] = mapped_column(String(20))
    new_status: Mapped[str] = mapped_column(String(20))
    old_comment: Mapped[Optional[str]] = mapped_column(Text)
    new_comment: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BillCurrentRec(Base):
    """The ordinance in force chosen for one amendment bill (added by revision 0003)."""

    __tablename__ = "bill_currents"

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_path: Mapped[str] = mapped_column(Text, unique=True)
    current_path: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
