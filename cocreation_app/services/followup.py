"""The follow-up of a plan: progress reported per milestone, assessments, follow-up meetings.

A milestone's state on a date is its latest progress update up to that date (by date; ties by
progress, then id, so every laptop picks the same one); not started before its first update; and
its own status and progress when none was ever reported. A commitment's progress is the weighted
mean of its milestones' (weights default to 1, as in Decidim's accountability; all weights 0 falls
back to the plain mean). A milestone is overdue when its end date has passed and it is neither
completed nor at 100 %.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cocreation_app.errors import NotFoundError, UserError
from cocreation_app.i18n import translate
from cocreation_app.models import (
    Assessment,
    Attendance,
    Commitment,
    EvidenceFile,
    Milestone,
    Plan,
    ProgressUpdate,
    SelfAssessment,
    Workshop,
)
from cocreation_app.services.entities import EntityService
from cocreation_app.services.evidence import (
    EvidenceInput,
    compact,
    drop_purged_blobs,
    load_blob,
    read_evidence,
    store_blob,
)
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database, write_bytes_atomic


def _tr(text: str) -> str:
    return translate("services", text)


@dataclass(frozen=True)
class EvidenceView:
    id: str
    filename: str
    media_type: str | None
    size: int | None
    sha256: str
    public: bool = False


@dataclass(frozen=True)
class PurgeResult:
    filename: str
    bytes_removed: bool  # False when another live file has the same bytes


@dataclass(frozen=True)
class UpdateView:
    id: str
    milestone_id: str
    date: dt.date
    status: str
    progress: int
    narrative: str | None
    author: str | None
    evidence: tuple[EvidenceView, ...] = ()


@dataclass(frozen=True)
class MilestoneProgress:
    id: str
    title: str
    responsible: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    weight: float
    status: str
    progress: int
    overdue: bool
    updates: tuple[UpdateView, ...]  # every update up to the date, oldest first

    @property
    def latest(self) -> UpdateView | None:
        return self.updates[-1] if self.updates else None


@dataclass(frozen=True)
class AssessmentView:
    id: str
    indicator: str
    value: str
    assessor: str | None
    assessed_on: dt.date | None
    reason: str | None


@dataclass(frozen=True)
class SelfAssessmentView:
    id: str
    ogp_value: str
    what_changed: str | None
    author: str | None
    date: dt.date | None


@dataclass(frozen=True)
class CommitmentProgress:
    id: str
    number: int | None
    title: str
    lead_institution: str | None
    ogp_values: tuple[str, ...]
    start_date: dt.date | None
    end_date: dt.date | None
    progress: float | None  # 0-100; None without milestones
    milestones: tuple[MilestoneProgress, ...]
    assessments: tuple[AssessmentView, ...]  # oldest first
    self_assessments: tuple[SelfAssessmentView, ...]

    @property
    def overdue(self) -> int:
        return sum(1 for m in self.milestones if m.overdue)

    def current_assessments(self) -> dict[str, AssessmentView]:
        """The latest assessment of each indicator."""
        current: dict[str, AssessmentView] = {}
        for item in self.assessments:
            current[item.indicator] = item
        return current


@dataclass(frozen=True)
class Meeting:
    id: str
    title: str
    date: dt.date | None
    venue: str | None
    minutes: str | None
    attendance: int


@dataclass(frozen=True)
class PlanProgress:
    plan_id: str
    title: str
    as_of: dt.date
    commitments: tuple[CommitmentProgress, ...]
    meetings: tuple[Meeting, ...] = field(default=())

    @property
    def progress(self) -> float | None:
        """The plan's progress: the mean of its commitments' (each counts the same)."""
        values = [c.progress for c in self.commitments if c.progress is not None]
        return sum(values) / len(values) if values else None


def weighted_progress(items: Iterable[tuple[float, int]]) -> float | None:
    """The weighted mean of ``(weight, progress)`` pairs; plain mean when every weight is 0."""
    pairs = list(items)
    if not pairs:
        return None
    total = sum(w for w, _p in pairs)
    if total <= 0:
        return sum(p for _w, p in pairs) / len(pairs)
    return sum(w * p for w, p in pairs) / total


def _latest_key(update: UpdateView) -> tuple[dt.date, int, str]:
    return (update.date, update.progress, update.id)


class FollowupService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.entities = EntityService(db)

    # -- writing --------------------------------------------------------------------------

    def report_progress(
        self,
        milestone_id: str,
        *,
        date: dt.date | str,
        status: str,
        progress: int | str,
        narrative: str | None = None,
        author: str | None = None,
        evidence: Sequence[EvidenceInput] = (),
    ) -> str:
        """One progress update and its evidence files, as one user action."""
        values = {
            "milestone_id": milestone_id,
            "date": date,
            "status": status,
            "progress": progress,
            "narrative": narrative,
            "author": author,
        }
        with self.entities.action() as (session, scope):
            update_id = self.entities.create_in(session, scope, KINDS["progress_updates"], values)
            self._attach(session, scope, update_id, evidence)
        return update_id

    def attach_evidence(self, update_id: str, evidence: Sequence[EvidenceInput]) -> list[str]:
        with self.entities.action() as (session, scope):
            return self._attach(session, scope, update_id, evidence)

    def _attach(
        self, session: Any, scope: Any, update_id: str, evidence: Sequence[EvidenceInput]
    ) -> list[str]:
        ids = []
        for item in evidence:
            digest = store_blob(session, item.data)
            ids.append(
                self.entities.create_in(
                    session,
                    scope,
                    KINDS["evidence_files"],
                    {
                        "update_id": update_id,
                        "filename": item.filename,
                        "media_type": item.media_type,
                        "size": len(item.data),
                        "sha256": digest,
                        "public": item.public,
                    },
                )
            )
        return ids

    def assess(
        self,
        commitment_id: str,
        indicator: str,
        value: str,
        *,
        assessor: str,
        assessed_on: dt.date | str,
        reason: str,
    ) -> str:
        return self.entities.create(
            "assessments",
            {
                "commitment_id": commitment_id,
                "indicator": indicator,
                "value": value,
                "assessor": assessor,
                "assessed_on": assessed_on,
                "reason": reason,
            },
        )

    def self_assess(
        self,
        commitment_id: str,
        ogp_value: str,
        what_changed: str,
        *,
        author: str | None = None,
        date: dt.date | str | None = None,
    ) -> str:
        return self.entities.create(
            "self_assessments",
            {
                "commitment_id": commitment_id,
                "ogp_value": ogp_value,
                "what_changed": what_changed,
                "author": author,
                "date": date,
            },
        )

    # -- evidence bytes -------------------------------------------------------------------

    def evidence_data(self, evidence_id: str) -> bytes:
        record = self.entities.get("evidence_files", evidence_id)
        with self.db.read() as session:
            data = load_blob(session, record["sha256"])
        if data is None:
            raise UserError(
                _tr("Esta base de datos no tiene el archivo «{name}».").format(
                    name=record["filename"]
                )
            )
        return data

    def save_evidence(self, evidence_id: str, target: Path) -> None:
        write_bytes_atomic(Path(target), self.evidence_data(evidence_id))

    def evidence_name(self, evidence_id: str) -> str:
        """The file name of an evidence file, live or deleted, that is not yet deleted for good."""
        with self.db.read() as session:
            return self._purgeable(session, evidence_id).filename or ""

    def _purgeable(self, session: Any, evidence_id: str) -> EvidenceFile:
        row = session.get(EvidenceFile, evidence_id)
        if row is None or row.sha256 is None:
            raise NotFoundError(
                _tr("No existe la evidencia «{id}» (o ya se eliminó definitivamente).").format(
                    id=evidence_id
                )
            )
        return row

    def purge_evidence(self, evidence_id: str) -> PurgeResult:
        """Delete an evidence file for good, as one action that travels (services/evidence.py):
        the row is deleted and loses its hash, and its bytes leave this database unless a live
        file has the same bytes. It cannot be undone."""
        with self.entities.action() as (session, scope):
            row = self._purgeable(session, evidence_id)
            # A tombstone of its own, even on a deleted row: restoring the update (or a parent)
            # it was deleted with must not try to bring it back (sync/orphans.py taken_along).
            row.deleted, row.sha256 = True, None
            scope.writer.record("evidence_files", row.id, "deleted", True)
            scope.writer.record("evidence_files", row.id, "sha256", None)
            row.updated_at = scope.writer.time_iso()
            removed = drop_purged_blobs(session) > 0
            result = PurgeResult(row.filename or "", removed)
        if removed:
            compact(self.db)
        return result

    # -- reading --------------------------------------------------------------------------

    def plan_progress(self, plan_id: str, *, as_of: dt.date | None = None) -> PlanProgress:
        """Every commitment's progress as it stood at the end of ``as_of`` (today by default)."""
        day = as_of or dt.date.today()
        with self.db.read() as session:
            plan = session.get(Plan, plan_id)
            if plan is None or plan.deleted:
                raise NotFoundError(_tr("No existe el plan «{id}».").format(id=plan_id))
            commitments = list(
                session.scalars(
                    select(Commitment)
                    .where(Commitment.plan_id == plan_id, Commitment.deleted.is_(False))
                    .order_by(Commitment.number, Commitment.created_clock, Commitment.id)
                )
            )
            commitment_ids = [c.id for c in commitments]
            milestones = list(
                session.scalars(
                    select(Milestone)
                    .where(
                        Milestone.commitment_id.in_(commitment_ids), Milestone.deleted.is_(False)
                    )
                    .order_by(
                        Milestone.position,
                        Milestone.start_date,
                        Milestone.created_clock,
                        Milestone.id,
                    )
                )
            )
            updates = self._updates(session, [m.id for m in milestones])
            assessments = list(
                session.scalars(
                    select(Assessment)
                    .where(
                        Assessment.commitment_id.in_(commitment_ids),
                        Assessment.deleted.is_(False),
                        Assessment.assessed_on <= day,
                    )
                    .order_by(Assessment.assessed_on, Assessment.id)
                )
            )
            selves = list(
                session.scalars(
                    select(SelfAssessment)
                    .where(
                        SelfAssessment.commitment_id.in_(commitment_ids),
                        SelfAssessment.deleted.is_(False),
                    )
                    .order_by(SelfAssessment.ogp_value, SelfAssessment.date, SelfAssessment.id)
                )
            )
            meetings = self._meetings(session, plan_id, day)
        by_commitment: dict[str, list[MilestoneProgress]] = defaultdict(list)
        for milestone in milestones:
            assert milestone.commitment_id is not None
            by_commitment[milestone.commitment_id].append(
                self._milestone(milestone, updates.get(milestone.id, []), day)
            )
        assessed: dict[str, list[AssessmentView]] = defaultdict(list)
        for a in assessments:
            assessed[a.commitment_id or ""].append(
                AssessmentView(
                    a.id, a.indicator or "", a.value or "", a.assessor, a.assessed_on, a.reason
                )
            )
        self_assessed: dict[str, list[SelfAssessmentView]] = defaultdict(list)
        for s in selves:
            self_assessed[s.commitment_id or ""].append(
                SelfAssessmentView(s.id, s.ogp_value or "", s.what_changed, s.author, s.date)
            )
        items = []
        for c in commitments:
            own = by_commitment.get(c.id, [])
            items.append(
                CommitmentProgress(
                    id=c.id,
                    number=c.number,
                    title=c.title or "",
                    lead_institution=c.lead_institution,
                    ogp_values=tuple(v for v in (c.ogp_values or "").split(",") if v),
                    start_date=c.start_date,
                    end_date=c.end_date,
                    progress=weighted_progress((m.weight, m.progress) for m in own),
                    milestones=tuple(own),
                    assessments=tuple(assessed.get(c.id, [])),
                    self_assessments=tuple(self_assessed.get(c.id, [])),
                )
            )
        return PlanProgress(plan.id, plan.title or "", day, tuple(items), tuple(meetings))

    def _updates(self, session: Any, milestone_ids: list[str]) -> dict[str, list[UpdateView]]:
        rows = list(
            session.scalars(
                select(ProgressUpdate).where(
                    ProgressUpdate.milestone_id.in_(milestone_ids),
                    ProgressUpdate.deleted.is_(False),
                )
            )
        )
        files: dict[str, list[EvidenceView]] = defaultdict(list)
        for e in session.scalars(
            select(EvidenceFile)
            .where(
                EvidenceFile.update_id.in_([r.id for r in rows]),
                EvidenceFile.deleted.is_(False),
                EvidenceFile.sha256.is_not(None),
            )
            .order_by(EvidenceFile.filename, EvidenceFile.id)
        ):
            files[e.update_id or ""].append(
                EvidenceView(
                    e.id, e.filename or "", e.media_type, e.size, e.sha256 or "", bool(e.public)
                )
            )
        out: dict[str, list[UpdateView]] = defaultdict(list)
        for r in rows:
            if r.date is None or r.status is None or r.progress is None:
                continue  # a half-merged row (fields from another laptop still to come)
            out[r.milestone_id or ""].append(
                UpdateView(
                    r.id,
                    r.milestone_id or "",
                    r.date,
                    r.status,
                    r.progress,
                    r.narrative,
                    r.author,
                    tuple(files.get(r.id, [])),
                )
            )
        for items in out.values():
            items.sort(key=_latest_key)
        return out

    @staticmethod
    def _milestone(row: Milestone, updates: list[UpdateView], day: dt.date) -> MilestoneProgress:
        """Reported milestones follow their updates (not started before the first one); the
        others keep the status and progress typed in the plan."""
        reported = bool(updates)
        updates = [u for u in updates if u.date <= day]
        latest = updates[-1] if updates else None
        if latest is not None:
            status, progress = latest.status, latest.progress
        elif reported:
            status, progress = "not_started", 0
        else:
            status, progress = row.status or "not_started", row.progress or 0
        overdue = (
            row.end_date is not None
            and row.end_date < day
            and status != "completed"
            and progress < 100
        )
        return MilestoneProgress(
            id=row.id,
            title=row.title or "",
            responsible=row.responsible,
            start_date=row.start_date,
            end_date=row.end_date,
            weight=1.0 if row.weight is None else float(row.weight),
            status=status,
            progress=progress,
            overdue=overdue,
            updates=tuple(updates),
        )

    def meetings(self, plan_id: str, *, as_of: dt.date | None = None) -> list[Meeting]:
        with self.db.read() as session:
            return self._meetings(session, plan_id, as_of)

    @staticmethod
    def _meetings(session: Any, plan_id: str, day: dt.date | None) -> list[Meeting]:
        count = (
            select(func.count(Attendance.id))
            .where(Attendance.workshop_id == Workshop.id, Attendance.deleted.is_(False))
            .scalar_subquery()
        )
        query = select(Workshop, count).where(
            Workshop.plan_id == plan_id, Workshop.deleted.is_(False), Workshop.kind == "followup"
        )
        if day is not None:
            query = query.where(Workshop.date <= day)
        return [
            Meeting(w.id, w.title or "", w.date, w.venue, w.minutes, int(n or 0))
            for w, n in session.execute(query.order_by(Workshop.date, Workshop.id))
        ]


def read_evidence_files(paths: Sequence[Path], *, public: bool = False) -> list[EvidenceInput]:
    """Read every file first, so that a bad one stops the action before anything is written."""
    return [read_evidence(p, public=public) for p in paths]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def progress_json(plan: PlanProgress) -> dict[str, Any]:
    """The stable ``--json`` form of a plan's progress (docs/cli.md)."""
    data: dict[str, Any] = _plain(dataclasses.asdict(plan))
    data["progress"] = plan.progress
    for item, commitment in zip(data["commitments"], plan.commitments, strict=True):
        item["overdue"] = commitment.overdue
        item["current_assessments"] = {
            k: v.value for k, v in commitment.current_assessments().items()
        }
    return data
