"""Schema migrations: Alembic revisions applied programmatically when a store is opened.

There is no ``env.py``: :func:`upgrade` builds Alembic's ``EnvironmentContext`` on the
package's own ``migrations/`` script directory and runs the revisions on a connection we
own. The order of events on open (:func:`prepare`):

1. Read the database's revision with a plain connection that writes nothing (no WAL
   switch, no pragma). A revision this version does not know means a newer ordreview
   wrote the database: refuse with :class:`SchemaTooNewError`, file untouched.
2. If the revision is older than head and the database is a SQLite file, copy it first
   (SQLite backup API, consistent even in WAL mode) to
   ``<file>.bak-<old revision>-<UTC timestamp>``.
3. Upgrade to head. On SQLite foreign keys are off while migrating (batch operations may
   recreate tables, and dropping a parent table must not cascade); ``PRAGMA
   foreign_key_check`` runs afterwards. On PostgreSQL an advisory lock serialises two
   clients upgrading at once, and the upgrade is one transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import NullPool

from ordreview.core.errors import SchemaTooNewError, StoreError
from ordreview.store import texts
from ordreview.store.schema import Base

if TYPE_CHECKING:  # Alembic is imported only when a database needs upgrading (start-up time)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

REVISIONS: tuple[str, ...] = ("0001", "0002")
"""Every revision in ``migrations/versions``, oldest first (a test checks it against Alembic),
so that opening an up-to-date database never has to import Alembic."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_KEY = 0x6F72_6472  # "ordr": any constant shared by every ordreview client


def alembic_config() -> Config:
    """An in-memory Alembic configuration pointing at the package's ``migrations/``."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    return cfg


def script_directory() -> ScriptDirectory:
    """The package's Alembic script directory."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this version of ordreview knows."""
    return REVISIONS[-1]


def known_revisions() -> list[str]:
    """Every revision this version knows, oldest first."""
    return list(REVISIONS)


def script_revisions() -> list[str]:
    """The revisions Alembic finds in ``migrations/versions``, oldest first."""
    return [s.revision for s in reversed(list(script_directory().walk_revisions()))]


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL, or ``None`` (other backends, in-memory)."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def current_revision(url: URL) -> str | None:
    """The database's revision read without writing anything; ``None`` for a new database."""
    probe = create_engine(url, poolclass=NullPool)
    try:
        with probe.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            heads = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    finally:
        probe.dispose()
    if len(heads) > 1:  # we never branch; several heads can only come from elsewhere
        return ",".join(sorted(heads))
    return heads[0] if heads else None


def prepare(url: URL, *, display_url: str) -> str | None:
    """Refuse a newer database, back up an older SQLite file, upgrade to head.

    Returns:
        The path of the backup copy made before upgrading, or ``None`` when none was
        needed (new database, already at head, or not a SQLite file).

    Raises:
        SchemaTooNewError: the database has a revision this version does not know.
        StoreError: the upgrade failed (the backup, if any, is named in the message).
    """
    current = current_revision(url)
    known = known_revisions()
    head = known[-1]
    if current is not None and current not in known:
        raise SchemaTooNewError(texts.SCHEMA_TOO_NEW, url=display_url, revision=current)
    if current == head:
        return None
    backup: str | None = None
    path = sqlite_file(url)
    if current is not None and path is not None:
        backup = str(backup_sqlite(path, old_revision=current))
    try:
        upgrade(url, target=head)
    except SchemaTooNewError:
        raise
    except Exception as exc:  # any driver or Alembic failure becomes one bilingual error
        raise StoreError(
            texts.MIGRATION_FAILED,
            old=current or "-",
            new=head,
            reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            backup=backup or "-",
        ) from exc
    return backup


def backup_sqlite(path: Path, *, old_revision: str) -> Path:
    """Copy a SQLite database (WAL content included) next to itself; returns the copy."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.bak-{old_revision}-{stamp}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _migration_engine(url: URL) -> Engine:
    engine = create_engine(url, poolclass=NullPool)
    if url.get_backend_name() == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=OFF")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

    return engine


def upgrade(url: URL, *, target: str = "head") -> None:
    """Run the revisions from the database's current one up to ``target``."""
    engine = _migration_engine(url)
    try:
        upgrade_engine(engine, target=target)
    finally:
        engine.dispose()


def upgrade_engine(engine: Engine, *, target: str = "head") -> None:
    """Run the revisions up to ``target`` on one connection of ``engine``, in one transaction."""
    from alembic.runtime.environment import EnvironmentContext
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    backend = engine.url.get_backend_name()
    with engine.begin() as conn:
        if backend == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})

        def run(rev, _context):  # type: ignore[no-untyped-def]
            return script._upgrade_revs(target, rev)

        with EnvironmentContext(cfg, script, fn=run, destination_rev=target) as env:
            env.configure(
                connection=conn,
                target_metadata=Base.metadata,
                render_as_batch=backend == "sqlite",
            )
            with env.begin_transaction():
                env.run_migrations()
        if backend == "sqlite":
            bad = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if bad:
                raise RuntimeError(f"foreign key check failed: {bad[:3]}")
