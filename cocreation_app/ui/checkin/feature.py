"""Check-in view: attendance of the current workshop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.ui.checkin.view import CheckInView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def install(window: WindowShell) -> None:
    window.add_view(CheckInView(window), QCoreApplication.translate("Views", "Asistencia"))
