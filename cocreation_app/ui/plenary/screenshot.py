"""Render the plenary view with the demo plan to a PNG, without a display.

``QT_QPA_PLATFORM=offscreen python -m cocreation_app.ui.plenary.screenshot OUT.png [W H]``
(default 1920×1080) builds the demo in a temporary database, ranks its first workshop and paints
the plenary view with the timer part-way through an activity.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cocreation_app.i18n.catalog import DEFAULT_LANGUAGE
from cocreation_app.i18n.qt import apply_language
from cocreation_app.services.demo import load_demo
from cocreation_app.services.entities import EntityService
from cocreation_app.services.ranking import Weights
from cocreation_app.storage import atomic_target, open_database
from cocreation_app.ui.plenary.timer import ActivityTimer
from cocreation_app.ui.plenary.window import PlenaryWindow
from cocreation_app.ui.prioritization.data import load_snapshot, plenary_data


def render(target: Path, width: int = 1920, height: int = 1080) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite3")
        try:
            plan_id = load_demo(db)
            workshop = EntityService(db).list_records("workshops", plan_id=plan_id)[0]
            snapshot = load_snapshot(db, workshop["id"], Weights())
        finally:
            db.close()
    now = [0.0]
    timer = ActivityTimer(seconds=10 * 60, clock=lambda: now[0])
    timer.start()
    now[0] = 135.0
    timer.pause()
    window = PlenaryWindow(timer)
    window.resize(width, height)
    window.show_data(plenary_data(snapshot))
    with atomic_target(target) as tmp:
        if not window.grab().save(str(tmp), "PNG"):
            raise OSError(f"could not write {target}")


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv[:1])
    apply_language(DEFAULT_LANGUAGE)  # as the application starts: Qt's texts and the locale
    size = [int(v) for v in argv[2:4]] or [1920, 1080]
    render(Path(argv[1]), *size)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
