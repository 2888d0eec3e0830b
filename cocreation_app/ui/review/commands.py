"""Undoable review edits: an observation or reply added (undo deletes it, redo restores it), an
observation marked addressed or pending. They are the edits allowed in review mode."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.services.review import ReviewService
from cocreation_app.ui.commands import ServiceCommand, UpdateCommand

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class AddObservationCommand(ServiceCommand):
    allowed_in_review = True

    def __init__(
        self, window: WindowShell, create: Callable[[ReviewService], str], reply: bool = False
    ) -> None:
        text = (
            QCoreApplication.translate("Review", "Responder observación")
            if reply
            else QCoreApplication.translate("Review", "Agregar observación")
        )
        super().__init__(window, text)
        self.create = create
        self.row_id: str | None = None

    def apply(self) -> bool:
        if self.row_id is None:
            self.row_id = self.create(ReviewService(self.window.db))
        else:
            self.entities.restore("comments", self.row_id)
        return True

    def revert(self) -> None:
        assert self.row_id is not None
        self.entities.delete("comments", self.row_id)


class MarkAddressedCommand(UpdateCommand):
    """Mark an observation addressed (or pending again)."""

    allowed_in_review = True

    def __init__(self, window: WindowShell, observation_id: str, addressed: bool) -> None:
        text = (
            QCoreApplication.translate("Review", "Marcar como atendida")
            if addressed
            else QCoreApplication.translate("Review", "Marcar como pendiente")
        )
        super().__init__(window, "comments", {observation_id: {"addressed": addressed}}, text)


class ConfirmVerdictCommand(UpdateCommand):
    """Settle the verdict proposed for an imported PDF comment: confirm it, or keep the
    observation as a plain comment."""

    allowed_in_review = True

    def __init__(self, window: WindowShell, observation_id: str, verdict: str) -> None:
        text = (
            QCoreApplication.translate("Review", "Descartar dictamen propuesto")
            if verdict == "comment"
            else QCoreApplication.translate("Review", "Confirmar dictamen")
        )
        super().__init__(window, "comments", {observation_id: {"verdict": verdict}}, text)
