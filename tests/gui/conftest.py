"""GUI test set-up: the real main window with synchronous pools and recording dialogs.

- Every op runs inline through ``Pools.synchronous()`` (Picard's ``FakeThreadPool``
  pattern), so when ``open_file`` returns the draft is checked, displayed and stored.
- ``RecordingDialogs`` answers every question at once and keeps the texts shown, so no
  modal dialog ever blocks a test.
- The store is the real SQLite store in the per-test ``ORDREVIEW_HOME`` (tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from ordreview.gui.app import build_window
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.dialogs import Dialogs
from ordreview.gui.widgets.mainwindow import MainWindow, Pools


@dataclass
class RecordingDialogs(Dialogs):
    """Dialogs that never block: they record what was shown and answer from attributes."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    keep_mine_answer: bool = True
    open_answer: str | None = None
    folder_answer: str | None = None
    save_answer: str | None = None
    database_answer: str | None = None
    asked: list[tuple[str, str]] = field(default_factory=list)  # (title, start) of file questions
    export_answer: object = "accept"  # "accept": the options as offered; None: cancel; or ExportOptions
    export_offered: list = field(default_factory=list)  # the ExportOptions each export offered

    def error(self, parent, title, text, *, details=""):  # type: ignore[override]
        self.errors.append((title, text))

    def info(self, parent, title, text):  # type: ignore[override]
        self.infos.append((title, text))

    def keep_mine(self, parent, title, text):  # type: ignore[override]
        self.conflicts.append(text)
        return self.keep_mine_answer

    def open_file(self, parent, title, start_dir, file_filter):  # type: ignore[override]
        self.asked.append((title, start_dir))
        return self.open_answer

    def save_file(self, parent, title, start_path, file_filter):  # type: ignore[override]
        self.asked.append((title, start_path))
        return self.save_answer

    def choose_database(self, parent, title, start_path, file_filter):  # type: ignore[override]
        self.asked.append((title, start_path))
        return self.database_answer

    def export_options(self, parent, options):  # type: ignore[override]
        self.export_offered.append(options)
        return options if self.export_answer == "accept" else self.export_answer

    def choose_folder(self, parent, title, start_dir):  # type: ignore[override]
        self.asked.append((title, start_dir))
        return self.folder_answer


@pytest.fixture
def dialogs() -> RecordingDialogs:
    """Fresh recording dialogs."""
    return RecordingDialogs()


@pytest.fixture
def make_window(qtbot, dialogs: RecordingDialogs) -> Iterator[Callable[..., MainWindow]]:
    """Builds real main windows (same settings file and store per test); closes them after."""
    windows: list[MainWindow] = []

    def make(*, lang: str = "ja") -> MainWindow:
        window = build_window(settings=AppSettings(), pools=Pools.synchronous(), dialogs=dialogs, lang=lang)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
