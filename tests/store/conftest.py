"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL.

- ``db_url`` is parametrised over ``sqlite`` (a fresh file in ``tmp_path``) and
  ``postgresql`` (a fresh schema per test on the server named by env
  ``ORDREVIEW_TEST_PG_URL``, selected through ``search_path``; dropped afterwards).
- Without ``ORDREVIEW_TEST_PG_URL``, or when the server cannot be reached, the PostgreSQL
  cases SKIP with the reason, unless env ``ORDREVIEW_REQUIRE_PG=1`` (CI), where they FAIL.
  Start a local server with ``eval "$(bash scripts/start-test-postgres.sh)"``.
- ``store`` is an open :class:`~ordreview.store.Store` on ``db_url``; ``open_second``
  opens another, independent store on the same database (conflict tests).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from functools import lru_cache

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from ordreview.store import Store, open_store


def pg_problem(base: str | None) -> str | None:
    """Why PostgreSQL tests cannot run against ``base``, or ``None`` when the server answers."""
    if not base:
        return "ORDREVIEW_TEST_PG_URL is not set (eval \"$(bash scripts/start-test-postgres.sh)\")"
    try:
        engine = create_engine(base, poolclass=NullPool, connect_args={"connect_timeout": 5})
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        finally:
            engine.dispose()
    except Exception as exc:  # any driver error means unreachable
        return f"PostgreSQL at ORDREVIEW_TEST_PG_URL is unreachable: {str(exc).splitlines()[0]}"
    return None


@lru_cache(maxsize=4)
def _cached_problem(base: str | None) -> str | None:
    return pg_problem(base)


def pg_outcome(problem: str | None, *, required: bool) -> str:
    """``"run"``, ``"skip"`` or ``"fail"`` for the PostgreSQL cases."""
    if problem is None:
        return "run"
    return "fail" if required else "skip"


def require_pg() -> str:
    """The base PostgreSQL URL, or skip (fail under ORDREVIEW_REQUIRE_PG=1)."""
    base = os.environ.get("ORDREVIEW_TEST_PG_URL")
    problem = _cached_problem(base)
    outcome = pg_outcome(problem, required=os.environ.get("ORDREVIEW_REQUIRE_PG") == "1")
    if outcome == "fail":
        pytest.fail(f"ORDREVIEW_REQUIRE_PG=1 but {problem}")
    if outcome == "skip":
        pytest.skip(str(problem))
    assert base is not None
    return base


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose connections use a fresh, empty PostgreSQL schema (dropped afterwards)."""
    base = require_pg()
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, poolclass=NullPool)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A SQLAlchemy URL of an empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'reviews.sqlite3'}"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open store on an empty database."""
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def open_second(db_url: str) -> Iterator[Callable[[], Store]]:
    """Opens further independent stores on the same database; closes them afterwards."""
    opened: list[Store] = []

    def make() -> Store:
        s = open_store(db_url)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()
