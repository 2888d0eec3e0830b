"""Problems view: public problems and their causes/effects trees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.ui.problems.view import ProblemsView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def install(window: WindowShell) -> None:
    window.add_view(ProblemsView(window), QCoreApplication.translate("Views", "Problemas"))
