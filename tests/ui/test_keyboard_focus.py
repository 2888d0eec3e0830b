"""The keyboard lands where typing comes next: in the view's first field when the window
starts and after Ctrl+1…9, never in the plan drop-down (where a typed letter picks a plan)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _jump(window: Any, number: int) -> QWidget | None:
    """Press Ctrl+number through the View menu's action, as the shortcut does."""
    for action in window.menu("view").actions():
        if action.shortcut().toString() == f"Ctrl+{number}":
            action.trigger()
            _settle()
            return QApplication.focusWidget()
    raise AssertionError(f"no Ctrl+{number} in the View menu")


def test_the_window_starts_in_the_first_field(window: Any) -> None:
    window.show()
    window.activateWindow()
    _settle()

    focused = QApplication.focusWidget()

    assert focused is not None and focused.objectName() == "field_name"  # the person's name


def test_ctrl_number_puts_the_keyboard_in_the_view(window: Any) -> None:
    window.show()
    window.activateWindow()
    _settle()
    window.navigator.plans.setFocus()  # where a click on the toolbar leaves it

    checkin = _jump(window, 2)
    assert checkin is not None and checkin.objectName() == "participantSearch"
    origin = _jump(window, 4)
    assert isinstance(origin, QComboBox) and origin.objectName() == "originBox"
    line = origin.lineEdit()
    assert (
        line is not None and line.selectedText() == origin.currentText() != ""
    )  # typing replaces it
    person = _jump(window, 1)
    assert person is not None and person.objectName() == "field_name"
