"""Commitments view: the OGP template, milestones and completeness."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.ui.commitments.view import CommitmentsView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def install(window: WindowShell) -> None:
    window.add_view(CommitmentsView(window), QCoreApplication.translate("Views", "Compromisos"))
