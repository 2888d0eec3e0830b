"""The window-wide review mode: edits refused (nothing written), observations still added and
undone, the mode remembered per database file, in the normal and the staged start; the edit
controls of check-in, vote entry and conflicts greyed out (keys too) and back when it is off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QTableWidget

from cocreation_app.services.entities import EntityService
from cocreation_app.services.participants import ParticipantService
from cocreation_app.services.review import ReviewService
from cocreation_app.storage import Database, open_database
from cocreation_app.sync.conflicts import list_conflicts
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from cocreation_app.ui import settings
from cocreation_app.ui.checkin.view import CheckInView
from cocreation_app.ui.commands import CreateCommand, UpdateCommand
from cocreation_app.ui.commitments.view import CommitmentsView
from cocreation_app.ui.main_window import MainWindow
from cocreation_app.ui.participants.form import RegistrationForm
from cocreation_app.ui.prioritization.entry import ID_ROLE
from cocreation_app.ui.prioritization.view import PrioritizationView
from cocreation_app.ui.problems.tree_editor import ProblemTreeEditor
from cocreation_app.ui.review import feature
from cocreation_app.ui.review.commands import AddObservationCommand, MarkAddressedCommand
from cocreation_app.ui.review.view import ReviewView
from cocreation_app.ui.sync.conflicts_view import ConflictsView
from cocreation_app.ui.widgets.panel import RecordPanel

GUARDED = ("action_import_bundles", "action_duplicates")


def _commitment(db: Database, plan_id: str) -> dict[str, Any]:
    return EntityService(db).list_records("commitments", plan_id=plan_id)[0]


def _panel(window: MainWindow, kind: str) -> RecordPanel:
    return next(p for p in window.findChildren(RecordPanel) if p.kind == kind)


def _edit_action(window: MainWindow, name: str) -> QAction:
    """The Edit menu's undo, redo (as the user triggers them) or the review mode switch."""
    undo, redo = window.menu("edit").actions()[:2]
    return {"undo": undo, "redo": redo, "review": window.review_mode.action}[name]


def _refusals(dialogs: Any) -> list[str]:
    return [text for kind, text in dialogs.shown if "modo revisión" in text]


def _observe(window: MainWindow, kind: str, item_id: str, text: str) -> AddObservationCommand:
    command = AddObservationCommand(
        window, lambda review: review.add_observation(kind, item_id, text, author="Lucía")
    )
    assert window.execute(command)
    return command


def test_edits_are_refused_and_change_nothing(
    window: MainWindow, demo_db: Database, demo_plan_id: str, dialogs: Any
) -> None:
    commitment = _commitment(demo_db, demo_plan_id)
    _edit_action(window, "review").trigger()  # as the user does (Ctrl+Shift+R)
    assert window.review_mode.active
    assert "modo revisión" in window.windowTitle()
    assert window.review_mode.label.isVisibleTo(window)

    rename = UpdateCommand(window, "commitments", {commitment["id"]: {"title": "Otro título"}})
    assert not window.execute(rename)
    create = CreateCommand(window, "milestones", {"commitment_id": commitment["id"]})
    assert not window.execute_all("Dos cambios", [create])
    assert len(_refusals(dialogs)) == 2  # one clear message per refused edit
    keys = window.review_mode.action.shortcut()  # Ctrl+Shift+R, in the user's words
    assert keys.toString(QKeySequence.SequenceFormat.NativeText) in _refusals(dialogs)[0]
    assert EntityService(demo_db).get("commitments", commitment["id"]) == commitment
    assert EntityService(demo_db).count("milestones") == len(
        EntityService(demo_db).list_records("milestones", plan_id=demo_plan_id)
    )
    assert window.undo_stack.count() == 0

    panel = _panel(window, "commitments")
    assert not panel.save_button.isEnabled() and not panel.new_button.isEnabled()
    title = panel.form.editor("title").widget
    assert isinstance(title, QLineEdit) and title.isReadOnly()
    for name in GUARDED:
        action = window.findChild(QAction, name)
        assert action is not None and not action.isEnabled()
    registration = window.findChild(RegistrationForm)
    assert registration is not None and not registration.save_button.isEnabled()
    tree = window.findChild(ProblemTreeEditor)
    assert tree is not None and not any(b.isEnabled() for b in tree.buttons)


