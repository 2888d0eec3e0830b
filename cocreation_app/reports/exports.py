"""The two exports as user actions: check the target, read the data, render, write atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.reports.progress import NO_PROGRESS, Progress
from cocreation_app.storage import Database, check_output_path, write_bytes_atomic


def _tr(text: str) -> str:
    return translate("reports", text)


def export_plan(
    db: Database,
    plan_id: str,
    target: Path | str,
    *,
    paper: str = "letter",
    invariant: bool = False,
    draft_date: dt.date | None = None,
    include_observations: bool = False,
    progress: Progress = NO_PROGRESS,
) -> dict[str, Any]:
    """Export the action-plan draft; returns its item map (see docs/pdf-item-map.md).

    ``invariant`` makes the file byte-for-byte reproducible (fixed timestamps and ids, draft
    date taken from the plan's last change). ``include_observations`` adds an annex with the
    review's observations and replies (docs/review.md). ``progress`` hears how far it got and
    may cancel it (:class:`ExportCancelled`, nothing written)."""
    from cocreation_app.reports.plan_data import load_plan
    from cocreation_app.reports.plan_pdf import PlanRenderer
    from cocreation_app.reports.styles import paper_size

    target = Path(target)
    paper_size(paper)
    check_output_path(target)
    progress.at(0.0)
    data = load_plan(db, plan_id)
    progress.at(0.05)
    if draft_date is None:
        draft_date = dt.date.fromisoformat(data.updated_at[:10]) if invariant else dt.date.today()
    if include_observations:
        from cocreation_app.reports.observations_annex import (
            ReviewedPlanRenderer,
            load_observations,
        )

        renderer: PlanRenderer = ReviewedPlanRenderer(
            data,
            paper=paper,
            draft_date=draft_date,
            observations=load_observations(db, data),
        )
    else:
        renderer = PlanRenderer(data, paper=paper, draft_date=draft_date)
    pdf, mapping = renderer.render(invariant, progress)
    progress.at(0.97)
    write_bytes_atomic(target, pdf)
    progress.report(1.0)
    return mapping


def export_attendance(
    db: Database,
    workshop_id: str,
    target: Path | str,
    *,
    blank_rows: int = 15,
    prefill: bool = True,
    paper: str = "letter",
    invariant: bool = False,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Export the printable sign-in sheet; returns its number of rows (``progress`` as for
    :func:`export_plan`)."""
    from cocreation_app.reports.attendance_pdf import load_sheet, render_attendance
    from cocreation_app.reports.styles import paper_size

    target = Path(target)
    paper_size(paper)
    if blank_rows < 0 or blank_rows > 1000:
        raise UserError(_tr("El número de filas en blanco debe estar entre 0 y 1000."))
    check_output_path(target)
    progress.at(0.0)
    sheet = load_sheet(db, workshop_id, prefill=prefill)
    progress.at(0.1)
    pdf, rows = render_attendance(
        sheet, blank_rows=blank_rows, paper=paper, invariant=invariant, progress=progress
    )
    progress.at(0.97)
    write_bytes_atomic(target, pdf)
    progress.report(1.0)
    return rows


def export_progress(
    db: Database,
    plan_id: str,
    target: Path | str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    paper: str = "letter",
    invariant: bool = False,
) -> int:
    """Export the progress report of a period (issue 18); returns its number of pages."""
    from cocreation_app.reports.progress_data import load_progress_report
    from cocreation_app.reports.progress_pdf import ProgressRenderer
    from cocreation_app.reports.styles import paper_size

    target = Path(target)
    paper_size(paper)
    check_output_path(target)
    report = load_progress_report(db, plan_id, since=since, until=until)
    pdf, pages = ProgressRenderer(report, paper=paper).render(invariant)
    write_bytes_atomic(target, pdf)
    return pages
