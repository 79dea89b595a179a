"""Layout rules found by looking at the window at 150 % and in English (scripts/screenshots.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ordreview.gui.models.findings import COL_MESSAGE, COL_POINT
from tests.conftest import FIXTURES


@pytest.fixture
def english_window(make_window):
    from ordreview.gui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "en")
    window = make_window(lang="en")
    yield window
    for tr in translators:
        app.removeTranslator(tr)


def test_status_buttons_wrap_when_the_pane_is_narrow(english_window, qtbot) -> None:
    editor = english_window.editor
    editor.resize(900, 200)
    qtbot.waitUntil(lambda: editor.status_rows() == 1)
    editor.resize(editor.minimumWidth(), 200)
    qtbot.waitUntil(lambda: editor.status_rows() == 2)
    assert editor.minimumWidth() < editor._one_row_width()  # the pane may get narrower than one row
    editor.resize(900, 200)
    qtbot.waitUntil(lambda: editor.status_rows() == 1)


def test_draft_text_never_collapses(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    assert not window.splitter.childrenCollapsible()
    window.splitter.setSizes([2000, 0, 2000])
    assert window.splitter.sizes()[1] >= window.draft.minimumWidth() > 0


def test_point_column_is_hidden_but_its_filter_stays(make_window) -> None:
    window = make_window()
    window.open_file(str(FIXTURES / "defects.txt"))
    table = window.findings.table
    assert table.isColumnHidden(COL_POINT)
    assert not table.isColumnHidden(COL_MESSAGE)
    window.findings.point.setCurrentIndex(window.findings.point.findData("B"))
    rows = window.findings.proxy.rowCount()
    assert rows == sum(1 for f in window.review.findings if f.point == "B") > 0
