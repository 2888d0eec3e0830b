"""The activity timer shown on the plenary view: a countdown with start, pause and reset.

The remaining time is computed from a monotonic clock, not by counting ticks, so a busy event
loop never makes the countdown run slow; the tick only repaints.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from cocreation_app.ui import settings

DEFAULT_SECONDS: int = settings.PLENARY_DURATION.default


class ActivityTimer(QObject):
    changed = Signal()
    finished = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        seconds: int = DEFAULT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = seconds
        self._left_at_start = float(seconds)
        self._started_at: float | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.tick)

    @property
    def duration(self) -> int:
        return self._duration

    def is_running(self) -> bool:
        return self._started_at is not None

    def remaining(self) -> float:
        if self._started_at is None:
            return self._left_at_start
        return max(0.0, self._left_at_start - (self._clock() - self._started_at))

    def start(self) -> None:
        if self._started_at is not None or self.remaining() <= 0:
            return
        self._started_at = self._clock()
        self._ticker.start()
        self.changed.emit()

    def pause(self) -> None:
        if self._started_at is None:
            return
        self._left_at_start = self.remaining()
        self._started_at = None
        self._ticker.stop()
        self.changed.emit()

    def toggle(self) -> None:
        if self.is_running():
            self.pause()
        else:
            self.start()

    def reset(self, seconds: int | None = None) -> None:
        """Stop and set the countdown back to its duration (or to a new one)."""
        if seconds is not None:
            self._duration = max(1, seconds)
        self._started_at = None
        self._ticker.stop()
        self._left_at_start = float(self._duration)
        self.changed.emit()

    def tick(self) -> None:
        if self._started_at is not None and self.remaining() <= 0:
            self._left_at_start = 0.0
            self._started_at = None
            self._ticker.stop()
            self.changed.emit()
            self.finished.emit()
            return
        self.changed.emit()

    def text(self) -> str:
        """``mm:ss``, rounding up so that 0:00 shows only when the time is really over."""
        left = int(-(-self.remaining() // 1))
        return f"{left // 60:02d}:{left % 60:02d}"
