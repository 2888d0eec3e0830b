"""Base of every view tab: refreshes when the plan, workshop, data or database change.

Refreshes are coalesced into one, run from the event loop, and skipped while the view is hidden
(it refreshes when shown), so an edit costs one refresh of the visible view only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


class View(QWidget):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window_ = window
        self.dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        for signal in (window.planChanged, window.workshopChanged):
            signal.connect(self.schedule_refresh)
        window.dataChanged.connect(self.schedule_refresh)
        window.databaseChanged.connect(self.schedule_refresh)

    def schedule_refresh(self, *_args: object) -> None:
        self.dirty = True
        if self.isVisible():
            self._timer.start()

    def refresh_now(self) -> None:
        self._timer.stop()
        self.dirty = False
        self.refresh()

    def refresh(self) -> None:
        """Reload what the view shows from the services."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            self.refresh_now()
