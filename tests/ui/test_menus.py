"""File and Help menus, the status bar, editing and un-checking a person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from cocreation_app import __version__
from cocreation_app.services.entities import EntityService
from cocreation_app.services.participants import ParticipantService
from cocreation_app.ui.database import feature as database_menu
from cocreation_app.ui.help.feature import about_text


def _action(window: Any, menu: str, text: str) -> Any:
    for action in window.menu(menu).actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(text)


def test_open_demo_then_new_database_then_back_up(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _action(window, "file", "Abrir la demostración").trigger()
    assert window.db.path == tmp_path / "data" / "cocrea-demo.sqlite3"
    assert window.current_plan_id() is not None
    assert "Demostración abierta" in window.statusBar().currentMessage()

    fresh = tmp_path / "nueva.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    _action(window, "file", "Nueva base de datos…").trigger()
    assert window.db.path == fresh and window.current_plan_id() is None
    assert window.undo_stack.count() == 0

    copy = tmp_path / "respaldo.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    _action(window, "file", "Respaldar…").trigger()
    assert copy.exists() and "Respaldo guardado" in window.statusBar().currentMessage()

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "no-hay.sqlite3"), "")
    )
    _action(window, "file", "Abrir base de datos…").trigger()
    assert window.db.path == fresh  # the error was a dialog, nothing changed


def test_open_error_is_a_dialog(window: Any, tmp_path: Path, dialogs: Any) -> None:
    bogus = tmp_path / "no-es.sqlite3"
    bogus.write_text("hola", encoding="utf-8")
    assert not database_menu.open_path(window, bogus, create=False)
    assert dialogs.shown[-1][0] == "warning" and "no es una base de datos" in dialogs.shown[-1][1]


def test_about_says_version(window: Any, dialogs: Any) -> None:
    assert __version__ in about_text()
    _action(window, "help", "Acerca de Cocrea").trigger()
    assert dialogs.shown[-1][0] == "about"


def test_edit_person_and_undo_check_in(window: Any, qtbot: Any, demo_plan_id: str) -> None:
    window.show()
    people = window.findChild(QWidget, "participantsView")
    window.show_view(people)
    QApplication.processEvents()
    people.table.search.setText("Gabriel Santiz")
    person_id = people.table.selected_id()
    assert person_id is not None
    people.edit_selected()
    people.form.form.editor("organization").set("Paraje Yaalboc, comité")
    people.form.save_button.click()
    assert EntityService(window.db).get("participants", person_id)["organization"] == (
        "Paraje Yaalboc, comité"
    )
    assert "Guardado: Editar datos de Gabriel" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert EntityService(window.db).get("participants", person_id)["organization"] == (
        "Paraje Yaalboc"
    )

    door = window.findChild(QWidget, "checkInView")
    window.show_view(door)
    QApplication.processEvents()
    workshop_id = window.current_workshop_id()
    door.table.search.setText("Juan Carlos Pérez")  # not yet in Mesa 2
    before = ParticipantService(window.db).room_count(workshop_id).total
    door.check_in_selected()
    assert ParticipantService(window.db).room_count(workshop_id).total == before + 1
    door.table.search.setText("Juan Carlos Pérez")
    door.check_in_selected()  # already in: nothing new to undo
    assert "ya estaba" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert ParticipantService(window.db).room_count(workshop_id).total == before
