"""The real main window, driven offscreen: open, check, select, annotate, reopen, drop, errors."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ordreview.core.errors import ReadError
from ordreview.core.model import FindingId, Span
from ordreview.core.review import review_file
from ordreview.gui.models.findings import FindingIdRole
from ordreview.store import open_store
from tests.conftest import FIXTURES

DRAFTS = ["model-complete.txt", "defects.txt"]


@pytest.fixture(scope="module")
def engine_reviews() -> dict[str, object]:
    """The engine's own reviews of the fixtures, to compare the window against."""
    return {name: review_file(FIXTURES / name) for name in DRAFTS}


@pytest.mark.parametrize("name", DRAFTS)
def test_open_shows_the_engines_findings_and_coverage(make_window, qtbot, engine_reviews, name) -> None:
    window = make_window()
    with qtbot.waitSignal(window.annotations_loaded, timeout=10_000):
        window.open_file(str(FIXTURES / name))
    expected = engine_reviews[name]
    assert window.findings_model.rowCount() == len(expected.findings)
    assert [f.id for f in window.findings_model.findings()] == [f.id for f in expected.findings]
    counts = Counter(c.status for c in expected.coverage)
    assert window.coverage_model.counts() == {s: counts.get(s, 0) for s in ("covered", "partial", "missing", "not_applicable")}
    assert window.draft.source_text() == expected.ordinance.text
    spanned = [f for f in expected.findings if f.location.span is not None and len(f.location.span) > 0]
    assert window.draft.highlight_count() == len(spanned)
    assert window.windowTitle() == f"{name} — ordreview"
    assert window.settings.recent_files()[0] == str(FIXTURES / name)


def test_selecting_a_finding_selects_its_span(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    proxy = window.findings.proxy
    for row in (0, 5, proxy.rowCount() - 1):
        window.findings.table.selectRow(row)
        fid = proxy.index(row, 0).data(FindingIdRole)
        finding = window.findings_model.finding(window.findings_model.row_of(fid))
        span = finding.location.span
        # through the view's offset map: a flat draft is shown with indentation the text lacks
        assert window.draft.selected_span() == span
        cursor = window.draft.textCursor()
        shown = cursor.selectedText().replace("\u2029", "\n")
        assert shown.replace("\u3000", "") == span.slice(window.review.ordinance.text).replace("\u3000", "")
        assert window.editor.finding_id() == fid


def test_clicking_a_highlight_selects_its_finding(make_window, qtbot) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = next(f for f in window.review.findings if f.location.span and len(f.location.span) >= 3)
    window.draft.jump_to(target.location.span.start)
    cursor = window.draft.textCursor()
    cursor.setPosition(target.location.span.start + 1)
    rect = window.draft.cursorRect(cursor)
    qtbot.mouseClick(window.draft.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    hit = window.draft.findings_at(target.location.span.start + 1)[0]
    assert window.findings.current_id() == hit.id
    assert window.draft.selected_span() == hit.location.span


def test_tooltip_text_names_the_finding(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    f = next(f for f in window.review.findings if f.location.span and f.severity == "error")
    tip = window.draft.tooltip_for([f])
    assert tip == f"● 誤り　{f.requirement or ''}\n{f.message_ja}"


def test_annotation_survives_close_and_reopen(make_window, qtbot) -> None:
    path = str(FIXTURES / "defects.txt")
    window = make_window()
    window.open_file(path)
    target = window.review.findings[3]
    window.select_finding(target.id)
    window.editor.set_status("needs_fix")
    window.editor.comment.insertPlainText("第3項の略称を修正")  # as an IME commits text
    assert window.editor.is_dirty()  # still inside the 400 ms debounce
    window.close()  # must flush

    again = make_window()
    again.open_file(path)
    ann = again.findings_model.annotation(FindingId(target.id))
    assert (ann.status, ann.comment, ann.version) == ("needs_fix", "第3項の略称を修正", 1)
    again.select_finding(target.id)
    assert again.editor.status() == "needs_fix"
    assert again.editor.comment.toPlainText() == "第3項の略称を修正"
    assert again.review_id == window.review_id


def test_debounced_save_goes_out_after_400_ms(make_window, qtbot) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = window.review.findings[1]
    window.select_finding(target.id)
    with qtbot.waitSignal(window.saver.saved, timeout=3000) as blocker:
        window.editor.comment.insertPlainText("要確認")  # as an IME commits text
    assert blocker.args[0].comment == "要確認"
    store = open_store()
    try:
        assert store.annotations(window.review_id)[target.id].comment == "要確認"
    finally:
        store.close()


def test_conflict_asks_and_keeps_mine(make_window, qtbot, dialogs) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = window.review.findings[2]
    store = open_store()
    try:  # another session saves first
        store.set_annotation(window.review_id, target.id, status="on_hold", comment="他の担当者の意見",
                             author="別人", expected_version=None)
        window.select_finding(target.id)
        window.editor.comment.insertPlainText("私の意見")  # as an IME commits text
        window.editor.flush()
        assert len(dialogs.conflicts) == 1
        assert "私の意見" in dialogs.conflicts[0] and "他の担当者の意見" in dialogs.conflicts[0]
        stored = store.annotations(window.review_id)[target.id]
        assert (stored.comment, stored.version) == ("私の意見", 2)
    finally:
        store.close()


def test_next_open_finding_skips_decided_ones(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    ids = [window.findings.proxy.index(r, 0).data(FindingIdRole) for r in range(window.findings.proxy.rowCount())]
    window.select_finding(ids[1])
    window.editor.set_status("no_action")
    window.editor.flush()
    window.select_finding(ids[0])
    window.next_action.trigger()
    assert window.findings.current_id() == ids[2]
    window.prev_action.trigger()
    assert window.findings.current_id() == ids[0]
    window.prev_action.trigger()  # wraps to the last one
    assert window.findings.current_id() == ids[-1]


def test_drop_opens_the_file(make_window) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "model-complete.txt"))])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert window.path == str(FIXTURES / "model-complete.txt")
    assert window.findings_model.rowCount() == len(window.review.findings)


