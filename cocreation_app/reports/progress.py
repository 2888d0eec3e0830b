"""How far a long export has got, and the user's wish to stop it, without Qt.

The window runs an export on a worker thread and shows a progress dialog; the CLI runs it
plainly. Both pass a :class:`Progress`: ``report`` receives the fraction done (0 to 1) and
``cancelled`` is asked at every step. A cancelled export raises :class:`ExportCancelled`
before anything is written (the file is written in one atomic step at the very end).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


class ExportCancelled(Exception):
    """The user stopped the export; no file was written."""


def _nothing(_fraction: float) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class Progress:
    report: Callable[[float], None] = field(default=_nothing)
    cancelled: Callable[[], bool] = field(default=_never)

    def check(self) -> None:
        if self.cancelled():
            raise ExportCancelled

    def at(self, fraction: float) -> None:
        """Stop here if asked; otherwise report ``fraction`` done."""
        self.check()
        self.report(min(max(fraction, 0.0), 1.0))

    def layout(self, start: float, end: float) -> Callable[[str, int], None]:
        """A ReportLab progress callback (``setProgressCallBack``) that maps its count of
        flowables laid out onto the span ``start``..``end`` of the whole export. ReportLab's
        count steps back when a flowable splits (its rest goes back in the queue): the bar
        does not."""
        size, best = [1], [0.0]

        def callback(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                size[0] = max(int(value), 1)
            elif kind == "PROGRESS":
                best[0] = max(best[0], min(value / size[0], 1.0))
                self.at(start + (end - start) * best[0])
            elif kind == "PAGE":
                self.check()

        return callback


NO_PROGRESS = Progress()
