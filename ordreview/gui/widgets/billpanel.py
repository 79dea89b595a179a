"""The amending sentences (改正規定) of an amendment bill, beside its consolidated text.

A list of the bill's sentences (✖ for one that could not be applied), the selected sentence in
full with the provisions it quotes, and the ordinance in force it was applied to. Selecting a
sentence asks the window to show the lines it wrote; the window selects the sentence of the
finding or the amended line the officer clicks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    """Translate in the ``Amendment`` context (the bill's strings share it)."""
    return QCoreApplication.translate("Amendment", text)


def _sentence_label(number: int) -> str:
    return tr("改正規定%1").replace("%1", str(number))


class BillPanel(QWidget):
    """The sentences of the open bill.

    Signals:
        sentence_selected(int): the officer selected sentence N (not emitted by :meth:`select_sentence`).
        current_requested(): the officer asked to choose the ordinance in force.
    """

    sentence_selected = Signal(int)
    current_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton()
        self.choose.clicked.connect(self.current_requested.emit)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.currentItemChanged.connect(self._changed)
        self.sentence = QPlainTextEdit()
        self.sentence.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.sentence)
        split.setSizes([300, 200])
        split.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.header)
        box.addWidget(self.choose)
        box.addWidget(split, 1)
        self._texts: dict[int, str] = {}
        self._label: Callable[[int], str] = _sentence_label
        self._quiet = False
        self.retranslate()

    def retranslate(self) -> None:
        """Set the button's text in the current language."""
        self.choose.setText(tr("現行条例を指定…"))

    def show_sentences(self, header: str, sentences: Sequence[tuple[int, str, str, bool]], *,
                       label: Callable[[int], str] | None = None) -> None:
        """Show ``header`` and the sentences ``(number, text, full text, applied)`` (the full
        text: the sentence with the provisions it quotes, or both cells of a row);
        ``label`` names sentence N (default 「改正規定N」; 「表N行目」 for the rows of a table)."""
        self._label = label or _sentence_label
        self.header.setText(header)
        self._quiet = True
        try:
            self.list.clear()
            self._texts = {}
            for number, text, full, applied in sentences:
                mark = "○" if applied else "✖"
                item = QListWidgetItem(f"{mark} {self._label(number)}　{text}")
                item.setData(NUMBER_ROLE, number)
                item.setToolTip(text)
                if not applied:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.list.addItem(item)
                self._texts[number] = full
            self.sentence.setPlainText("")
        finally:
            self._quiet = False

    def show_message(self, header: str) -> None:
        """No sentences to show (no ordinance in force yet, or an error): only ``header``."""
        self.show_sentences(header, ())

    def select_sentence(self, number: int | None) -> None:
        """Select sentence ``number`` (``None``: none) without emitting ``sentence_selected``."""
        self._quiet = True
        try:
            if number is None:
                self.list.setCurrentRow(-1)
                self.sentence.setPlainText("")
                return
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item.data(NUMBER_ROLE) == number:
                    self.list.setCurrentItem(item)
                    self.list.scrollToItem(item)
                    self._show(number)
                    return
        finally:
            self._quiet = False

    def selected_sentence(self) -> int | None:
        """The selected sentence's number, or ``None``."""
        item = self.list.currentItem()
        return item.data(NUMBER_ROLE) if item is not None else None

    def shown_text(self) -> str:
        """The sentence shown in full (with the provisions it quotes)."""
        return self.sentence.toPlainText()

    def _show(self, number: int) -> None:
        head = self._label(number)
        self.sentence.setPlainText(f"{head}\n{self._texts.get(number, '')}")

    def _changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        number = item.data(NUMBER_ROLE)
        self._show(number)
        if not self._quiet:
            self.sentence_selected.emit(number)
