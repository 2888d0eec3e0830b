"""Review mode: the whole window becomes read-only except the review itself.

An official who reviews a received plan must not change it by accident. While the mode is on,
``WindowShell.execute``/``execute_all`` run only commands that declare ``allowed_in_review``
(observations, replies, addressed marks); undo and redo follow the same rule. Edits made without
a command ask :meth:`ReviewMode.allows` first, and their menu entries, buttons and shortcuts
are greyed out (:meth:`ReviewMode.guard`: a view guards a widget holding its edit controls and
keeps its own condition on each control, Qt greys a child of a disabled parent). What cannot be
greyed (read-only forms, a grid's editors) follows :attr:`ReviewMode.changed`; a view says why
with :meth:`ReviewMode.notice`. Changing the plan's review status stays possible: it is the
reviewer's verdict and travels in the review file.

The mode is remembered per database file. This module is part of the first window (drawn before
the data layer loads): it imports Qt and the settings only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from cocreation_app.ui import settings
from cocreation_app.ui.shell import has_unsaved

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewMode", text)


def allowed_in_review(command: QUndoCommand) -> bool:
    """A command declares it (``allowed_in_review = True``); a macro, when all its parts do."""
    count = command.childCount()
    if count:
        return all(allowed_in_review(command.child(i)) for i in range(count))
    return bool(getattr(command, "allowed_in_review", False))


class ReviewMode(QObject):
    changed = Signal()  # on or off (no argument: see tests/ui/test_pyside_refcounts.py)

    def __init__(self, window: WindowShell, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window_ = window
        self.action = QAction(_tr("&Modo revisión (solo observaciones)"), window)
        self.action.setObjectName("actionReviewMode")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.setStatusTip(
            _tr("Impide editar el plan; solo se agregan y responden observaciones.")
        )
        window.menu("edit").addAction(self.action)
        self.label = QLabel(_tr("Modo revisión: solo se agregan observaciones"), window)
        self.label.setObjectName("reviewModeLabel")
        self.label.setStyleSheet(
            "QLabel { font-weight: bold; color: #5c4400; background: #fff1c2;"
            " border: 1px solid #d9b44a; border-radius: 3px; padding: 1px 8px; }"
        )
        window.statusBar().addPermanentWidget(self.label)
        self._guarded: list[QAction | QWidget] = []
        self._notices: list[QLabel] = []
        self._active = False
        self._load()
        self.action.triggered.connect(self._switch)
        window.databaseChanged.connect(self._load)
        # The undo stack's own actions would undo any edit; these ask first.
        for action, step in ((undo, self._undo), (redo, self._redo)):
            action.triggered.disconnect()
            action.triggered.connect(step)

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, on: bool) -> None:
        if on != self._active:
            self.action.setChecked(on)
            self._switch(on)

    def allows(self, *commands: QUndoCommand) -> bool:
        """Whether these edits may run now; with no command, an edit made without one.

        When they may not, the user is told why and how to leave the mode."""
        if not self.active or (commands and all(map(allowed_in_review, commands))):
            return True
        self.window_.show_error(self.refusal())
        return False

    def refusal(self) -> str:
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return _tr(
            "La ventana está en modo revisión: solo se pueden agregar observaciones, "
            "responderlas, marcarlas como atendidas y cambiar el estado de revisión. Para "
            "editar, desactive «Modo revisión» en el menú Edición ({keys})."
        ).format(keys=keys)

    def guard(self, target: QAction | QWidget) -> None:
        """Grey out, while the mode is on, a menu entry or shortcut that changes data, or a
        widget: a button, or a container of edit controls whose own conditions stay theirs."""
        self._guarded.append(target)
        target.setEnabled(not self.active)

    def notice(self, text: str, parent: QWidget) -> QLabel:
        """A bold line telling what a view does not do in review mode, shown only then."""
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setStyleSheet("QLabel { font-weight: bold; }")
        label.setVisible(self.active)
        self._notices.append(label)
        return label

    # -- internals ----------------------------------------------------------------------------

    def _file(self) -> str:
        db = self.window_.db
        return db.describe() if db.on_server else str(Path(db.path).resolve())

    def _load(self) -> None:
        """The mode of the database file now open."""
        self.action.setChecked(self._file() in settings.get(settings.REVIEW_MODE_FILES))
        self._show()

    def _switch(self, on: bool) -> None:
        """Turned on or off by the user (the action is already checked or not)."""
        if on:
            self._save_typing()
        files = [f for f in settings.get(settings.REVIEW_MODE_FILES) if f != self._file()]
        settings.put(settings.REVIEW_MODE_FILES, (*files, self._file()) if on else tuple(files))
        self._show()
        self.window_.status(
            _tr("Modo revisión activado: solo se agregan observaciones.")
            if on
            else _tr("Modo revisión desactivado: puede editar el plan.")
        )

    def _save_typing(self) -> None:
        """Typing not saved yet is saved before the forms turn read-only, as when another
        record is picked: it would be stuck there, neither saved nor refused."""
        for widget in self.window_.findChildren(QWidget):
            if has_unsaved(widget):
                widget.save()  # type: ignore[attr-defined]

    def _show(self) -> None:
        on = self._active = self.action.isChecked()
        self.label.setVisible(on)
        for target in self._guarded:
            if isValid(target):  # a view's widget may go before the window
                target.setEnabled(not on)
        for label in self._notices:
            if isValid(label):
                label.setVisible(on)
        self.changed.emit()

    def _undo(self) -> None:
        stack = self.window_.undo_stack
        if stack.canUndo() and self.allows(stack.command(stack.index() - 1)):
            stack.undo()

    def _redo(self) -> None:
        stack = self.window_.undo_stack
        if stack.canRedo() and self.allows(stack.command(stack.index())):
            stack.redo()
