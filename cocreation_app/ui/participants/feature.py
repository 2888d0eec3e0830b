"""Participants view: registration form and the searchable list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.ui.participants.view import ParticipantsView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def install(window: WindowShell) -> None:
    view = ParticipantsView(window)
    window.add_view(view, QCoreApplication.translate("Views", "Participantes"))
