"""What the progress report of a period prints, read once into plain objects: the follow-up as
it stood the day before the period (the last report) and at its end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cocreation_app.errors import UserError
from cocreation_app.i18n import format_date, translate
from cocreation_app.services.entities import EntityService
from cocreation_app.services.followup import (
    CommitmentProgress,
    FollowupService,
    Meeting,
    MilestoneProgress,
    PlanProgress,
    UpdateView,
)
from cocreation_app.storage import Database


@dataclass(frozen=True)
class MilestoneChange:
    now: MilestoneProgress
    before: MilestoneProgress | None
    updates: tuple[UpdateView, ...]  # those dated within the period

    @property
    def changed(self) -> bool:
        before = self.before
        return before is None or (before.status, before.progress) != (
            self.now.status,
            self.now.progress,
        )


@dataclass(frozen=True)
class CommitmentReport:
    now: CommitmentProgress
    before: CommitmentProgress | None
    milestones: tuple[MilestoneChange, ...]


@dataclass(frozen=True)
class ProgressReport:
    plan_id: str
    title: str
    municipality: str
    state: str
    guarantor_body: str | None
    since: dt.date
    until: dt.date
    progress: PlanProgress
    previous: PlanProgress
    commitments: tuple[CommitmentReport, ...]
    meetings: tuple[Meeting, ...]  # follow-up meetings held within the period


def semester_start(day: dt.date) -> dt.date:
    """The first day of the half-year ``day`` falls in (the STL reports twice a year)."""
    return dt.date(day.year, 1 if day.month <= 6 else 7, 1)


def load_progress_report(
    db: Database, plan_id: str, *, since: dt.date | None = None, until: dt.date | None = None
) -> ProgressReport:
    until = until or dt.date.today()
    since = since or semester_start(until)
    if since > until:
        raise UserError(
            translate(
                "reports", "El periodo empieza ({since}) después de terminar ({until})."
            ).format(since=format_date(since), until=format_date(until))
        )
    plan = EntityService(db).get("plans", plan_id)
    service = FollowupService(db)
    now = service.plan_progress(plan_id, as_of=until)
    before = service.plan_progress(plan_id, as_of=since - dt.timedelta(days=1))
    earlier = {c.id: c for c in before.commitments}
    reports = []
    for commitment in now.commitments:
        previous = earlier.get(commitment.id)
        old = {m.id: m for m in previous.milestones} if previous else {}
        reports.append(
            CommitmentReport(
                commitment,
                previous,
                tuple(
                    MilestoneChange(
                        m, old.get(m.id), tuple(u for u in m.updates if since <= u.date <= until)
                    )
                    for m in commitment.milestones
                ),
            )
        )
    return ProgressReport(
        plan_id=plan_id,
        title=plan["title"] or "",
        municipality=plan["municipality"] or "",
        state=plan["state"] or "",
        guarantor_body=plan["guarantor_body"],
        since=since,
        until=until,
        progress=now,
        previous=before,
        commitments=tuple(reports),
        meetings=tuple(m for m in now.meetings if m.date is not None and m.date >= since),
    )
