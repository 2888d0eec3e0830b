"""Object names for widgets that tests and style sheets find by name."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name. Qt's constructors take ``objectName=`` too, but
    PySide6's type stubs do not know that keyword, so mypy could not check those calls."""
    widget.setObjectName(name)
    return widget
