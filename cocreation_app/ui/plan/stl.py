"""The Local Technical Secretariat (STL): participants of the plan who hold an STL role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.models.enums import STL_ROLES, label
from cocreation_app.services.entities import EntityService
from cocreation_app.ui.commands import UpdateCommand
from cocreation_app.ui.participants.view import ParticipantTable
from cocreation_app.ui.widgets.records import ID_ROLE, RecordTableModel

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class StlEditor(QWidget):
    def __init__(self, window: WindowShell, parent: QWidget) -> None:
        super().__init__(parent)
        self.window_ = window
        members_box = QWidget(self)
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(
            QLabel(self.tr("<b>Integrantes del Secretariado Técnico Local</b>"), members_box)
        )
        self.model = RecordTableModel(
            "participants", ["name", "stl_role", "sector", "organization"], self
        )
        self.members = QTableView(members_box)
        self.members.setObjectName("stlMembers")
        self.members.setModel(self.model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        members_layout.addWidget(self.members, 1)
        remove_row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("&Quitar del STL"), members_box)
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        members_layout.addLayout(remove_row)

        add_box = QWidget(self)
        add_layout = QVBoxLayout(add_box)
        add_layout.setContentsMargins(0, 0, 0, 0)
        add_layout.addWidget(
            QLabel(self.tr("<b>Agregar integrante</b> (busque entre las personas registradas)"))
        )
        self.people = ParticipantTable(window, with_attendance=False, parent=add_box)
        self.people.set_column_widths([240, 130, 300, 120])
        self.people.table.setColumnHidden(5, True)  # phone
        add_layout.addWidget(self.people, 1)
        assign_row = QHBoxLayout()
        self.role = QComboBox(add_box)
        for code in STL_ROLES:
            self.role.addItem(label(STL_ROLES, code), code)
        role_caption = QLabel(self.tr("Pape&l:"), add_box)
        role_caption.setBuddy(self.role)
        self.assign_button = QPushButton(self.tr("Asi&gnar papel en el STL"), add_box)
        assign_row.addWidget(role_caption)
        assign_row.addWidget(self.role)
        assign_row.addWidget(self.assign_button)
        assign_row.addStretch(1)
        add_layout.addLayout(assign_row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(members_box)
        splitter.addWidget(add_box)
        splitter.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.remove_button.clicked.connect(self.remove_selected)
        self.assign_button.clicked.connect(self.assign_selected)

    def refresh(self) -> None:
        plan_id = self.window_.current_plan_id()
        service = EntityService(self.window_.db)
        members = []
        if plan_id:
            for code in STL_ROLES:
                members += service.list_records(
                    "participants", plan_id=plan_id, where={"stl_role": code}
                )
        self.model.set_records(members)
        self.people.refresh()

    def _set_role(self, participant_id: str, role: str | None, text: str) -> None:
        self.window_.execute(
            UpdateCommand(self.window_, "participants", {participant_id: {"stl_role": role}}, text)
        )

    def assign_selected(self) -> None:
        participant_id = self.people.selected_id()
        if not participant_id:
            return
        name = self.people.table.currentIndex().siblingAtColumn(0).data()
        role = self.role.currentData()
        self._set_role(
            participant_id,
            role,
            self.tr("{name}: {role} en el STL").format(name=name, role=label(STL_ROLES, role)),
        )

    def remove_selected(self) -> None:
        index = self.members.currentIndex()
        if not index.isValid():
            return
        name = index.siblingAtColumn(0).data()
        if self.window_.confirm(
            self.tr("¿Quitar a {name} del Secretariado Técnico Local?").format(name=name)
        ):
            self._set_role(
                index.data(ID_ROLE), None, self.tr("Quitar a {name} del STL").format(name=name)
            )
