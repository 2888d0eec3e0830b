"""The participants table: pages and filters in SQL, so 50,000 people stay responsive.

Rows arrive a page at a time through ``fetchMore`` as the view scrolls; a new filter text
loads only the first page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cocreation_app.models.enums import GENDERS, SECTORS, label
from cocreation_app.services import lists
from cocreation_app.services.lists import ParticipantRow
from cocreation_app.storage import Database

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantTable", text)


class ParticipantTableModel(QAbstractTableModel):
    COLUMNS = ("name", "sector", "organization", "gender", "email", "phone", "checked_in")

    def __init__(self, db: Database, *, with_attendance: bool = False, parent: Any = None):
        super().__init__(parent)
        self.db = db
        self.with_attendance = with_attendance
        # At the door the first thing to see is whether the person is already in.
        self.columns = ("checked_in", *self.COLUMNS[:-1]) if with_attendance else self.COLUMNS[:-1]
        self.plan_id: str | None = None
        self.workshop_id: str | None = None
        self.text = ""
        self.rows: list[ParticipantRow] = []
        self.exhausted = True
        self._count: int | None = 0
        self._fetching = False

    def set_scope(self, db: Database, plan_id: str | None, workshop_id: str | None) -> None:
        self.db, self.plan_id, self.workshop_id = db, plan_id, workshop_id
        self.reload()

    def set_filter(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.reload(keep=0)

    def reload(self, keep: int | None = None) -> None:
        """Re-query; keeps as many rows loaded as before (or ``keep``), at least one page.

        No count per keystroke: a short page tells the total; otherwise ``count()`` asks.
        """
        wanted = max(PAGE, len(self.rows) if keep is None else keep)
        self.beginResetModel()
        self.rows = self._page(0, wanted) if self.plan_id else []
        self.exhausted = len(self.rows) < wanted
        self._count = len(self.rows) if self.exhausted else None
        self.endResetModel()

    def count(self) -> int:
        """How many people match the filter (one SQL count, remembered until the next filter)."""
        if self._count is None:
            assert self.plan_id is not None
            self._count = lists.count_participants(self.db, self.plan_id, self.text)
        return self._count

    def _page(self, offset: int, limit: int) -> list[ParticipantRow]:
        assert self.plan_id is not None
        return lists.participant_page(
            self.db,
            self.plan_id,
            self.text,
            workshop_id=self.workshop_id if self.with_attendance else None,
            offset=offset,
            limit=limit,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and not self.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.plan_id or self._fetching:
            return
        more = self._page(len(self.rows), PAGE)
        self.exhausted = len(more) < PAGE
        if self.exhausted:
            self._count = len(self.rows) + len(more)
        if not more:
            return
        self._fetching = True  # views and testers may ask for more while rows go in
        try:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row_of(self, participant_id: str | None) -> int:
        for row, person in enumerate(self.rows):
            if person.id == participant_id:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.rows[index.row()]
        name = self.columns[index.column()]
        if role == ID_ROLE:
            return person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if name == "sector":
                return label(SECTORS, person.sector)
            if name == "gender":
                return label(GENDERS, person.gender)
            if name == "checked_in":
                return _tr("✓ En la sala") if person.checked_in else ""
            return getattr(person, name) or ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        titles = {
            "name": _tr("Nombre"),
            "sector": _tr("Sector"),
            "organization": _tr("Organización"),
            "gender": _tr("Género"),
            "email": _tr("Correo electrónico"),
            "phone": _tr("Teléfono"),
            "checked_in": _tr("Asistencia"),
        }
        return titles[self.columns[section]]
