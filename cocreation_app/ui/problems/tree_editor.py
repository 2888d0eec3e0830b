"""The problem tree, built from the keyboard.

Enter adds a sibling below the selected node, Ctrl+Enter a child, Tab indents (the node becomes
the last child of the node above it), Shift+Tab outdents (it moves after its parent), Delete
deletes (after asking), F2 edits the text. Each of these is one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cocreation_app.models.enums import TREE_NODE_KINDS, label
from cocreation_app.services.entities import EntityService
from cocreation_app.ui.commands import CreateCommand, DeleteCommand, ServiceCommand, UpdateCommand
from cocreation_app.ui.problems.tree_model import ProblemTreeModel, TreeItem
from cocreation_app.ui.widgets.fields import set_edit_triggers

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TreeView(QTreeView):
    """A tree view whose Enter, Ctrl+Enter, Tab, Shift+Tab and Delete edit the tree."""

    def __init__(self, editor: ProblemTreeEditor) -> None:
        super().__init__(editor)
        self.editor_ = editor

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.state() != self.State.EditingState:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() == Qt.Key.Key_Tab and key_event.modifiers() in PLAIN:
                self.editor_.indent()
                return True
            if key_event.key() == Qt.Key.Key_Backtab:
                self.editor_.outdent()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != self.State.EditingState:
            key, mods = event.key(), event.modifiers()
            if key in ENTER and mods in PLAIN:
                self.editor_.add_sibling()
                return
            if key in ENTER and mods & Qt.KeyboardModifier.ControlModifier:
                self.editor_.add_child()
                return
            if key == Qt.Key.Key_Delete and mods in PLAIN:
                self.editor_.delete()
                return
        super().keyPressEvent(event)


class ProblemTreeEditor(QWidget):
    def __init__(self, window: WindowShell, sync: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.window_ = window
        self.sync = sync
        self.problem_id: str | None = None
        self.model = ProblemTreeModel(self._edit_text, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Árbol del problema: causas y efectos</b>"), self))
        self.view = TreeView(self)
        self.view.setObjectName("problemTree")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        layout.addWidget(self.view, 1)
        grid = QGridLayout()
        buttons: list[tuple[str, Callable[[], None]]] = [
            (self.tr("Hermano (Enter)"), self.add_sibling),
            (self.tr("Hijo (Ctrl+Enter)"), self.add_child),
            (self.tr("Sangrar (Tab)"), self.indent),
            (self.tr("Quitar sangría (Mayús+Tab)"), self.outdent),
            (self.tr("Editar (F2)"), self.edit_current),
            (self.tr("Eliminar (Supr)"), self.delete),
        ]
        self.buttons: list[QPushButton] = []
        for index, (text, slot) in enumerate(buttons):
            button = QPushButton(text, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            grid.addWidget(button, index // 3, index % 3)
            self.buttons.append(button)
            window.review_mode.guard(button)
        layout.addLayout(grid)
        window.review_mode.changed.connect(self._review_changed)
        self._review_changed()

    def _review_changed(self) -> None:
        """In review mode the tree is read, not edited (its keys are refused with a message)."""
        set_edit_triggers(self.view, EDIT_TRIGGERS, self.window_.review_mode.active)

    # -- loading ------------------------------------------------------------------------------

    def set_problem(self, problem_id: str | None) -> None:
        self.problem_id = problem_id
        self.reload()

    def reload(self) -> None:
        current = self.current_item()
        keep = current.id if current is not None and current.id else None
        branch = current.kind if current is not None else "cause"
        nodes = (
            EntityService(self.window_.db).list_records(
                "problem_nodes", where={"problem_id": self.problem_id}
            )
            if self.problem_id
            else []
        )
        self.model.set_nodes(nodes)
        self.view.expandAll()
        self.setEnabled(self.problem_id is not None)
        index = self.model.index_of_id(keep)
        if not index.isValid():
            index = self.model.index_of(self.model.branch(branch))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def current_item(self) -> TreeItem | None:
        index = self.view.currentIndex()
        return self.model.item(index) if index.isValid() else None

    def select_branch(self, kind: str) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index_of(self.model.branch(kind)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )

    def select_node(self, node_id: str, *, edit: bool = False) -> None:
        index = self.model.index_of_id(node_id)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            if edit:
                self.view.edit(index)

    # -- edits --------------------------------------------------------------------------------

    def _edit_text(self, node_id: str, text: str) -> bool:
        return self.window_.execute(
            UpdateCommand(
                self.window_,
                "problem_nodes",
                {node_id: {"text": text}},
                self.tr("Editar el texto de «{text}»").format(text=_short(text)),
            )
        )

    def _new_text(self, kind: str) -> str:
        return self.tr("Nueva causa") if kind == "cause" else self.tr("Nuevo efecto")

    def _positions(self, siblings: list[TreeItem]) -> dict[str, dict[str, Any]]:
        """Renumber ``siblings`` 0…n, returning only the changes."""
        return {
            item.id: {"position": pos}
            for pos, item in enumerate(siblings)
            if item.id is not None and item.position != pos
        }

    def _create(self, parent: TreeItem, at: int) -> None:
        if self.problem_id is None:
            return
        kind = parent.kind
        siblings = [c for c in parent.children]
        placeholder = TreeItem(None, kind, "")
        siblings.insert(at, placeholder)
        commands: list[ServiceCommand] = []
        moves = self._positions(siblings)
        if moves:
            commands.append(UpdateCommand(self.window_, "problem_nodes", moves))
        create = CreateCommand(
            self.window_,
            "problem_nodes",
            {
                "problem_id": self.problem_id,
                "parent_id": parent.node_parent_id(),
                "kind": kind,
                "text": self._new_text(kind),
                "position": at,
            },
            self.tr("Agregar {kind}").format(kind=label(TREE_NODE_KINDS, kind).lower()),
        )
        commands.append(create)
        if self.window_.execute_all(create.text(), commands):
            self.sync()
            assert create.row_id is not None
            self.select_node(create.row_id, edit=True)

    def add_sibling(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.id is None:  # a branch: its first level
            self._create(item, len(item.children))
            return
        assert item.parent is not None
        self._create(item.parent, item.row() + 1)

    def add_child(self) -> None:
        item = self.current_item()
        if item is not None:
            self._create(item, len(item.children))

    def indent(self) -> None:
        item = self.current_item()
        if item is None or item.id is None or item.parent is None or item.row() == 0:
            return
        new_parent = item.parent.children[item.row() - 1]
        self._move(item, new_parent, len(new_parent.children), self.tr("Sangrar"))

    def outdent(self) -> None:
        item = self.current_item()
        if item is None or item.id is None or item.parent is None or item.parent.id is None:
            return
        parent = item.parent
        assert parent.parent is not None
        self._move(item, parent.parent, parent.row() + 1, self.tr("Quitar sangría"))

    def _move(self, item: TreeItem, new_parent: TreeItem, at: int, what: str) -> None:
        assert item.id is not None
        siblings = [c for c in new_parent.children if c is not item]
        siblings.insert(at, item)
        changes = self._positions(siblings)
        changes.setdefault(item.id, {})
        changes[item.id]["parent_id"] = new_parent.node_parent_id()
        changes[item.id]["position"] = siblings.index(item)
        text = self.tr("{what}: «{text}»").format(what=what, text=_short(item.text))
        if self.window_.execute(UpdateCommand(self.window_, "problem_nodes", changes, text)):
            self.sync()
            self.select_node(item.id)

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def delete(self) -> None:
        item = self.current_item()
        if item is None or item.id is None:
            return
        question = self.tr(
            "¿Eliminar «{text}» y lo que cuelga de él? Puede deshacerlo con Ctrl+Z."
        ).format(text=_short(item.text))
        if not self.window_.confirm(question):
            return
        command = DeleteCommand(
            self.window_,
            "problem_nodes",
            item.id,
            self.tr("Eliminar «{text}»").format(text=_short(item.text)),
        )
        if self.window_.execute(command):
            self.sync()


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
