"""What Ctrl+Z (and Ctrl+Shift+Z / Ctrl+Y) mean when a text field has the focus.

The rule, the same in every view: a field with typing of its own that it can still undo keeps
Ctrl+Z for that typing; a field with nothing of its own to undo (empty after a check-in, a form
just saved or cleared) passes Ctrl+Z to the window, which undoes the last saved edit, as the
hints say. Redo follows the same rule. Fields whose text was consumed by a save are reset with
:func:`forget_typing`, so their old typing never comes back through Ctrl+Z.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _line_edit(widget: QObject) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def can_undo_typing(widget: QObject, *, redo: bool = False) -> bool | None:
    """Whether ``widget`` has typing of its own to undo (redo); None if it is not a text field."""
    line = _line_edit(widget)
    if line is not None:
        if line.isReadOnly():
            return False
        return line.isRedoAvailable() if redo else line.isUndoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


def forget_typing(widget: QWidget) -> None:
    """Empty a field and its own undo history (its text was saved, or consumed by an action)."""
    line = _line_edit(widget)
    if line is not None:
        line.setText("")  # setText, unlike clear(), resets the field's undo history
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.clear()
        widget.document().clearUndoRedoStacks()


class UndoKeys(QObject):
    """Application-wide filter: in a field of ``window`` with nothing of its own to undo, the
    undo and redo keys are not taken by the field, so the window's Undo/Redo actions get them."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        key: QKeyEvent = event  # type: ignore[assignment]
        undo = key.matches(QKeySequence.StandardKey.Undo)
        redo = key.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo) or watched.window() is not self.window_:
            return False
        if can_undo_typing(watched, redo=redo) is False:
            event.ignore()  # not an override: the key becomes the window's shortcut
            return True
        return False
