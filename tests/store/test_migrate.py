"""Schema migrations: old databases are upgraded with their data; newer ones are refused."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from ordreview.core.errors import SchemaTooNewError
from ordreview.store import migrate, open_store
from ordreview.store.schema import Base

WHEN = datetime(2026, 4, 1, 9, 30, tzinfo=timezone.utc)


def _fill_first_revision(url: str) -> None:
    """Insert one document, review, two findings, an annotation and its history at rev 0001.

    Ids come from the (empty) tables' own sequences, so they are 1 and 2 on both backends.
    """
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:
        md = MetaData()
        md.reflect(conn)
        assert "municipality" not in md.tables["reviews"].c
        conn.execute(
            md.tables["documents"].insert(),
            {"sha256": "a" * 64, "path": "/old.txt", "title": "旧市個人情報保護条例",
             "format": "txt", "size": 120, "imported_at": WHEN},
        )  # fmt: skip
        conn.execute(
            md.tables["reviews"].insert(),
            {"document_id": 1, "previous_review_id": None, "title": "旧市個人情報保護条例",
             "source_path": "/old.txt", "profile_id": "basic-policy-2016", "profile_version": "1.0",
             "reviewer_name": "山田", "reviewer_initials": "Y", "created_at": WHEN,
             "updated_at": WHEN, "state": "active"},
        )  # fmt: skip
        base = {"review_id": 1, "rule": "gap", "requirement": "A1", "severity": "error",
                "point": "A", "article": "2", "paragraph": 1, "item": None, "span_start": 0,
                "span_end": 4, "code": "check.gap", "message_ja": "欠落", "message_en": "Missing",
                "statute": "", "policy": "", "suggestion": "", "anchor_text": "第2条",
                "evidence_json": '{"evidence":[],"comparison":null}'}  # fmt: skip
        conn.execute(
            md.tables["findings"].insert(),
            [
                {**base, "ordinal": 0, "finding_id": "old1", "state": "open"},
                {**base, "ordinal": 1, "finding_id": "old2", "state": "open"},
            ],
        )
        conn.execute(
            md.tables["annotations"].insert(),
            {"finding_row_id": 1, "review_id": 1, "finding_id": "old1",
             "status": "needs_fix", "comment": "旧版で書いた注記", "author": "山田",
             "created_at": WHEN, "updated_at": WHEN, "version": 3},
        )  # fmt: skip
        conn.execute(
            md.tables["history"].insert(),
            {"review_id": 1, "finding_id": "old1", "action": "create",
             "old_status": None, "new_status": "needs_fix", "old_comment": None,
             "new_comment": "旧版で書いた注記", "author": "山田", "at": WHEN},
        )  # fmt: skip
    engine.dispose()


def test_revisions_are_ordered() -> None:
    assert migrate.known_revisions() == ["0001", "0002", "0003"]
    assert migrate.head_revision() == "0003"


def test_revision_list_matches_the_scripts() -> None:
    assert migrate.script_revisions() == list(migrate.REVISIONS)
    for rev, module in migrate.REVISIONS.items():
        assert __import__(module, fromlist=["revision"]).revision == rev


def test_revisions_run_from_imported_modules_without_the_script_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a frozen build: no readable migrations folder, upgrade still works."""
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path / "absent")
    url = f"sqlite:///{tmp_path / 'f.sqlite3'}"
    with open_store(url) as store:
        assert store.find_family("x") == []
    assert migrate.current_revision(make_url(url)) == migrate.head_revision()


def test_alembic_reads_our_version_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    with open_store(url):
        pass
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_heads() == (migrate.head_revision(),)
    engine.dispose()