@pytest.mark.parametrize("name", ["random.bin", "encrypted.docx", "empty.txt", "prose.txt"])
def test_bad_file_shows_a_bilingual_error(make_window, dialogs, name) -> None:
    window = make_window()
    path = FIXTURES / "bad" / name
    window.open_file(str(path))
    assert window.review is None
    from ordreview.core.parse import load_ordinance

    with pytest.raises(ReadError) as info:
        load_ordinance(path)
    assert dialogs.errors == [("ファイルを開けません", f"{name}\n\n{info.value.message_ja}\n\n{info.value.message_en}")]


def test_english_ui_shows_english_messages(make_window) -> None:
    window = make_window(lang="en")
    window.open_file(str(FIXTURES / "defects.txt"))
    first = window.findings_model.finding(0)
    assert window.findings_model.index(0, 4).data() == first.message_en


def test_threaded_pools_deliver_on_the_gui_thread(qtbot, dialogs) -> None:
    from ordreview.gui.app import build_window
    from ordreview.gui.settings import AppSettings
    from ordreview.gui.widgets.mainwindow import Pools

    pools = Pools.threaded()
    window = build_window(settings=AppSettings(), pools=pools, dialogs=dialogs, lang="ja")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.annotations_loaded, timeout=20_000):
        window.open_file(str(FIXTURES / "model-complete.txt"))
    assert window.findings_model.rowCount() == len(window.review.findings)
    target = window.review.findings[0]
    window.select_finding(target.id)
    with qtbot.waitSignal(window.saver.saved, timeout=5000):
        window.set_current_status("on_hold")
    assert window.findings_model.status(target.id) == "on_hold"
    window.close()
    assert dialogs.errors == []


def test_cancelling_the_check_leaves_the_window_empty(qtbot, dialogs, tmp_path) -> None:
    from bench.gen import generate_ordinance
    from ordreview.gui.app import build_window
    from ordreview.gui.settings import AppSettings
    from ordreview.gui.widgets.mainwindow import Pools

    draft = tmp_path / "big.txt"
    draft.write_text(generate_ordinance(300), encoding="utf-8")
    window = build_window(settings=AppSettings(), pools=Pools.threaded(), dialogs=dialogs, lang="ja")
    qtbot.addWidget(window)
    window.show()
    window.open_file(str(draft))
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    window.cancel_button.click()
    qtbot.waitUntil(lambda: window._analysis.done, timeout=30_000)
    assert window.review is None
    assert not window.progress.isVisible()
    assert dialogs.errors == []
    window.close()


