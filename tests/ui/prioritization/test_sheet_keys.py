"""The vote and criteria grids answer the keyboard like a spreadsheet (issue 17, item 6)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import event

from cocreation_app.ui.prioritization.entry import ID_ROLE, VoteEntryPanel
from cocreation_app.ui.prioritization.sheet import SheetGrid, parse_block
from cocreation_app.ui.prioritization.view import PrioritizationView

EDIT = Qt.ItemDataRole.EditRole


def _numbers(grid: SheetGrid, column: int = 1) -> list[int]:
    return [grid.item(row, column).data(EDIT) for row in range(grid.rowCount())]


def _editor(grid: SheetGrid) -> QLineEdit | None:
    found = [w for w in grid.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(found) <= 1
    return found[0] if found else None


def _start(grid: SheetGrid, row: int, column: int) -> None:
    grid.setFocus()
    grid.setCurrentCell(row, column)


def _here(grid: SheetGrid) -> tuple[int, int]:
    return grid.currentRow(), grid.currentColumn()


@pytest.fixture
def entry(view: PrioritizationView) -> VoteEntryPanel:
    entry = view.entry
    entry.origin.setEditText("Mesa A")
    return entry


def test_enter_moves_down_with_or_without_an_editor(qtbot: Any, entry: VoteEntryPanel) -> None:
    grid = entry.tally
    before = _numbers(grid)
    _start(grid, 0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert _here(grid) == (1, 1) and _editor(grid) is None
    qtbot.keyClicks(grid, "7")
    editor = _editor(grid)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Enter)  # the keypad's Enter too
    QApplication.processEvents()
    assert _here(grid) == (2, 1) and _editor(grid) is None
    assert _numbers(grid) == [before[0], 7, *before[2:]]
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert _here(grid) == (1, 1)
    last = grid.rowCount() - 1
    grid.setCurrentCell(last, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert _here(grid) == (last, 1)  # the last row stays


def test_arrows_move_between_cells_and_never_change_a_number(
    qtbot: Any, entry: VoteEntryPanel
) -> None:
    grid = entry.tally
    before = _numbers(grid)
    _start(grid, 1, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert _here(grid) == (0, 1) and _numbers(grid) == before
    qtbot.keyClicks(grid, "5")  # typing: every arrow leaves the cell with the number typed
    editor = _editor(grid)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert _here(grid) == (1, 1) and _editor(grid) is None
    qtbot.keyClicks(grid, "6")
    editor = _editor(grid)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert _here(grid) == (1, 2) and _editor(grid) is None
    assert _numbers(grid) == [5, 6, *before[2:]]
    # F2 edits the number in place: Left/Right move the cursor, Up/Down still leave.
    grid.setCurrentCell(2, 1)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = _editor(grid)
    assert editor is not None and editor.text() == str(before[2])
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert _editor(grid) is editor and editor.cursorPosition() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert _here(grid) == (1, 1) and _editor(grid) is None
    assert _numbers(grid) == [5, 6, *before[2:]]


def test_tab_skips_the_read_only_columns(qtbot: Any, entry: VoteEntryPanel) -> None:
    grid = entry.tally  # problem (read only), this laptop's points, the table's total (read only)
    _start(grid, 0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert _here(grid) == (1, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _here(grid) == (0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _here(grid) == (grid.rowCount() - 1, 1)  # wraps around
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert _here(grid) == (0, 1)
    qtbot.keyClicks(grid, "2")
    editor = _editor(grid)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert _here(grid) == (1, 1) and _editor(grid) is None and _numbers(grid)[0] == 2

    scores = entry.scores  # problem, then the three criteria of the demo
    entry.tabs.setCurrentIndex(2)
    _start(scores, 0, 1)
    visited = []
    for _ in range(4):
        qtbot.keyClick(scores, Qt.Key.Key_Tab)
        visited.append(_here(scores))
    assert visited == [(0, 2), (0, 3), (1, 1), (1, 2)]


def test_typing_a_digit_replaces_the_number(qtbot: Any, entry: VoteEntryPanel) -> None:
    grid = entry.tally
    before = _numbers(grid)
    assert before[0] > 0  # the demo's Mesa A: appending would show "942"
    _start(grid, 0, 1)
    qtbot.keyClicks(grid, "4")
    editor = _editor(grid)
    assert editor is not None and editor.text() == "4"
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _numbers(grid)[0] == 42
    qtbot.keyClicks(grid, "x")  # not a number: no editor, nothing changes
    assert _editor(grid) is None and _numbers(grid)[1] == before[1]
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert _numbers(grid)[1] == 0
    scores = entry.scores
    entry.tabs.setCurrentIndex(2)
    _start(scores, 0, 1)
    qtbot.keyClicks(scores, "9")  # above 5: refused by the editor
    editor = _editor(scores)
    assert editor is not None and editor.text() == ""


def test_ctrl_enter_saves_the_tally_in_one_transaction(
    qtbot: Any, entry: VoteEntryPanel, view: PrioritizationView
) -> None:
    grid = entry.tally
    window = view.window_
    commits: list[object] = []

    def committed(session: object) -> None:
        commits.append(session)

    event.listen(window.db.sessions, "after_commit", committed)
    try:
        _start(grid, 1, 1)
        qtbot.keyClicks(grid, "3")
        editor = _editor(grid)
        assert editor is not None
        qtbot.keyClicks(editor, "3")
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finally:
        event.remove(window.db.sessions, "after_commit", committed)
    problem_id = grid.item(1, 0).data(ID_ROLE)
    assert view.snapshot.tallies[problem_id]["Mesa A"] == 33
    assert len(commits) == 1 and window.undo_stack.count() == 1
    assert _editor(grid) is None and _here(grid) == (1, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.count() == 1  # nothing new: nothing saved again

    entry.tabs.setCurrentIndex(2)
    scores = entry.scores
    _start(scores, 0, 1)
    qtbot.keyClicks(scores, "4")
    editor = _editor(scores)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.count() == 2
    criterion = entry.snapshot.criteria[0]["id"]
    assert entry.snapshot.own_scores[(scores.item(0, 0).data(ID_ROLE), criterion)]["Mesa A"] == 4


def test_ctrl_enter_in_review_mode_saves_nothing(
    qtbot: Any, entry: VoteEntryPanel, view: PrioritizationView, dialogs: Any
) -> None:
    grid = entry.tally
    grid.item(0, 1).setData(EDIT, 99)  # typed before the mode was turned on
    before = _numbers(grid)
    view.window_.review_mode.set_active(True)
    _start(grid, 0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.window_.undo_stack.count() == 0
    assert [kind for kind, _text in dialogs.shown] == ["warning"]  # why, and how to leave it
    QGuiApplication.clipboard().setText("1\n2\n")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert _numbers(grid) == before  # neither pasted nor cleared


def test_paste_a_column_from_a_spreadsheet(
    qtbot: Any, entry: VoteEntryPanel, qtmodeltester: Any, dialogs: Any
) -> None:
    grid = entry.tally
    before = _numbers(grid)
    _start(grid, 1, 1)
    QGuiApplication.clipboard().setText("5\r\n 6\r\n\r\n7\r\n")  # as Excel copies it
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _numbers(grid) == [before[0], 5, 6, 0, 7, *before[5:]]
    assert dialogs.shown == []
    qtmodeltester.check(grid.model())
    # Ctrl+V while a cell is being typed pastes the block, not into the cell's editor.
    QGuiApplication.clipboard().setText("8\n9")
    grid.setCurrentCell(0, 1)
    qtbot.keyClicks(grid, "1")
    editor = _editor(grid)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _editor(grid) is None and _numbers(grid)[:2] == [8, 9]


@pytest.mark.parametrize(
    ("text", "row", "reason"),
    [
        ("4\ncinco\n6", 1, "«cinco» no es un número entero de 0 a 9999"),
        ("4\n-2", 1, "«-2» no es un número entero"),
        ("1\n2\n3", None, "más filas"),
        ("1\t2", 1, "más columnas"),
        ("3", 0, "Elija primero la celda de números"),
    ],
)
def test_a_bad_paste_says_why_and_pastes_nothing(
    qtbot: Any, entry: VoteEntryPanel, dialogs: Any, text: str, row: int | None, reason: str
) -> None:
    grid = entry.tally
    before = _numbers(grid)
    last = grid.rowCount() - 2  # two rows left: three do not fit
    if row == 0:
        _start(grid, 0, 0)  # a problem's title, not a number
    else:
        _start(grid, row if row is not None else last, 1)
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _numbers(grid) == before
    ((kind, message),) = dialogs.shown
    assert kind == "warning" and reason in message and "No se pegó nada" in message


def test_paste_a_block_of_scores(
    qtbot: Any, entry: VoteEntryPanel, qtmodeltester: Any, dialogs: Any
) -> None:
    scores = entry.scores
    entry.tabs.setCurrentIndex(2)
    _start(scores, 0, 1)
    QGuiApplication.clipboard().setText("5\t4\t3\n\t2\t1\n")
    qtbot.keyClick(scores, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = [[scores.item(r, c).data(EDIT) for c in (1, 2, 3)] for r in (0, 1)]
    assert rows == [[5, 4, 3], [0, 2, 1]] and dialogs.shown == []
    assert scores.itemDelegate().displayText(0, None) == "—"  # an empty cell: no score
    qtmodeltester.check(scores.model())
    title = scores.item(2, 0).text()
    QGuiApplication.clipboard().setText("1\t6")
    scores.setCurrentCell(2, 1)
    qtbot.keyClick(scores, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ((_kind, message),) = dialogs.shown
    assert message.startswith(f"{title}: «6» no es una calificación de 1 a 5")
    assert scores.item(2, 1).data(EDIT) == 0


def test_parse_block() -> None:
    assert parse_block("1\n2\n") == [["1"], ["2"]]
    assert parse_block("1\t2\r\n3\t4") == [["1", "2"], ["3", "4"]]
    assert parse_block("") == []


def test_help_lists_the_grid_keys(qapp: Any) -> None:
    from PySide6.QtGui import QKeySequence

    from cocreation_app.ui.help.shortcuts import key_text, view_keys

    grid_keys = [s for s in view_keys() if "hoja de cálculo" in s.group]
    assert any("Pegar" in s.what for s in grid_keys)
    save = key_text(QKeySequence("Ctrl+Return"))  # "Control+Intro" once Qt's Spanish is loaded
    assert any(s.what.startswith("Guardar") and s.keys == save for s in grid_keys)