def test_first_revision_database_is_upgraded_and_keeps_its_data(db_url: str) -> None:
    migrate.upgrade(make_url(db_url), target="0001")
    assert migrate.current_revision(make_url(db_url)) == "0001"
    _fill_first_revision(db_url)
    with open_store(db_url) as store:
        assert migrate.current_revision(make_url(db_url)) == migrate.head_revision()
        ann = store.annotations(1)["old1"]
        assert (ann.status, ann.comment, ann.author, ann.version, ann.updated_at) == (
            "needs_fix",
            "旧版で書いた注記",
            "山田",
            3,
            "2026-04-01T09:30:00+00:00",
        )
        summary = store.review_summary(1)
        assert (summary.title, summary.municipality, summary.open_count, summary.annotated_count) == (
            "旧市個人情報保護条例",
            "",
            2,
            1,
        )
        assert [h.new_comment for h in store.history(1)] == ["旧版で書いた注記"]
        # and the upgraded database is fully usable
        new = store.set_annotation(1, "old1", status="no_action", comment="新版で更新", author="佐藤", expected_version=3)
        assert new.version == 4
        store.set_municipality(1, "旧市")
        assert store.review_summary(1).municipality == "旧市"


def test_sqlite_upgrade_makes_a_backup_of_the_old_file(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite3"
    url = f"sqlite:///{db}"
    migrate.upgrade(make_url(url), target="0001")
    _fill_first_revision(url)
    with open_store(url) as store:
        backup = Path(store.backup_path or "")
    assert re.fullmatch(r"reviews\.sqlite3\.bak-0001-\d{8}T\d{12}Z", backup.name), backup.name
    assert backup.parent == tmp_path
    con = sqlite3.connect(backup)
    try:
        assert con.execute("select version_num from alembic_version").fetchall() == [("0001",)]
        assert con.execute("select comment from annotations").fetchall() == [("旧版で書いた注記",)]
    finally:
        con.close()
    with open_store(url) as again:  # already at head: no second backup
        assert again.backup_path is None
    assert sorted(p.name for p in tmp_path.glob("*.bak-*")) == [backup.name]


def test_new_database_gets_no_backup(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "new.sqlite3")) as store:
        assert store.backup_path is None
    assert list(tmp_path.glob("*.bak-*")) == []


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite3"
    with open_store(str(db)):
        pass
    con = sqlite3.connect(db)
    con.execute("update alembic_version set version_num = '0099'")
    con.commit()
    con.close()
    before = (_digest(db), sorted(p.name for p in tmp_path.iterdir()))
    with pytest.raises(SchemaTooNewError) as info:
        open_store(str(db))
    assert info.value.code == "store.schema_too_new"
    assert info.value.params["revision"] == "0099"
    assert "0099" in info.value.message_ja and "newer ordreview" in info.value.message_en
    assert (_digest(db), sorted(p.name for p in tmp_path.iterdir())) == before


def test_server_database_from_a_newer_version_is_refused(pg_schema_url: str) -> None:
    with open_store(pg_schema_url):
        pass
    engine = create_engine(pg_schema_url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '0099'"))
    with pytest.raises(SchemaTooNewError):
        open_store(pg_schema_url)
    with engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0099"
        assert "municipality" in {c["name"] for c in inspect(conn).get_columns("reviews")}
    engine.dispose()


def test_migrated_schema_matches_the_orm_models(db_url: str) -> None:
    with open_store(db_url):
        pass
    engine = create_engine(db_url, poolclass=NullPool)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diffs == []


def test_downgrade_of_revision_two_is_clean(tmp_path: Path) -> None:
    """Revision 0002 can be undone (keeps the scripts honest for a hot-fix release)."""
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    with open_store(url):
        pass
    script = migrate.script_directory()
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:
        ctx = MigrationContext.configure(conn, opts={"render_as_batch": True})
        with Operations.context(ctx):
            script.get_revision("0003").module.downgrade()
            script.get_revision("0002").module.downgrade()
        ctx.stamp(script, "0001")
    with engine.connect() as conn:
        assert "bill_currents" not in inspect(conn).get_table_names()
        assert "municipality" not in {c["name"] for c in inspect(conn).get_columns("reviews")}
        assert "ix_history_review_id_finding_id" not in {
            ix["name"] for ix in inspect(conn).get_indexes("history")
        }
    engine.dispose()
    assert migrate.current_revision(make_url(url)) == "0001"
