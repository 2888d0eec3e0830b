"""Undoable edits. Each command calls the services, so every do, undo and redo is a saved edit
(with its change records): nothing depends on closing the application properly.

``window.execute(command)`` runs the command once (errors become a dialog and nothing is pushed)
and then pushes it on the undo stack without running it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cocreation_app.failures import report
from cocreation_app.services.registry import KINDS
from cocreation_app.ui.shell import Edit, WindowShell

# The services are imported when a command runs: this module is part of the first window, which
# is drawn before SQLAlchemy loads (docs/performance.md, start-up).
if TYPE_CHECKING:
    from cocreation_app.services.entities import EntityService
    from cocreation_app.services.participants import ParticipantService


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class ServiceCommand(Edit):
    """An edit with ``apply`` and ``revert``; both call services and may raise user errors."""

    def __init__(self, window: WindowShell, text: str) -> None:
        super().__init__(text)
        self.window = window
        self._pushed = False

    @property
    def entities(self) -> EntityService:
        from cocreation_app.services.entities import EntityService

        return EntityService(self.window.db)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the first run happened in window.execute
            return
        self._guarded(self.apply, _tr("Rehecho: {what}"))

    def undo(self) -> None:
        self._guarded(self.revert, _tr("Deshecho: {what}"))

    def _guarded(self, step: Any, message: str) -> None:
        try:
            step()
        except Exception as exc:
            problem = report(exc)
            if problem is None:
                raise
            self.window.show_error(problem)
            return
        self.window.status(message.format(what=self.text()))


class CreateCommand(ServiceCommand):
    """Create a record; undo deletes it, redo restores the same row (same id)."""

    def __init__(
        self, window: WindowShell, kind: str, values: Mapping[str, Any], text: str | None = None
    ) -> None:
        super().__init__(
            window, text or _tr("Agregar {kind}").format(kind=KINDS[kind].title().lower())
        )
        self.kind = kind
        self.values = dict(values)
        self.row_id: str | None = None

    def apply(self) -> bool:
        if self.row_id is None:
            self.row_id = self.entities.create(self.kind, self.values)
        else:
            self.entities.restore(self.kind, self.row_id)
        return True

    def revert(self) -> None:
        assert self.row_id is not None
        self.entities.delete(self.kind, self.row_id)


class UpdateCommand(ServiceCommand):
    """Change fields of one or several records of a kind, in one transaction.

    ``changes`` maps row id → {field: new value}. Undo writes back the values seen before.
    """

    def __init__(
        self,
        window: WindowShell,
        kind: str,
        changes: Mapping[str, Mapping[str, Any]],
        text: str | None = None,
    ) -> None:
        super().__init__(
            window, text or _tr("Editar {kind}").format(kind=KINDS[kind].title().lower())
        )
        self.kind = kind
        self.changes = {row_id: dict(values) for row_id, values in changes.items()}
        self.before: dict[str, dict[str, Any]] = {}

    def apply(self) -> bool:
        return self._write(self.changes, remember=not self.before)

    def revert(self) -> None:
        self._write(self.before, remember=False)

    def _write(self, changes: Mapping[str, Mapping[str, Any]], *, remember: bool) -> bool:
        service = self.entities
        if remember:
            for row_id, values in changes.items():
                old = service.get(self.kind, row_id)
                self.before[row_id] = {name: old[name] for name in values}
        return service.update_many(self.kind, changes)


class DeleteCommand(ServiceCommand):
    """Soft-delete a record (and what hangs from it); undo restores them."""

    def __init__(
        self, window: WindowShell, kind: str, row_id: str, text: str | None = None
    ) -> None:
        super().__init__(
            window, text or _tr("Eliminar {kind}").format(kind=KINDS[kind].title().lower())
        )
        self.kind = kind
        self.row_id = row_id

    def apply(self) -> bool:
        self.entities.delete(self.kind, self.row_id)
        return True

    def revert(self) -> None:
        self.entities.restore(self.kind, self.row_id)


class CheckInCommand(ServiceCommand):
    """Check a person in at a workshop; undo takes the check-in back."""

    def __init__(self, window: WindowShell, workshop_id: str, participant_id: str, name: str):
        super().__init__(window, _tr("Registrar asistencia de {name}").format(name=name))
        self.workshop_id = workshop_id
        self.participant_id = participant_id

    @property
    def people(self) -> ParticipantService:
        from cocreation_app.services.participants import ParticipantService

        return ParticipantService(self.window.db)

    def apply(self) -> bool:
        return self.people.check_in(self.workshop_id, self.participant_id)

    def revert(self) -> None:
        self.people.undo_check_in(self.workshop_id, self.participant_id)
