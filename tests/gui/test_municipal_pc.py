"""The window on the screens municipal PCs have: 1366×768 at 100 % and 1920×1080 at 150 %
(1280×720 logical pixels), and the list behaviours an officer relies on there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from ordreview.gui.models.findings import COL_MESSAGE, COL_STATUS, RESOLVED_COLOUR
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]

SCREENS = {"1366x768@100": QRect(0, 0, 1366, 768), "1920x1080@150": QRect(0, 0, 1280, 720)}


def _inside(widget: QWidget, window: QWidget) -> bool:
    """True when ``widget`` is shown and lies wholly inside ``window``'s client area."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


@pytest.fixture(params=["ja", "en"])
def any_language_window(request, make_window):
    from ordreview.gui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, request.param) if request.param == "en" else []
    yield make_window(lang=request.param)
    for tr in translators:
        app.removeTranslator(tr)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_window_fits_the_screen_with_every_pane_usable(any_language_window, screen: str) -> None:
    area = SCREENS[screen]
    window = any_language_window
    window.open_file(str(FIXTURES / "defects.txt"))
    window.fit_to_screen(area)
    QApplication.processEvents()
    assert area.contains(window.geometry())
    assert window.minimumSizeHint().width() <= window.width()
    assert window.minimumSizeHint().height() <= window.height()
    for widget in (window.statusBar(), window.editor.comment, window.findings.table, window.draft, window.left):
        assert _inside(widget, window), widget
    line = window.editor.comment.fontMetrics().lineSpacing()
    assert window.editor.comment.height() >= 2 * line  # the comment box takes a sentence or two
    table = window.findings.table
    assert table.height() >= 5 * table.verticalHeader().defaultSectionSize()
    # 状態 is wholly in view, and the message column is the widest
    status_right = table.horizontalHeader().sectionViewportPosition(COL_STATUS) + table.columnWidth(COL_STATUS)
    assert status_right <= table.viewport().width()
    widths = {c: table.columnWidth(c) for c in range(table.model().columnCount()) if not table.isColumnHidden(c)}
    assert max(widths, key=widths.get) == COL_MESSAGE
    # an elided message can be read whole in its tooltip
    idx = table.model().index(0, COL_MESSAGE)
    assert idx.data() in idx.data(3)  # Qt.ToolTipRole
    # panes do not overlap
    panes = [window.left, window.draft, window.findings, window.editor]
    rects = [QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for w in panes]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)


def test_saved_geometry_larger_than_the_screen_is_refitted(make_window) -> None:
    window = make_window()
    window.resize(3000, 2000)
    window.close()  # saves the geometry
    again = make_window()
    screen = again.screen().availableGeometry()
    assert again.width() <= screen.width() and again.height() <= screen.height()


_FIRST_START = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
from ordreview.gui.app import build_window, ensure_app
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.dialogs import Dialogs
from ordreview.gui.widgets.mainwindow import Pools
app = ensure_app()
w = build_window(settings=AppSettings(), pools=Pools.synchronous(), dialogs=Dialogs(), lang="ja")
w.show()
app.processEvents()
a = w.screen().availableGeometry()
g = w.frameGeometry()
print(json.dumps({"area": [a.x(), a.y(), a.width(), a.height()], "frame": [g.x(), g.y(), g.width(), g.height()],
                  "ratio": w.screen().devicePixelRatio()}))