def test_status_bar_counts(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    sev = Counter(f.severity for f in window.review.findings)
    total = len(window.review.findings)
    assert window.counts_label.text() == (
        f"● 誤り {sev['error']}　▲ 注意 {sev['warning']}　■ 参考 {sev['info']}　確認済み 0/{total}"
    )
    window.select_finding(window.review.findings[0].id)
    window.set_current_status("no_action")
    window.editor.flush()
    assert window.counts_label.text().endswith(f"確認済み 1/{total}")
    assert window.encoding_label.text() == window.review.ordinance.document.source.encoding


def test_revised_draft_carries_the_annotations_over(make_window, tmp_path) -> None:
    original = FIXTURES / "defects.txt"
    window = make_window()
    window.open_file(str(original))
    target = next(f for f in window.review.findings if f.location.article not in (None, "1"))
    window.select_finding(target.id)
    window.set_current_status("needs_fix")
    window.editor.comment.insertPlainText("改正案で直すこと")
    window.editor.flush()
    first_review = window.review_id
    # the officer's colleague revises 第1条 only: a new file, a new review, same finding ids
    revised = tmp_path / "defects-rev2.txt"
    text = original.read_text(encoding="utf-8")
    revised.write_text(text.replace("を目的とする。", "を目的とするものとする。", 1), encoding="utf-8")
    window.open_file(str(revised))
    assert window.review_id != first_review
    ann = window.findings_model.annotation(target.id)
    assert (ann.status, ann.comment) == ("needs_fix", "改正案で直すこと")


def test_unreachable_database_still_shows_the_review(qtbot, dialogs, tmp_path) -> None:
    from ordreview.gui.app import build_window
    from ordreview.gui.settings import AppSettings
    from ordreview.gui.widgets.mainwindow import Pools

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    settings = AppSettings()
    settings.db_url = str(blocker / "reviews.sqlite3")  # its parent is a file: cannot be created
    window = build_window(settings=settings, pools=Pools.synchronous(), dialogs=dialogs, lang="ja")
    qtbot.addWidget(window)
    window.open_file(str(FIXTURES / "defects.txt"))
    assert window.findings_model.rowCount() == len(window.review.findings)
    assert window.review_id is None
    assert [title for title, _ in dialogs.errors] == ["レビューを保存できません"]
    assert dialogs.errors[0][1].endswith("注釈は保存されません。設定の保存先を確認してください。")
    window.select_finding(window.review.findings[0].id)
    assert not window.editor.isEnabled()


def test_unknown_profile_is_reported_in_both_languages(qtbot, dialogs) -> None:
    from ordreview.core.errors import ProfileError
    from ordreview.core.profile import load_profile
    from ordreview.gui.app import build_window
    from ordreview.gui.settings import AppSettings
    from ordreview.gui.widgets.mainwindow import Pools

    settings = AppSettings()
    settings.profile = "no-such-profile"
    window = build_window(settings=settings, pools=Pools.synchronous(), dialogs=dialogs, lang="ja")
    qtbot.addWidget(window)
    window.open_file(str(FIXTURES / "defects.txt"))
    with pytest.raises(ProfileError) as info:
        load_profile("no-such-profile")
    assert dialogs.errors == [("ファイルを開けません", f"defects.txt\n\n{info.value.message_ja}\n\n{info.value.message_en}")]
    assert window.review is None


def test_hovering_a_highlight_shows_its_finding(make_window, qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = next(f for f in window.review.findings if f.location.span and len(f.location.span) >= 3)
    window.draft.jump_to(target.location.span.start)
    cursor = window.draft.textCursor()
    cursor.setPosition(target.location.span.start + 1)
    pos = window.draft.cursorRect(cursor).center()
    viewport = window.draft.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    hits = window.draft.findings_at(target.location.span.start + 1)
    assert QToolTip.text() == window.draft.tooltip_for(hits)
    assert hits[0].message_ja in QToolTip.text()


def test_leaving_the_comment_box_saves_at_once(make_window, qtbot) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = window.review.findings[6]
    window.select_finding(target.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.comment.setFocus()
    qtbot.waitUntil(window.editor.comment.hasFocus)
    window.editor.comment.insertPlainText("フォーカス移動で保存")
    assert window.editor.is_dirty()
    window.findings.table.setFocus()  # well before the 400 ms debounce
    assert not window.editor.is_dirty()
    assert window.findings_model.annotation(target.id).comment == "フォーカス移動で保存"


def test_open_dialog_and_recent_files_menu(make_window, dialogs) -> None:
    window = make_window()
    dialogs.open_answer = str(FIXTURES / "model-complete.txt")
    window.open_action.trigger()
    assert window.path == str(FIXTURES / "model-complete.txt")
    window.open_file(str(FIXTURES / "defects.txt"))
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent == ["&1 defects.txt", "&2 model-complete.txt"]
    window.recent_menu.actions()[1].trigger()
    assert window.path == str(FIXTURES / "model-complete.txt")
    dialogs.open_answer = None
    window.open_action.trigger()  # cancelled: nothing changes
    assert window.path == str(FIXTURES / "model-complete.txt")


def test_ctrl_f_filters_findings_and_enter_finds_in_the_text(make_window, qtbot) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    window.find_action.trigger()
    window.findings.text.setText("個人識別符号")
    shown = window.findings.proxy.rowCount()
    from ordreview.gui.labels import place_label

    expected = sum(1 for f in window.review.findings
                   if "個人識別符号" in "\n".join((f.message_ja, f.message_en, f.anchor_text, f.statute,
                                               place_label(window.review.ordinance, f))))
    assert shown == expected > 0
    qtbot.keyClick(window.findings.text, Qt.Key.Key_Return)
    first = window.review.ordinance.text.index("個人識別符号")
    assert window.draft.selected_span() == Span(first, first + len("個人識別符号"))
    qtbot.keyClick(window.findings.text, Qt.Key.Key_Return)
    second = window.review.ordinance.text.index("個人識別符号", first + 1)
    assert window.draft.selected_span().start == second


@pytest.mark.parametrize(
    "name",
    [
        "model-complete.docx",
        "tracked-changes.docx",
        "auto-numbering.docx",
        "reikishu.html",
        "enc-cp932-crlf.txt",
        "enc-utf16.txt",
    ],
)
def test_every_input_format_opens(make_window, dialogs, name) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / name))
    assert dialogs.errors == []
    expected = review_file(FIXTURES / name)
    assert [f.id for f in window.findings_model.findings()] == [f.id for f in expected.findings]
    assert window.draft.source_text() == expected.ordinance.text
    src = expected.ordinance.document.source
    assert window.encoding_label.text() == (src.encoding or src.format)
