"""A list of records of one kind beside a form editing the selected one.

The problems, solutions and commitments views (and the plan's workshops) are built from it:
"Nuevo" clears the form, "Guardar" (or Ctrl+Enter) creates or saves the changed fields,
"Eliminar" asks first. Every edit is an undoable command. In review mode the form is read-only
and its buttons are greyed out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.ui.commands import CreateCommand, DeleteCommand, UpdateCommand
from cocreation_app.ui.widgets.fields import RecordForm
from cocreation_app.ui.widgets.records import ID_ROLE, RecordTableModel

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class RecordPanel(QWidget):
    """Owns the list and the form; place ``list_widget`` and ``detail_widget`` in a layout."""

    currentChanged = Signal(object)  # the selected id, or None while creating a new one

    def __init__(
        self,
        window: WindowShell,
        kind: str,
        columns: Sequence[str],
        groups: Sequence[tuple[str | None, Sequence[str]]],
        parent: QWidget | None = None,
        *,
        needed: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        self.kind = kind
        self.scope: dict[str, Any] | None = None
        self.current_id: str | None = None
        self._creating = False
        self._loading = False
        # Values a new record starts with (asked when the form is cleared for one).
        self.defaults: Callable[[], dict[str, Any]] = dict
        # What to tell the user after a save that went ahead (e.g. a date outside the plan).
        self.warnings: Callable[[str], list[str]] = lambda _row_id: []
        spec = KINDS[kind]
        self.list_widget = QWidget(self)
        list_layout = QVBoxLayout(self.list_widget)
        list_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(f"<b>{spec.title_plural()}</b>", self.list_widget)
        list_layout.addWidget(self.title)
        self.model = RecordTableModel(kind, columns, self)
        self.table = QTableView(self.list_widget)
        self.table.setObjectName(f"{kind}List")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        stretch = spec.display if spec.display in columns else columns[0]
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(list(columns).index(stretch), QHeaderView.ResizeMode.Stretch)
        list_layout.addWidget(self.table, 1)
        self.list_buttons = QWidget(self.list_widget)  # greyed out in review mode
        buttons = QHBoxLayout(self.list_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("&Nuevo"), self.list_buttons)
        self.delete_button = QPushButton(self.tr("E&liminar"), self.list_buttons)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        list_layout.addWidget(self.list_buttons)
        self.delete_button.setEnabled(False)  # until a record is picked

        self.detail_widget = QWidget(self)
        detail_layout = QVBoxLayout(self.detail_widget)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.detail_widget)
        self.heading.setWordWrap(True)
        detail_layout.addWidget(self.heading)
        self.form = RecordForm(kind, groups, self.detail_widget, needed=needed)
        self.form_scroll = QScrollArea(self.detail_widget)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        detail_layout.addWidget(self.form_scroll, 1)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Guardar (Ctrl+Enter)"), self.detail_widget)
        self.save_button.setObjectName(f"{kind}Save")
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        detail_layout.addLayout(save_row)

        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        self.form.submitted.connect(self.save)
        self.delete_shortcut = QAction(
            self.tr("Eliminar el registro elegido en la lista"), self.table
        )
        self.delete_shortcut.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.triggered.connect(self.delete)
        self.table.addAction(self.delete_shortcut)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        for target in (self.list_buttons, self.save_button, self.delete_shortcut):
            window.review_mode.guard(target)
        window.review_mode.changed.connect(self._review_changed)
        self._review_changed()

    # -- loading ------------------------------------------------------------------------------

    def set_scope(self, scope: dict[str, Any] | None) -> None:
        """The fixed values of the listed records (e.g. ``{"plan_id": …}``); None: nothing."""
        self.scope = scope
        self.reload()

    def reload(self) -> None:
        """Reload the list; keep the selected record, or the new one being typed.

        Unsaved typing in the form survives a refresh caused by another edit (a milestone
        added, an undo): only a save, or picking another record, replaces the form's values.
        """
        records = (
            EntityService(self.window_.db).list_records(self.kind, where=self.scope)
            if self.scope is not None
            else []
        )
        self._loading = True
        try:
            self.model.set_records(records)
            self.setEnabled(self.scope is not None)
            row = self.model.row_of(self.current_id)
            if row < 0 and self._creating:
                return
            if row < 0 and records:
                row = 0
            if row >= 0:
                self.select_row(row)
                if self._typing_into(records[row]["id"]):
                    return
            self._load(records[row] if row >= 0 else None)
        finally:
            self._loading = False

    def _typing_into(self, row_id: str) -> bool:
        """Whether the form shows ``row_id`` with changes the user has not saved yet."""
        loaded = self.form.record
        return loaded is not None and loaded["id"] == row_id and bool(self.form.changes())

    def select(self, row_id: str | None) -> None:
        row = self.model.row_of(row_id)
        if row >= 0:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _row_changed(self) -> None:
        if self._loading:
            return
        index = self.table.currentIndex()
        row_id = index.data(ID_ROLE) if index.isValid() else None
        if row_id == self.current_id:
            return
        if self.form.changes() and (self.current_id or self._creating) and not self.save():
            # Refused (its message shown, the field focused): the typing stays in the form.
            self._loading = True
            if self.current_id is None:
                self.table.selectionModel().clear()
            else:
                self.select(self.current_id)
            self._loading = False
            return
        row = self.model.row_of(row_id)
        self._load(self.model.records[row] if row >= 0 else None)

    def _load(self, record: dict[str, Any] | None) -> None:
        self.current_id = record["id"] if record else None
        if record is not None:
            self._creating = False
        self.form.load(record, self.defaults() if record is None else None)
        self.delete_button.setEnabled(self.current_id is not None)
        self._set_heading()
        self.currentChanged.emit(self.current_id)

    def _review_changed(self) -> None:
        self.form.set_read_only(self.window_.review_mode.active)
        self._set_heading()

    def _set_heading(self) -> None:
        spec = KINDS[self.kind]
        if self.window_.review_mode.active:
            text = self.tr("{kind} (solo lectura: modo revisión)").format(kind=spec.title())
        elif self.current_id:
            text = self.tr("Editar {kind}").format(kind=spec.title().lower())
        else:
            text = self.tr("Nuevo registro: {kind}").format(kind=spec.title().lower())
        self.heading.setText(f"<b>{text}</b>")

    # -- editing ------------------------------------------------------------------------------

    def new(self) -> None:
        if self.form.changes() and self.current_id:
            self.save()
        self._loading = True
        self.table.selectionModel().clear()
        self._loading = False
        self._load(None)
        self._creating = True
        self.form.first_editor().setFocus()

    def unsaved(self) -> bool:
        """Whether the form holds typing that is not saved (asked before the window closes)."""
        return (self.current_id is not None or self._creating) and bool(self.form.changes())

    def save(self) -> bool:
        if self.scope is None:
            return False
        spec = KINDS[self.kind]
        if self.current_id is None:
            values = {**self.form.values(), **self.scope}
            command = CreateCommand(
                self.window_,
                self.kind,
                values,
                self.tr("Agregar {kind} «{title}»").format(
                    kind=spec.title().lower(), title=values.get(spec.display) or ""
                ),
            )
            if not self.window_.execute(command):
                self._show_fault()
                return False
            self._creating = False
            self.current_id = command.row_id
            self.reload()
            self._warn()
            return True
        changes = self.form.changes()
        if not changes:
            return True
        title = self.form.values().get(spec.display) or ""
        saved = self.window_.execute(
            UpdateCommand(
                self.window_,
                self.kind,
                {self.current_id: changes},
                self.tr("Editar {kind} «{title}»").format(kind=spec.title().lower(), title=title),
            )
        )
        if saved:
            self._load(EntityService(self.window_.db).get(self.kind, self.current_id))
            self._warn()
        else:
            self._show_fault()
        return saved

    def _warn(self) -> None:
        if self.current_id is None:
            return
        for warning in self.warnings(self.current_id):
            QMessageBox.warning(self, self.tr("Revise este dato"), warning)

    def _show_fault(self) -> None:
        """After a refused save, focus (and scroll to) the first field the error names."""
        for name in getattr(self.window_.last_error, "fields", ()):
            if name in self.form.editors:
                self.go_to_field(name)
                return

    def go_to_field(self, name: str) -> None:
        """Show ``name``'s editor (its tab, its place in the scrolled form) and focus it."""
        tabs = _tab_holding(self.detail_widget)
        if tabs is not None:
            tabs.setCurrentIndex(tabs.indexOf(_page_of(tabs, self.detail_widget)))
        widget = self.form.focus_field(name)
        self.form_scroll.ensureWidgetVisible(widget)

    def delete(self) -> None:
        if self.current_id is None:
            return
        spec = KINDS[self.kind]
        title = (self.form.record or {}).get(spec.display) or ""
        question = self.tr(
            "¿Eliminar {kind} «{title}» y todo lo que depende de él? Puede deshacerlo con Ctrl+Z."
        ).format(kind=spec.title().lower(), title=title)
        if not self.window_.confirm(question):
            return
        row = self.model.row_of(self.current_id)
        command = DeleteCommand(
            self.window_,
            self.kind,
            self.current_id,
            self.tr("Eliminar {kind} «{title}»").format(kind=spec.title().lower(), title=title),
        )
        if self.window_.execute(command):
            self.current_id = None
            self.reload()
            if self.model.rowCount():
                self.select_row(min(row, self.model.rowCount() - 1))


def _tab_holding(widget: QWidget) -> QTabWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def _page_of(tabs: QTabWidget, widget: QWidget) -> QWidget:
    """The page of ``tabs`` that holds ``widget``."""
    page = widget
    while page.parentWidget() is not None and tabs.indexOf(page) < 0:
        page = page.parentWidget()  # type: ignore[assignment]
    return page
