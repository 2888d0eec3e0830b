"""The Priorización tab and the plenary view, driven like a facilitator does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget

from cocreation_app.i18n import format_time_of_day, format_timestamp
from cocreation_app.services import prioritization as prio
from cocreation_app.services.entities import EntityService
from cocreation_app.ui.plenary.timer import ActivityTimer
from cocreation_app.ui.prioritization.entry import ID_ROLE
from cocreation_app.ui.prioritization.ranking_model import RankingModel
from cocreation_app.ui.prioritization.view import PrioritizationView

WATER = "Abasto de agua irregular en colonias del norte"
YOUTH = "Baja participación juvenil en decisiones públicas"


@pytest.fixture
def view(qtbot: Any, window: Any, demo_plan_id: str) -> Iterator[PrioritizationView]:
    workshops = EntityService(window.db).list_records("workshops", plan_id=demo_plan_id)
    window.select(demo_plan_id, workshops[0]["id"])
    found = window.findChild(PrioritizationView, "prioritizationView")
    assert found is not None
    window.show_view(found)
    window.show()
    qtbot.waitExposed(window)
    yield found
    # The undo stack emits indexChanged while it is destroyed, after the window's Python side
    # is gone (MainWindow relays it to dataChanged): keep it quiet during teardown.
    window.undo_stack.blockSignals(True)


def _row_of(grid: QTableWidget, title: str) -> int:
    return next(r for r in range(grid.rowCount()) if grid.item(r, 0).text() == title)


def _type_into(qtbot: Any, grid: QTableWidget, row: int, column: int, text: str) -> None:
    """Type a number in a cell as a person does: select it, type (the first digit replaces the
    number), press Enter."""
    grid.setFocus()
    grid.setCurrentCell(row, column)
    qtbot.keyClicks(grid, text[0])
    (editor,) = [w for w in grid.viewport().findChildren(QLineEdit) if w.isVisible()]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_typing_a_tally_updates_the_plenary_ranking(qtbot: Any, view: PrioritizationView) -> None:
    assert view.plenary is not None
    plenary = view.plenary.open()
    assert plenary.chart.rows()[0].title == WATER
    assert plenary.chart.rows()[-1].title == YOUTH
    entry = view.entry
    entry.origin.setEditText("Mesa A")
    entry.sheet.setText("Hoja A-2")
    row = _row_of(entry.tally, YOUTH)
    assert entry.tally.item(row, 1).data(Qt.ItemDataRole.EditRole) == 3
    _type_into(qtbot, entry.tally, row, 1, "40")
    assert entry.tally.item(row, 1).data(Qt.ItemDataRole.EditRole) == 40
    qtbot.mouseClick(entry.save_tally, Qt.MouseButton.LeftButton)
    first = plenary.chart.rows()[0]
    assert first.title == YOUTH and first.detail.startswith("44 puntos")
    assert view.model.ranked(0).title == YOUTH
    # The recount is in the log, and undo puts the ranking back.
    assert any(e.dots == 40 and e.previous_dots == 3 for e in view.snapshot.history)
    view.window_.undo_stack.undo()
    assert plenary.chart.rows()[0].title == WATER


def test_plenary_follows_votes_while_the_tab_is_hidden(view: PrioritizationView) -> None:
    assert view.plenary is not None
    plenary = view.plenary.open()
    main = view.window_
    main.views.setCurrentIndex(0)
    assert not view.isVisible()
    youth = next(r.problem_id for r in view.snapshot.ranked if r.title == YOUTH)
    workshop_id = main.current_workshop_id()
    prio.record_sheet(main.db, workshop_id, {youth: 50}, origin="Mesa B")
    main.dataChanged.emit()
    assert plenary.chart.rows()[0].title == YOUTH


def test_one_voter_at_a_time_and_the_budget(
    qtbot: Any, view: PrioritizationView, dialogs: Any
) -> None:
    assert view.plenary is not None
    plenary = view.plenary.open()
    entry = view.entry
    entry.origin.setEditText("Mesa C")
    entry.tabs.setCurrentIndex(1)  # Voto por persona
    row = _row_of(entry.voter, YOUTH)
    _type_into(qtbot, entry.voter, row, 1, "3")
    qtbot.mouseClick(entry.add_voter, Qt.MouseButton.LeftButton)
    assert next(r.detail for r in plenary.chart.rows() if r.title == YOUTH).startswith("10 puntos")
    assert entry.voter.item(row, 1).data(Qt.ItemDataRole.EditRole) == 0  # ready for the next
    # Four dots from one person is over the workshop's three: refused, nothing changes.
    _type_into(qtbot, entry.voter, row, 1, "4")
    qtbot.mouseClick(entry.add_voter, Qt.MouseButton.LeftButton)
    assert dialogs.shown and "3 puntos" in dialogs.shown[-1][1]
    assert next(r.detail for r in plenary.chart.rows() if r.title == YOUTH).startswith("10 puntos")


def test_scores_and_weights_change_the_ranking(qtbot: Any, view: PrioritizationView) -> None:
    entry = view.entry
    entry.origin.setEditText("Plenaria")
    entry.tabs.setCurrentIndex(2)  # Criterios
    assert entry.scores.columnCount() == 4  # problem + the demo's three criteria
    row = _row_of(entry.scores, YOUTH)
    for column in (1, 2, 3):
        _type_into(qtbot, entry.scores, row, column, "5")
    qtbot.mouseClick(entry.save_scores, Qt.MouseButton.LeftButton)
    youth = next(r for r in view.snapshot.ranked if r.title == YOUTH)
    assert youth.criteria_score == 5
    view.dots_weight.setValue(0.0)  # criteria only
    assert view.model.ranked(0).title == YOUTH
    assert "0 % de los puntos" in view.explanation.text()


def test_select_for_solution_design(qtbot: Any, view: PrioritizationView) -> None:
    row = next(r for r in range(view.model.rowCount()) if view.model.ranked(r).title != WATER)
    problem_id = view.model.ranked(row).problem_id
    EntityService(view.window_.db).update("problems", problem_id, {"status": "prioritized"})
    view.table.selectRow(row)
    qtbot.mouseClick(view.select_button, Qt.MouseButton.LeftButton)
    assert EntityService(view.window_.db).get("problems", problem_id)["status"] == "selected"
    view.window_.undo_stack.undo()
    assert EntityService(view.window_.db).get("problems", problem_id)["status"] == "prioritized"


def test_plenary_keys_and_timer(qtbot: Any, view: PrioritizationView) -> None:
    """F5 opens and closes the plenary view, F6 starts and pauses the timer, from either window."""
    controller = view.plenary
    assert controller is not None
    main = view.window_
    main.activateWindow()
    QApplication.processEvents()  # delivers the activation (no waiting on timers)
    assert QApplication.activeWindow() is main
    qtbot.keyClick(main, Qt.Key.Key_F5)
    assert controller.is_open() and controller.plenary is not None
    plenary = controller.plenary
    assert plenary.isFullScreen() and plenary.clock.text() == "10:00"
    QApplication.processEvents()
    assert QApplication.activeWindow() is plenary
    qtbot.keyClick(plenary, Qt.Key.Key_F6)
    assert controller.timer.is_running()
    assert plenary.clock_state.text() == "en curso · Espacio: pausar"
    qtbot.keyClick(plenary, Qt.Key.Key_F6)
    assert not controller.timer.is_running()
    assert plenary.clock_state.text() == "en pausa · Espacio: iniciar"
    qtbot.keyClick(plenary, Qt.Key.Key_Space)  # what the caption says
    assert controller.timer.is_running()
    qtbot.keyClick(plenary, Qt.Key.Key_Space)
    assert not controller.timer.is_running()
    qtbot.keyClick(plenary, Qt.Key.Key_F5)
    assert not controller.is_open()
    controller.open()
    qtbot.keyClick(plenary, Qt.Key.Key_Escape)
    assert not controller.is_open() and not controller.toggle_action.isChecked()


def test_timer_counts_down_with_start_pause_reset(qtbot: Any) -> None:
    now = [100.0]
    timer = ActivityTimer(seconds=90, clock=lambda: now[0])
    assert timer.text() == "01:30" and not timer.is_running()
    timer.start()
    now[0] += 30.5
    assert timer.text() == "01:00"
    timer.pause()
    now[0] += 100
    assert timer.text() == "01:00"
    timer.start()
    now[0] += 60
    with qtbot.waitSignal(timer.finished):
        timer.tick()
    assert timer.text() == "00:00" and not timer.is_running()
    timer.start()  # nothing left to count
    assert not timer.is_running()
    timer.reset()
    assert timer.text() == "01:30"
    timer.reset(5 * 60)
    assert timer.text() == "05:00"


def test_ranking_model_passes_the_model_tester(
    qtmodeltester: Any, view: PrioritizationView
) -> None:
    assert view.model.rowCount() == 6
    qtmodeltester.check(view.model)
    empty = RankingModel()
    qtmodeltester.check(empty)
    empty.set_ranking(view.snapshot.ranked, view.snapshot.status)
    qtmodeltester.check(empty)
    assert view.entry.tally.item(0, 0).data(ID_ROLE)


def test_screenshot_renders_the_demo_at_projector_size(tmp_path: Path) -> None:
    from cocreation_app.ui.plenary.screenshot import render

    target = tmp_path / "plenary.png"
    render(target)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1920, 1080)
    assert list(tmp_path.iterdir()) == [target]  # written through a temporary file, renamed


def test_a_workshop_without_problems_says_what_to_do(
    view: PrioritizationView, demo_plan_id: str
) -> None:
    workshops = EntityService(view.window_.db).list_records("workshops", plan_id=demo_plan_id)
    assert not view.empty_hint.isVisible()
    view.window_.select(demo_plan_id, workshops[1]["id"])  # the demo's problems are in the first
    assert view.model.rowCount() == 0 and view.empty_hint.isVisible()
    assert not view.select_button.isEnabled()


def test_the_tally_log_shows_the_local_hour_and_leaves_the_problem_room(
    qtbot: Any, view: PrioritizationView, in_chiapas: None
) -> None:
    entry = view.entry
    entry.origin.setEditText("Mesa A")
    row = _row_of(entry.tally, YOUTH)
    _type_into(qtbot, entry.tally, row, 1, "12")
    qtbot.mouseClick(entry.save_tally, Qt.MouseButton.LeftButton)
    newest = max(view.snapshot.history, key=lambda e: e.created_at)
    history = entry.history
    assert history.item(0, 3).text() == "12"
    shown = history.item(0, 5).text()
    assert shown in (format_time_of_day(newest.created_at), format_timestamp(newest.created_at))
    assert newest.created_at[11:16] not in shown  # the UTC reading is not what people lived
    assert history.item(0, 5).toolTip() == format_timestamp(newest.created_at, "medium")
