"""The review store: officers' annotations on findings, kept in SQLite or PostgreSQL.

Open it with :func:`open_store` and call the :class:`Store` methods; every method returns
core values (``Annotation``, ``Finding``) or plain frozen dataclasses from
``store.values``, never ORM instances. All SQL of ordreview lives in this package.

Example::

    store = open_store()                       # SQLite in the user data folder
    review_id = store.save_review(review, reviewer=me, source_path=str(path))
    ann = store.set_annotation(review_id, fid, status="needs_fix", comment="…",
                               author=me.name, expected_version=None)
    store.close()
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from ordreview import paths
from ordreview.core.errors import OrdreviewError, StoreError
from ordreview.core.model import Annotation, FindingId, Review, Reviewer
from ordreview.store import migrate, repo, texts
from ordreview.store.values import (
    FINDING_STATES,
    HistoryEntry,
    ReviewRow,
    ReviewSummary,
    StoreChanges,
    StoredFinding,
)

__all__ = [
    "FINDING_STATES",
    "HistoryEntry",
    "ReviewRow",
    "ReviewSummary",
    "Store",
    "StoreChanges",
    "StoredFinding",
    "open_store",
    "resolve_url",
]

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 10_000
"""How long a SQLite writer waits for another process's lock before giving up."""


def resolve_url(url: str | None = None) -> URL:
    """The database URL to use: ``url``, else env ``ORDREVIEW_DB_URL``, else the default file.

    A value without ``://`` is taken as the path of a SQLite file.

    Raises:
        StoreError: the URL cannot be parsed.
    """
    raw = url or os.environ.get("ORDREVIEW_DB_URL") or ""
    if not raw:
        return URL.create("sqlite", database=str(paths.default_db_path()))
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw)))
    try:
        return make_url(raw)
    except ArgumentError as exc:
        raise StoreError(texts.OPEN_FAILED, url=raw, reason=str(exc)) from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror  # the path is named in the message already
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets the GUI read while a write commits; synchronous=FULL syncs the WAL on every
    # commit, so an acknowledged annotation survives a power cut (docs/store.md).
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _make_engine(url: URL) -> Engine:
    # hide_parameters: a failed statement's text (which ends up in the log with its
    # traceback) must not quote the officer's comments or the draft's wording.
    backend = url.get_backend_name()
    if backend == "sqlite":
        memory = migrate.sqlite_file(url) is None
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **({"poolclass": StaticPool} if memory else {}),
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def open_store(url: str | None = None) -> Store:
    """Open (creating or upgrading as needed) the review database.

    Args:
        url: any SQLAlchemy URL (``sqlite:///path``, ``postgresql+psycopg://…``) or a plain
            SQLite file path. ``None`` means env ``ORDREVIEW_DB_URL``, else
            ``paths.default_db_path()`` (its folder is created).

    Raises:
        SchemaTooNewError: the database was written by a newer ordreview (left untouched).
        StoreError: the database cannot be reached, is not a database, or the upgrade failed.
    """
    sa_url = resolve_url(url)
    display = sa_url.render_as_string(hide_password=True)
    file = migrate.sqlite_file(sa_url)
    # Messages name a SQLite file by its path: the URL form percent-encodes Japanese folders.
    shown = str(file) if file is not None else display
    try:
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
            backup = migrate.prepare(sa_url, display_url=shown)
            engine = _make_engine(sa_url)
        elif sa_url.get_backend_name() == "sqlite":  # in-memory: one shared connection
            backup = None
            engine = _make_engine(sa_url)
            migrate.upgrade_engine(engine)
        else:
            backup = migrate.prepare(sa_url, display_url=display)
            engine = _make_engine(sa_url)
        with engine.connect():
            pass
    except OrdreviewError:
        raise
    except (SQLAlchemyError, OSError, ImportError, ValueError) as exc:
        raise StoreError(texts.OPEN_FAILED, url=shown, reason=_reason(exc)) from exc
    return Store(engine, url=display, backup_path=backup)


_SURROGATES = re.compile("[\ud800-\udfff]")


def _storable(text: str) -> str:
    """``text`` with any lone surrogate replaced by U+FFFD (one for one)."""
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


