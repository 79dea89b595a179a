"""The About dialog: version, profile version, the licences of bundled components."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ordreview import __version__
from ordreview.paths import resource


def licence_text() -> str:
    """The third-party licence notices (``resources/licenses/THIRD-PARTY.txt``)."""
    path = resource("licenses", "THIRD-PARTY.txt")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    """Version facts and licences."""

    def __init__(self, *, profile: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ordreview について"))
        tagline = self.tr("個人情報保護条例案のレビュー支援ツール")
        profile_word = self.tr("プロファイル")
        log_word = self.tr("ログ")
        head = QLabel(
            f"<h3>ordreview {escape(__version__)}</h3>"
            f"<p>{escape(tagline)}</p>"
            f"<p>{escape(profile_word)}: {escape(profile)}<br>"
            f"Qt for Python (PySide6) {escape(pyside_version)}<br>"
            f"{escape(log_word)}: {escape(log_path)}</p>"
        )
        head.setWordWrap(True)
        self.licences = QPlainTextEdit(licence_text())
        self.licences.setReadOnly(True)
        self.licences.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.licences.setFont(fixed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("同梱コンポーネントのライセンス:")))
        layout.addWidget(self.licences)
        layout.addWidget(buttons)
        self.resize(900, 560)
