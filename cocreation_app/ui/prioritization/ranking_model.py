"""The ranking as a Qt table model (a handful of rows: it holds them all in memory)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cocreation_app.i18n import format_decimal
from cocreation_app.models import enums
from cocreation_app.services.ranking import RankedProblem

Index = QModelIndex | QPersistentModelIndex

PROBLEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("RankingModel", text)


class RankingModel(QAbstractTableModel):
    COLUMNS = ("rank", "title", "dots", "tables", "criteria", "combined", "status", "tie")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RankedProblem] = []
        self._status: dict[str, str | None] = {}
        self._headers = {
            "rank": _tr("#"),
            "title": _tr("Problema público"),
            "dots": _tr("Puntos"),
            "tables": _tr("Mesas"),
            # Scales on a second line: the problem's title keeps the width.
            "criteria": _tr("Criterios\n(1–5)"),
            "combined": _tr("Puntaje\n(0–100)"),
            "status": _tr("Estado"),
            "tie": _tr("Desempate"),
        }

    def set_ranking(self, rows: list[RankedProblem], status: dict[str, str | None]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._status = dict(status)
        self.endResetModel()

    def ranked(self, row: int) -> RankedProblem:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self._headers[self.COLUMNS[section]]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(problem, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem.tie_break_reason() or problem.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("title", "tie", "status"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PROBLEM_ID_ROLE:
            return problem.problem_id
        return None

    def _display(self, problem: RankedProblem, column: str) -> str:
        if column == "rank":
            return str(problem.rank)
        if column == "title":
            return problem.title
        if column == "dots":
            return str(problem.dots)
        if column == "tables":
            return str(problem.tables)
        if column == "criteria":
            score = problem.criteria_score
            return "—" if score is None else format_decimal(round(float(score), 2))
        if column == "combined":
            return format_decimal(round(float(problem.combined_score), 1))
        if column == "status":
            code = self._status.get(problem.problem_id)
            return enums.label(enums.PROBLEM_STATUSES, code) if code else ""
        return problem.tie_break_reason() or ""
