"""Solutions view: proposed solutions linked to a problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.ui.solutions.view import SolutionsView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def install(window: WindowShell) -> None:
    window.add_view(SolutionsView(window), QCoreApplication.translate("Views", "Soluciones"))
