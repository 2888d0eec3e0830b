"""A long export on a worker thread, behind a progress dialog that can cancel it.

The job is a plain function of a :class:`~cocreation_app.reports.progress.Progress` (no Qt in
reports/): it opens its own session through the services, reports the fraction done, and stops
with :class:`~cocreation_app.reports.progress.ExportCancelled` once Cancel is pressed. The
window waits in a local event loop, so it keeps painting while the export runs, and the
window-modal dialog keeps the user from editing the data being exported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from cocreation_app.reports.progress import ExportCancelled, Progress

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

STEPS = 1000  # the dialog's range: thousandths of the job
SHOW_AFTER_MS = 400  # a quick export never flashes a dialog


@dataclass
class Outcome:
    """How a background job ended: ``result`` when done, ``error`` when it raised."""

    done: bool = False
    cancelled: bool = False
    result: Any = None
    error: BaseException | None = None


class _Worker(QObject):
    progressed = Signal(int)
    ended = Signal()

    def __init__(self, job: Callable[[Progress], Any], outcome: Outcome) -> None:
        super().__init__()
        self.job = job
        self.outcome = outcome
        self.stop = threading.Event()

    def report(self, fraction: float) -> None:
        self.progressed.emit(round(fraction * STEPS))

    def run(self) -> None:
        progress = Progress(report=self.report, cancelled=self.stop.is_set)
        try:
            self.outcome.result = self.job(progress)
            self.outcome.done = True
        except ExportCancelled:
            self.outcome.cancelled = True
        except Exception as exc:  # handed to the window's thread, which decides what it is
            self.outcome.error = exc
        self.ended.emit()


class BackgroundJob(QObject):
    """Run ``job`` on a thread with a progress dialog titled ``label``; :meth:`run` waits."""

    def __init__(self, window: WindowShell, label: str, job: Callable[[Progress], Any]) -> None:
        super().__init__(window)
        self.window_ = window
        self.outcome = Outcome()
        self.dialog = QProgressDialog(label, self.tr("Cancelar"), 0, STEPS, window)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(self.tr("Exportando"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker = _Worker(job, self.outcome)
        self.thread_ = QThread(self)
        self.worker.moveToThread(self.thread_)
        self.thread_.started.connect(self.worker.run)
        # Queued: the dialog is touched only on the window's thread.
        self.worker.progressed.connect(self.on_progress, Qt.ConnectionType.QueuedConnection)
        self.worker.ended.connect(self.thread_.quit)
        self.dialog.canceled.connect(self.cancel)

    @Slot(int)
    def on_progress(self, steps: int) -> None:
        if not self.worker.stop.is_set():
            self.dialog.setValue(min(steps, STEPS - 1))

    def cancel(self) -> None:
        """Ask the job to stop at its next step; the dialog says so until it has."""
        self.worker.stop.set()
        self.dialog.setLabelText(self.tr("Cancelando…"))

    def run(self) -> Outcome:
        loop = QEventLoop()
        self.thread_.finished.connect(loop.quit)
        self.dialog.setValue(0)
        self.thread_.start()
        loop.exec()
        self.thread_.wait()
        self.dialog.canceled.disconnect(self.cancel)  # closing a progress dialog "cancels" it
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
        return self.outcome