"""


@pytest.mark.parametrize(("size", "dpi", "logical", "ratio"), [
    ((1366, 768), 96, (1366, 768), 1.0),
    ((1920, 1080), 144, (1280, 720), 1.5),
])
def test_first_start_fits_the_real_screen(tmp_path, size, dpi, logical, ratio) -> None:
    """A fresh process on a screen of that size and scaling (Qt's offscreen screen configuration)."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "municipal", "x": 0, "y": 0, "width": size[0], "height": size[1],
                                               "logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", ORDREVIEW_HOME=str(tmp_path / "home"))
    env.pop("QT_SCALE_FACTOR", None)
    out = subprocess.run([sys.executable, "-c", _FIRST_START, str(ROOT)], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    facts = json.loads(out.strip().splitlines()[-1])
    assert facts["area"] == [0, 0, *logical]
    assert facts["ratio"] == ratio
    x, y, w, h = facts["frame"]
    assert x >= 0 and y >= 0 and x + w <= logical[0] and y + h <= logical[1]


# ---------------------------------------------------------------- filters, resolved, F8 wrap


def test_filter_of_the_previous_draft_is_reset_and_said(make_window, tmp_path) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    panel = window.findings
    assert not panel.filter_note.isVisible()
    panel.state.setCurrentIndex(panel.state.findData("obsolete"))
    assert panel.proxy.rowCount() == 0
    assert panel.filter_note.isVisible() and panel.clear_button.isVisible()
    assert f"0/{window.findings_model.rowCount()}" in panel.filter_note.text()
    other = tmp_path / "other.txt"
    other.write_text((FIXTURES / "defects.txt").read_text(encoding="utf-8"), encoding="utf-8")
    window.open_file(str(other))
    assert panel.state.currentIndex() == 0
    assert panel.proxy.rowCount() == window.findings_model.rowCount() > 0
    assert not panel.filter_note.isVisible()
    assert "絞り込みを解除" in window.statusBar().currentMessage()


def test_resolved_finding_shows_it_in_its_row(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    target = window.review.findings[1]
    window.select_finding(target.id)
    window.resolve_action.trigger()
    row = window.findings_model.row_of(target.id)
    status = window.findings_model.index(row, COL_STATUS)
    assert status.data().startswith("✓") and "解決済み" in status.data()
    message = window.findings_model.index(row, COL_MESSAGE)
    assert message.data(9).name() == RESOLVED_COLOUR  # Qt.ForegroundRole
    table = window.findings.table
    assert table.columnWidth(COL_STATUS) >= table.fontMetrics().horizontalAdvance(status.data())


def test_shift_f8_says_when_it_wraps(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    first = window.review.findings[0]
    window.select_finding(first.id)
    window.prev_action.trigger()  # from the first row backwards: wraps to the last open finding
    assert "最後に移りました" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.prev_action.trigger()
    assert window.statusBar().currentMessage() == ""
    last = window.findings.current_id()
    assert last is not None
    window.select_finding(window.review.findings[-1].id)
    window.next_action.trigger()
    assert "先頭に戻りました" in window.statusBar().currentMessage()


def test_history_records_the_settled_comment_not_each_half_typed_state(make_window, qtbot) -> None:
    from ordreview.gui.widgets.detail import DEBOUNCE_MS

    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    window.select_finding(window.review.findings[2].id)
    for piece in ("第3項の", "略称を", "修正されたい。"):
        window.editor.comment.insertPlainText(piece)  # as an input method commits phrases
        qtbot.wait(300)  # a pause between phrases, shorter than the settling pause
    assert window.editor.is_dirty()
    qtbot.waitUntil(lambda: not window.editor.is_dirty(), timeout=DEBOUNCE_MS + 2000)
    window.flush_annotations()
    entries = window.detail.history()
    assert [h.new_comment for h in entries] == ["第3項の略称を修正されたい。"]


def test_qt_dialogs_speak_japanese(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from ordreview.gui.i18n import install_translators

    translators = install_translators(qapp, "ja")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
        assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)


def test_packaged_build_keeps_qts_japanese_catalogue() -> None:
    """The spec's filter keeps qtbase_ja.qm (Qt's dialogs in Japanese) and drops other catalogues."""
    import ast

    tree = ast.parse((ROOT / "packaging" / "ordreview.spec").read_text(encoding="utf-8"))
    keep = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_keep")
    namespace: dict = {}
    exec(compile(ast.Module(body=[keep], type_ignores=[]), "ordreview.spec", "exec"), namespace)
    translations = "PySide6/Qt/translations/"
    assert namespace["_keep"]((translations + "qtbase_ja.qm", "src", "DATA"))
    assert not namespace["_keep"]((translations + "qtbase_de.qm", "src", "DATA"))
