"""The second half of the application's staged start (docs/performance.md, start-up).

The window first shows with :data:`~cocreation_app.ui.features.FIRST_FEATURES` only, drawn
without SQLAlchemy. Then, once it has painted itself, this imports the data layer and installs
the other features, one step per turn of the event loop, so that the shown window keeps
answering between steps. A step that fails is reported (crash file, status bar) and the others
still run; the window always ends started. Opening a menu before the end runs what is left at
once, so a menu is never seen half-filled.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from cocreation_app.ui.features import LATER_IMPORTS, install_features

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

log = logging.getLogger(__name__)

# A window that is never painted (started minimized, on another desktop) still loads the rest.
UNPAINTED_START_MS = 500
_INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class StagedStart(QObject):
    """Owned by the window: deleting the window cancels the steps not run yet."""

    def __init__(self, window: WindowShell, features: list[str]) -> None:
        super().__init__(window)
        self.window = window
        self.steps: list[tuple[str, Callable[[], object]]] = [
            *((name, partial(importlib.import_module, name)) for name in LATER_IMPORTS),
            *((path, partial(self._install, path)) for path in features),
        ]
        self.user_acted = False
        self._begun = False
        # The window's own events only, until it paints: a filter on the whole application
        # would see every event of the first frame's widgets (30 ms of Python calls).
        window.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_START_MS, self, self._begin)
        # A menu opened before the end shows every entry: the rest is loaded there and then.
        self._menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        for menu in self._menus:
            menu.aboutToShow.connect(self.finish_now)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window and not self._begun:
            QTimer.singleShot(0, self, self._begin)  # after this paint reaches the screen
        elif event.type() in _INPUT:
            self.user_acted = True
        return False

    def _install(self, path: str) -> None:
        self.window.failed_features += install_features(self.window, [path])

    def _begin(self) -> None:
        if self._begun:
            return
        self._begun = True
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # from now to the end: has the user begun working?
        self._next()

    def finish_now(self) -> None:
        """Run every step left at once: the user opened a menu, which must be whole."""
        while self.steps:
            self._run_one()
        self._finish()

    def _next(self) -> None:
        if not self.steps:
            return  # finished by finish_now meanwhile
        self._run_one()
        if self.steps:
            QTimer.singleShot(0, self, self._next)
        else:
            self._finish()

    def _run_one(self) -> None:
        name, step = self.steps.pop(0)
        try:
            step()
        except Exception:
            from cocreation_app.failures import write_crash_file

            log.exception("start-up step %s failed", name)
            write_crash_file()
            self.window.failed_features.append(name)

    def _finish(self) -> None:
        if self.window.is_started:
            return
        self._begun = True  # nothing left to begin
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for menu in self._menus:
            menu.aboutToShow.disconnect(self.finish_now)
        # The view used last time comes back, unless the user already began working.
        self.window.finish_start(restore_view=not self.user_acted)
