"""Exports report how far they got through a plain callback and stop, writing nothing, when
asked (reports/ never imports Qt; the window's progress dialog is built on this)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocreation_app.reports import export_attendance, export_plan
from cocreation_app.reports.progress import ExportCancelled, Progress
from cocreation_app.services import lists
from cocreation_app.storage import Database


def test_plan_progress_rises_to_one(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> None:
    seen: list[float] = []
    export_plan(demo_db, demo_plan_id, tmp_path / "p.pdf", progress=Progress(report=seen.append))
    assert seen == sorted(seen) and seen[0] == 0.0 and seen[-1] == 1.0
    assert len(seen) > 20  # the layout reports flowable by flowable, not just start and end


@pytest.mark.parametrize("stop_at", [0.0, 0.3, 0.9])
def test_cancelled_plan_writes_nothing(
    demo_db: Database, demo_plan_id: str, tmp_path: Path, stop_at: float
) -> None:
    seen: list[float] = []
    progress = Progress(report=seen.append, cancelled=lambda: bool(seen) and seen[-1] >= stop_at)
    target = tmp_path / "out" / "p.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        export_plan(demo_db, demo_plan_id, target, progress=progress)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["p.pdf"]
    assert seen[-1] < 1.0


def test_attendance_progress_and_cancel(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    workshop_id = lists.workshops(demo_db, demo_plan_id)[0].id
    seen: list[float] = []
    export_attendance(demo_db, workshop_id, tmp_path / "a.pdf", progress=Progress(seen.append))
    assert seen == sorted(seen) and seen[-1] == 1.0 and any(0.5 < f < 0.95 for f in seen)
    with pytest.raises(ExportCancelled):
        export_attendance(
            demo_db,
            workshop_id,
            tmp_path / "b.pdf",
            progress=Progress(seen.append, cancelled=lambda: seen[-1] > 0.6),
        )
    assert not (tmp_path / "b.pdf").exists()
