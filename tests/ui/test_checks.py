"""The checks a user expects, through the window: a phone that is not one, the same person
typed without accents, a workshop outside the plan's period, progress on a milestone not
started."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from cocreation_app.ui.main_window import MainWindow
from tests.ui.test_workshop_flow import keys, plan, view, win

__all__ = ["plan", "win"]  # fixtures, used by name


def _register(qtbot: Any, win: MainWindow, name: str, phone: str = "") -> Any:
    people = view(win, "participantsView")
    form = people.form.form
    form.editor("name").set(name)
    form.editor("sector").set("citizen")
    form.editor("phone").set(phone)
    form.editor("consent_privacy_notice").widget.setChecked(True)
    qtbot.keyClick(
        form.editor("name").widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    return people.form


def test_a_phone_that_is_not_a_phone_is_refused_and_focused(
    qtbot: Any, win: MainWindow, db: Database, dialogs: Any
) -> None:
    form = _register(qtbot, win, "Rosa Cruz", "pendiente")
    assert dialogs.shown[-1][1].startswith("«Teléfono»: «pendiente» no parece un teléfono")
    assert EntityService(db).count("participants") == 0
    assert QApplication.focusWidget() is form.form.editor("phone").widget
    form.form.editor("phone").set("+52 961 123 4567 ext. 2")
    qtbot.keyClick(
        form.form.editor("name").widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert EntityService(db).count("participants") == 1


def test_the_same_person_without_accents_is_offered_before_saving(
    qtbot: Any, win: MainWindow, db: Database, plan: tuple[str, str], dialogs: Any
) -> None:
    plan_id, _ = plan
    service = EntityService(db)
    maria = service.create(
        "participants",
        {
            "plan_id": plan_id,
            "name": "María López",
            "organization": "Colectivo Agua Viva",
            "sector": "civil_society",
            "consent_privacy_notice": True,
        },
    )
    dialogs.answer = QMessageBox.StandardButton.Yes  # the same person: open her record
    form = _register(qtbot, win, "maria lopez", "961 555 1234")
    kind, text = dialogs.shown[-1]
    assert kind == "question" and "María López (Colectivo Agua Viva)" in text
    assert service.count("participants") == 1
    assert form.editing_id == maria and form.form.editor("name").get() == "María López"
    # What was typed at the door is carried into her record, unsaved, and named.
    assert form.form.editor("phone").get() == "961 555 1234"
    assert form.form.editor("organization").get() == "Colectivo Agua Viva"
    assert service.get("participants", maria)["phone"] is None
    assert "Teléfono" in win.statusBar().currentMessage()
    qtbot.keyClick(
        form.form.editor("name").widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert service.get("participants", maria)["phone"] == "961 555 1234"
    assert service.get("participants", maria)["name"] == "María López"
    assert service.count("participants") == 1
    form.start_next()
    dialogs.answer = QMessageBox.StandardButton.No  # another person with the same name
    _register(qtbot, win, "Maria Lopez")
    assert service.count("participants") == 2


def _type_date(win: MainWindow, tab: int, row_id: str, name: str, text: str) -> tuple[Any, Any]:
    """On the plan view's ``tab`` (0 plans, 1 workshops), pick ``row_id`` and type ``text`` over
    its date field ``name``, as a facilitator does; returns (panel, field)."""
    plan_view = view(win, "planView")
    plan_view.tabs.setCurrentIndex(tab)
    panel = plan_view.workshops if tab else plan_view.plans
    panel.select(row_id)
    field = panel.form.editor(name).widget
    field.setFocus()
    field.selectAll()
    keys(field, text)
    return panel, field


def test_a_workshop_outside_the_period_is_saved_with_a_warning(
    qtbot: Any, win: MainWindow, db: Database, plan: tuple[str, str], dialogs: Any
) -> None:
    plan_id, workshop_id = plan
    service = EntityService(db)
    service.update("plans", plan_id, {"period_start": "2026-01-01", "period_end": "2026-12-31"})
    panel, field = _type_date(win, 1, workshop_id, "date", "01/02/2027")
    assert panel.save()
    assert service.get("workshops", workshop_id)["date"] == "2027-02-01"
    kind, text = dialogs.shown[-1]
    assert kind == "warning" and "fuera del periodo del plan" in text and "01/02/2027" in text
    shown = len(dialogs.shown)
    field.selectAll()
    keys(field, "01/03/2026")
    assert panel.save() and len(dialogs.shown) == shown  # inside: nothing to say


def test_a_plan_period_that_leaves_a_workshop_out_is_saved_with_a_warning(
    qtbot: Any, win: MainWindow, db: Database, plan: tuple[str, str], dialogs: Any
) -> None:
    plan_id, _ = plan  # its workshop «Mesa 1» is on 02/05/2026
    panel, _field = _type_date(win, 0, plan_id, "period_end", "30/04/2026")
    shown = len(dialogs.shown)
    assert panel.save()
    assert EntityService(db).get("plans", plan_id)["period_end"] == "2026-04-30"
    assert len(dialogs.shown) == shown + 1
    kind, text = dialogs.shown[-1]
    assert kind == "warning" and text.startswith("1 taller queda fuera del periodo del plan")
    assert "«Mesa 1» (02/05/2026)" in text


def test_progress_on_a_milestone_not_started_is_refused_by_label(
    qtbot: Any, win: MainWindow, db: Database, plan: tuple[str, str], dialogs: Any
) -> None:
    plan_id, _ = plan
    service = EntityService(db)
    service.create(
        "commitments", {"plan_id": plan_id, "title": "Agua", "lead_institution": "SAPAM"}
    )
    commitments = view(win, "commitmentsView")
    commitments.panel.select_row(0)
    commitments.tabs.setCurrentIndex(1)
    milestones = commitments.milestones
    milestones.new()
    milestones.form.editor("title").set("Publicar el calendario")
    milestones.form.editor("progress").set("40")
    assert not milestones.save()
    text = dialogs.shown[-1][1]
    assert "«Avance (%)» es 40 %" in text and "«Estado»" in text and "progress" not in text
    assert service.count("milestones") == 0
    assert QApplication.focusWidget() is milestones.form.editor("progress").widget
