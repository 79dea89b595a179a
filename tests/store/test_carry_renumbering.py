"""End to end: an officer's note follows its finding through a revision that renumbers.

The engine reviews a draft, the store saves it and an officer annotates two findings; the
revised draft inserts (or deletes) an article before them, so every later article changes
its number (繰下げ / 繰上げ). The new review, saved as the next revision, must show the notes
on the same findings, now at their new numbers, and nothing obsolete.
"""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from ordreview.store import Store
from tests.core import renumbering
from tests.store.factory import REVIEWER


def _review(text: str):
    return review_ordinance(parse_text(text), load_profile())


@pytest.mark.parametrize(
    ("revise", "moved_to"),
    [(renumbering.with_inserted_article, "8"), (renumbering.with_deleted_article, "6")],
    ids=["insert an article", "delete an article"],
)
def test_notes_follow_renumbered_findings(store: Store, revise, moved_to: str) -> None:
    first = _review(renumbering.original())
    penalty = next(f for f in first.findings if f.rule == "penalty.limit")
    dangling = next(f for f in first.findings if f.rule == "ref.unresolved" and f.anchor_text == "第99条")
    assert penalty.location.article == "7"
    r1 = store.save_review(first, reviewer=REVIEWER, source_path="/v1.txt")
    store.set_annotation(r1, penalty.id, status="needs_fix", comment="上限を確認", author="山田", expected_version=None)
    store.set_annotation(r1, dangling.id, status="on_hold", comment="引用先を照会中", author="山田", expected_version=None)

    second = _review(revise())
    r2 = store.save_review(second, reviewer=REVIEWER, source_path="/v2.txt")
    assert store.review_summary(r2).previous_review_id == r1
    rows = {r.finding.id: r for r in store.load_review_rows(r2)}
    assert [r.finding.rule for r in rows.values() if r.state == "obsolete"] == []
    moved = rows[penalty.id]
    assert moved.finding.location.article == moved_to
    assert (moved.annotation.status, moved.annotation.comment) == ("needs_fix", "上限を確認")
    assert (rows[dangling.id].annotation.status, rows[dangling.id].annotation.comment) == ("on_hold", "引用先を照会中")
