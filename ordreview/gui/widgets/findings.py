"""The findings list: filters (point, severity, status, state, text) over a sortable table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ordreview.core.model import ANNOTATION_STATUSES, FindingId
from ordreview.gui import labels
from ordreview.gui.models.findings import (
    COL_MESSAGE,
    COL_POINT,
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

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = FindingsFilterProxy(self)
        self.proxy.setSourceModel(model)

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
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.retranslate()

        self.point.currentIndexChanged.connect(lambda _i: self.proxy.set_point(self.point.currentData()))
        self.severity.currentIndexChanged.connect(lambda _i: self.proxy.set_severity(self.severity.currentData()))
        self.status.currentIndexChanged.connect(lambda _i: self.proxy.set_status(self.status.currentData()))
        self.state.currentIndexChanged.connect(lambda _i: self.proxy.set_state(self.state.currentData()))
        self.text.textChanged.connect(self.proxy.set_text)

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

        # Four combos and the text box do not fit one row of a third of the window (at 150 %
        # the text box shrank to a few characters and labels were cut): two rows.
        filters = QHBoxLayout()
        for w in (self.point, self.severity, self.status):
            filters.addWidget(w, 1)
        second = QHBoxLayout()
        second.addWidget(self.state)
        second.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(second)
        layout.addWidget(self.table)

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

    def _fit_columns(self) -> None:
        for col in range(self.model.columnCount()):
            if col not in (COL_MESSAGE, COL_POINT):
                self.table.resizeColumnToContents(col)

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

        Resolved findings and those of earlier revisions (obsolete) are skipped."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return None
        current = self.table.currentIndex().row()
        start = current if current >= 0 else (-1 if step > 0 else rows)
        for k in range(1, rows + 1):
            r = (start + step * k) % rows
            idx = self.proxy.index(r, 0)
            if idx.data(StatusRole) in OPEN_STATUSES and idx.data(StateRole) == "open":
                fid = idx.data(FindingIdRole)
                self.select(fid)
                return fid
        return None
