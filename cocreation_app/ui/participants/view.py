"""Participants: the registration form beside a searchable table of everyone registered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.services import lists
from cocreation_app.ui.commands import DeleteCommand
from cocreation_app.ui.participants.form import RegistrationForm
from cocreation_app.ui.participants.model import ID_ROLE, ParticipantTableModel
from cocreation_app.ui.widgets.view import View

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class ParticipantTable(QWidget):
    """Search box, paged table and a count; shared by the participants and check-in views."""

    def __init__(
        self, window: WindowShell, *, with_attendance: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("participantSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Buscar por nombre, organización o correo…"))
        self.count_label = QLabel(self)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.model = ParticipantTableModel(window.db, with_attendance=with_attendance, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._to_table)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self._show_count)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

    def set_column_widths(self, widths: list[int]) -> None:
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_scope(
            self.window_.db, self.window_.current_plan_id(), self.window_.current_workshop_id()
        )
        self.select(selected)

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        if self.model.rowCount():
            self.select_row(0)

    def _to_table(self) -> None:
        self.table.setFocus()

    def _update_count(self) -> None:
        """A known count shows at once; a full count waits until typing pauses."""
        if self.model.exhausted:
            self._show_count()
        else:
            self._count_timer.start()

    def _show_count(self) -> None:
        count = self.model.count() if self.model.plan_id else 0
        self.count_label.setText(self.tr("%Ln personas", None, count))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_name(self) -> str:
        row = self.table.currentIndex().row()
        return self.model.rows[row].name if 0 <= row < len(self.model.rows) else ""

    def select(self, participant_id: str | None) -> None:
        row = self.model.row_of(participant_id) if participant_id else -1
        if row >= 0:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)


class ParticipantsView(View):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("participantsView")
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.form = RegistrationForm(window, splitter)
        self.form.setMinimumWidth(420)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.table = ParticipantTable(window, with_attendance=False, parent=right)
        self.table.set_column_widths([220, 110, 220, 120])
        self.table.table.setColumnHidden(5, True)  # phone: kept off a projected screen
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Editar &datos"), right)
        self.delete_button = QPushButton(self.tr("E&liminar"), right)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter.addWidget(self.form)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 900])
        layout.addWidget(splitter)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_shortcut = QAction(
            self.tr("Eliminar el registro elegido en la lista"), self.table.table
        )
        self.delete_shortcut.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.triggered.connect(self.delete_selected)
        self.table.table.addAction(self.delete_shortcut)
        self.form.saved.connect(self._after_save)
        window.review_mode.guard(self.delete_button)
        window.review_mode.guard(self.delete_shortcut)

    def refresh(self) -> None:
        plan_id = self.window_.current_plan_id()
        self.form.show_notice(lists.privacy_notice(self.window_.db, plan_id) if plan_id else None)
        self.table.refresh()

    def _after_save(self, participant_id: str) -> None:
        self.refresh_now()
        self.table.select(participant_id)

    def edit_selected(self) -> None:
        participant_id = self.table.selected_id()
        if participant_id:
            self.form.edit(participant_id)

    def delete_selected(self) -> None:
        participant_id = self.table.selected_id()
        if not participant_id:
            return
        name = self.table.table.currentIndex().siblingAtColumn(0).data()
        question = self.tr(
            "¿Eliminar a {name} y sus asistencias? Puede deshacerlo con Ctrl+Z."
        ).format(name=name)
        if self.window_.confirm(question):
            self.window_.execute(
                DeleteCommand(
                    self.window_,
                    "participants",
                    participant_id,
                    self.tr("Eliminar a {name}").format(name=name),
                )
            )
