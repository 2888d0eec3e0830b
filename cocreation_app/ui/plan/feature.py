"""Plan settings view: plan data, privacy notice, workshops, STL members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.ui.plan.view import PlanView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def install(window: WindowShell) -> None:
    window.add_view(PlanView(window), QCoreApplication.translate("Views", "Plan"))
