"""Portable review file: export on one database, import on another, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.core.errors import StoreError
from ordreview.store import Store, open_store
from ordreview.store.portable import SCHEMA_VERSION
from tests.store.factory import REVIEWER, make_review

TITLE = "架空郡架空町個人情報保護条例"


def _annotated(store: Store) -> int:
    r1 = store.save_review(make_review(TITLE, ["a", "b", "c"]), reviewer=REVIEWER, source_path="/v1.txt")
    store.set_annotation(r1, "a", status="needs_fix", comment="定義を追加", author="山田", expected_version=None)
    store.set_annotation(r1, "b", status="on_hold", comment="審議会に諮る", author="山田", expected_version=None)
    r2 = store.save_review(make_review(TITLE, ["a", "d"]), reviewer=REVIEWER, source_path="/v2.txt")
    store.set_annotation(r2, "a", status="no_action", comment="修正済み", author="佐藤", expected_version=1)
    store.set_municipality(r2, "架空町")
    return r2


def test_round_trip_into_another_database(store: Store, tmp_path: Path) -> None:
    rid = _annotated(store)
    path = store.export_review(rid, tmp_path / "review.json")
    with open_store(str(tmp_path / "colleague.sqlite3")) as colleague:
        new_id = colleague.import_review_file(path)
        assert colleague.load_review_rows(new_id) == store.load_review_rows(rid)
        mine, theirs = store.review_summary(rid), colleague.review_summary(new_id)
        assert (theirs.previous_review_id, theirs.id) == (None, new_id)
        assert [getattr(theirs, f) for f in _SUMMARY_FIELDS] == [getattr(mine, f) for f in _SUMMARY_FIELDS]
        strip = lambda hs: [(h.finding_id, h.action, h.old_status, h.new_status, h.old_comment, h.new_comment, h.author, h.at) for h in hs]  # noqa: E731
        assert strip(colleague.history(new_id)) == strip(store.history(rid))
        assert len(colleague.history(new_id)) == 3
        # the imported review can be worked on and continues the versions
        ann = colleague.annotations(new_id)["a"]
        assert colleague.set_annotation(new_id, "a", status="needs_fix", comment="再修正", author="鈴木", expected_version=ann.version).version == 3


_SUMMARY_FIELDS = (
    "title", "source_path", "sha256", "source_format", "size", "profile_id", "profile_version",
    "reviewer", "created_at", "updated_at", "state", "municipality", "open_count",
    "obsolete_count", "annotated_count",
)  # fmt: skip


def test_exported_file_layout(store: Store, tmp_path: Path) -> None:
    rid = _annotated(store)
    data = json.loads(store.export_review(rid, tmp_path / "r.json").read_text("utf-8"))
    assert (data["format"], data["schema_version"]) == ("ordreview-review", 1)
    assert sorted(data) == [
        "annotations", "app_version", "document", "exported_at", "findings", "format",
        "history", "review", "schema_version",
    ]  # fmt: skip
    assert [(f["finding_id"], f["state"]) for f in data["findings"]] == [
        ("a", "open"),
        ("d", "open"),
        ("b", "obsolete"),
        ("c", "obsolete"),
    ]
    assert [(a["finding_id"], a["status"], a["comment"], a["version"]) for a in data["annotations"]] == [
        ("a", "no_action", "修正済み", 2),
        ("b", "on_hold", "審議会に諮る", 1),
    ]
    assert data["findings"][0]["comparison"]["statute_ref"] == "行政機関個人情報保護法 第2条第2項"
    assert "審議会に諮る" in (tmp_path / "r.json").read_text("utf-8")  # readable, not \\u-escaped


def test_export_to_an_unwritable_place_is_a_store_error(store: Store, tmp_path: Path) -> None:
    rid = _annotated(store)
    with pytest.raises(StoreError) as info:
        store.export_review(rid, tmp_path / "missing-folder" / "r.json")
    assert info.value.code == "store.export_failed"
    assert list(tmp_path.rglob(".ordreview-*.tmp")) == []


def _exported(store: Store, tmp_path: Path) -> dict:
    rid = _annotated(store)
    return json.loads(store.export_review(rid, tmp_path / "r.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda d: d.update(schema_version=SCHEMA_VERSION + 1), "store.import_too_new"),
        (lambda d: d.update(schema_version="1"), "store.import_invalid"),
        (lambda d: d.update(format="something-else"), "store.import_invalid"),
        (lambda d: d.pop("findings"), "store.import_invalid"),
        (lambda d: d["annotations"][0].update(finding_id="zzz"), "store.import_invalid"),
        (lambda d: d["annotations"][0].update(status="done"), "store.import_invalid"),
        (lambda d: d["findings"][0].update(state="gone"), "store.import_invalid"),
        (lambda d: d["findings"][0].update(span_start=9, span_end=2), "store.import_invalid"),
        (lambda d: d["review"].update(created_at="yesterday"), "store.import_invalid"),
    ],
)
def test_bad_file_is_refused_and_nothing_is_imported(store: Store, tmp_path: Path, mutate, code: str) -> None:  # type: ignore[no-untyped-def]
    data = _exported(store, tmp_path)
    mutate(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    before = [s.id for s in store.find_family(TITLE)]
    with pytest.raises(StoreError) as info:
        store.import_review_file(bad)
    assert info.value.code == code
    assert [s.id for s in store.find_family(TITLE)] == before


def test_newer_file_message_is_bilingual(store: Store, tmp_path: Path) -> None:
    data = _exported(store, tmp_path)
    data["schema_version"] = 7
    bad = tmp_path / "new.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(StoreError) as info:
        store.import_review_file(bad)
    assert info.value.message_ja == (
        f"レビューのファイル（{bad}）の形式の版 7 はこの版の ordreview では読めません（読める版: 1）。"
    )
    assert info.value.message_en == (
        f"The review file ({bad}) has format version 7, which this ordreview cannot read (readable: 1)."
    )


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00garbage",
    ],
)
def test_unreadable_file_is_refused(store: Store, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "x.json"
    bad.write_bytes(content)
    with pytest.raises(StoreError) as info:
        store.import_review_file(bad)
    assert info.value.code == "store.import_unreadable"


def test_missing_file_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        store.import_review_file(tmp_path / "nowhere.json")
    assert info.value.code == "store.import_unreadable"
