"""The findings list: filters (point, severity, status, state, text) over a sortable table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ordreview.core.model import ANNOTATION_STATUSES, FindingId
from ordreview.gui import labels
from ordreview.gui.models.findings import (
    COL_MESSAGE,
    COL_PLACE,
    COL_POINT,
    COL_STATUS,
    FindingIdRole,
    FindingsFilterProxy,
    FindingsModel,
    StateRole,
    StatusRole,
)
from ordreview.gui.models.findings import OPEN_STATUSES


class FindingsPanel(QWidget):
    """Filter bar and table of findings.

    Signals:
        finding_selected(str): the current finding changed (its id; ``""`` for none).
    """

    finding_selected = Signal(str)
    wrapped: bool = False

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = FindingsFilterProxy(self)
        self.proxy.setSourceModel(model)
        self._build_filters()
        self._build_table(model)
        self._lay_out()

    def _build_filters(self) -> None:
        """The four filter combos and the text box, wired to the proxy."""
        self.point = QComboBox()
        self.severity = QComboBox()
        self.status = QComboBox()
        self.state = QComboBox()
        for _ in range(1 + len(labels.POINTS)):
            self.point.addItem("")
        for _ in range(4):
            self.severity.addItem("")
        for _ in range(1 + len(ANNOTATION_STATUSES)):
            self.status.addItem("")
        for _ in range(4):
            self.state.addItem("")
        for combo in (self.point, self.severity, self.status, self.state):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        self.state.setMinimumContentsLength(9)  # 「廃止（以前の版）」 whole
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        # Shown only while a filter hides findings: an empty list must never look like "no findings".
        self.filter_note = QLabel()
        self.filter_note.setObjectName("filterNote")
        self.filter_note.setStyleSheet("color:#a04000; font-weight:bold;")
        self.clear_button = QToolButton()
        self.clear_button.clicked.connect(self.clear_filters)
        self.retranslate()

        self.point.currentIndexChanged.connect(lambda _i: self.proxy.set_point(self.point.currentData()))
        self.severity.currentIndexChanged.connect(lambda _i: self.proxy.set_severity(self.severity.currentData()))
        self.status.currentIndexChanged.connect(lambda _i: self.proxy.set_status(self.status.currentData()))
        self.state.currentIndexChanged.connect(lambda _i: self.proxy.set_state(self.state.currentData()))
        self.text.textChanged.connect(self.proxy.set_text)

    def _build_table(self, model: FindingsModel) -> None:
        """The findings table over the proxy, in document order until a header is clicked."""
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        # Start in the model's order (document order) without sorting: a Python lessThan over
        # thousands of rows is the slowest part of showing a big review. Headers still sort.
        self.proxy.sort(-1)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Sized once per review from a sample of rows: ResizeToContents would ask every row of
        # a 3,000-finding table for every column on each change.
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # The requirement id (A1, B3, C10, O5) already names the point; the point column would
        # only take width from the message, the column the officer reads. The filter stays.
        self.table.setColumnHidden(COL_POINT, True)
        model.modelReset.connect(self._fit_columns)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _lay_out(self) -> None:
        """Filters on two rows above the table; the note shown while a filter hides findings."""
        # Four combos and the text box do not fit one row of a third of the window (at 150 %
        # the text box shrank to a few characters and labels were cut): two rows.
        filters = QHBoxLayout()
        for w in (self.point, self.severity, self.status):
            filters.addWidget(w, 1)
        second = QHBoxLayout()
        second.addWidget(self.state)
        second.addWidget(self.text, 1)
        second.addWidget(self.filter_note)
        second.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(second)
        layout.addWidget(self.table)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged,
                       self.point.currentIndexChanged, self.severity.currentIndexChanged,
                       self.status.currentIndexChanged, self.state.currentIndexChanged, self.text.textChanged):
            signal.connect(self._update_filter_note)
        self._update_filter_note()

    def retranslate(self) -> None:
        """Set the filter texts in the current UI language (choices stay selected)."""
        point_items = [(self.tr("すべての観点"), "")] + [(labels.point_label(p), p) for p in labels.POINTS]
        severity_items = [(self.tr("すべての重要度"), "")] + [(labels.severity_text(s), s) for s in ("error", "warning", "info")]
        status_items = [(self.tr("すべての状態"), "")] + [(labels.status_label(s), s) for s in ANNOTATION_STATUSES]
        state_items = [
            (self.tr("すべての指摘"), ""),
            (self.tr("未解決"), "open"),
            (self.tr("解決済み"), "resolved"),
            (self.tr("廃止（以前の版）"), "obsolete"),
        ]
        for combo, items in ((self.point, point_items), (self.severity, severity_items),
                             (self.status, status_items), (self.state, state_items)):
            for i, (text, data) in enumerate(items):
                combo.setItemText(i, text)
                combo.setItemData(i, data)
        self.state.setToolTip(self.tr("廃止: 以前の版で出され、この条例案では出ていない指摘（注釈は残ります）"))
        self.text.setPlaceholderText(self.tr("指摘を絞り込み（Ctrl+F）"))
        self.clear_button.setText(self.tr("絞り込み解除"))
        self.clear_button.setToolTip(self.tr("すべての指摘を表示します"))
        if hasattr(self, "table"):
            self._update_filter_note()

    def is_filtered(self) -> bool:
        """True while a filter is chosen (some findings may be hidden)."""
        return any(c.currentIndex() > 0 for c in (self.point, self.severity, self.status, self.state)) or bool(
            self.text.text().strip())

    def _update_filter_note(self, *_args: object) -> None:
        filtered = self.is_filtered()
        self.filter_note.setVisible(filtered)
        self.clear_button.setVisible(filtered)
        if filtered:
            self.filter_note.setText(
                self.tr("絞り込み中 %1/%2件").replace("%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount())))

    def _fit_columns(self) -> None:
        for col in range(self.model.columnCount()):
            if col not in (COL_MESSAGE, COL_POINT):
                self.table.resizeColumnToContents(col)
        # A deep place label (第47条の15第2項第3号ア) must not take the message's width: capped,
        # the whole label is in the detail pane.
        cap = self.table.fontMetrics().horizontalAdvance("あ") * 9 + 12
        if self.table.columnWidth(COL_PLACE) > cap:
            self.table.setColumnWidth(COL_PLACE, cap)
        # The 状態 column must hold its longest text (a status marked resolved) without eliding,
        # whichever rows were sampled.
        widest = max(self.table.fontMetrics().horizontalAdvance(t) for t in self.model.status_texts())
        if self.table.columnWidth(COL_STATUS) < widest + 16:
            self.table.setColumnWidth(COL_STATUS, widest + 16)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.finding_selected.emit(current.data(FindingIdRole) if current.isValid() else "")

    def current_id(self) -> FindingId | None:
        """The selected finding, or ``None``."""
        idx = self.table.currentIndex()
        return idx.data(FindingIdRole) if idx.isValid() else None

    def select(self, finding_id: str) -> bool:
        """Select a finding (clearing filters that hide it); True if it exists."""
        row = self.model.row_of(FindingId(finding_id))
        if row is None:
            return False
        proxy_idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_idx.isValid():
            self.clear_filters()
            proxy_idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            proxy_idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(proxy_idx)
        return True

    def clear_filters(self) -> None:
        """Show every finding."""
        for combo in (self.point, self.severity, self.status, self.state):
            combo.setCurrentIndex(0)
        self.text.clear()

    def step_open(self, step: int) -> str | None:
        """Select the next (``step=1``) or previous (``-1``) undecided finding in view order, wrapping.

        Resolved findings and those of earlier revisions (obsolete) are skipped. After the call
        :attr:`wrapped` tells whether the search went past the end (or the start) of the list."""
        self.wrapped = False
        rows = self.proxy.rowCount()
        if rows == 0:
            return None
        current = self.table.currentIndex().row()
        start = current if current >= 0 else (-1 if step > 0 else rows)
        for k in range(1, rows + 1):
            raw = start + step * k
            r = raw % rows
            idx = self.proxy.index(r, 0)
            if idx.data(StatusRole) in OPEN_STATUSES and idx.data(StateRole) == "open":
                fid = idx.data(FindingIdRole)
                self.wrapped = current >= 0 and not 0 <= raw < rows
                self.select(fid)
                return fid
        return None
