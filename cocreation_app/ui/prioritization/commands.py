"""Undoable prioritization edits: a recorded tally or scores, and selecting problems.

Undoing a tally withdraws the records it appended (the counts they corrected become current
again); redo restores them. Both are saved edits, like every command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cocreation_app.services import prioritization as prio
from cocreation_app.ui.commands import ServiceCommand

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class RecordCommand(ServiceCommand):
    def __init__(
        self, window: WindowShell, text: str, kind: str, record: Callable[[], list[str]]
    ) -> None:
        super().__init__(window, text)
        self.kind = kind
        self.record = record
        self.ids: list[str] | None = None

    def apply(self) -> bool:
        if self.ids is None:
            self.ids = self.record()
            return bool(self.ids)
        prio.withdraw(self.window.db, self.kind, self.ids, restore=True)
        return True

    def revert(self) -> None:
        assert self.ids is not None
        prio.withdraw(self.window.db, self.kind, self.ids)


class SelectCommand(ServiceCommand):
    """Mark problems selected for solution design (or not); undo puts the old statuses back."""

    def __init__(
        self, window: WindowShell, text: str, problem_ids: Sequence[str], selected: bool
    ) -> None:
        super().__init__(window, text)
        self.problem_ids = list(problem_ids)
        self.selected = selected
        self.before: dict[str, str | None] = {}

    def apply(self) -> bool:
        if not self.before:
            self.before = {
                pid: self.entities.get("problems", pid)["status"] for pid in self.problem_ids
            }
        return bool(
            prio.select_for_solution_design(self.window.db, self.problem_ids, self.selected)
        )

    def revert(self) -> None:
        self.entities.update_many(
            "problems", {pid: {"status": status} for pid, status in self.before.items()}
        )
