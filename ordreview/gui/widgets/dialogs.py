"""Every modal question the window asks, in one injectable object.

The window never calls ``QMessageBox`` or ``QFileDialog`` itself; it calls a
:class:`Dialogs`. Tests pass a subclass that records the texts and answers at once, so no
dialog ever blocks a test.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ordreview.gui.widgets.exportdialog import ExportOptions


class Dialogs:
    """Real dialogs (``QMessageBox``, ``QFileDialog``)."""

    def error(self, parent: QWidget | None, title: str, text: str, *, details: str = "") -> None:
        """Show an error."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show a notice."""
        QMessageBox.information(parent, title, text)

    def keep_mine(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask whether to keep the officer's text over another session's; True = keep mine."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        mine = box.addButton(QCoreApplication.translate("Dialogs", "自分の内容で上書き"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Dialogs", "保存されている内容を採用"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is mine

    def open_file(self, parent: QWidget | None, title: str, start_dir: str, file_filter: str) -> str | None:
        """Ask for a draft to open; ``None`` when cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, title, start_dir, file_filter)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, start_path: str, file_filter: str) -> str | None:
        """Ask where to write a file; ``None`` when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, start_path, file_filter)
        return path or None

    def choose_database(self, parent: QWidget | None, title: str, start_path: str, file_filter: str) -> str | None:
        """Ask for a database file, new or existing (no overwrite question); ``None`` when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, start_path, file_filter, "",
                                              QFileDialog.Option.DontConfirmOverwrite)
        return path or None

    def choose_folder(self, parent: QWidget | None, title: str, start_dir: str) -> str | None:
        """Ask for a folder; ``None`` when cancelled."""
        path = QFileDialog.getExistingDirectory(parent, title, start_dir)
        return path or None

    def export_options(self, parent: QWidget | None, options: ExportOptions) -> ExportOptions | None:
        """Ask for the export choices (pre-filled with ``options``); ``None`` when cancelled."""
        from ordreview.gui.widgets.exportdialog import ExportDialog

        dialog = ExportDialog(options, parent)
        return dialog.options() if dialog.exec() else None
