"""Schema migrations: Alembic revisions applied programmatically when a store is opened.

The revisions are ordinary Alembic scripts in ``migrations/versions`` (``op.…`` calls,
``revision``/``down_revision``), but they are run without ``env.py`` and without Alembic's
``ScriptDirectory``: :func:`upgrade_engine` imports each pending revision module by name
from :data:`REVISIONS` and calls its ``upgrade()`` inside ``Operations.context`` on a
``MigrationContext`` of our own connection, then records the revision in Alembic's own
``alembic_version`` table. Importing (rather than reading ``.py`` files from disk) means a
PyInstaller bundle carries the revisions as code like any other module, and the Alembic
tools still work on the same folder for developers (a test checks both lists agree).

The order of events on open (:func:`prepare`):

1. Read the database's revision with a plain connection that writes nothing (no WAL
   switch, no pragma). Tables but no ``alembic_version`` mean another program's database:
   refuse (``store.foreign_database``). Several version rows are damage
   (``store.version_rows``). A revision this version does not know means a newer ordreview
   wrote the database: refuse with :class:`SchemaTooNewError`, file untouched.
2. If the revision is older than head and the database is a SQLite file, copy it first
   (SQLite backup API, consistent even in WAL mode) to
   ``<file>.bak-<old revision>-<UTC timestamp>``; older copies of the same revision (left by
   an interrupted upgrade) are removed, so one copy remains.
3. Upgrade to head in one transaction. On SQLite foreign keys are off while migrating
   (batch operations may recreate tables, and dropping a parent table must not cascade);
   ``PRAGMA foreign_key_check`` runs afterwards. On PostgreSQL an advisory lock serialises
   two clients upgrading at once.
"""

from __future__ import annotations

import importlib
import sqlite3
from glob import escape as glob_escape
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    create_engine,
    delete,
    event,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.pool import NullPool

from ordreview.core.errors import SchemaTooNewError, StoreError
from ordreview.store import texts

if TYPE_CHECKING:  # Alembic is imported only when a database needs upgrading (start-up time)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

REVISIONS: dict[str, str] = {
    "0001": "ordreview.store.migrations.versions.v0001_initial",
    "0002": "ordreview.store.migrations.versions.v0002_municipality",
    "0003": "ordreview.store.migrations.versions.v0003_bill_current",
}
"""Every revision, oldest first, with its module (a test checks it against Alembic's view
of ``migrations/versions``)."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_KEY = 0x6F72_6472  # "ordr": any constant shared by every ordreview client

_VERSION_TABLE = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)
"""Alembic's own version table, so that ``alembic current`` reads our databases."""


def head_revision() -> str:
    """The newest revision this version of ordreview knows."""
    return list(REVISIONS)[-1]


def known_revisions() -> list[str]:
    """Every revision this version knows, oldest first."""
    return list(REVISIONS)


def alembic_config() -> Config:
    """An in-memory Alembic configuration pointing at the package's ``migrations/``."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    return cfg


def script_directory() -> ScriptDirectory:
    """Alembic's view of ``migrations/`` (developer tools and tests; needs the .py files)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


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


def _read_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    heads = [row[0] for row in conn.execute(select(_VERSION_TABLE.c.version_num))]
    if len(heads) > 1:  # we never branch; several heads can only come from elsewhere
        return ",".join(sorted(heads))
    return heads[0] if heads else None


def current_revision(url: URL) -> str | None:
    """The database's revision read without writing anything; ``None`` for a new database."""
    probe = create_engine(url, poolclass=NullPool)
    try:
        with probe.connect() as conn:
            return _read_revision(conn)
    finally:
        probe.dispose()


def prepare(url: URL, *, display_url: str) -> str | None:
    """Refuse a newer database, back up an older SQLite file, upgrade to head.

    Returns:
        The path of the backup copy made before upgrading, or ``None`` when none was
        needed (new database, already at head, or not a SQLite file).

    Raises:
        SchemaTooNewError: the database has a revision this version does not know.
        StoreError: the upgrade failed (the backup, if any, is named in the message).
    """
    _check_foreign(url, display_url=display_url)
    current = current_revision(url)
    head = head_revision()
    _check_rows(current, display_url=display_url)
    if current is not None and current not in REVISIONS:
        raise SchemaTooNewError(texts.SCHEMA_TOO_NEW, url=display_url, revision=current)
    if current == head:
        return None
    backup: str | None = None
    path = sqlite_file(url)
    if current is not None and path is not None:
        made = backup_sqlite(path, old_revision=current)
        backup = str(made)
        _drop_older_backups(path, old_revision=current, keep=made)
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


def _check_foreign(url: URL, *, display_url: str) -> None:
    """Refuse a database that has tables but no ordreview version record (another program's)."""
    probe = create_engine(url, poolclass=NullPool)
    try:
        with probe.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
    finally:
        probe.dispose()
    if tables and "alembic_version" not in tables:
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        raise StoreError(texts.FOREIGN_DATABASE, url=display_url, tables=shown)


def _check_rows(current: str | None, *, display_url: str) -> None:
    """Several version rows (``_read_revision`` joins them by commas) are damage, not a newer version."""
    if current is not None and "," in current:
        rows = current.split(",")
        raise StoreError(texts.VERSION_ROWS, url=display_url, count=len(rows), revisions=", ".join(rows))


def _drop_older_backups(path: Path, *, old_revision: str, keep: Path) -> None:
    """Keep one pre-upgrade copy per old revision: an upgrade interrupted again and again
    would otherwise leave a full copy of the database each time. The newest copy stays."""
    for other in path.parent.glob(f"{glob_escape(path.name)}.bak-{old_revision}-*"):
        if other != keep:
            try:
                other.unlink()
            except OSError:
                pass


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


def upgrade(url: URL, *, target: str | None = None) -> None:
    """Run the revisions from the database's current one up to ``target`` (default head)."""
    engine = _migration_engine(url)
    try:
        upgrade_engine(engine, target=target)
    finally:
        engine.dispose()


def upgrade_engine(engine: Engine, *, target: str | None = None) -> None:
    """Run the pending revisions up to ``target`` (default head) in one transaction.

    Raises:
        SchemaTooNewError: the database's revision is unknown (checked again under the
            lock, in case another client upgraded in between).
        ValueError: ``target`` is not a known revision.
    """
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    order = list(REVISIONS)
    target = target or order[-1]
    if target not in REVISIONS:
        raise ValueError(f"unknown revision {target!r}")
    backend = engine.url.get_backend_name()
    with engine.begin() as conn:
        if backend == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        current = _read_revision(conn)
        _check_rows(current, display_url=engine.url.render_as_string(hide_password=True))
        if current is not None and current not in REVISIONS:
            raise SchemaTooNewError(
                texts.SCHEMA_TOO_NEW,
                url=engine.url.render_as_string(hide_password=True),
                revision=current,
            )
        start = 0 if current is None else order.index(current) + 1
        pending = order[start : order.index(target) + 1]
        if not pending:
            return
        ctx = MigrationContext.configure(conn, opts={"as_sql": False})
        with Operations.context(ctx):
            for rev in pending:
                importlib.import_module(REVISIONS[rev]).upgrade()
        _VERSION_TABLE.create(conn, checkfirst=True)
        conn.execute(delete(_VERSION_TABLE))
        conn.execute(insert(_VERSION_TABLE).values(version_num=pending[-1]))
        if backend == "sqlite":
            bad = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if bad:
                raise RuntimeError(f"foreign key check failed: {bad[:3]}")
