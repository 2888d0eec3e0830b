"""Typing in the participant filter: milliseconds per keystroke on the real Qt model.

Each keystroke is what the window does when the search box changes: ``set_filter`` on the
participants table model, which queries the first page in SQL and resets the model.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.timing import Unavailable, median
from cocreation_app.storage import open_database

# What a facilitator types at the door: names with and without accents, an organization, mail.
TYPED = ("María Hernández", "jose lopez", "Colectivo agua", "gomez.ruiz", "Sántiz Pérez")


def measure_filter(db_path: Path, plan_id: str, runs: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import QCoreApplication

        from cocreation_app.ui.participants.model import ParticipantTableModel
    except ImportError as exc:
        raise Unavailable(f"participants model not built yet ({exc})") from exc
    app = QCoreApplication.instance() or QCoreApplication([])
    db = open_database(db_path, create=False)
    try:
        model = ParticipantTableModel(db)
        model.set_scope(db, plan_id, None)
        assert model.rowCount() > 0, "the participants table is empty"
        per_key: list[float] = []
        for _ in range(runs):
            for phrase in TYPED:
                model.set_filter("")
                for end in range(1, len(phrase) + 1):
                    started = time.perf_counter()
                    model.set_filter(phrase[:end])
                    model.rowCount()
                    app.processEvents()
                    per_key.append(time.perf_counter() - started)
        worst = sorted(per_key)[int(0.95 * (len(per_key) - 1))]
    finally:
        db.close()
    return {
        "filter_ms": median(per_key) * 1000,
        "filter_p95_ms": worst * 1000,
        "filter_keystrokes": len(per_key),
    }
