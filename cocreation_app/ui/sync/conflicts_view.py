"""The conflicts view: competing values side by side, with who changed them and when; keep one,
or write a merged value. A record left under a parent deleted on another laptop (an orphan) is
listed too: restore the parent or delete the record. Every resolution is a change that travels
to the other laptops. In review mode conflicts are shown but not resolved: the buttons are greyed
out."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
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

from cocreation_app.i18n import format_timestamp
from cocreation_app.services.display import yes_no
from cocreation_app.services.registry import KINDS
from cocreation_app.sync.conflicts import (
    Conflict,
    Event,
    list_conflicts,
    resolve_conflict,
    resolve_orphan,
)
from cocreation_app.ui.widgets.fields import set_read_only

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsView", text)


def _shown(value: Any) -> str:
    if value is None:
        return _tr("(vacío)")
    if isinstance(value, bool):
        return yes_no(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _kind_title(kind: str) -> str:
    return KINDS[kind].title() if kind in KINDS else kind


def _field_title(conflict: Conflict) -> str:
    if conflict.orphan is not None:
        return _tr("su registro superior se eliminó")
    spec = KINDS.get(conflict.target_kind)
    if spec is None:
        return conflict.field
    if conflict.field == "deleted":
        return _tr("Eliminado")
    field = spec.field_map.get(conflict.field)
    return field.title() if field is not None else conflict.field


def _time(iso: str) -> str:
    return format_timestamp(iso, "medium")


def _who(event: Event | None) -> str:
    if event is None:
        return "?"
    return event.device_label or event.device_id[:8]


def _when(event: Event | None) -> str:
    return "?" if event is None else _time(event.time)


def _orphan_text(conflict: Conflict) -> str:
    orphan = conflict.orphan
    assert orphan is not None
    return _tr(
        "{kind} «{label}» se agregó en {created_by} ({created_at}) bajo {parent_kind} "
        "«{parent}», que se eliminó en {deleted_by} ({deleted_at}). Ninguna vista lo muestra "
        "mientras su registro superior siga eliminado: restaure el superior o elimine el registro."
    ).format(
        kind=_kind_title(conflict.target_kind),
        label=conflict.target_label or conflict.target_id,
        created_by=_who(orphan.created),
        created_at=_when(orphan.created),
        parent_kind=_kind_title(orphan.parent_kind),
        parent=orphan.parent_label or orphan.parent_id,
        deleted_by=_who(orphan.parent_deleted),
        deleted_at=_when(orphan.parent_deleted),
    )


class ConflictsView(QWidget):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window_ = window
        self.conflicts: list[Conflict] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_current)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        # An orphan has no table of values: its text then fills the column, from the top.
        self.heading.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
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
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(lambda: self.settle_orphan(restore_parent=True))
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(lambda: self.settle_orphan(restore_parent=False))
        self.empty = QLabel(_tr("No hay conflictos: todos los cambios importados concuerdan."))
        self.review_notice = window.review_mode.notice(
            _tr("Modo revisión: los conflictos se consultan, pero no se resuelven."), self
        )
        self.review_notice.setObjectName("conflictsReviewNotice")

        self.detail = detail = QWidget()  # enabled while a conflict is shown
        column = QVBoxLayout(detail)
        column.addWidget(self.heading)
        column.addWidget(self.values, 1)
        column.addWidget(self.keep_button)
        row = QHBoxLayout()
        row.addWidget(self.merged, 1)
        row.addWidget(self.merge_button)
        column.addLayout(row)
        orphan_row = QHBoxLayout()
        orphan_row.addWidget(self.restore_button)
        orphan_row.addWidget(self.discard_button)
        column.addLayout(orphan_row)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_notice)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        # Read when first shown (showEvent): at start-up the change log can hold a million rows.
        self._stale = True
        window.dataChanged.connect(self._data_changed)
        window.databaseChanged.connect(self._data_changed)
        for button in (
            self.keep_button,
            self.merge_button,
            self.restore_button,
            self.discard_button,
        ):
            window.review_mode.guard(button)
        window.review_mode.changed.connect(self._review_changed)
        self._review_changed()

    def _review_changed(self) -> None:
        set_read_only(self.merged, self.window_.review_mode.active)

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
            kind = _kind_title(conflict.target_kind)
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
        orphan = conflict is not None and conflict.orphan is not None
        self.detail.setEnabled(conflict is not None)
        for widget in (self.values, self.keep_button, self.merged, self.merge_button):
            widget.setVisible(not orphan)
        for widget in (self.restore_button, self.discard_button):
            widget.setVisible(orphan)
        if conflict is None:
            self.heading.clear()
            return
        if conflict.orphan is not None:
            self.heading.setText(_orphan_text(conflict))
            self.restore_button.setText(
                _tr("Restaurar {kind} «{label}»").format(
                    kind=_kind_title(conflict.orphan.parent_kind),
                    label=conflict.orphan.parent_label or conflict.orphan.parent_id,
                )
            )
            self.discard_button.setText(
                _tr("Eliminar {kind} «{label}»").format(
                    kind=_kind_title(conflict.target_kind),
                    label=conflict.target_label or conflict.target_id,
                )
            )
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

    def settle_orphan(self, *, restore_parent: bool) -> bool:
        """Restore the deleted parent (and what its delete took along) or delete the orphan."""
        conflict = self.current()
        if conflict is None or conflict.orphan is None:
            return False

        def act() -> bool:
            resolve_orphan(self.window_.db, conflict.id, restore_parent=restore_parent)
            return True

        return self._done(act)

    def _resolve(self, conflict: Conflict, **how: str) -> bool:
        def act() -> bool:
            resolve_conflict(self.window_.db, conflict.id, **how)
            return True

        return self._done(act)

    def _done(self, act: Callable[[], bool]) -> bool:
        if not self.window_.review_mode.allows() or not self.window_.run(act):
            return False
        self.window_.status(_tr("Conflicto resuelto."))
        self.window_.dataChanged.emit()
        return True
