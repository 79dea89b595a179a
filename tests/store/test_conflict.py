"""Optimistic locking: two independent stores (two officers) on one file or server."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from ordreview.core.errors import ConflictError
from ordreview.store import Store
from tests.store.factory import REVIEWER, make_review

TITLE = "架空町個人情報保護条例"


def _prepare(store: Store) -> int:
    return store.save_review(make_review(TITLE, ["f1", "f2"]), reviewer=REVIEWER, source_path="/a.txt")


def test_second_update_from_the_same_version_conflicts(store: Store, open_second: Callable[[], Store]) -> None:
    rid = _prepare(store)
    store.set_annotation(rid, "f1", status="needs_fix", comment="原案", author="山田", expected_version=None)
    other = open_second()
    mine = store.set_annotation(rid, "f1", status="needs_fix", comment="山田の修正", author="山田", expected_version=1)
    with pytest.raises(ConflictError) as info:
        other.set_annotation(rid, "f1", status="no_action", comment="佐藤の意見", author="佐藤", expected_version=1)
    err = info.value
    assert err.code == "store.conflict"
    assert err.params == {
        "mine": "佐藤の意見",
        "theirs": "山田の修正",
        "theirs_status": "needs_fix",
        "theirs_author": "山田",
        "theirs_version": 2,
    }
    assert err.message_ja == (
        "この指摘の注記は、山田 さんが先に変更しました（版 2）。"
        "上書きはしていません。あなたの入力:「佐藤の意見」 保存済みの内容:「山田の修正」"
    )
    assert err.message_en == (
        "山田 changed this finding's note first (version 2). Nothing was overwritten. "
        "Yours: \u201c佐藤の意見\u201d Saved: \u201c山田の修正\u201d"
    )
    assert other.annotations(rid) == {"f1": mine}


def test_two_first_saves_conflict(store: Store, open_second: Callable[[], Store]) -> None:
    rid = _prepare(store)
    other = open_second()
    mine = store.set_annotation(rid, "f2", status="on_hold", comment="先", author="山田", expected_version=None)
    with pytest.raises(ConflictError) as info:
        other.set_annotation(rid, "f2", status="needs_fix", comment="後", author="佐藤", expected_version=None)
    assert (info.value.params["mine"], info.value.params["theirs"]) == ("後", "先")
    assert store.annotations(rid) == {"f2": mine}


def test_conflict_after_refresh_can_be_resolved(store: Store, open_second: Callable[[], Store]) -> None:
    rid = _prepare(store)
    other = open_second()
    store.set_annotation(rid, "f1", status="needs_fix", comment="a", author="山田", expected_version=None)
    with pytest.raises(ConflictError):
        other.set_annotation(rid, "f1", status="needs_fix", comment="b", author="佐藤", expected_version=None)
    seen = other.annotations(rid)["f1"].version
    merged = other.set_annotation(rid, "f1", status="needs_fix", comment="a + b", author="佐藤", expected_version=seen)
    assert (merged.version, store.annotations(rid)["f1"].comment) == (2, "a + b")


def test_expecting_a_version_of_a_missing_annotation_conflicts(store: Store) -> None:
    rid = _prepare(store)
    with pytest.raises(ConflictError) as info:
        store.set_annotation(rid, "f1", status="needs_fix", comment="x", author="a", expected_version=3)
    assert (info.value.params["theirs"], info.value.params["theirs_version"]) == ("", 0)
    assert store.annotations(rid) == {}


def test_concurrent_writers_never_both_win(store: Store, open_second: Callable[[], Store]) -> None:
    """Eight threads, each with its own store, race to update version 1: exactly one wins."""
    rid = _prepare(store)
    store.set_annotation(rid, "f1", status="needs_fix", comment="base", author="a", expected_version=None)
    stores = [open_second() for _ in range(8)]
    barrier = threading.Barrier(len(stores))
    outcomes: list[str] = []
    lock = threading.Lock()

    def work(i: int, s: Store) -> None:
        barrier.wait()
        try:
            s.set_annotation(rid, "f1", status="no_action", comment=f"w{i}", author=f"u{i}", expected_version=1)
            result = "won"
        except ConflictError:
            result = "conflict"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=work, args=(i, s)) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict"] * 7 + ["won"]
    final = store.annotations(rid)["f1"]
    assert final.version == 2
    assert [h.new_comment for h in store.history(rid)] == ["base", final.comment]