def test_observations_are_added_addressed_and_undone_in_review_mode(
    window: MainWindow, demo_db: Database, demo_plan_id: str, dialogs: Any
) -> None:
    window.review_mode.set_active(True)
    commitment = _commitment(demo_db, demo_plan_id)
    command = _observe(window, "commitments", commitment["id"], "Precisar el indicador.")
    assert command.row_id is not None
    assert window.execute(MarkAddressedCommand(window, command.row_id, True))
    review = ReviewService(demo_db)
    [obs] = review.observations(demo_plan_id, target_id=commitment["id"])
    assert obs.addressed

    _edit_action(window, "undo").trigger()
    _edit_action(window, "undo").trigger()
    assert review.observations(demo_plan_id, target_id=commitment["id"]) == []
    _edit_action(window, "redo").trigger()
    [obs] = review.observations(demo_plan_id, target_id=commitment["id"])
    assert not obs.addressed
    assert _refusals(dialogs) == []


def test_undoing_an_edit_made_before_the_mode_is_refused(
    window: MainWindow, demo_db: Database, demo_plan_id: str, dialogs: Any
) -> None:
    commitment = _commitment(demo_db, demo_plan_id)
    assert window.execute(
        UpdateCommand(window, "commitments", {commitment["id"]: {"title": "Título nuevo"}})
    )
    window.review_mode.set_active(True)
    _edit_action(window, "undo").trigger()
    assert len(_refusals(dialogs)) == 1
    assert window.undo_stack.index() == 1
    assert EntityService(demo_db).get("commitments", commitment["id"])["title"] == "Título nuevo"

    window.review_mode.set_active(False)  # leaving the mode allows edits again
    _edit_action(window, "undo").trigger()
    assert (
        EntityService(demo_db).get("commitments", commitment["id"])["title"]
        == (commitment["title"])
    )
    assert window.execute(
        UpdateCommand(window, "commitments", {commitment["id"]: {"title": "Otra vez"}})
    )
    assert EntityService(demo_db).get("commitments", commitment["id"])["title"] == "Otra vez"
    panel = _panel(window, "commitments")
    assert panel.save_button.isEnabled()
    assert all(b.isEnabled() for b in window.findChild(ProblemTreeEditor).buttons)
    assert not window.review_mode.label.isVisibleTo(window)
    assert "modo revisión" not in window.windowTitle()
    assert all(window.findChild(QAction, name).isEnabled() for name in GUARDED)


