"""The choices of a Word export, as ``ordreview export`` offers them on the command line:
reviewer name and initials, 団体名 for the report cover, 参考 findings in or out, and the
suggested wordings as tracked changes. Name, initials, 団体名 and the 参考 choice are
remembered (``ordreview.preferences``) and used by the command line too."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ordreview.preferences import initials_of


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What one export writes and how it is signed."""

    reviewer_name: str
    reviewer_initials: str
    municipality: str
    include_info: bool = True
    suggest_changes: bool = False


class ExportDialog(QDialog):
    """Asks for :class:`ExportOptions`; OK stays disabled until a reviewer name is given."""

    def __init__(self, options: ExportOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Word に出力"))
        self.name = QLineEdit(options.reviewer_name)
        self.initials = QLineEdit(options.reviewer_initials)
        self.initials.setMaxLength(9)
        self.municipality = QLineEdit(options.municipality)
        self.include_info = QCheckBox(self.tr("参考の指摘も含める"))
        self.include_info.setChecked(options.include_info)
        self.suggest = QCheckBox(self.tr("修正案を変更履歴として挿入する"))
        self.suggest.setChecked(options.suggest_changes)
        self.name.setPlaceholderText(self.tr("例: 法制 花子"))
        self.municipality.setPlaceholderText(self.tr("例: あおば市"))
        note = QLabel(self.tr("氏名とイニシャルは Word のコメントの作成者になります。次回からも使われます（コマンドラインの出力も同じ）。"))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("審査担当者の氏名:"), self.name)
        form.addRow(self.tr("イニシャル:"), self.initials)
        form.addRow(self.tr("団体名（報告書の表紙）:"), self.municipality)
        form.addRow("", self.include_info)
        form.addRow("", self.suggest)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._name_changed)
        self._initials_typed = bool(options.reviewer_initials)
        self.initials.textEdited.connect(lambda _t: setattr(self, "_initials_typed", True))
        self._name_changed(self.name.text())

    def _name_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))
        if not self._initials_typed:
            self.initials.setText(initials_of(text))

    def options(self) -> ExportOptions:
        """The choices as shown."""
        name = self.name.text().strip()
        return ExportOptions(
            reviewer_name=name,
            reviewer_initials=self.initials.text().strip() or initials_of(name),
            municipality=self.municipality.text().strip(),
            include_info=self.include_info.isChecked(),
            suggest_changes=self.suggest.isChecked(),
        )
