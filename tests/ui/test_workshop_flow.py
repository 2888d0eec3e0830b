"""A whole workshop driven through the real window, then checked in the database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from cocreation_app.services.entities import EntityService
from cocreation_app.services.participants import ParticipantService
from cocreation_app.storage import Database
from cocreation_app.ui.main_window import MainWindow


@pytest.fixture
def plan(db: Database) -> tuple[str, str]:
    service = EntityService(db)
    plan_id = service.create(
        "plans",
        {
            "title": "Plan de prueba",
            "state": "Oaxaca",
            "municipality": "Tlacolula",
            "privacy_notice_text": "Sus datos se usan solo para este ejercicio.",
            "privacy_notice_version": "v1",
        },
    )
    workshop_id = service.create(
        "workshops", {"plan_id": plan_id, "title": "Mesa 1", "date": "2026-05-02"}
    )
    return plan_id, workshop_id


@pytest.fixture
def win(qtbot: Any, db: Database, plan: tuple[str, str]) -> Iterator[MainWindow]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window


def settle() -> None:
    """Let the deferred view refreshes run."""
    for _ in range(3):
        QApplication.processEvents()


def view(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None
    window.show_view(widget)
    settle()
    return widget


def keys(widget: QWidget, text: str) -> None:
    """Type ``text`` as key presses (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
        keys(widget, text)
    else:
        widget.setPlainText(text)  # type: ignore[attr-defined]


def test_run_a_workshop(
    qtbot: Any, win: MainWindow, db: Database, plan: tuple[str, str], dialogs: Any
) -> None:
    plan_id, workshop_id = plan
    assert win.current_workshop_id() == workshop_id

    # -- register a participant: Enter moves on, consent required, Ctrl+Enter saves ----------
    people = view(win, "participantsView")
    form = people.form.form
    assert "Sus datos se usan solo para este ejercicio." in people.form.notice.toPlainText()
    name = form.editor("name").widget
    name.setFocus()
    keys(name, "Rosa Martínez Cruz")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.editor("sector").widget
    form.editor("sector").set("civil_society")
    form.editor("gender").set("female")
    type_into(qtbot, form.editor("organization").widget, "Colectivo Agua Viva")
    qtbot.keyClick(
        form.editor("organization").widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert win.undo_stack.count() == 0  # no consent yet: nothing saved
    assert "aviso de privacidad" in dialogs.shown[-1][1]
    form.editor("consent_privacy_notice").widget.setChecked(True)
    form.editor("consent_photos").widget.setChecked(True)
    qtbot.keyClick(
        form.editor("phone").widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert win.undo_stack.count() == 1
    assert form.editor("name").get() is None  # ready for the next person
    settle()
    assert people.table.model.rowCount() == people.table.model.count() == 1

    # -- check in with one keystroke -----------------------------------------------------------
    door = view(win, "checkInView")
    search = door.table.search
    search.setFocus()
    qtbot.keyClicks(search, "rosa")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    settle()
    assert "1" in door.room.text() and "Sociedad civil" in door.room.text()
    assert ParticipantService(db).room_count(workshop_id).total == 1

    # -- a problem with two causes and an effect ------------------------------------------------
    problems = view(win, "problemsView")
    panel = problems.panel
    panel.new()
    type_into(qtbot, panel.form.editor("title").widget, "Cortes de agua sin aviso")
    type_into(qtbot, panel.form.editor("affected_population").widget, "Colonias del norte")
    type_into(qtbot, panel.form.editor("evidence").widget, "120 quejas en 2025")
    qtbot.keyClick(
        panel.form.editor("title").widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    settle()
    problem_id = panel.current_id
    assert problem_id is not None
    tree = problems.tree
    tree.view.setFocus()
    tree.select_branch("cause")
    qtbot.keyClick(tree.view, Qt.Key.Key_Return)  # first cause, its editor opens
    rename_current(qtbot, tree, "Tuberías viejas")
    qtbot.keyClick(tree.view, Qt.Key.Key_Return)  # a sibling below
    rename_current(qtbot, tree, "Sin calendario de tandeo")
    tree.select_branch("effect")
    qtbot.keyClick(tree.view, Qt.Key.Key_Return)
    rename_current(qtbot, tree, "Compra de pipas")

    # -- a solution -----------------------------------------------------------------------------
    solutions = view(win, "solutionsView")
    solutions.select_problem(problem_id)
    solutions.panel.new()
    type_into(qtbot, solutions.panel.form.editor("title").widget, "Publicar el tandeo")
    solutions.panel.save_button.click()
    settle()

    # -- a commitment with two milestones -------------------------------------------------------
    commitments = view(win, "commitmentsView")
    c_panel = commitments.panel
    c_panel.new()
    c_form = c_panel.form
    type_into(qtbot, c_form.editor("title").widget, "Agua con información")
    type_into(qtbot, c_form.editor("lead_institution").widget, "Sistema de Agua")
    type_into(qtbot, c_form.editor("start_date").widget, "2026-06-01")
    type_into(qtbot, c_form.editor("end_date").widget, "2027-06-01")
    c_form.editor("problem_id").set(problem_id)
    c_panel.save_button.click()
    settle()
    commitment_id = c_panel.current_id
    assert commitment_id is not None
    assert "Objetivo" in commitments.completeness.summary.text()
    commitments.tabs.setCurrentIndex(1)
    m_panel = commitments.milestones
    for title, end in (("Calendario publicado", "2026-09-01"), ("Informe anual", "2027-05-01")):
        m_panel.new()
        type_into(qtbot, m_panel.form.editor("title").widget, title)
        type_into(qtbot, m_panel.form.editor("deliverable").widget, "Documento")
        type_into(qtbot, m_panel.form.editor("end_date").widget, end)
        m_panel.save_button.click()
        settle()
    assert m_panel.model.rowCount() == 2
    summary = commitments.completeness.summary.text()
    assert "no es verificable" in summary and "medio de verificación" in summary

    # -- undo the last edit, redo it ------------------------------------------------------------
    service = EntityService(db)
    assert len(service.list_records("milestones", where={"commitment_id": commitment_id})) == 2
    win.undo_stack.undo()
    settle()
    assert [m["title"] for m in service.list_records("milestones")] == ["Calendario publicado"]
    assert m_panel.model.rowCount() == 1
    win.undo_stack.redo()
    settle()
    assert m_panel.model.rowCount() == 2

    # -- exactly that is in the database --------------------------------------------------------
    people_rows = service.list_records("participants", plan_id=plan_id)
    assert [(p["name"], p["sector"], p["organization"]) for p in people_rows] == [
        ("Rosa Martínez Cruz", "civil_society", "Colectivo Agua Viva")
    ]
    person = people_rows[0]
    assert person["consent_privacy_notice"] is True and person["consent_notice_version"] == "v1"
    assert person["consent_photos"] is True and person["consent_contact"] is False
    attendance = service.list_records("attendance")
    assert [(a["workshop_id"], a["participant_id"]) for a in attendance] == [
        (workshop_id, person["id"])
    ]
    problems_rows = service.list_records("problems", plan_id=plan_id)
    assert [(p["title"], p["affected_population"], p["evidence"]) for p in problems_rows] == [
        ("Cortes de agua sin aviso", "Colonias del norte", "120 quejas en 2025")
    ]
    nodes = service.list_records("problem_nodes", where={"problem_id": problem_id})
    assert sorted((n["kind"], n["text"], n["parent_id"], n["position"]) for n in nodes) == [
        ("cause", "Sin calendario de tandeo", None, 1),
        ("cause", "Tuberías viejas", None, 0),
        ("effect", "Compra de pipas", None, 0),
    ]
    assert [(s["problem_id"], s["title"]) for s in service.list_records("solutions")] == [
        (problem_id, "Publicar el tandeo")
    ]
    commitment = service.get("commitments", commitment_id)
    assert (commitment["title"], commitment["problem_id"], commitment["end_date"]) == (
        "Agua con información",
        problem_id,
        "2027-06-01",
    )
    milestones = service.list_records("milestones", where={"commitment_id": commitment_id})
    assert sorted((m["title"], m["deliverable"], m["end_date"]) for m in milestones) == [
        ("Calendario publicado", "Documento", "2026-09-01"),
        ("Informe anual", "Documento", "2027-05-01"),
    ]


def rename_current(qtbot: Any, tree: Any, text: str) -> None:
    """Type into the inline editor the tree opened, and press Enter."""
    settle()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    keys(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    assert tree.current_item().text == text
