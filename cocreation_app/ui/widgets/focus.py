"""Where the keyboard goes when a view comes up: its first field, as Tab would reach it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QScrollArea, QWidget


def focus_first_field(view: QWidget) -> None:
    """Give the keyboard to the first widget of ``view`` that Tab reaches, unless it has it."""
    focused = QApplication.focusWidget()
    if focused is not None and view.isAncestorOf(focused):
        # The tab's page took it (Qt moves it along) without selecting: as Tab would, so that
        # typing replaces the text («Mesa 1») instead of adding to it.
        line = focused.lineEdit() if isinstance(focused, QComboBox) else focused
        if isinstance(line, QLineEdit):
            line.selectAll()
        return
    widget = view.nextInFocusChain()
    while widget is not None and widget is not view:  # the chain is the window's, a circle
        if (
            view.isAncestorOf(widget)
            and not isinstance(widget, QScrollArea)  # a frame around fields, not a field
            and widget.isVisibleTo(view)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
