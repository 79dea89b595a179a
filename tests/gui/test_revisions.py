"""A revised draft in the real window: findings that vanished stay visible (obsolete, greyed,
filterable, with their notes and history), and the audit trail of a finding is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ordreview.core.model import FindingId
from ordreview.gui.models.findings import COL_MESSAGE, COL_PLACE, OBSOLETE_COLOUR, FindingIdRole, StateRole
from ordreview.gui.widgets.detail import history_html, local_time
from ordreview.store import HistoryEntry
from ordreview.store import open_store
from tests.conftest import FIXTURES

DANGLING_28 = "第99条に定める方法により行う"  # a reference to no article: an O2 finding on 第28条
DELEGATION_28 = "規則で定める方法により行う"  # what model-complete.txt says there


@pytest.fixture
def revised(make_window, tmp_path: Path):
    """model-complete.txt with a dangling reference in 第28条, annotated on that finding, then a
    revision that fixes the reference, opened. (The delegations of the draft are one inventory
    finding, which a one-article revision does not make vanish.)"""
    original = tmp_path / "minato.txt"
    text = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    assert text.count(DELEGATION_28) == 1
    text = text.replace(DELEGATION_28, DANGLING_28)
    original.write_text(text, encoding="utf-8")
    window = make_window()
    window.open_file(str(original))
    gone = next(f for f in window.review.findings if f.location.article == "28" and f.requirement == "O2")
    window.select_finding(gone.id)
    window.set_current_status("on_hold")
    window.editor.comment.insertPlainText("規則案の第5条を確認")
    window.editor.flush()
    first_review = window.review_id
    second = tmp_path / "minato-rev2.txt"
    second.write_text(text.replace(DANGLING_28, "適切な方法により行う"), encoding="utf-8")
    window.open_file(str(second))
    assert window.review_id != first_review
    return window, gone


def test_vanished_finding_is_shown_obsolete_with_its_note(revised, qtmodeltester) -> None:
    window, gone = revised
    model = window.findings_model
    assert gone.id not in {f.id for f in window.review.findings}
    assert model.rowCount() == len(window.review.findings) + 1
    row = model.row_of(gone.id)
    assert row == model.rowCount() - 1  # after the draft's own findings
    assert model.state(gone.id) == "obsolete"
    assert model.index(row, 0).data(StateRole) == "obsolete"
    assert model.index(row, COL_MESSAGE).data() == "［廃止］" + gone.message_ja
    # named by the label stored with it (its revision's 第28条 has two 項), not guessed from the finding alone
    assert model.index(row, COL_PLACE).data() == "第28条第1項"
    assert model.index(row, COL_MESSAGE).data(Qt.ItemDataRole.ForegroundRole) == QColor(OBSOLETE_COLOUR)
    ann = model.annotation(gone.id)
    assert (ann.status, ann.comment) == ("on_hold", "規則案の第5条を確認")
    assert {model.state(f.id) for f in window.review.findings} == {"open"}
    assert window.counts_label.text().endswith("廃止 1")
    qtmodeltester.check(model)


def test_obsolete_finding_is_not_highlighted_and_its_detail_says_so(revised) -> None:
    window, gone = revised
    spanned = [f for f in window.review.findings if f.location.span is not None and len(f.location.span) > 0]
    assert window.draft.highlight_count() == len(spanned)
    window.draft.jump_to(0)
    window.select_finding(gone.id)
    assert window.draft.textCursor().position() == 0  # the span belongs to the earlier draft
    text = window.detail.toPlainText()
    assert "廃止: 以前の版の条例案で出された指摘です。" in text
    assert window.editor.comment.toPlainText() == "規則案の第5条を確認"
    assert [(h.action, h.new_status, h.new_comment) for h in window.detail.history()] == [
        ("create", "on_hold", "規則案の第5条を確認"),
    ]


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("", "all"),
        ("open", "current"),
        ("resolved", "none"),
        ("obsolete", "gone"),
    ],
)
def test_state_filter(revised, state: str, expected: str) -> None:
    window, gone = revised
    panel = window.findings
    panel.state.setCurrentIndex(panel.state.findData(state))
    shown = [panel.proxy.index(r, 0).data(FindingIdRole) for r in range(panel.proxy.rowCount())]
    current = [f.id for f in window.review.findings]
    assert shown == {"all": [*current, gone.id], "current": current, "none": [], "gone": [gone.id]}[expected]


def test_state_filter_labels(make_window) -> None:
    panel = make_window().findings
    assert [panel.state.itemText(i) for i in range(panel.state.count())] == [
        "すべての指摘", "未解決", "解決済み", "廃止（以前の版）",
    ]


def test_f8_skips_obsolete_findings(revised) -> None:
    window, gone = revised
    last_current = window.review.findings[-1]
    window.select_finding(last_current.id)
    window.next_action.trigger()  # wraps to the first finding, not to the obsolete row
    assert window.findings.current_id() == window.review.findings[0].id


def test_obsolete_note_can_still_be_edited(revised) -> None:
    window, gone = revised
    window.select_finding(gone.id)
    window.set_current_status("no_action")
    window.editor.flush()
    with open_store() as store:
        stored = store.annotations(window.review_id)[FindingId(gone.id)]
    assert (stored.status, stored.comment, stored.version) == ("no_action", "規則案の第5条を確認", 2)


def test_history_pane_follows_every_save(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = window.review.findings[2]
    window.select_finding(target.id)
    assert "変更履歴" in window.detail.toPlainText()
    assert "まだ注釈はありません。" in window.detail.toPlainText()
    window.set_current_status("needs_fix")
    window.editor.flush()
    window.editor.comment.insertPlainText("定義を法に合わせる")
    window.editor.flush()
    entries = window.detail.history()
    assert [(h.action, h.old_status, h.new_status, h.new_comment, h.author) for h in entries] == [
        ("create", None, "needs_fix", "", window.settings.reviewer().name),
        ("update", "needs_fix", "needs_fix", "定義を法に合わせる", window.settings.reviewer().name),
    ]
    text = window.detail.toPlainText()
    assert local_time(entries[1].at) in text
    assert "定義を法に合わせる" in text
    other = window.review.findings[3]
    window.select_finding(other.id)
    assert window.detail.history() == []


def _entry(old: str | None, new: str, old_comment: str | None, comment: str) -> HistoryEntry:
    return HistoryEntry(1, 1, FindingId("f"), "update" if old else "create", old, new, old_comment, comment,
                        "法制 花子", "2026-11-27T02:19:29.123456+00:00")


@pytest.mark.parametrize(
    ("entry", "cells"),
    [
        (_entry(None, "needs_fix", None, "要修正"), ["2026-11-27 11:19", "法制 花子", "要修正", "要修正"]),
        (_entry("needs_fix", "on_hold", "a", "a"), ["2026-11-27 11:19", "法制 花子", "要修正 → 保留", ""]),
        (_entry("on_hold", "on_hold", "a", "b"), ["2026-11-27 11:19", "法制 花子", "保留", "b"]),
    ],
)
def test_history_table_cells(qapp, entry: HistoryEntry, cells: list[str]) -> None:
    from datetime import timedelta, timezone

    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(history_html([entry], tz=timezone(timedelta(hours=9))))
    table = doc.rootFrame().childFrames()[0]
    row = [table.cellAt(1, c).firstCursorPosition().block().text() for c in range(4)]
    assert row == cells


def test_export_after_a_revision_ignores_nothing_it_needs(revised, dialogs, tmp_path) -> None:
    import docx

    window, gone = revised
    dialogs.folder_answer = str(tmp_path)
    window.export_action.trigger()
    assert dialogs.errors == []
    annotated = tmp_path / "minato-rev2_review-annotated.docx"
    comments = [c.text for c in docx.Document(str(annotated)).comments]
    assert not any("規則案の第5条を確認" in c for c in comments)  # the obsolete note has no place in this draft
    # ... but the report keeps it for the 審議会 history, in its own section
    report = docx.Document(str(tmp_path / "minato-rev2_review-report.docx"))
    headings = [p.text for p in report.paragraphs]
    assert "4　前回指摘の対応状況" in headings
    last = report.tables[-1]
    assert [c.text for c in last.rows[0].cells][:4] == ["No.", "前回の位置", "項目", "前回の指摘内容"]
    rows = [[c.text for c in r.cells] for r in last.rows[1:]]
    mine = [r for r in rows if r[3] == gone.message_ja]
    assert len(mine) == 1
    assert mine[0][4] == "保留" and mine[0][5].startswith("規則案の第5条を確認") and mine[0][6] == "本案で解消"
    from ordreview.gui.models.findings import COL_PLACE

    model = window.findings_model
    stored = next(f for f in model.findings() if f.id == gone.id)
    assert stored.place  # the label of the revision it was found on, kept by the store
    assert mine[0][1] == stored.place == model.index(model.row_of(gone.id), COL_PLACE).data()  # report = window
    assert len(rows) == sum(1 for f in window.findings_model.findings() if window.findings_model.is_obsolete(f.id))


def test_report_of_a_first_draft_has_no_earlier_section(make_window, dialogs, tmp_path) -> None:
    import docx

    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    dialogs.folder_answer = str(tmp_path)
    window.export()
    report = docx.Document(str(tmp_path / "defects_review-report.docx"))
    assert not any("前回指摘" in p.text for p in report.paragraphs)


def test_marking_a_finding_resolved_and_open_again(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = window.review.findings[1]
    window.select_finding(target.id)
    window.resolve_action.trigger()
    row = window.findings_model.row_of(target.id)
    assert window.findings_model.state(target.id) == "resolved"
    assert window.findings_model.index(row, 5).data() == "✓ 解決済み"  # the note status moved to the tooltip (narrow 状態 column)
    assert "未確認" in window.findings_model.index(row, 5).data(3)
    with open_store() as store:
        assert {f.finding.id: f.state for f in store.findings(window.review_id)}[target.id] == "resolved"
    panel = window.findings
    panel.state.setCurrentIndex(panel.state.findData("resolved"))
    assert [panel.proxy.index(r, 0).data(FindingIdRole) for r in range(panel.proxy.rowCount())] == [target.id]
    window.resolve_action.trigger()
    assert panel.proxy.rowCount() == 0
    assert window.findings_model.state(target.id) == "open"
    assert window.findings_model.index(row, 5).data() == "未確認"


def test_obsolete_finding_cannot_be_marked_resolved(revised) -> None:
    window, gone = revised
    window.select_finding(gone.id)
    window.resolve_action.trigger()
    assert window.findings_model.state(gone.id) == "obsolete"


def test_cli_report_of_the_revision_has_the_earlier_section(revised, tmp_path) -> None:
    import docx

    from ordreview.cli import main

    window, gone = revised
    window.close()
    source = Path(window.path)
    assert main(["export", str(source), "-o", str(tmp_path / "cli"), "--report-only"]) == 0
    report = docx.Document(str(tmp_path / "cli" / f"{source.stem}_review-report.docx"))
    assert "4　前回指摘の対応状況" in [p.text for p in report.paragraphs]
    assert any(r.cells[3].text == gone.message_ja and r.cells[5].text.startswith("規則案の第5条を確認")
               for r in report.tables[-1].rows[1:])