class Store:
    """A connection to one review database.

    Call it from one thread at a time (the GUI runs all store work on a single worker
    thread). Each method is one unit of work: writes are committed before they return.

    Attributes:
        url: the database URL with any password hidden.
        backup_path: the copy made before upgrading the schema on open, or ``None``.
        last_changes: what the latest write changed (for selective view refresh).
    """

    def __init__(self, engine: Engine, *, url: str, backup_path: str | None = None) -> None:
        self._engine = engine
        self.url = url
        self.backup_path = backup_path
        self.last_changes = StoreChanges()

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session:
                yield session
        except OrdreviewError:
            raise
        except (SQLAlchemyError, ValueError) as exc:  # ValueError: a damaged JSON column
            raise StoreError(texts.READ_FAILED, url=self.url, reason=_reason(exc)) from exc

    def _write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one transaction and commit before returning its result."""
        try:
            with Session(self._engine) as session, session.begin():
                return fn(session)
        except OrdreviewError:
            raise
        except (SQLAlchemyError, ValueError) as exc:  # ValueError: text no encoding can store
            raise StoreError(texts.WRITE_FAILED, reason=_reason(exc)) from exc

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for tests and maintenance tools only)."""
        return self._engine

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"`` (SQLAlchemy's backend name)."""
        return self._engine.url.get_backend_name()

    def close(self) -> None:
        """Release every connection; the store cannot be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reviews

    def save_review(
        self,
        review: Review,
        *,
        reviewer: Reviewer,
        source_path: str,
        previous_review_id: int | None = None,
    ) -> int:
        """Store a new review and return its id, carrying annotations over.

        Args:
            review: the engine's result.
            reviewer: who runs the review.
            source_path: the draft's path as opened (kept for display).
            previous_review_id: the review of an earlier revision to carry annotations
                from; ``None`` means the newest review with the same ordinance title
                (none when the title is empty or new).

        Annotations move to the new finding with the same stable id; findings of the
        previous review that no longer occur are kept as ``obsolete`` with theirs.
        """
        review_id = self._write(
            lambda session: repo.save_review(
                session,
                review,
                reviewer=reviewer,
                source_path=source_path,
                previous_review_id=previous_review_id,
            )
        )
        self.last_changes = StoreChanges(review_ids=frozenset({review_id}), review_list=True)
        return review_id

    def find_review_for(self, sha256: str) -> int | None:
        """The newest review of the file with exactly this content, or ``None``."""
        with self._read() as session:
            return repo.find_review_for(session, sha256)

    def find_family(self, title: str) -> list[ReviewSummary]:
        """Every review of the ordinance with this title, newest first."""
        with self._read() as session:
            return repo.find_family(session, title)

    def recent_reviews(self, *, limit: int = 20) -> list[ReviewSummary]:
        """The newest reviews of any document, newest first."""
        with self._read() as session:
            return repo.recent_reviews(session, limit=limit)

    def review_summary(self, review_id: int) -> ReviewSummary:
        """One review's summary; ``StoreError`` if there is no such review."""
        with self._read() as session:
            return repo.review_summary(session, review_id)

    def set_municipality(self, review_id: int, municipality: str) -> None:
        """Set the municipality name shown in the report heading."""
        self._write(lambda session: repo.set_municipality(session, review_id, municipality))
        self.last_changes = StoreChanges(review_ids=frozenset({review_id}))

    # ------------------------------------------------------------------ findings

    def findings(self, review_id: int) -> list[StoredFinding]:
        """The review's findings with their state (open ones first, then obsolete ones)."""
        with self._read() as session:
            return repo.findings(session, review_id)

    def set_finding_state(self, review_id: int, finding_id: str, state: str) -> None:
        """Mark a finding ``"resolved"`` by hand (or ``"open"`` again).

        Obsolete findings keep their state; a resolved finding that a later revision still
        raises is ``open`` in that revision's review.

        Raises:
            StoreError: unknown finding (``store.unknown_finding``) or a change other than
                open ↔ resolved (``store.bad_state``).
        """
        self._write(lambda session: repo.set_finding_state(session, review_id, finding_id, state))
        self.last_changes = StoreChanges(
            review_ids=frozenset({review_id}), finding_ids=frozenset({FindingId(finding_id)})
        )

    def load_review_rows(self, review_id: int) -> list[ReviewRow]:
        """Findings joined with annotations, in table order, for the GUI's table."""
        with self._read() as session:
            return repo.load_review_rows(session, review_id)

    # ------------------------------------------------------------------ annotations

    def annotations(self, review_id: int) -> dict[FindingId, Annotation]:
        """The review's annotations by finding id (findings nobody annotated are absent)."""
        with self._read() as session:
            return repo.annotations(session, review_id)

    def set_annotation(
        self,
        review_id: int,
        finding_id: str,
        *,
        status: str,
        comment: str,
        author: str,
        expected_version: int | None,
    ) -> Annotation:
        """Save an annotation and return it once committed.

        Args:
            expected_version: the version the caller last saw; ``None`` for a finding that
                had no annotation yet.

        Raises:
            ConflictError: somebody else saved first (params ``mine`` and ``theirs`` hold
                both comments); nothing was overwritten.
            StoreError: unknown review or finding, bad status, or the write failed.
        """
        # a lone surrogate (pasted from a damaged source) cannot be stored as UTF-8: U+FFFD
        comment, author = _storable(comment), _storable(author)
        try:
            ann = self._write(
                lambda session: repo.set_annotation(
                    session,
                    review_id,
                    finding_id,
                    status=status,
                    comment=comment,
                    author=author,
                    expected_version=expected_version,
                )
            )
        except StoreError as exc:
            if isinstance(exc.__cause__, IntegrityError):  # maybe lost an insert race
                with self._read() as session:
                    current = repo.current_annotation(session, review_id, finding_id)
                if current is not None and current.version != expected_version:
                    raise repo.conflict_error(comment, current) from exc
            raise
        self.last_changes = StoreChanges(
            review_ids=frozenset({review_id}), finding_ids=frozenset({FindingId(finding_id)})
        )
        return ann

    def history(self, review_id: int) -> list[HistoryEntry]:
        """The audit trail of this review and the earlier revisions it continues, oldest first."""
        with self._read() as session:
            return repo.history(session, review_id)

    # ------------------------------------------------------------------ portable file

    def export_review(self, review_id: int, path: str | os.PathLike[str]) -> Path:
        """Write the review to one portable JSON file (atomically); returns the path."""
        from ordreview.store import portable

        with self._read() as session:
            data = portable.dump_review(session, review_id)
        return portable.write_file(data, Path(path))

    def import_review_file(self, path: str | os.PathLike[str]) -> int:
        """Import a portable review file as a new review and return its id.

        Raises:
            StoreError: unreadable or invalid file, or a newer format version.
        """
        from ordreview.store import portable

        data = portable.read_file(Path(path))
        review_id = self._write(lambda session: portable.load_review(session, data, path=str(path)))
        self.last_changes = StoreChanges(review_ids=frozenset({review_id}), review_list=True)
        return review_id

    # ------------------------------------------------------------------ amendment bills

    def bill_current(self, bill_path: str) -> str | None:
        """The ordinance in force last chosen for the bill at ``bill_path``, or ``None``."""
        from sqlalchemy import select

        from ordreview.store.schema import BillCurrentRec

        with self._read() as session:
            return session.scalar(select(BillCurrentRec.current_path).where(BillCurrentRec.bill_path == _storable(bill_path)))

    def set_bill_current(self, bill_path: str, current_path: str) -> None:
        """Remember ``current_path`` as the ordinance in force the bill at ``bill_path`` amends."""
        from datetime import datetime, timezone

        from sqlalchemy import select

        from ordreview.store.schema import BillCurrentRec

        def write(session: Session) -> None:
            row = session.scalar(select(BillCurrentRec).where(BillCurrentRec.bill_path == _storable(bill_path)))
            now = datetime.now(timezone.utc)
            if row is None:
                session.add(BillCurrentRec(bill_path=_storable(bill_path), current_path=_storable(current_path), updated_at=now))
            else:
                row.current_path, row.updated_at = _storable(current_path), now

        self._write(write)
