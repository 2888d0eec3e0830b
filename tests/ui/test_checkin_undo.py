"""Issue 17, points 2, 3 and 8: Ctrl+Z after a check-in, the check-in wording, blank genders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from cocreation_app.services.entities import EntityService
from cocreation_app.services.participants import ParticipantService


def _door(window: Any, qtbot: Any) -> Any:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    door = window.findChild(QWidget, "checkInView")
    window.show_view(door)
    for _ in range(3):
        QApplication.processEvents()
    return door


def test_ctrl_z_in_the_empty_search_undoes_the_check_in(window: Any, qtbot: Any) -> None:
    door = _door(window, qtbot)
    workshop_id = window.current_workshop_id()
    before = ParticipantService(window.db).room_count(workshop_id).total
    search = door.table.search
    search.setFocus()
    qtbot.keyClicks(search, "Juan Carlos")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert ParticipantService(window.db).room_count(workshop_id).total == before + 1
    assert search.text() == "" and QApplication.focusWidget() is search
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ParticipantService(window.db).room_count(workshop_id).total == before
    assert search.text() == ""  # the typing that was consumed by the check-in does not return


def test_ctrl_z_with_unsaved_typing_undoes_the_typing_first(window: Any, qtbot: Any) -> None:
    door = _door(window, qtbot)
    workshop_id = window.current_workshop_id()
    search = door.table.search
    search.setFocus()
    qtbot.keyClicks(search, "Juan Carlos")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    after = ParticipantService(window.db).room_count(workshop_id).total
    qtbot.keyClicks(search, "Ro")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == ""  # the field's own typing went first
    assert ParticipantService(window.db).room_count(workshop_id).total == after
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ParticipantService(window.db).room_count(workshop_id).total == after - 1


def test_check_in_messages_name_the_person(window: Any, qtbot: Any) -> None:
    door = _door(window, qtbot)
    door.table.search.setText("Juan Carlos Pérez")
    door.check_in_selected()
    message = window.statusBar().currentMessage()
    assert "Guardado: Registrar asistencia de Juan Carlos Pérez" in message
    undo = next(a for a in window.menu("edit").actions() if a.text().startswith("&Deshacer"))
    assert "Juan Carlos Pérez" in undo.text()
    door.table.search.setText("Juan Carlos Pérez")
    door.check_in_selected()
    message = window.statusBar().currentMessage()
    assert message.startswith("Juan Carlos Pérez Díaz ya estaba en la sala")
    assert "✓" not in message


def test_a_blank_gender_is_counted_apart_as_unknown(window: Any, qtbot: Any) -> None:
    door = _door(window, qtbot)
    workshop_id = window.current_workshop_id()
    entities = EntityService(window.db)
    person = entities.create(
        "participants",
        {
            "plan_id": window.current_plan_id(),
            "name": "Sin Género",
            "sector": "citizen",
            "consent_privacy_notice": True,
        },
    )
    before = ParticipantService(window.db).room_count(workshop_id)
    ParticipantService(window.db).check_in(workshop_id, person)
    count = ParticipantService(window.db).room_count(workshop_id)
    assert count.by_gender.get("prefer_not_to_say", 0) == before.by_gender.get(
        "prefer_not_to_say", 0
    )
    assert count.by_gender[""] == before.by_gender.get("", 0) + 1
    door.refresh()
    assert "Sin dato" in door.room.text()
