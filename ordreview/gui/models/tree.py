"""A small read-only tree model base: nodes hold their display cells and a span."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from ordreview.core.model import Span

SpanRole = Qt.ItemDataRole.UserRole + 20
KeyRole = Qt.ItemDataRole.UserRole + 21
StatusRole = Qt.ItemDataRole.UserRole + 22

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    """One row of a tree.

    Attributes:
        cells: the display text of each column.
        span: where the row jumps to in the draft text, or ``None``.
        key: an identifier (article number, requirement id, division key).
        status: a status code for styling and tests (coverage status …), or ``""``.
        tooltip: hover text, or ``""``.
        parent / children: the tree links.
    """

    cells: list[str]
    span: Span | None = None
    key: str = ""
    status: str = ""
    tooltip: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        """Append ``child`` and return it."""
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        """Position among the parent's children."""
        if self.parent is None:
            return 0
        return self.parent.children.index(self)


class TreeModel(QAbstractItemModel):
    """Read-only tree over :class:`Node` values; subclasses build the nodes and headers."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._root = Node(cells=[])
        self._rows: dict[int, int] = {}

    def header_texts(self) -> list[str]:
        """The column headers in the current UI language (subclasses translate theirs)."""
        return list(self._headers)

    def retranslate(self) -> None:
        """Take the headers again from :meth:`header_texts` (after a language change)."""
        self._headers = self.header_texts()
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_roots(self, nodes: list[Node]) -> None:
        """Replace the whole tree."""
        self.beginResetModel()
        self._root = Node(cells=[])
        for node in nodes:
            self._root.add(node)
        self._rows = {}
        self._index_rows(self._root)
        self.endResetModel()

    def _index_rows(self, node: Node) -> None:
        for i, child in enumerate(node.children):
            self._rows[id(child)] = i
            self._index_rows(child)

    def roots(self) -> list[Node]:
        """The top-level nodes."""
        return list(self._root.children)

    def node(self, index: Index) -> Node:
        """The node of ``index`` (the invisible root for an invalid index)."""
        if index.isValid():
            return index.internalPointer()
        return self._root

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        """The model index of ``node``."""
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(self._rows[id(node)], column, node)

    def walk(self) -> list[Node]:
        """Every node, depth first."""
        out: list[Node] = []
        stack = list(reversed(self._root.children))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out

    # ------------------------------------------------------------------ Qt overrides

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self.node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        par = node.parent
        if par is None or par is self._root:
            return QModelIndex()
        return self.createIndex(self._rows[id(par)], 0, par)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            return node.cells[col] if col < len(node.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == SpanRole:
            return node.span
        if role == KeyRole:
            return node.key
        if role == StatusRole:
            return node.status
        return self.extra_data(node, index.column(), role)

    def extra_data(self, node: Node, column: int, role: int) -> Any:
        """Hook for subclasses (colours, fonts); ``None`` by default."""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
