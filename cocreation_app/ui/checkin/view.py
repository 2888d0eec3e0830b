"""Check-in: find a person and press Enter to mark them present at the current workshop, with a
live count of who is in the room by sector and gender. In review mode the list and the count are
read only: the button is greyed out and Enter checks no one in."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.i18n import format_integer
from cocreation_app.models.enums import GENDERS, SECTORS, count_label
from cocreation_app.services.participants import ParticipantService, RoomCount
from cocreation_app.ui.commands import CheckInCommand
from cocreation_app.ui.participants.view import ParticipantTable
from cocreation_app.ui.undo_keys import forget_typing
from cocreation_app.ui.widgets.view import View

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

CHECK_IN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class CheckInView(View):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.setObjectName("checkInView")
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.hint = QLabel(
            self.tr(
                "Escriba parte del nombre y pulse Enter para registrar la asistencia de la "
                "persona seleccionada. Flechas para elegir otra; Ctrl+Z deshace."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.review_notice = window.review_mode.notice(
            self.tr(
                "Modo revisión: la asistencia se consulta, pero no se registra. Escriba parte del "
                "nombre para buscar a una persona."
            ),
            self,
        )
        left.addWidget(self.hint)
        left.addWidget(self.review_notice)
        self.table = ParticipantTable(window, with_attendance=True, parent=self)
        self.table.set_column_widths([110, 260, 130, 300, 120])
        for column in (5, 6):  # e-mail and phone: not needed at the door
            self.table.table.setColumnHidden(column, True)
        left.addWidget(self.table, 1)
        self.buttons = QWidget(self)  # greyed out in review mode, and so are its keys
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.check_in_button = QPushButton(self.tr("&Registrar asistencia (Enter)"), self.buttons)
        self.check_in_button.setObjectName("checkInButton")
        buttons.addWidget(self.check_in_button)
        buttons.addStretch(1)
        left.addWidget(self.buttons)
        layout.addLayout(left, 1)
        self.room = QLabel(self)
        self.room.setObjectName("roomCount")
        self.room.setTextFormat(Qt.TextFormat.RichText)
        self.room.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.room.setFrameShape(QFrame.Shape.StyledPanel)
        self.room.setMinimumWidth(260)
        self.room.setMargin(10)
        layout.addWidget(self.room)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.table.search.installEventFilter(self)
        self.table.table.installEventFilter(self)
        window.review_mode.guard(self.buttons)
        window.review_mode.changed.connect(self._review_changed)
        self._review_changed()

    def _review_changed(self) -> None:
        """The notice replaces the hint: in review mode Enter checks no one in."""
        self.hint.setHidden(self.window_.review_mode.active)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            plain = key_event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            on_table = watched is self.table.table
            if plain and (key in CHECK_IN_KEYS if on_table else key in CHECK_IN_KEYS[:2]):
                if self.buttons.isEnabled():  # a key does what its greyed-out button does
                    self.check_in_selected()
                return True
            if watched is self.table.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.table.table.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                target = min(max(row + step, 0), self.table.model.rowCount() - 1)
                if target >= 0:
                    self.table.select_row(target)
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self.table.refresh()
        workshop_id = self.window_.current_workshop_id()
        if workshop_id:
            self.show_room(ParticipantService(self.window_.db).room_count(workshop_id))
        else:
            self.room.setText(self.tr("Elija o cree un taller para registrar asistencia."))
        self.check_in_button.setEnabled(bool(workshop_id))

    def show_room(self, count: RoomCount) -> None:
        def rows(counts: dict[str, int], choices: dict[str, str]) -> str:
            ordered = sorted(
                counts.items(),
                key=lambda item: (not item[0], -item[1], count_label(choices, item[0])),
            )
            return "".join(
                f"<tr><td>{escape(count_label(choices, code))}</td>"
                f"<td align='right'>&nbsp;&nbsp;{format_integer(n)}</td></tr>"
                for code, n in ordered
            )

        self.room.setText(
            "<h2>"
            + escape(self.tr("En la sala: {count}").format(count=format_integer(count.total)))
            + "</h2><h4>"
            + escape(self.tr("Por sector"))
            + "</h4><table>"
            + rows(count.by_sector, SECTORS)
            + "</table><h4>"
            + escape(self.tr("Por género"))
            + "</h4><table>"
            + rows(count.by_gender, GENDERS)
            + "</table>"
        )

    def check_in_selected(self) -> None:
        workshop_id = self.window_.current_workshop_id()
        participant_id = self.table.selected_id()
        if not workshop_id:
            self.window_.show_error(self.tr("Primero elija o cree un taller."))
            return
        if not participant_id or not self.window_.review_mode.allows():
            return  # refused in review mode: not "already in the room"
        name = self.table.selected_name()
        from cocreation_app.ui.lists.consent import settle_consent  # loaded on first check-in

        if not settle_consent(self.window_, participant_id, name):
            return  # imported from a list: the notice is read and accepted first
        command = CheckInCommand(self.window_, workshop_id, participant_id, name)
        if self.window_.execute(command):
            forget_typing(self.table.search)  # Ctrl+Z now undoes the check-in
            self.table.search.setFocus()
        else:
            self.window_.status(self.tr("{name} ya estaba en la sala.").format(name=name))
