"""The conflicts view: competing values side by side, with who changed them and when; keep one,
or write a merged value. Every resolution is a change that travels to the other laptops."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.i18n import format_datetime
from cocreation_app.services.registry import KINDS
from cocreation_app.sync.conflicts import Conflict, list_conflicts, resolve_conflict

if TYPE_CHECKING:
    from cocreation_app.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsView", text)


def _shown(value: Any) -> str:
    if value is None:
        return _tr("(vacío)")
    if isinstance(value, bool):
        return _tr("sí") if value else _tr("no")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _field_title(conflict: Conflict) -> str:
    spec = KINDS.get(conflict.target_kind)
    if spec is None:
        return conflict.field
    if conflict.field == "deleted":
        return _tr("Eliminado")
    field = spec.field_map.get(conflict.field)
    return field.title() if field is not None else conflict.field


def _time(iso: str) -> str:
    import datetime as dt

    try:
        return format_datetime(dt.datetime.fromisoformat(iso.replace("Z", "+00:00")))
    except (ValueError, TypeError):
        return iso


class ConflictsView(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.conflicts: list[Conflict] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_current)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.values = QTableWidget(0, 3)
        self.values.setHorizontalHeaderLabels([_tr("Valor"), _tr("Quién"), _tr("Cuándo")])
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.horizontalHeader().setStretchLastSection(True)
        self.values.setColumnWidth(0, 360)
        self.keep_button = QPushButton(_tr("Conservar el valor seleccionado"))
        self.keep_button.clicked.connect(self.keep_selected)
        self.merged = QLineEdit()
        self.merged.setPlaceholderText(_tr("o escriba un valor combinado"))
        self.merge_button = QPushButton(_tr("Guardar valor combinado"))
        self.merge_button.clicked.connect(lambda: self.save_merged(self.merged.text()))
        self.empty = QLabel(_tr("No hay conflictos: todos los cambios importados concuerdan."))

        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.heading)
        column.addWidget(self.values, 1)
        column.addWidget(self.keep_button)
        row = QHBoxLayout()
        row.addWidget(self.merged, 1)
        row.addWidget(self.merge_button)
        column.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        # Read when first shown (showEvent): at start-up the change log can hold a million rows.
        self._stale = True
        window.dataChanged.connect(self._data_changed)
        window.databaseChanged.connect(self._data_changed)

    def _data_changed(self) -> None:
        """Reading conflicts scans the change log: do it now only if the view is on screen."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.conflicts = self.window_.run(list_conflicts, self.window_.db) or []
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            kind = KINDS[conflict.target_kind].title() if conflict.target_kind in KINDS else ""
            label = conflict.target_label or conflict.target_id
            self.list.addItem(
                _tr("{kind}: {label} — {field}").format(
                    kind=kind, label=label, field=_field_title(conflict)
                )
            )
        self.list.blockSignals(False)
        self.empty.setVisible(not self.conflicts)
        self.list.setCurrentRow(0 if self.conflicts else -1)
        self._show_current(self.list.currentRow())

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self, _row: int) -> None:
        conflict = self.current()
        self.values.setRowCount(0)
        for widget in (self.keep_button, self.merged, self.merge_button):
            widget.setEnabled(conflict is not None)
        if conflict is None:
            self.heading.clear()
            return
        self.heading.setText(
            _tr(
                "«{field}» se cambió en dos computadoras sin que una viera el cambio de la otra."
            ).format(field=_field_title(conflict))
        )
        for value in conflict.values:
            row = self.values.rowCount()
            self.values.insertRow(row)
            shown = _shown(value.value)
            if value.current:
                shown = _tr("{value}  (actual)").format(value=shown)
            who = value.device_label or value.device_id[:8]
            for col, text in enumerate((shown, who, _time(value.time))):
                self.values.setItem(row, col, QTableWidgetItem(text))
        self.values.selectRow(0)
        current = conflict.values[0].value if conflict.values else None
        self.merged.setText("" if current is None else _shown(current))

    def keep_selected(self) -> bool:
        conflict = self.current()
        rows = self.values.selectionModel().selectedRows()
        if conflict is None or not rows:
            return False
        chosen = conflict.values[rows[0].row()]
        return self._resolve(conflict, keep=chosen.value_id)

    def save_merged(self, text: str) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        return self._resolve(conflict, value=text)

    def _resolve(self, conflict: Conflict, **how: str) -> bool:
        def act() -> bool:
            resolve_conflict(self.window_.db, conflict.id, **how)
            return True

        if not self.window_.run(act):
            return False
        self.window_.status(_tr("Conflicto resuelto."))
        self.window_.dataChanged.emit()
        return True
