"""The settings dialog: declarative pages, each with ``load()`` / ``save()`` (as Picard's options)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ordreview.gui.services import profile_choices
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.dialogs import Dialogs
from ordreview.paths import default_db_path, user_profiles_dir


class SettingsPage(QWidget):
    """A page of the settings dialog. Subclasses set ``TITLE`` and fill a form."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, *, dialogs: Dialogs | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self.form = QFormLayout(self)
        self.build()

    def title(self) -> str:
        """The tab title."""
        raise NotImplementedError

    def build(self) -> None:
        """Create the page's fields."""
        raise NotImplementedError

    def load(self) -> None:
        """Fill the fields from the settings."""
        raise NotImplementedError

    def save(self) -> None:
        """Write the fields to the settings."""
        raise NotImplementedError


class ReviewerPage(SettingsPage):
    """Who reviews (the Word comment author)."""

    def title(self) -> str:
        return self.tr("担当者")

    def build(self) -> None:
        self.name = QLineEdit()
        self.initials = QLineEdit()
        self.initials.setMaxLength(8)
        self.form.addRow(self.tr("氏名(&N):"), self.name)
        self.form.addRow(self.tr("イニシャル(&I):"), self.initials)
        note = QLabel(self.tr("Word のコメントの作成者として使われます。"))
        note.setWordWrap(True)
        self.form.addRow(note)

    def load(self) -> None:
        self.name.setText(self.settings.reviewer_name)
        self.initials.setText(self.settings.reviewer_initials)

    def save(self) -> None:
        self.settings.reviewer_name = self.name.text()
        self.settings.reviewer_initials = self.initials.text()


class StoragePage(SettingsPage):
    """Where reviews are stored and where extra profiles live."""

    def title(self) -> str:
        return self.tr("保存先")

    def build(self) -> None:
        self.db = QLineEdit()
        self.db.setPlaceholderText(self.tr("空欄: 既定の場所（ユーザーデータフォルダ）"))
        self.profiles = QLineEdit()
        self.profiles.setPlaceholderText(str(user_profiles_dir()))
        self.profile = QComboBox()
        self.db_browse = QPushButton(self.tr("参照(&B)..."))
        self.profiles_browse = QPushButton(self.tr("参照(&R)..."))
        self.form.addRow(self.tr("データベース(&D):"), self._with_button(self.db, self.db_browse))
        self.form.addRow(self.tr("プロファイルのフォルダ(&F):"), self._with_button(self.profiles, self.profiles_browse))
        self.form.addRow(self.tr("プロファイル(&P):"), self.profile)
        self.profiles.editingFinished.connect(self._fill_profiles)
        self.db_browse.clicked.connect(self.browse_database)
        self.profiles_browse.clicked.connect(self.browse_profiles)
        note = QLabel(self.tr("SQLite ファイルのパス、または postgresql://… の URL を指定できます。変更は次にファイルを開いたときに反映されます。"))
        note.setWordWrap(True)
        self.form.addRow(note)

    @staticmethod
    def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    def browse_database(self) -> None:
        """Choose the SQLite file (new or existing) with a file dialog."""
        current = self.db.text().strip()
        start = current if current and "://" not in current else str(default_db_path())
        path = self.dialogs.choose_database(self, self.tr("データベースファイルを選択"), start,
                                            self.tr("SQLite データベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)"))
        if path:
            self.db.setText(str(Path(path)))

    def browse_profiles(self) -> None:
        """Choose the folder of extra profiles with a folder dialog; the list follows."""
        start = self.profiles.text().strip() or str(user_profiles_dir())
        folder = self.dialogs.choose_folder(self, self.tr("プロファイルのフォルダを選択"), start)
        if folder:
            self.profiles.setText(str(Path(folder)))
            self._fill_profiles()

    def _fill_profiles(self) -> None:
        current = self.profile.currentData() if self.profile.count() else self.settings.profile
        self.profile.clear()
        self.profile.addItem(self.tr("自動（条例案から判定）"), "")  # each draft's own (core.choose)
        for ident, label in profile_choices(self.profiles.text()):
            self.profile.addItem(label, ident)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))

    def load(self) -> None:
        self.db.setText(self.settings.db_url)
        self.profiles.setText(self.settings.profiles_dir)
        self._fill_profiles()

    def save(self) -> None:
        self.settings.db_url = self.db.text()
        self.settings.profiles_dir = self.profiles.text()
        self.settings.profile = self.profile.currentData() or ""


class DisplayPage(SettingsPage):
    """Language and font size."""

    def title(self) -> str:
        return self.tr("表示")

    def build(self) -> None:
        self.language = QComboBox()
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.addItem(self.tr("システムの設定に従う"), "system")
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 32)
        self.font_size.setSuffix(" pt")
        self.form.addRow(self.tr("言語(&L):"), self.language)
        self.form.addRow(self.tr("本文の文字サイズ(&S):"), self.font_size)
        self.numerals = QComboBox()
        self.numerals.addItem(self.tr("算用数字（第3条第4号）"), "arabic")
        self.numerals.addItem(self.tr("原文の表記（第三条第四号／第３条第４号）"), "draft")
        self.form.addRow(self.tr("条項の表記(&A):"), self.numerals)
        note = QLabel(self.tr("指摘の位置と指摘文中の条項番号の数字です。画面、報告書、Word のコメント、コマンドラインに共通です。"))
        note.setWordWrap(True)
        self.form.addRow(note)

    def load(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.font_size.setValue(self.settings.font_size)
        self.numerals.setCurrentIndex(max(0, self.numerals.findData(self.settings.label_numerals)))

    def save(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.font_size = self.font_size.value()
        self.settings.label_numerals = self.numerals.currentData()


PAGES: tuple[type[SettingsPage], ...] = (ReviewerPage, StoragePage, DisplayPage)


class SettingsDialog(QDialog):
    """Tabs of :data:`PAGES`; OK saves every page."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, *, dialogs: Dialogs | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("設定"))
        self.pages = [page(settings, dialogs=dialogs) for page in PAGES]
        tabs = QTabWidget()
        for page in self.pages:
            page.load()
            tabs.addTab(page, page.title())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def accept(self) -> None:
        """Save every page, then close."""
        for page in self.pages:
            page.save()
        super().accept()
