"""Issue 17, point 4: a problem belongs to the workshop where it is typed, a problem of no
workshop is not lost to prioritization, and a problem of one workshop can be voted in another."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from cocreation_app.services import prioritization as prio
from cocreation_app.services.entities import EntityService


def _show(window: Any, name: str) -> Any:
    window.show()
    widget = window.findChild(QWidget, name)
    window.show_view(widget)
    for _ in range(3):
        QApplication.processEvents()
    return widget


def test_a_new_problem_defaults_to_the_current_workshop(window: Any) -> None:
    problems = _show(window, "problemsView")
    problems.panel.new()
    problems.panel.form.editor("title").set("Baches en la calle principal")
    assert not problems.panel.form.changes().get("workshop_id")  # a default, not typing
    assert problems.panel.save()
    saved = EntityService(window.db).get("problems", problems.panel.current_id)
    assert saved["workshop_id"] == window.current_workshop_id()
    ranking = _show(window, "prioritizationView")
    assert "Baches en la calle principal" in [title for _id, title in ranking.snapshot.problems]


def test_a_problem_of_no_workshop_is_ranked_in_every_workshop(window: Any) -> None:
    entities = EntityService(window.db)
    problem = entities.create(
        "problems", {"plan_id": window.current_plan_id(), "title": "Sin taller"}
    )
    ids = {r.problem_id for r in prio.rank_problems(window.db, window.current_workshop_id())}
    assert problem in ids


def test_a_problem_of_another_workshop_is_brought_and_voted(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    entities = EntityService(window.db)
    plan_id = window.current_plan_id()
    other = entities.create(
        "workshops", {"plan_id": plan_id, "title": "Mesa 9", "date": "2025-06-01"}
    )
    problem = entities.create(
        "problems", {"plan_id": plan_id, "workshop_id": other, "title": "Alumbrado en Mesa 9"}
    )
    ranking = _show(window, "prioritizationView")
    here = window.current_workshop_id()
    assert problem not in [p for p, _t in ranking.snapshot.problems]
    assert ranking.bring_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Alumbrado en Mesa 9", True))
    ranking.bring_button.click()
    assert problem in [p for p, _t in ranking.snapshot.problems]
    prio.set_tally(window.db, here, problem, 3, origin="Mesa A")
    ranking.brought.clear()  # voted here: it stays without being brought again
    ranking.refresh()
    assert problem in [p for p, _t in ranking.snapshot.problems]
    assert entities.get("problems", problem)["workshop_id"] == other  # where it was identified


def test_a_missing_required_field_gets_the_focus(window: Any, qtbot: Any, dialogs: Any) -> None:
    """Issue 17, point 7: the message names the field, and the form moves to it."""
    problems = _show(window, "problemsView")
    qtbot.waitExposed(window)
    window.activateWindow()
    problems.panel.new()
    description = problems.panel.form.editor("description").widget
    description.setFocus()
    description.setPlainText("Sin título todavía")
    assert not problems.panel.save()
    assert "Faltan datos obligatorios: Título" in dialogs.shown[-1][1]
    assert QApplication.focusWidget() is problems.panel.form.editor("title").widget
