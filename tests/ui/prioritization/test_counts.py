"""The count in an undo step's name takes its plural form ("Seleccionar 1 problemas" was the
bug, issue 17 item 11), as Edit ▸ Undo shows it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from cocreation_app.i18n.qt import apply_language
from cocreation_app.ui.prioritization.view import PrioritizationView


def _select_rows(view: PrioritizationView, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.model.index(row, 0), flags)


def test_selecting_one_or_two_problems_names_the_count(view: PrioritizationView) -> None:
    apply_language("es")  # as the application does on start: Spanish's forms are in its .qm
    stack = view.window_.undo_stack
    _select_rows(view, [4])  # the demo's ranked problem still only prioritized
    view.select_problems(True)
    assert stack.text(stack.count() - 1) == "Seleccionar 1 problema para diseño de soluciones"
    _select_rows(view, [3, 4])
    view.select_problems(False)
    assert stack.text(stack.count() - 1) == "Quitar la selección de 2 problemas"
