"""Carry-over: a revised draft's review keeps every annotation; vanished findings stay obsolete."""

from __future__ import annotations

import pytest

from ordreview.core.errors import StoreError
from ordreview.store import Store
from tests.store.factory import OTHER, REVIEWER, make_review

TITLE = "架空村個人情報保護条例"


def _annotate(store: Store, rid: int, fid: str, status: str, comment: str) -> None:
    current = store.annotations(rid).get(fid)
    store.set_annotation(
        rid,
        fid,
        status=status,
        comment=comment,
        author="山田",
        expected_version=None if current is None else current.version,
    )


def _table(store: Store, rid: int) -> list[tuple[str, str, str | None, str | None, int | None]]:
    return [
        (
            r.finding.id,
            r.state,
            None if r.annotation is None else r.annotation.status,
            None if r.annotation is None else r.annotation.comment,
            None if r.annotation is None else r.annotation.version,
        )
        for r in store.load_review_rows(rid)
    ]


def test_revision_by_same_title_carries_annotations_and_keeps_vanished_as_obsolete(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a", "b", "c"]), reviewer=REVIEWER, source_path="/v1.txt")
    _annotate(store, r1, "a", "needs_fix", "定義が不足")
    _annotate(store, r1, "a", "needs_fix", "定義が不足（再確認）")
    _annotate(store, r1, "b", "no_action", "対応不要")
    r2 = store.save_review(make_review(TITLE, ["a", "d"]), reviewer=OTHER, source_path="/v2.txt")
    assert _table(store, r2) == [
        ("a", "open", "needs_fix", "定義が不足（再確認）", 2),
        ("d", "open", None, None, None),
        ("b", "obsolete", "no_action", "対応不要", 1),
        ("c", "obsolete", None, None, None),
    ]
    assert store.review_summary(r2).previous_review_id == r1
    # the earlier review itself is unchanged
    assert _table(store, r1) == [
        ("a", "open", "needs_fix", "定義が不足（再確認）", 2),
        ("b", "open", "no_action", "対応不要", 1),
        ("c", "open", None, None, None),
    ]


def test_carried_annotation_continues_its_version_and_history(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/v1.txt")
    _annotate(store, r1, "a", "needs_fix", "一")
    r2 = store.save_review(make_review(TITLE, ["a", "e"]), reviewer=REVIEWER, source_path="/v2.txt")
    carried = store.annotations(r2)["a"]
    assert carried == store.annotations(r1)["a"]
    store.set_annotation(r2, "a", status="no_action", comment="二", author="佐藤", expected_version=carried.version)
    assert [(h.review_id, h.action, h.new_comment) for h in store.history(r2)] == [
        (r1, "create", "一"),
        (r2, "update", "二"),
    ]
    assert [h.new_comment for h in store.history(r1)] == ["一"]


def test_obsolete_finding_that_reappears_is_open_again_with_its_note(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a", "b"]), reviewer=REVIEWER, source_path="/v1.txt")
    _annotate(store, r1, "b", "on_hold", "次回確認")
    r2 = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/v2.txt")
    r3 = store.save_review(make_review(TITLE, ["a", "b"], body="第1条 改"), reviewer=REVIEWER, source_path="/v3.txt")
    assert _table(store, r2)[1] == ("b", "obsolete", "on_hold", "次回確認", 1)
    assert _table(store, r3) == [
        ("a", "open", None, None, None),
        ("b", "open", "on_hold", "次回確認", 1),
    ]


def test_obsolete_findings_are_kept_over_several_revisions(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a", "b"]), reviewer=REVIEWER, source_path="/v1.txt")
    _annotate(store, r1, "b", "needs_fix", "消えた指摘")
    store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/v2.txt")
    r3 = store.save_review(make_review(TITLE, ["c"]), reviewer=REVIEWER, source_path="/v3.txt")
    assert _table(store, r3) == [
        ("c", "open", None, None, None),
        ("a", "obsolete", None, None, None),
        ("b", "obsolete", "needs_fix", "消えた指摘", 1),
    ]


def test_previous_review_id_links_a_renamed_draft(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a", "b"]), reviewer=REVIEWER, source_path="/v1.txt")
    _annotate(store, r1, "a", "needs_fix", "改名前の指摘")
    renamed = "架空村個人情報の保護に関する条例"
    r2 = store.save_review(
        make_review(renamed, ["a"]), reviewer=REVIEWER, source_path="/v2.txt", previous_review_id=r1
    )
    assert _table(store, r2) == [
        ("a", "open", "needs_fix", "改名前の指摘", 1),
        ("b", "obsolete", None, None, None),
    ]
    assert [s.id for s in store.find_family(renamed)] == [r2]


def test_other_title_does_not_carry(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/v1.txt")
    _annotate(store, r1, "a", "needs_fix", "x")
    r2 = store.save_review(make_review("別村個人情報保護条例", ["a"]), reviewer=REVIEWER, source_path="/w.txt")
    assert _table(store, r2) == [("a", "open", None, None, None)]
    assert store.review_summary(r2).previous_review_id is None


def test_untitled_drafts_do_not_form_a_family(store: Store) -> None:
    r1 = store.save_review(make_review("", ["a"]), reviewer=REVIEWER, source_path="/v1.txt")
    _annotate(store, r1, "a", "needs_fix", "x")
    r2 = store.save_review(make_review("", ["a"], body="別"), reviewer=REVIEWER, source_path="/v2.txt")
    assert _table(store, r2) == [("a", "open", None, None, None)]


def test_unknown_previous_review_is_refused(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/v.txt", previous_review_id=42)
    assert info.value.code == "store.unknown_review"
    assert store.find_family(TITLE) == []


def test_resolved_by_hand_then_raised_again_is_open_in_the_next_revision(store: Store) -> None:
    r1 = store.save_review(make_review(TITLE, ["a", "b"]), reviewer=REVIEWER, source_path="/v1.txt")
    store.set_finding_state(r1, "a", "resolved")
    assert [(sf.finding.id, sf.state) for sf in store.findings(r1)] == [("a", "resolved"), ("b", "open")]
    r2 = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/v2.txt")
    assert [(sf.finding.id, sf.state) for sf in store.findings(r2)] == [("a", "open"), ("b", "obsolete")]


@pytest.mark.parametrize(
    ("finding", "state", "code"),
    [
        ("a", "obsolete", "store.bad_state"),
        ("a", "closed", "store.bad_state"),
        ("b", "open", "store.bad_state"),
        ("zz", "resolved", "store.unknown_finding"),
    ],
)
def test_finding_state_changes_are_limited(store: Store, finding: str, state: str, code: str) -> None:
    r1 = store.save_review(make_review(TITLE, ["a", "b"]), reviewer=REVIEWER, source_path="/v1.txt")
    r2 = store.save_review(make_review(TITLE, ["a"]), reviewer=REVIEWER, source_path="/v2.txt")
    assert r1 < r2
    with pytest.raises(StoreError) as info:
        store.set_finding_state(r2, finding, state)
    assert info.value.code == code
    assert [(sf.finding.id, sf.state) for sf in store.findings(r2)] == [("a", "open"), ("b", "obsolete")]
