"""A brand-new database: create the plan and its first workshop from the Plan view."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cocreation_app.services.entities import EntityService


def test_create_plan_and_workshop_from_scratch(empty_window: Any, dialogs: Any) -> None:
    window = empty_window
    window.show()
    assert window.current_plan_id() is None
    plan_view = window.findChild(QWidget, "planView")
    window.show_view(plan_view)
    QApplication.processEvents()
    plans = plan_view.plans
    plans.new()
    plans.form.editor("title").set("Plan Local de Gobierno Abierto de Teopisca")
    plans.form.editor("state").set("Chiapas")
    plans.form.editor("municipality").set("Teopisca")
    plans.form.editor("guarantor_body").set("Órgano Garante de Transparencia de Chiapas")
    plans.save_button.click()
    QApplication.processEvents()
    plan_id = window.current_plan_id()
    assert plan_id is not None
    assert EntityService(window.db).get("plans", plan_id)["municipality"] == "Teopisca"

    plan_view.tabs.setCurrentIndex(1)
    workshops = plan_view.workshops
    workshops.new()
    workshops.form.editor("title").set("Mesa 1")
    workshops.form.editor("date").set("2026-13-01")
    workshops.save_button.click()
    assert "AAAA-MM-DD" in dialogs.shown[-1][1]  # a bad date is a clear message, not a crash
    workshops.form.editor("date").set("2026-08-01")
    workshops.save_button.click()
    QApplication.processEvents()
    assert window.current_workshop_id() == workshops.current_id is not None
    assert window.navigator.workshops.currentText().startswith("Mesa 1")

    window.undo_stack.undo()  # the workshop
    window.undo_stack.undo()  # the plan
    QApplication.processEvents()
    assert window.current_plan_id() is None and window.current_workshop_id() is None
    window.undo_stack.redo()
    QApplication.processEvents()
    assert window.current_plan_id() == plan_id


def test_unsaved_typing_survives_another_edit(window: Any, demo_plan_id: str) -> None:
    """Typing in the commitment form, then adding a milestone: the typing is still there."""
    window.show()
    view = window.findChild(QWidget, "commitmentsView")
    window.show_view(view)
    QApplication.processEvents()
    commitment_id = view.panel.current_id
    view.panel.form.editor("objective").set("Objetivo reescrito, aún sin guardar")
    milestones = view.milestones
    milestones.new()
    milestones.form.editor("title").set("Hito nuevo")
    milestones.save_button.click()
    QApplication.processEvents()
    assert view.panel.current_id == commitment_id
    assert view.panel.form.editor("objective").get() == "Objetivo reescrito, aún sin guardar"
    view.panel.save_button.click()
    record = EntityService(window.db).get("commitments", commitment_id)
    assert record["objective"] == "Objetivo reescrito, aún sin guardar"
    assert view.panel.form.changes() == {}
    assert not milestones.unsaved()  # a progress of 0 reads back as 0, not as a change


def test_link_to_deleted_problem_is_kept(window: Any, demo_plan_id: str) -> None:
    service = EntityService(window.db)
    commitment = service.list_records("commitments", plan_id=demo_plan_id)[0]
    service.delete("problems", commitment["problem_id"])
    window.show()
    view = window.findChild(QWidget, "commitmentsView")
    window.show_view(view)
    QApplication.processEvents()
    view.panel.select(commitment["id"])
    assert view.panel.form.editor("problem_id").get() == commitment["problem_id"]
    view.panel.form.editor("title").set("Título nuevo")
    view.panel.save_button.click()
    record = service.get("commitments", commitment["id"])
    assert (record["title"], record["problem_id"]) == ("Título nuevo", commitment["problem_id"])
    window.dataChanged.emit()  # a refresh refills the problem list: the link must stay
    QApplication.processEvents()
    assert view.panel.form.editor("problem_id").get() == commitment["problem_id"]
    assert not view.panel.unsaved()


def test_plan_view_shows_the_current_plan(window: Any, demo_plan_id: str) -> None:
    window.show()
    view = window.findChild(QWidget, "planView")
    window.show_view(view)
    QApplication.processEvents()
    assert view.plans.current_id == demo_plan_id
    assert view.plans.form.editor("state").get() == "Chiapas"


def test_closing_asks_about_unsaved_typing(window: Any, dialogs: Any) -> None:
    window.show()
    view = window.findChild(QWidget, "problemsView")
    window.show_view(view)
    QApplication.processEvents()
    problem_id = view.panel.current_id
    view.panel.form.editor("theme").set("Agua potable")
    people = window.findChild(QWidget, "participantsView")
    assert not people.form.unsaved()  # an empty registration form has nothing to lose

    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    dialogs.answer = QMessageBox.StandardButton.Save
    assert window.close()
    assert dialogs.shown[-1][0] == "question"
    assert EntityService(window.db).get("problems", problem_id)["theme"] == "Agua potable"


def test_new_form_left_untouched_is_not_saved(window: Any, dialogs: Any) -> None:
    window.show()
    view = window.findChild(QWidget, "problemsView")
    window.show_view(view)
    QApplication.processEvents()
    view.panel.new()
    assert not view.panel.unsaved()
    view.panel.select_row(0)  # leaving an untouched new form: no save attempt, no error
    assert dialogs.shown == []
    assert window.close()
