"""The coverage view: requirements by point with their status, and article ↔ requirement alignment."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QTreeView, QVBoxLayout, QWidget

from ordreview.core.model import Span
from ordreview.gui import labels
from ordreview.gui.models.coverage import AlignmentModel, CoverageModel
from ordreview.gui.models.tree import SpanRole


class CoverageView(QWidget):
    """Summary line, the coverage tree and the alignment tree.

    Signals:
        span_activated(object): a row with a place in the text was clicked (its ``Span``).
    """

    span_activated = Signal(object)

    def __init__(self, coverage: CoverageModel, alignment: AlignmentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coverage_model = coverage
        self.alignment_model = alignment
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.coverage_tree = self._tree(coverage)
        self.alignment_tree = self._tree(alignment)
        tabs = QTabWidget()
        tabs.addTab(self.coverage_tree, "")
        tabs.addTab(self.alignment_tree, "")
        self.tabs = tabs
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(tabs)
        coverage.modelReset.connect(self._refresh)
        alignment.modelReset.connect(self._refresh_alignment)

    def retranslate(self) -> None:
        """Set the tab texts in the current UI language (the summary follows the model)."""
        self.tabs.setTabText(0, self.tr("項目別"))
        self.tabs.setTabText(1, self.tr("条項別"))

    def _tree(self, model: CoverageModel | AlignmentModel) -> QTreeView:
        tree = QTreeView()
        tree.setModel(model)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.clicked.connect(self._clicked)
        tree.activated.connect(self._clicked)
        return tree

    def _clicked(self, index: QModelIndex) -> None:
        span = index.data(SpanRole)
        if isinstance(span, Span):
            self.span_activated.emit(span)

    def _refresh_alignment(self) -> None:
        self.alignment_tree.expandAll()
        self.alignment_tree.setColumnWidth(0, 250)

    def _refresh(self) -> None:
        self.coverage_tree.expandAll()
        for row in range(self.coverage_model.rowCount()):  # point headings span the columns
            self.coverage_tree.setFirstColumnSpanned(row, QModelIndex(), True)
        for col in range(2):
            self.coverage_tree.resizeColumnToContents(col)
        self.coverage_tree.setColumnWidth(2, 260)
        counts = self.coverage_model.counts()
        self.summary.setText(
            "　".join(f"{labels.coverage_text(s)} {counts[s]}" for s in ("covered", "partial", "missing", "not_applicable"))
        )
