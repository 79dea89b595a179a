"""The findings table and its filter proxy.

Rows are the review's findings in document order, then the findings of earlier revisions of
the draft that no longer occur (``obsolete``: greyed, tagged 廃止, never dropped). Each row
shows the officer's annotation status, which changes without a reset (``update_annotation``
emits ``dataChanged`` for the status cell only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ordreview.core.model import SEVERITY_ORDER, Annotation, Finding, FindingId, Ordinance
from ordreview.gui import labels

FindingIdRole = Qt.ItemDataRole.UserRole + 1
SeverityRole = Qt.ItemDataRole.UserRole + 2
PointRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
SortRole = Qt.ItemDataRole.UserRole + 5
SearchTextRole = Qt.ItemDataRole.UserRole + 6
SpanStartRole = Qt.ItemDataRole.UserRole + 7
StateRole = Qt.ItemDataRole.UserRole + 8

FINDING_STATES: tuple[str, ...] = ("open", "resolved", "obsolete")
"""The store's finding states (``store.values.FINDING_STATES``), in filter order."""

OBSOLETE_COLOUR = "#8a8a8a"
RESOLVED_COLOUR = "#2e7d32"
"""A finding the officer marked resolved: its whole row, besides the ✓ and （解決済み） in 状態."""

COL_SEVERITY, COL_POINT, COL_REQUIREMENT, COL_PLACE, COL_MESSAGE, COL_STATUS = range(6)
COLUMN_COUNT = 6

