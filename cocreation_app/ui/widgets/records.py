"""A table model over a short list of records (problems, solutions, commitments, milestones).

Short lists are loaded whole through ``EntityService.list_records``; long ones (participants)
have their own paging model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cocreation_app.services.display import display_value
from cocreation_app.services.registry import KINDS

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    def __init__(self, kind: str, columns: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = list(columns)
        self.records: list[dict[str, Any]] = []

    def set_records(self, records: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def row_of(self, row_id: str | None) -> int:
        for row, record in enumerate(self.records):
            if record["id"] == row_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        name = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_value(self.kind, name, record.get(name))
        if role == ID_ROLE:
            return record["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and KINDS[self.kind].field_map[name].type in (
            "int",
            "decimal",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return KINDS[self.kind].field_map[self.columns[section]].title()
        return section + 1
