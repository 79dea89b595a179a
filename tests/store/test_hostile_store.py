"""The store against a careless colleague: stale windows, foreign files, damaged databases."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from ordreview.core.errors import StoreError
from ordreview.store import Store, migrate, open_store
from tests.store.factory import REVIEWER, make_review

TITLE = "架空町個人情報保護条例"


def _note(store: Store, rid: int, fid: str, comment: str, *, seen: int | None = "current") -> None:  # type: ignore[assignment]
    if seen == "current":
        current = store.annotations(rid).get(fid)
        seen = None if current is None else current.version
    store.set_annotation(rid, fid, status="needs_fix", comment=comment, author="山田", expected_version=seen)


def _newest(store: Store) -> int:
    return store.find_family(TITLE)[0].id


def test_a_note_saved_on_an_older_review_is_carried_to_the_newer_one(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a", "b"]), reviewer=REVIEWER, source_path="/d.txt")
    _note(store, r1, "a", "最初のメモ")
    window_a_saw = store.annotations(r1)["a"].version  # window A is open on review 1
    seen_b = store.annotations(r1).get("b")  # nothing on b yet
    # another session opens the draft again (another profile: other findings) → review 2
    r2 = store.save_review(make_review(TITLE, ["a", "c"]), reviewer=REVIEWER, source_path="/d.txt")
    assert _newest(store) == r2
    # window A goes on saving notes on review 1, as it saw it
    _note(store, r1, "a", "窓Aで直したメモ", seen=window_a_saw)
    _note(store, r1, "b", "窓Aの新しいメモ", seen=None if seen_b is None else seen_b.version)
    newest = store.annotations(r2)
    assert newest["a"].comment == "窓Aで直したメモ"
    assert newest["b"].comment == "窓Aの新しいメモ"  # an obsolete finding there, still shown
    assert [h.action for h in store.history(r2) if h.finding_id == "b"][-1] == "carry"
    # and the newest review can be edited on from there
    _note(store, r2, "a", "新しいレビューで続けたメモ")
    assert store.annotations(r2)["a"].comment == "新しいレビューで続けたメモ"


def test_a_stale_note_never_overwrites_a_newer_reviews_own_edit(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/d.txt")
    _note(store, r1, "a", "元のメモ")
    seen = store.annotations(r1)["a"].version
    r2 = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/d.txt")
    _note(store, r2, "a", "新しいレビューで書いたメモ")
    with pytest.raises(StoreError) as info:
        _note(store, r1, "a", "古い窓のメモ", seen=seen)
    assert info.value.code == "store.newer_review"
    assert str(r2) in info.value.message_ja and "newer review" in info.value.message_en
    assert store.annotations(r1)["a"].comment == "元のメモ"  # nothing saved: the officer was told
    assert store.annotations(r2)["a"].comment == "新しいレビューで書いたメモ"


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "household.sqlite3"
    con = sqlite3.connect(db)
    con.execute("create table accounts (id integer primary key, name text)")
    con.execute("insert into accounts (name) values ('家計簿')")
    con.commit()
    con.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as info:
        open_store(str(db))
    assert info.value.code == "store.foreign_database"
    assert "accounts" in info.value.message_ja and "not an ordreview database" in info.value.message_en
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["household.sqlite3"]


def test_two_version_rows_are_reported_as_damage_not_as_a_newer_version(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite3"
    with open_store(str(db)):
        pass
    con = sqlite3.connect(db)
    con.execute("insert into alembic_version (version_num) values ('0001')")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as info:
        open_store(str(db))
    assert info.value.code == "store.version_rows"
    assert "newer" not in info.value.message_en and "2 rows" in info.value.message_en


def test_an_interrupted_upgrade_leaves_one_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "reviews.sqlite3"
    url = f"sqlite:///{db}"
    migrate.upgrade(make_url(url), target="0001")

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("停電")

    monkeypatch.setattr(migrate, "upgrade", broken)
    for _ in range(3):
        with pytest.raises(StoreError):
            open_store(url)
    backups = sorted(p.name for p in tmp_path.glob("*.bak-*"))
    assert len(backups) == 1 and re.fullmatch(r"reviews\.sqlite3\.bak-0001-\d{8}T\d{12}Z", backups[0])
    monkeypatch.undo()
    with open_store(url) as store:
        assert store.backup_path is not None
    assert len(list(tmp_path.glob("*.bak-*"))) == 1


def test_damaged_stored_json_is_a_bilingual_store_error(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite3"
    with open_store(str(db)) as store:
        rid = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/d.txt")
    con = sqlite3.connect(db)
    con.execute("update findings set evidence_json = '{\"evid'")
    con.commit()
    con.close()
    with open_store(str(db)) as store, pytest.raises(StoreError) as info:
        store.load_review_rows(rid)
    assert info.value.code == "store.read_failed" and info.value.message_ja and info.value.message_en


def test_a_database_cut_short_is_a_bilingual_store_error(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite3"
    with open_store(str(db)) as store:
        for k in range(30):
            store.save_review(make_review(TITLE, [f"f{k}-{i}" for i in range(20)]), reviewer=REVIEWER,
                              source_path="/d.txt")
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 - 1])
    with pytest.raises(StoreError) as info:
        with open_store(str(db)) as store:
            for summary in store.recent_reviews(limit=50):
                store.load_review_rows(summary.id)
    assert info.value.message_ja and info.value.message_en


def test_a_lone_surrogate_in_a_note_is_stored_as_a_replacement_character(store: Store) -> None:
    rid = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/d.txt")
    saved = store.set_annotation(rid, "a", status="needs_fix", comment="壊れた\ud800文字", author="山\udfff田",
                                 expected_version=None)
    assert (saved.comment, saved.author) == ("壊れた\ufffd文字", "山\ufffd田")
    assert store.annotations(rid)["a"].comment == "壊れた\ufffd文字"


def test_text_no_encoding_can_store_is_a_bilingual_store_error(store: Store) -> None:
    rid = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/d.txt")
    with pytest.raises(StoreError) as info:  # past the note's own guard: the write is still safe
        store.set_municipality(rid, "壊れた\ud800市")
    assert info.value.code == "store.write_failed" and info.value.message_ja and info.value.message_en
