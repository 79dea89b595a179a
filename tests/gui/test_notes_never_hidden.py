"""A note saved in a window left open on an older review is where the officer looks next.

Window A is open on review 1 of a draft; another session opens the same draft with a profile
that gives other findings (review 2, made from review 1); A then saves a note. Reopening the
draft (the newest review) shows it, with the real store and the real window.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ordreview.core.model import Reviewer
from ordreview.store import open_store
from tests.conftest import FIXTURES


def test_note_saved_on_an_older_review_shows_on_reopening(make_window, qtbot, tmp_path: Path) -> None:
    draft = tmp_path / "minato.txt"
    draft.write_text((FIXTURES / "defects.txt").read_text(encoding="utf-8"), encoding="utf-8")
    window_a = make_window()
    window_a.open_file(str(draft))
    first = window_a.review_id
    target = window_a.review.findings[3]

    other_findings = replace(window_a.review, findings=window_a.review.findings[5:])  # another profile
    store = open_store()
    try:  # another session (another PC, the CLI) opens the same draft: review 2 continues review 1
        second = store.save_review(other_findings, reviewer=Reviewer("別の担当", "BT"), source_path=str(draft),
                                   previous_review_id=first)
    finally:
        store.close()

    window_a.select_finding(target.id)
    with qtbot.waitSignal(window_a.saver.saved, timeout=5000):
        window_a.editor.comment.insertPlainText("窓Aで入力したメモ")
    assert window_a.review_id == first

    window_b = make_window()  # where the officer looks next: the draft opened again
    window_b.open_file(str(draft))
    assert window_b.review_id not in (None, first)
    shown = window_b.findings_model.annotation(target.id)
    assert shown is not None and shown.comment == "窓Aで入力したメモ"
    store = open_store()
    try:
        assert store.annotations(second)[target.id].comment == "窓Aで入力したメモ"
    finally:
        store.close()