def test_the_mode_is_remembered_per_database_file(
    window: MainWindow, demo_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.review_mode.set_active(True)
    window.set_database(open_database(tmp_path / "otra.sqlite3"))
    assert not window.review_mode.active  # another file: its own mode (off)
    window.set_database(open_database(demo_path))
    assert window.review_mode.active

    again = MainWindow(open_database(demo_path))  # the application opened again
    qtbot.addWidget(again)
    assert again.review_mode.active
    assert not _panel(again, "commitments").save_button.isEnabled()
    again.review_mode.set_active(False)
    assert settings.get(settings.REVIEW_MODE_FILES) == ()


def test_a_staged_start_opens_in_review_mode(qtbot: Any, demo_path: Path) -> None:
    settings.put(settings.REVIEW_MODE_FILES, (str(demo_path.resolve()),))
    window = MainWindow(open_database(demo_path), staged=True)
    qtbot.addWidget(window)
    assert window.review_mode.active and "modo revisión" in window.windowTitle()
    with qtbot.waitSignal(window.started, timeout=120_000):  # a loaded machine is slow
        window.show()
        window.continue_start()
    assert not _panel(window, "commitments").save_button.isEnabled()
    assert not window.findChild(QAction, "action_import_bundles").isEnabled()


def test_opening_a_received_plan_turns_the_mode_on(
    window: MainWindow, demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "plan.cocrea"
    export_bundle(demo_db, bundle, plan_id=demo_plan_id)
    official = open_database(tmp_path / "oficina.sqlite3")
    window.set_database(official)
    assert not window.review_mode.active
    view = window.findChild(ReviewView, "reviewView")
    assert feature.open_for_review(window, view, bundle)
    assert window.review_mode.active
    assert settings.get(settings.REVIEW_MODE_FILES) == (str(official.path.resolve()),)


def test_typing_not_saved_is_saved_before_the_mode_turns_on(
    window: MainWindow, demo_db: Database, demo_plan_id: str, dialogs: Any
) -> None:
    commitment = _commitment(demo_db, demo_plan_id)
    view = window.findChild(CommitmentsView)
    window.show_view(view)
    view.refresh_now()
    panel = view.panel
    panel.select(commitment["id"])
    panel.form.editor("title").set("Título escrito sin guardar")
    assert panel.unsaved()
    _edit_action(window, "review").trigger()
    assert window.review_mode.active and not panel.unsaved()
    saved = EntityService(demo_db).get("commitments", commitment["id"])
    assert saved["title"] == "Título escrito sin guardar"
    assert _refusals(dialogs) == []


def _check_in_view(window: MainWindow) -> CheckInView:
    door = window.findChild(CheckInView, "checkInView")
    window.show()
    window.show_view(door)
    QApplication.processEvents()
    return door


def test_check_in_is_greyed_out_and_enter_checks_no_one_in(
    window: MainWindow, qtbot: Any, dialogs: Any
) -> None:
    door = _check_in_view(window)
    workshop_id = window.current_workshop_id()
    assert workshop_id is not None and door.check_in_button.isEnabled()
    before = ParticipantService(window.db).room_count(workshop_id).total
    window.review_mode.set_active(True)
    assert not door.check_in_button.isEnabled()
    assert door.review_notice.isVisibleTo(door) and not door.hint.isVisibleTo(door)
    assert "Modo revisión" in door.review_notice.text()
    door.table.search.setText("Juan Carlos Pérez")  # not yet in this workshop
    qtbot.keyClick(door.table.search, Qt.Key.Key_Return)
    qtbot.keyClick(door.table.table, Qt.Key.Key_Space)
    door.check_in_selected()  # called by code: refused with the reason, not "already in"
    assert ParticipantService(window.db).room_count(workshop_id).total == before
    assert len(_refusals(dialogs)) == 1
    assert "ya estaba" not in window.statusBar().currentMessage()
    door.refresh_now()  # a refresh keeps the button greyed out
    assert not door.check_in_button.isEnabled()

    window.review_mode.set_active(False)
    assert door.check_in_button.isEnabled() and not door.review_notice.isVisibleTo(door)
    assert door.hint.isVisibleTo(door) and "Modo revisión" not in door.hint.text()
    qtbot.keyClick(door.table.search, Qt.Key.Key_Return)
    assert ParticipantService(window.db).room_count(workshop_id).total == before + 1


def _prioritization_view(window: MainWindow, plan_id: str) -> PrioritizationView:
    workshops = EntityService(window.db).list_records("workshops", plan_id=plan_id)
    window.select(plan_id, workshops[0]["id"])
    view = window.findChild(PrioritizationView, "prioritizationView")
    window.show_view(view)
    window.show()
    QApplication.processEvents()
    return view


def _opens_editor(qtbot: Any, grid: QTableWidget) -> bool:
    """Whether typing a digit in the grid's first number cell opens an editor there."""
    grid.setFocus()
    grid.setCurrentCell(0, 1)
    qtbot.keyClicks(grid, "7")
    opened = any(w.isVisible() for w in grid.viewport().findChildren(QLineEdit))
    grid.setCurrentItem(None)
    return opened


def test_vote_entry_is_read_only_in_review_mode(
    window: MainWindow, demo_plan_id: str, qtbot: Any, dialogs: Any, monkeypatch: Any
) -> None:
    view = _prioritization_view(window, demo_plan_id)
    entry = view.entry
    view.table.selectRow(0)
    saves = (entry.save_tally, entry.add_voter, entry.save_scores, entry.default_criteria)
    selects = (view.select_button, view.unselect_button)
    weight_dialogs: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getDouble", lambda *args: weight_dialogs.append(args[1]) or (2.0, False)
    )
    window.review_mode.set_active(True)
    assert entry.review_notice.isVisibleTo(entry)
    assert not any(b.isEnabled() for b in (*saves, *selects))
    assert entry.sheet.isReadOnly() and not entry.dots_per_person.isEnabled()
    assert entry.origin.isEnabled()  # which table to show is still a choice
    assert not _opens_editor(qtbot, entry.tally) and not _opens_editor(qtbot, entry.voter)
    assert entry.snapshot.criteria  # the demo workshop's: a double click would change a weight
    entry.scores.horizontalHeader().sectionDoubleClicked.emit(1)
    view.refresh()  # a refresh (another laptop's import, an observation) keeps it read only
    assert not any(b.isEnabled() for b in (*saves, *selects))
    assert weight_dialogs == [] and _refusals(dialogs) == []

    window.review_mode.set_active(False)
    assert not entry.review_notice.isVisibleTo(entry)
    assert all(b.isEnabled() for b in (entry.save_tally, entry.add_voter, *selects))
    assert entry.save_scores.isEnabled()
    assert not entry.sheet.isReadOnly() and entry.dots_per_person.isEnabled()
    assert _opens_editor(qtbot, entry.tally)
    entry.scores.horizontalHeader().sectionDoubleClicked.emit(1)
    assert len(weight_dialogs) == 1
    window.undo_stack.blockSignals(True)  # teardown: see tests/ui/test_plenary.py


def test_points_per_person_typed_are_saved_before_the_mode_turns_on(
    window: MainWindow, demo_plan_id: str, dialogs: Any
) -> None:
    entry = _prioritization_view(window, demo_plan_id).entry
    workshop_id = entry.snapshot.workshop_id
    assert workshop_id is not None
    typed = (entry.dots_per_person.value() or 0) + 3
    entry.dots_per_person.setValue(typed)  # typed, the box not left yet
    assert entry.unsaved()
    window.review_mode.set_active(True)
    assert not entry.unsaved() and _refusals(dialogs) == []
    saved = EntityService(window.db).get("workshops", workshop_id)
    assert saved["dots_per_participant"] == typed
    window.undo_stack.blockSignals(True)


def test_conflicts_cannot_be_resolved_in_review_mode(
    window: MainWindow, demo_plan_id: str, tmp_path: Path, dialogs: Any
) -> None:
    other = open_database(tmp_path / "other.sqlite3")
    export_bundle(window.db, tmp_path / "start.cocrea")
    assert import_bundles(other, [tmp_path / "start.cocrea"])[0].ok
    commitment = _commitment(window.db, demo_plan_id)
    EntityService(window.db).update("commitments", commitment["id"], {"title": "Aquí"})
    EntityService(other).update("commitments", commitment["id"], {"title": "Allá"})
    export_bundle(other, tmp_path / "otra.cocrea")
    assert import_bundles(window.db, [tmp_path / "otra.cocrea"])[0].ok
    view = window.findChild(ConflictsView)
    window.show()
    window.show_view(view)
    assert len(view.conflicts) == 1 and view.keep_button.isEnabled()
    buttons = (view.keep_button, view.merge_button, view.restore_button, view.discard_button)

    window.review_mode.set_active(True)
    assert view.review_notice.isVisibleTo(view)
    assert not any(b.isEnabled() for b in buttons)
    assert view.merged.isReadOnly() and view.values.isEnabled()  # the values can be read
    view.refresh()
    assert not any(b.isEnabled() for b in buttons)
    assert not view.save_merged("Aquí y allá")  # called by code: refused with the reason
    assert len(_refusals(dialogs)) == 1 and len(list_conflicts(window.db)) == 1

    window.review_mode.set_active(False)
    assert not view.review_notice.isVisibleTo(view)
    assert all(b.isEnabled() for b in buttons) and not view.merged.isReadOnly()
    assert view.keep_selected() and list_conflicts(window.db) == []
    assert not view.keep_button.isEnabled()  # nothing left to resolve


def test_a_number_being_typed_stays_in_its_grid_until_saved_after_the_mode(
    window: MainWindow, demo_plan_id: str, qtbot: Any, dialogs: Any
) -> None:
    view = _prioritization_view(window, demo_plan_id)
    entry = view.entry
    grid = entry.tally
    grid.setFocus()
    grid.setCurrentCell(0, 1)
    qtbot.keyClicks(grid, "4")  # the editor opens with the digit typed
    (editor,) = [w for w in grid.viewport().findChildren(QLineEdit) if w.isVisible()]
    qtbot.keyClicks(editor, "2")
    window.review_mode.set_active(True)
    QApplication.processEvents()
    assert not any(w.isVisible() for w in grid.viewport().findChildren(QLineEdit))
    assert grid.item(0, 1).data(Qt.ItemDataRole.EditRole) == 42  # kept, not saved
    assert window.undo_stack.count() == 0 and _refusals(dialogs) == []

    window.review_mode.set_active(False)
    assert entry.record_tally()
    origin = entry.origin_name()
    problem_id = grid.item(0, 0).data(ID_ROLE)
    assert view.snapshot.tallies[problem_id][origin] == 42
    window.undo_stack.blockSignals(True)