OPEN_STATUSES: frozenset[str] = frozenset({"unreviewed", "on_hold"})
"""Statuses F8 / Shift+F8 stop at: not yet decided."""

Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    """Table of findings.

    Attributes:
        lang: ``"ja"`` or ``"en"``, the language of finding messages and place labels.
    """

    def __init__(self, *, lang: str = "ja", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._findings: list[Finding] = []
        self._rows: dict[FindingId, int] = {}
        self._places: list[str] = []
        self._search: list[str] = []
        self._annotations: dict[FindingId, Annotation] = {}
        self._states: dict[FindingId, str] = {}
        self._current = 0  # rows before this are the draft's findings, the rest obsolete
        self._ordinance: Ordinance | None = None

    # ------------------------------------------------------------------ our API

    def set_findings(self, findings: Sequence[Finding], *, ordinance: Ordinance | None) -> None:
        """Replace every row (annotations, states and obsolete rows are cleared)."""
        self.beginResetModel()
        self._ordinance = ordinance
        self._findings = list(findings)
        self._current = len(self._findings)
        self._rows = {f.id: i for i, f in enumerate(self._findings)}
        self._annotations = {}
        self._states = {}
        self._refresh_texts()
        self.endResetModel()

    def add_obsolete(self, findings: Sequence[Finding]) -> None:
        """Append findings of an earlier revision that no longer occur (shown greyed)."""
        new = [f for f in findings if f.id not in self._rows]
        if not new:
            return
        first = len(self._findings)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for f in new:
            self._rows[f.id] = len(self._findings)
            self._findings.append(f)
            self._states[f.id] = "obsolete"
            place = self._place(f, obsolete=True)
            self._places.append(place)
            self._search.append(self._search_text(f, place))
        self.endInsertRows()

    def set_states(self, states: Mapping[FindingId, str]) -> None:
        """Show the stored state of each finding (``open``, ``resolved``, ``obsolete``)."""
        self._states.update(states)
        if self._findings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._findings) - 1, COLUMN_COUNT - 1),
                                  [StateRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DisplayRole])

    def state(self, finding_id: FindingId) -> str:
        """The finding's stored state; ``"open"`` until the store said otherwise."""
        return self._states.get(finding_id, "open")

    def is_obsolete(self, finding_id: FindingId) -> bool:
        """True for a finding of an earlier revision that this draft no longer raises."""
        return self.state(finding_id) == "obsolete"

    def _place(self, f: Finding, *, obsolete: bool) -> str:
        # An obsolete finding's node is in the earlier draft: name it from the finding alone.
        if obsolete:
            return labels.earlier_place(f, self._ordinance, self.lang)
        return labels.place_label(self._ordinance, f, self.lang)

    @staticmethod
    def _search_text(f: Finding, place: str) -> str:
        return "\n".join((f.message_ja, f.message_en, f.anchor_text, f.requirement or "", f.statute, place, f.rule)).casefold()

    def _refresh_texts(self) -> None:
        self._places = [self._place(f, obsolete=i >= self._current) for i, f in enumerate(self._findings)]
        self._search = [self._search_text(f, p) for f, p in zip(self._findings, self._places)]

    def set_annotations(self, annotations: Mapping[FindingId, Annotation]) -> None:
        """Show stored annotations (status column and status filter)."""
        self._annotations = dict(annotations)
        if self._findings:
            self.dataChanged.emit(
                self.index(0, COL_STATUS),
                self.index(len(self._findings) - 1, COL_STATUS),
                [Qt.ItemDataRole.DisplayRole, StatusRole, SortRole],
            )

    def update_annotation(self, annotation: Annotation) -> None:
        """Show one saved annotation."""
        self._annotations[annotation.finding_id] = annotation
        row = self._rows.get(annotation.finding_id)
        if row is not None:
            idx = self.index(row, COL_STATUS)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole, StatusRole, SortRole])

    def annotation(self, finding_id: FindingId) -> Annotation | None:
        """The stored annotation of a finding, or ``None``."""
        return self._annotations.get(finding_id)

    def annotations(self) -> dict[FindingId, Annotation]:
        """All annotations shown."""
        return dict(self._annotations)

    def status(self, finding_id: FindingId) -> str:
        """The finding's status code (``"unreviewed"`` when never annotated)."""
        ann = self._annotations.get(finding_id)
        return ann.status if ann is not None else "unreviewed"

    def status_texts(self) -> list[str]:
        """Every text the 状態 column can show (to size it)."""
        from ordreview.core.model import ANNOTATION_STATUSES

        return [labels.status_label(s) for s in ANNOTATION_STATUSES] + [self._resolved_text()]

    @staticmethod
    def _resolved_text() -> str:
        return "✓ " + QCoreApplication.translate("FindingsModel", "解決済み")

    def finding(self, row: int) -> Finding:
        """The finding at ``row``."""
        return self._findings[row]

    def findings(self) -> list[Finding]:
        """Every finding, in row order."""
        return list(self._findings)

    def row_of(self, finding_id: FindingId) -> int | None:
        """The row of a finding, or ``None``."""
        return self._rows.get(finding_id)

    def set_language(self, lang: str) -> None:
        """Switch the language of messages and place labels (and retranslate the headers)."""
        self.beginResetModel()
        self.lang = lang
        self._refresh_texts()
        self.endResetModel()

    # ------------------------------------------------------------------ Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_SEVERITY: QCoreApplication.translate("FindingsModel", "重要度"),
            COL_POINT: QCoreApplication.translate("FindingsModel", "観点"),
            COL_REQUIREMENT: QCoreApplication.translate("FindingsModel", "項目"),
            COL_PLACE: QCoreApplication.translate("FindingsModel", "箇所"),
            COL_MESSAGE: QCoreApplication.translate("FindingsModel", "内容"),
            COL_STATUS: QCoreApplication.translate("FindingsModel", "状態"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        f = self._findings[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, index.row(), col)
        obsolete = index.row() >= self._current
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS and self._states.get(f.id) == "resolved":
            return QCoreApplication.translate("FindingsModel", "解決済み（注釈の状態: %1）").replace(
                "%1", labels.status_label(self.status(f.id)))
        if role == Qt.ItemDataRole.ToolTipRole:
            if obsolete:
                return QCoreApplication.translate(
                    "FindingsModel", "以前の版の指摘です。この条例案では出ていません（注釈は残してあります）。"
                ) + "\n" + labels.message(f, self.lang, self._ordinance)
            return labels.message(f, self.lang, self._ordinance)
        if role == Qt.ItemDataRole.ForegroundRole:
            if obsolete:
                return QColor(OBSOLETE_COLOUR)
            if self._states.get(f.id) == "resolved":
                return QColor(RESOLVED_COLOUR)
            return labels.severity_colour(f.severity) if col == COL_SEVERITY else None
        if role == StateRole:
            return self.state(f.id)
        if role == FindingIdRole:
            return f.id
        if role == SeverityRole:
            return f.severity
        if role == PointRole:
            return f.point
        if role == StatusRole:
            return self.status(f.id)
        if role == SpanStartRole:
            return f.location.span.start if f.location.span is not None else -1
        if role == SearchTextRole:
            return self._search[index.row()]
        if role == SortRole:
            return self._sort_key(f, index.row(), col)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # ------------------------------------------------------------------ helpers

    def _display(self, f: Finding, row: int, col: int) -> str | None:
        if col == COL_SEVERITY:
            return labels.severity_text(f.severity)
        if col == COL_POINT:
            return labels.point_short(f.point)
        if col == COL_REQUIREMENT:
            return f.requirement or "—"
        if col == COL_PLACE:
            return self._places[row]
        if col == COL_MESSAGE:
            if row >= self._current:
                return QCoreApplication.translate("FindingsModel", "［廃止］") + labels.message(f, self.lang, self._ordinance)
            return labels.message(f, self.lang, self._ordinance)
        if col == COL_STATUS:
            if self._states.get(f.id) == "resolved":  # the note's status is in the tooltip and the editor
                return self._resolved_text()
            return labels.status_label(self.status(f.id))
        return None

    def _sort_key(self, f: Finding, row: int, col: int) -> Any:
        if col == COL_SEVERITY:
            return SEVERITY_ORDER.get(f.severity, 9) * 1_000_000 + row
        if col == COL_PLACE:
            return f.location.span.start if f.location.span is not None else -1
        if col == COL_STATUS:
            from ordreview.core.model import ANNOTATION_STATUSES

            return ANNOTATION_STATUSES.index(self.status(f.id)) * 1_000_000 + row
        return self._display(f, row, col) or ""


class FindingsFilterProxy(QSortFilterProxyModel):
    """Filters findings by point, severity, status, state and free text (all ``None`` = no filter)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._point: str | None = None
        self._severity: str | None = None
        self._status: str | None = None
        self._state: str | None = None
        self._text = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def _begin(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def set_point(self, point: str | None) -> None:
        """Show only findings of ``point`` (``"A"``, ``"B"``, ``"C"``, ``"other"``)."""
        self._begin()
        self._point = point or None
        self._end()

    def set_severity(self, severity: str | None) -> None:
        """Show only findings of ``severity``."""
        self._begin()
        self._severity = severity or None
        self._end()

    def set_status(self, status: str | None) -> None:
        """Show only findings whose annotation status is ``status``."""
        self._begin()
        self._status = status or None
        self._end()

    def set_state(self, state: str | None) -> None:
        """Show only findings in ``state`` (``"open"`` 未解決, ``"resolved"``, ``"obsolete"`` 廃止)."""
        self._begin()
        self._state = state or None
        self._end()

    def set_text(self, text: str) -> None:
        """Show only findings whose message, anchor, item or place contains ``text``."""
        self._begin()
        self._text = text.strip().casefold()
        self._end()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        idx = model.index(source_row, 0, source_parent)
        if self._point and model.data(idx, PointRole) != self._point:
            return False
        if self._severity and model.data(idx, SeverityRole) != self._severity:
            return False
        if self._status and model.data(idx, StatusRole) != self._status:
            return False
        if self._state and model.data(idx, StateRole) != self._state:
            return False
        if self._text and self._text not in model.data(idx, SearchTextRole):
            return False
        return True
