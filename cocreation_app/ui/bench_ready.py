"""Start-up measurement hook (bench/startup.py): with ``COCREA_BENCH_READY`` set, the window
prints ``COCREA_READY`` once it is usable — shown, with the first page of participants loaded —
and the top-level packages loaded by then (``COCREA_MODULES …``) and the translation catalogs
installed (``COCREA_CATALOGS …``: packaging/smoke.py checks that the frozen app finds Qt's own),
then ``COCREA_STARTED`` once every feature is installed (a staged start), and quits. Without the
variable nothing here runs."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

ENV = "COCREA_BENCH_READY"
GIVE_UP_S = 60.0


def wanted() -> bool:
    return bool(os.environ.get(ENV))


def report_when_ready(app: QApplication, window: WindowShell) -> None:
    deadline = time.monotonic() + GIVE_UP_S

    def check() -> None:
        from cocreation_app.i18n.qt import installed_catalogs
        from cocreation_app.ui.participants.view import ParticipantsView

        view = window.findChild(QWidget, "participantsView")
        if isinstance(view, ParticipantsView):
            if window.views.currentWidget() is not view:
                window.show_view(view)  # showing it loads its first page
            if view.table.model.rowCount() > 0:
                print("COCREA_READY", flush=True)
                packages = sorted({name.partition(".")[0] for name in sys.modules})
                print("COCREA_MODULES", *packages, flush=True)
                catalogs = [os.path.basename(path) for path in installed_catalogs()]
                print("COCREA_CATALOGS", *catalogs, flush=True)
                return
        if time.monotonic() > deadline:
            print("COCREA_NOT_READY", file=sys.stderr, flush=True)
            app.exit(1)
            return
        QTimer.singleShot(5, check)

    def started() -> None:
        print("COCREA_STARTED", flush=True)
        app.quit()

    window.started.connect(started)
    QTimer.singleShot(0, check)
