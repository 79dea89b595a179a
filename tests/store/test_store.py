"""Basic store behaviour on both backends: save, annotate, list, summarise, history."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ordreview.core.errors import StoreError
from ordreview.core.model import Annotation
from ordreview.store import Store, StoreChanges, open_store, resolve_url
from tests.store.factory import REVIEWER, make_finding, make_review

TITLE = "架空市個人情報保護条例"


def _save(store: Store, ids: list[str], *, title: str = TITLE, body: str = "第1条") -> int:
    return store.save_review(
        make_review(title, ids, body=body), reviewer=REVIEWER, source_path="/drafts/a.txt"
    )


def test_new_review_has_its_findings_open_and_no_annotations(store: Store) -> None:
    rid = _save(store, ["f1", "f2", "f3"])
    assert [(sf.finding.id, sf.state) for sf in store.findings(rid)] == [
        ("f1", "open"),
        ("f2", "open"),
        ("f3", "open"),
    ]
    assert store.annotations(rid) == {}


def test_stored_finding_equals_the_engine_finding(store: Store) -> None:
    review = make_review(TITLE, ["f1", "f2"])
    rid = store.save_review(review, reviewer=REVIEWER, source_path="/drafts/a.txt")
    assert [sf.finding for sf in store.findings(rid)] == list(review.findings)


def test_first_save_then_update_bumps_version(store: Store) -> None:
    rid = _save(store, ["f1", "f2"])
    first = store.set_annotation(
        rid, "f1", status="needs_fix", comment="定義を追加", author="山田", expected_version=None
    )
    assert (first.finding_id, first.status, first.comment, first.author, first.version) == (
        "f1",
        "needs_fix",
        "定義を追加",
        "山田",
        1,
    )
    second = store.set_annotation(
        rid, "f1", status="no_action", comment="確認済み", author="佐藤", expected_version=1
    )
    assert second.version == 2
    assert store.annotations(rid) == {"f1": second}


def test_annotation_timestamp_is_iso_utc(store: Store) -> None:
    rid = _save(store, ["f1"])
    ann = store.set_annotation(
        rid, "f1", status="on_hold", comment="", author="山田", expected_version=None
    )
    assert datetime.fromisoformat(ann.updated_at).utcoffset().total_seconds() == 0
    assert store.annotations(rid)["f1"].updated_at == ann.updated_at


@pytest.mark.parametrize(
    ("status", "finding", "code"),
    [
        ("done", "f1", "store.bad_status"),
        ("needs_fix", "nope", "store.unknown_finding"),
    ],
)
def test_bad_annotation_is_refused(store: Store, status: str, finding: str, code: str) -> None:
    rid = _save(store, ["f1"])
    with pytest.raises(StoreError) as info:
        store.set_annotation(rid, finding, status=status, comment="x", author="a", expected_version=None)
    assert info.value.code == code
    assert store.annotations(rid) == {}


def test_unknown_review_is_a_bilingual_store_error(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        store.annotations(999)
    assert info.value.code == "store.unknown_review"
    assert info.value.message_ja == "レビュー 999 はデータベースにありません。"
    assert info.value.message_en == "Review 999 is not in the database."


def test_load_review_rows_joins_annotations(store: Store) -> None:
    rid = _save(store, ["f1", "f2"])
    ann = store.set_annotation(
        rid, "f2", status="needs_fix", comment="要修正", author="山田", expected_version=None
    )
    rows = store.load_review_rows(rid)
    assert [(r.finding.id, r.state, r.annotation) for r in rows] == [
        ("f1", "open", None),
        ("f2", "open", ann),
    ]


def test_find_review_for_returns_latest_review_of_that_exact_file(store: Store) -> None:
    review = make_review(TITLE, ["f1"])
    first = store.save_review(review, reviewer=REVIEWER, source_path="/a.txt")
    second = store.save_review(review, reviewer=REVIEWER, source_path="/a.txt")
    other = make_review(TITLE, ["f2"])
    store.save_review(other, reviewer=REVIEWER, source_path="/b.txt")
    assert first < second
    assert store.find_review_for(review.ordinance.document.source.sha256) == second
    assert store.find_review_for("0" * 64) is None


def test_find_family_lists_newest_first_and_only_that_title(store: Store) -> None:
    a = _save(store, ["f1"])
    _save(store, ["f1"], title="別市個人情報保護条例")
    b = _save(store, ["f1", "f2"])
    family = store.find_family(TITLE)
    assert [(s.id, s.previous_review_id) for s in family] == [(b, a), (a, None)]
    assert store.find_family("存在しない条例") == []


def test_review_summary_counts(store: Store) -> None:
    first = _save(store, ["f1", "f2", "f3"])
    store.set_annotation(first, "f1", status="needs_fix", comment="", author="a", expected_version=None)
    store.set_annotation(first, "f2", status="unreviewed", comment="メモ", author="a", expected_version=None)
    rid = _save(store, ["f1", "f2", "f4"])
    summary = store.review_summary(rid)
    review = make_review(TITLE, ["f1", "f2", "f4"], body="第1条")
    assert (
        summary.title,
        summary.source_path,
        summary.sha256,
        summary.source_format,
        summary.size,
        summary.profile_id,
        summary.profile_version,
        summary.reviewer,
        summary.state,
        summary.previous_review_id,
        summary.municipality,
        summary.open_count,
        summary.obsolete_count,
        summary.annotated_count,
    ) == (
        TITLE,
        "/drafts/a.txt",
        review.ordinance.document.source.sha256,
        "txt",
        review.ordinance.document.source.size,
        "basic-policy-2016",
        "1.0",
        "山田 花子",
        "active",
        first,
        "",
        3,
        1,
        1,
    )


def test_set_municipality(store: Store) -> None:
    rid = _save(store, ["f1"])
    store.set_municipality(rid, "架空市")
    assert store.review_summary(rid).municipality == "架空市"


def test_history_records_every_change_in_order(store: Store) -> None:
    rid = _save(store, ["f1", "f2"])
    store.set_annotation(rid, "f1", status="needs_fix", comment="一", author="山田", expected_version=None)
    store.set_annotation(rid, "f2", status="on_hold", comment="二", author="佐藤", expected_version=None)
    store.set_annotation(rid, "f1", status="no_action", comment="三", author="佐藤", expected_version=1)
    trail = [
        (h.review_id, h.finding_id, h.action, h.old_status, h.new_status, h.old_comment, h.new_comment, h.author)
        for h in store.history(rid)
    ]
    assert trail == [
        (rid, "f1", "create", None, "needs_fix", None, "一", "山田"),
        (rid, "f2", "create", None, "on_hold", None, "二", "佐藤"),
        (rid, "f1", "update", "needs_fix", "no_action", "一", "三", "佐藤"),
    ]


def test_writes_report_their_changes(store: Store) -> None:
    rid = _save(store, ["f1"])
    assert store.last_changes == StoreChanges(review_ids=frozenset({rid}), review_list=True)
    store.set_annotation(rid, "f1", status="needs_fix", comment="", author="a", expected_version=None)
    assert store.last_changes == StoreChanges(
        review_ids=frozenset({rid}), finding_ids=frozenset({"f1"})
    )


def test_duplicate_finding_ids_in_one_review_keep_the_first(store: Store) -> None:
    review = make_review(TITLE, ["f1", "f2"])
    dup = review.findings[0].__class__(**{**_fields(review.findings[1]), "id": "f1"})
    from dataclasses import replace

    review = replace(review, findings=(*review.findings, dup))
    rid = store.save_review(review, reviewer=REVIEWER, source_path="/a.txt")
    assert [sf.finding for sf in store.findings(rid)] == list(review.findings[:2])


def _fields(obj: object) -> dict:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]


def test_data_survives_reopening(db_url: str) -> None:
    with open_store(db_url) as first:
        rid = _save(first, ["f1"])
        ann = first.set_annotation(rid, "f1", status="needs_fix", comment="残る", author="a", expected_version=None)
    with open_store(db_url) as again:
        assert again.annotations(rid) == {"f1": ann}


# --------------------------------------------------------------------------- opening (SQLite)


def test_default_store_lives_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home" / "nested"
    monkeypatch.setenv("ORDREVIEW_HOME", str(home))
    monkeypatch.delenv("ORDREVIEW_DB_URL", raising=False)
    with open_store() as store:
        assert store.backend == "sqlite"
    assert (home / "reviews.sqlite3").is_file()


def test_env_url_is_used_when_no_url_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "team.sqlite3"
    monkeypatch.setenv("ORDREVIEW_DB_URL", f"sqlite:///{target}")
    with open_store():
        pass
    assert target.is_file()
    assert resolve_url().database == str(target)


def test_sqlite_runs_in_wal_with_foreign_keys_and_full_sync(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.sqlite3")) as store:
        with store.engine.connect() as conn:
            got = [
                conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                for p in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
            ]
    assert got == ["wal", 1, 2, 10000]


@pytest.mark.parametrize(
    "url",
    [
        "nonsense://x",
        "sqlite:////tmp/\0bad.sqlite3",
        "postgresql+psycopg://nobody:secret@127.0.0.1:1/none",
    ],
)
def test_unusable_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError) as info:
        open_store(url)
    assert info.value.code == "store.open_failed"
    assert "secret" not in info.value.message_en


def test_a_folder_that_cannot_be_created_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        open_store(str(blocker / "sub" / "reviews.sqlite3"))
    assert info.value.code == "store.open_failed"


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "reviews.sqlite3"
    bogus.write_bytes(b"this is a Word file, not a database" * 10)
    before = bogus.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(str(bogus))
    assert info.value.code == "store.open_failed"
    assert "file is not a database" in info.value.message_en
    assert bogus.read_bytes() == before


def test_in_memory_sqlite_works() -> None:
    with open_store("sqlite://") as store:
        rid = _save(store, ["f1"])
        assert store.set_annotation(
            rid, "f1", status="needs_fix", comment="", author="a", expected_version=None
        ) == Annotation("f1", "needs_fix", "", "a", store.annotations(rid)["f1"].updated_at, 1)


def test_finding_without_span_round_trips(store: Store) -> None:
    from dataclasses import replace

    from ordreview.core.model import Location

    review = make_review(TITLE, ["f1"])
    whole = replace(
        make_finding("f0"),
        location=Location(None, None, None, None),
        requirement=None,
        evidence=(),
    )
    review = replace(review, findings=(whole,))
    rid = store.save_review(review, reviewer=REVIEWER, source_path="/a.txt")
    assert [sf.finding for sf in store.findings(rid)] == [whole]


@pytest.mark.parametrize(
    ("table", "action", "code"),
    [
        ("history", "write", "store.write_failed"),
        ("annotations", "read", "store.read_failed"),
    ],
)
def test_database_failures_become_bilingual_store_errors(store: Store, table: str, action: str, code: str) -> None:
    from sqlalchemy import text

    rid = _save(store, ["f1"])
    with store.engine.begin() as conn:
        conn.execute(text(f"DROP TABLE {table} CASCADE" if store.backend == "postgresql" else f"DROP TABLE {table}"))
    with pytest.raises(StoreError) as info:
        if action == "write":
            store.set_annotation(rid, "f1", status="needs_fix", comment="x", author="a", expected_version=None)
        else:
            store.annotations(rid)
    assert info.value.code == code
    assert table in info.value.message_en
    if action == "write":  # no annotation without its audit entry: the write rolled back
        assert store.annotations(rid) == {}
