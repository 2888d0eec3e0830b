"""The causes/effects tree from the keyboard: indent, outdent, delete (with confirmation)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cocreation_app.services.entities import EntityService


def _nodes(window: Any, problem_id: str) -> dict[str, tuple[str | None, int]]:
    service = EntityService(window.db)
    nodes = service.list_records("problem_nodes", where={"problem_id": problem_id})
    by_id = {n["id"]: n["text"] for n in nodes}
    return {n["text"]: (by_id.get(n["parent_id"]), n["position"]) for n in nodes}


def test_indent_outdent_delete(qtbot: Any, window: Any, dialogs: Any, demo_plan_id: str) -> None:
    service = EntityService(window.db)
    problem_id = service.create("problems", {"plan_id": demo_plan_id, "title": "Baches"})
    for position, text in enumerate(("Sin mantenimiento", "Lluvias", "Materiales malos")):
        service.create(
            "problem_nodes",
            {"problem_id": problem_id, "kind": "cause", "text": text, "position": position},
        )
    window.show()
    problems = window.findChild(QWidget, "problemsView")
    window.show_view(problems)
    problems.panel.set_scope({"plan_id": demo_plan_id})
    problems.panel.select(problem_id)
    QApplication.processEvents()
    tree = problems.tree
    assert tree.problem_id == problem_id
    lluvias = next(i for i in tree.model.items.values() if i.text == "Lluvias")
    tree.select_node(lluvias.id)
    tree.view.setFocus()
    qtbot.keyClick(tree.view, Qt.Key.Key_Tab)
    assert _nodes(window, problem_id)["Lluvias"] == ("Sin mantenimiento", 0)
    malos = next(i for i in tree.model.items.values() if i.text == "Materiales malos")
    tree.select_node(malos.id)
    qtbot.keyClick(tree.view, Qt.Key.Key_Tab)
    assert _nodes(window, problem_id)["Materiales malos"] == ("Sin mantenimiento", 1)
    tree.select_node(lluvias.id)
    qtbot.keyClick(tree.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _nodes(window, problem_id) == {
        "Sin mantenimiento": (None, 0),
        "Lluvias": (None, 1),
        "Materiales malos": ("Sin mantenimiento", 1),
    }
    window.undo_stack.undo()
    assert _nodes(window, problem_id)["Lluvias"] == ("Sin mantenimiento", 0)
    window.undo_stack.redo()
    QApplication.processEvents()

    root = next(i for i in tree.model.items.values() if i.text == "Sin mantenimiento")
    tree.select_node(root.id)
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(tree.view, Qt.Key.Key_Delete)
    assert len(_nodes(window, problem_id)) == 3
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(tree.view, Qt.Key.Key_Delete)
    assert _nodes(window, problem_id) == {"Lluvias": (None, 1)}
    assert "Eliminar" in dialogs.shown[-1][1] or "¿Eliminar" in dialogs.shown[-1][1]
    window.undo_stack.undo()
    assert len(_nodes(window, problem_id)) == 3
