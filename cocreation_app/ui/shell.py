"""What a feature may use of the main window: the window's contract.

Features, views, dialogs and commands receive the window as a :class:`WindowShell` — a real
``QMainWindow``, so it can parent their widgets — and use only what is declared here (see
:mod:`cocreation_app.ui.features` for how): its signals and methods, the undoable
:class:`Edit` it runs, and review mode as a :class:`ReviewGuard`.
:class:`~cocreation_app.ui.main_window.MainWindow` is the one implementation; only the programs
that build a window import it, so the window imports its features and none of them imports the
window back. This module imports nothing of ``ui/``: it sits below everything that uses it.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QLabel

    from cocreation_app.storage import Database

T = TypeVar("T")


class Edit(QUndoCommand):
    """An edit the window runs once and keeps on its undo stack (``WindowShell.execute``);
    :class:`cocreation_app.ui.commands.ServiceCommand` is the base of every one."""

    # Whether the edit may run in review mode (ui/review/mode.py): only the review's own do.
    allowed_in_review: ClassVar[bool] = False

    @abstractmethod
    def apply(self) -> bool:
        """Do the edit; return False when there was nothing to do (the command is dropped)."""

    @abstractmethod
    def revert(self) -> None: ...


class ReviewGuard(Protocol):
    """Review mode as features see it (:class:`cocreation_app.ui.review.mode.ReviewMode`)."""

    @property
    def active(self) -> bool: ...

    @property
    def changed(self) -> SignalInstance: ...

    def set_active(self, on: bool) -> None: ...

    def allows(self, *commands: QUndoCommand) -> bool:
        """Whether these edits may run now; with no command, an edit made without one."""

    def guard(self, target: QAction | QWidget) -> None:
        """Grey out, while the mode is on, an action or a widget that changes data."""

    def notice(self, text: str, parent: QWidget) -> QLabel:
        """A line telling what a view does not do in review mode, shown only then."""


class WindowShell(QMainWindow):
    """The main window as features see it. The methods are abstract for mypy (Qt's metaclass
    does not mix with ``ABCMeta``, so nothing enforces it at run time)."""

    planChanged = Signal(str)
    workshopChanged = Signal(str)
    dataChanged = Signal()
    databaseChanged = Signal()
    started = Signal()  # every feature is installed

    db: Database  # the open database; services open a session on it per user action
    undo_stack: QUndoStack
    review_mode: ReviewGuard
    views: QTabWidget  # one tab per view
    last_error: BaseException | None  # the user error shown last (a form asks its fields)
    failed_features: list[str]  # dotted paths of the features that failed to install
    is_started: bool  # every feature is installed

    @abstractmethod
    def current_plan_id(self) -> str | None: ...

    @abstractmethod
    def current_workshop_id(self) -> str | None: ...

    @abstractmethod
    def select(self, plan_id: str | None = None, workshop_id: str | None = None) -> None:
        """Move the navigator to this plan (and workshop), refreshing both lists."""

    @abstractmethod
    def menu(self, name: str) -> QMenu:
        """'file', 'edit', 'view', 'tools', 'help', or 'export' (a submenu of File)."""

    @abstractmethod
    def add_view(self, widget: QWidget, title: str) -> int:
        """Add a view as a tab; returns its index."""

    @abstractmethod
    def show_view(self, widget: QWidget) -> None: ...

    @abstractmethod
    def execute(self, command: Edit) -> bool:
        """Run an edit once and put it on the undo stack; a user error becomes a dialog."""

    @abstractmethod
    def execute_all(self, text: str, commands: Sequence[Edit]) -> bool:
        """Run several edits as one undo step; if one fails, those done are reverted."""

    @abstractmethod
    def run(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call ``action``; a user error it raises becomes a dialog and None is returned."""

    @abstractmethod
    def show_error(self, message: str) -> None: ...

    @abstractmethod
    def confirm(self, question: str) -> bool: ...

    @abstractmethod
    def status(self, message: str) -> None: ...

    @abstractmethod
    def set_database(self, db: Database) -> None:
        """Switch to another database file; the undo history belongs to the old one."""

    @abstractmethod
    def new_window(self) -> WindowShell:
        """A new window, every feature installed, on the same database (not shown yet)."""

    @abstractmethod
    def finish_start(self, *, restore_view: bool = True) -> None:
        """Every feature is in (a staged start's last step)."""


def has_unsaved(widget: QWidget) -> bool:
    """A form with typing not saved yet (``unsaved()``) that can save it (``save()``)."""
    check = getattr(widget, "unsaved", None)
    return callable(check) and bool(check()) and callable(getattr(widget, "save", None))
