"""The causes-and-effects tree of one problem as a Qt item model.

Two fixed branches, «Causas» and «Efectos», hold the problem's nodes; a node's ``parent_id``
is empty when it hangs directly from its branch. Editing a node's text goes through
``on_edit`` (an undoable command), never straight to the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cocreation_app.models.enums import TREE_NODE_KINDS, label

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
BRANCHES = ("cause", "effect")


@dataclass(eq=False)
class TreeItem:
    id: str | None  # None for the two fixed branches
    kind: str
    text: str
    position: int = 0
    parent: TreeItem | None = None
    children: list[TreeItem] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def node_parent_id(self) -> str | None:
        """The ``parent_id`` this item's children get: None under a branch."""
        return self.id


def _branch_title(kind: str) -> str:
    titles = {
        "cause": QCoreApplication.translate("ProblemTree", "Causas"),
        "effect": QCoreApplication.translate("ProblemTree", "Efectos"),
    }
    return titles.get(kind, kind)


class ProblemTreeModel(QAbstractItemModel):
    def __init__(
        self, on_edit: Callable[[str, str], bool] | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.on_edit = on_edit
        self.root = TreeItem(None, "", "")
        self.items: dict[str, TreeItem] = {}
        self._build([])

    def _build(self, nodes: list[dict[str, Any]]) -> None:
        self.root = TreeItem(None, "", "")
        branches = {}
        for kind in BRANCHES:
            branch = TreeItem(None, kind, _branch_title(kind), parent=self.root)
            self.root.children.append(branch)
            branches[kind] = branch
        self.items = {
            node["id"]: TreeItem(node["id"], node["kind"], node["text"], node["position"] or 0)
            for node in nodes
        }
        for node in nodes:  # already ordered by position, then creation
            item = self.items[node["id"]]
            parent = self.items.get(node["parent_id"] or "") or branches.get(node["kind"])
            if parent is None or self._would_cycle(item, parent):
                parent = branches["cause"]
            item.parent = parent
            parent.children.append(item)

    @staticmethod
    def _would_cycle(item: TreeItem, parent: TreeItem) -> bool:
        current: TreeItem | None = parent
        while current is not None:
            if current is item:
                return True
            current = current.parent
        return False

    def set_nodes(self, nodes: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._build(nodes)
        self.endResetModel()

    def branch(self, kind: str) -> TreeItem:
        return self.root.children[BRANCHES.index(kind)]

    def item(self, index: Index) -> TreeItem:
        if not index.isValid():
            return self.root
        item: TreeItem = index.internalPointer()
        return item

    def index_of(self, item: TreeItem) -> QModelIndex:
        if item is self.root or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.row(), 0, item)

    def index_of_id(self, node_id: str | None) -> QModelIndex:
        item = self.items.get(node_id or "")
        return self.index_of(item) if item is not None else QModelIndex()

    # -- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_item = self.item(parent)
        return self.createIndex(row, column, parent_item.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        item: TreeItem = index.internalPointer()
        parent = item.parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.item(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.item(index).id is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole and item.id is not None:
            return label(TREE_NODE_KINDS, item.kind)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.FontRole and item.id is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.item(index)
        text = str(value).strip()
        if item.id is None or not text or text == item.text or self.on_edit is None:
            return False
        if not self.on_edit(item.id, text):
            return False
        item.text = text
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ProblemTree", "Árbol del problema")
        return None
