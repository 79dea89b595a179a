"""App start-up pieces: the crash hook flushes annotations, the open command, settings, about."""

from __future__ import annotations

import sys

from ordreview import __version__
from ordreview.cli import build_parser
from ordreview.gui.app import crash_text, install_excepthook
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.about import AboutDialog
from ordreview.gui.widgets.settings import DisplayPage, ReviewerPage, SettingsDialog, StoragePage
from ordreview.logs import log_file_path
from ordreview.store import open_store
from tests.conftest import FIXTURES


def test_crash_hook_saves_pending_edits_and_tells_the_help_desk(make_window, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = window.review.findings[0]
    window.select_finding(target.id)
    window.editor.comment.insertPlainText("落ちる前の入力")
    shown: list[str] = []
    hook = install_excepthook(window, show=shown.append)
    try:
        raise RuntimeError("boom")
    except RuntimeError as err:
        hook(RuntimeError, err, err.__traceback__)
    assert shown == [crash_text(RuntimeError, str(log_file_path()))]
    assert f"ordreview {__version__}" in shown[0] and str(log_file_path()) in shown[0]
    store = open_store()
    try:
        assert store.annotations(window.review_id)[target.id].comment == "落ちる前の入力"
    finally:
        store.close()
    assert "RuntimeError: boom" in log_file_path().read_text(encoding="utf-8")


def test_open_command_parses() -> None:
    args = build_parser().parse_args(["open", "draft.docx", "--ui-lang", "en"])
    assert (args.command, args.file, args.ui_lang) == ("open", "draft.docx", "en")
    bare = build_parser().parse_args(["open"])
    assert (bare.file, bare.ui_lang) == (None, None)


def test_settings_pages_round_trip(qtbot) -> None:
    settings = AppSettings()
    settings.reviewer_name = "法制 花子"
    settings.font_size = 14
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    reviewer, storage, display = dialog.pages
    assert isinstance(reviewer, ReviewerPage) and isinstance(storage, StoragePage) and isinstance(display, DisplayPage)
    assert reviewer.name.text() == "法制 花子"
    assert display.font_size.value() == 14
    reviewer.initials.setText("HH")
    storage.db.setText("/tmp/other.sqlite3")
    display.language.setCurrentIndex(display.language.findData("en"))
    dialog.accept()
    again = AppSettings()
    assert (again.reviewer_initials, again.db_url, again.language) == ("HH", "/tmp/other.sqlite3", "en")
    assert again.store_url() == "sqlite:////tmp/other.sqlite3"
    assert again.reviewer().name == "法制 花子"


def test_recent_files_keep_eight_newest_first(qapp) -> None:
    settings = AppSettings()
    for i in range(10):
        settings.add_recent_file(f"/drafts/{i}.docx")
    settings.add_recent_file("/drafts/3.docx")
    assert settings.recent_files() == ["/drafts/3.docx", "/drafts/9.docx", "/drafts/8.docx", "/drafts/7.docx",
                                       "/drafts/6.docx", "/drafts/5.docx", "/drafts/4.docx", "/drafts/2.docx"]


def test_about_lists_the_licences(qtbot) -> None:
    dialog = AboutDialog(profile="basic-policy-2016 1", log_path="/tmp/ordreview.log")
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    for name in ("PySide6", "LGPL-3.0", "python-docx", "SQLAlchemy", "diff-match-patch", "Apache-2.0", "lxml",
                 "platformdirs", "charset-normalizer"):
        assert name in text


def test_bare_file_argument_opens_the_window(monkeypatch) -> None:
    import ordreview.gui.app as app_module
    from ordreview.cli import main

    calls: list[tuple[object, object]] = []
    monkeypatch.setattr(app_module, "run", lambda path=None, *, lang=None: calls.append((path, lang)) or 0)
    assert main(["draft.docx"]) == 0
    assert main(["open", "--ui-lang", "en"]) == 0
    assert calls == [("draft.docx", None), (None, "en")]


def test_real_error_dialog_shows_both_languages(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ordreview.gui.widgets.dialogs import Dialogs

    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(0, close_box)
    Dialogs().error(None, "ファイルを開けません", "読み込めません。\n\nCannot read it.")
    assert seen == ["読み込めません。\n\nCannot read it."]


def test_window_size_and_panes_are_remembered(make_window) -> None:
    window = make_window()
    window.resize(700, 500)  # inside the offscreen screen (800x600)
    window.splitter.setSizes([150, 300, 250])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (700, 500)
    assert again.splitter.sizes() == sizes


def test_tab_goes_from_the_findings_to_the_annotation_editor(make_window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    window.select_finding(window.review.findings[0].id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.findings.table.setFocus()
    visited = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # radio buttons of one group take a single tab stop; then the comment box
    assert visited[0] in window.editor.status_buttons()
    assert visited[1] is window.editor.comment


def test_new_settings_apply_to_the_next_open(make_window, tmp_path) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    first_db = window.services.store().url
    window.settings.db_url = str(tmp_path / "other.sqlite3")
    window.settings.font_size = 16
    window.apply_settings()
    assert window.draft.font().pointSize() == 16
    window.open_file(str(FIXTURES / "defects.txt"))
    assert window.services.store().url == f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert window.services.store().url != first_db
    assert (tmp_path / "other.sqlite3").exists()
