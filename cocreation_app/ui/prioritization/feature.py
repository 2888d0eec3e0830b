"""Installs the Priorización tab and the plenary view (F5) with its activity timer (F6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.ui.plenary.controller import PlenaryController
from cocreation_app.ui.prioritization.view import PrioritizationView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def install(window: WindowShell) -> None:
    view = PrioritizationView(window)
    window.add_view(view, QCoreApplication.translate("PrioritizationView", "Priorización"))
    view.plenary = PlenaryController(window, view.plenary_data, view.rankingChanged)
    view.plenary_button.clicked.connect(view.plenary.toggle)
