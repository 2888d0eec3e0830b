"""Everything the plan PDF prints, read in one session into plain objects.

The renderer never touches the database: it works on these snapshots, so the PDF can be tested
from hand-made data too. Rows come in the order the application lists them (the registry's
``order_by``), so the draft and the window agree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocreation_app.errors import NotFoundError
from cocreation_app.i18n import translate
from cocreation_app.models import (
    Attendance,
    Commitment,
    CriterionScore,
    DotVote,
    Milestone,
    Participant,
    Plan,
    Problem,
    ProblemNode,
    Solution,
    Workshop,
)
from cocreation_app.reports.styles import printed
from cocreation_app.services.registry import spec_for
from cocreation_app.storage import Database


@dataclass
class TreeNode:
    kind: str
    text: str
    children: list[TreeNode] = field(default_factory=list)


@dataclass
class ProblemInfo:
    id: str
    title: str
    description: str
    affected_population: str
    evidence: str
    status: str | None
    ranking: RankRow | None = None
    causes: list[TreeNode] = field(default_factory=list)
    effects: list[TreeNode] = field(default_factory=list)
    solutions: list[SolutionInfo] = field(default_factory=list)


@dataclass
class RankRow:
    """A problem's place in one workshop's prioritization (services.prioritization)."""

    rank: int
    problem_id: str
    title: str
    status: str | None
    dots: int
    criteria_score: Fraction | None
    combined_score: Fraction
    workshop_title: str


@dataclass
class Ranking:
    workshop_title: str
    workshop_date: dt.date | None
    rows: list[RankRow]


@dataclass
class SolutionInfo:
    id: str
    title: str
    description: str


@dataclass
class MilestoneInfo:
    id: str
    title: str
    deliverable: str
    verification_means: str
    responsible: str
    start_date: dt.date | None
    end_date: dt.date | None
    status: str | None
    progress: int | None


@dataclass
class CommitmentInfo:
    id: str
    number: int | None
    title: str
    values: dict[str, Any]
    milestones: list[MilestoneInfo] = field(default_factory=list)


@dataclass
class WorkshopInfo:
    id: str
    title: str
    date: dt.date | None
    venue: str
    facilitator: str
    attendance: int
    by_sector: Counter[str]
    by_gender: Counter[str]


@dataclass
class PersonInfo:
    name: str
    sector: str | None
    organization: str
    stl_role: str | None = None


@dataclass
class PlanData:
    id: str
    title: str
    state: str
    municipality: str
    period_start: dt.date | None
    period_end: dt.date | None
    guarantor_body: str
    status: str | None
    context: str
    draft_version: int
    updated_at: str
    workshops: list[WorkshopInfo]
    stl_named: list[PersonInfo]
    stl_unnamed: int
    problems: list[ProblemInfo]
    rankings: list[Ranking]
    commitments: list[CommitmentInfo]
    published_people: list[PersonInfo]
    participants_total: int


def _s(value: str | None) -> str:
    return printed(value or "")


def _value(value: Any) -> Any:
    return _s(value) if isinstance(value, str) else value


def _listed(kind: str) -> Any:
    """The live rows of ``kind`` in the registry's order, the id breaking ties."""
    spec = spec_for(kind)
    model: Any = spec.model
    order = [getattr(model, name) for name in spec.order_by]
    return select(model).where(model.deleted.is_(False)).order_by(*order, model.id)


def _trees(session: Session, problem_ids: list[str]) -> dict[str, tuple[list[TreeNode], ...]]:
    nodes = session.scalars(
        _listed("problem_nodes").where(ProblemNode.problem_id.in_(problem_ids))
    ).all()
    built = {node.id: TreeNode(node.kind or "cause", _s(node.text)) for node in nodes}
    roots: dict[str, tuple[list[TreeNode], list[TreeNode]]] = defaultdict(lambda: ([], []))
    for node in nodes:
        parent = built.get(node.parent_id or "")
        if parent is not None:
            parent.children.append(built[node.id])
        else:
            causes, effects = roots[node.problem_id or ""]
            (effects if node.kind == "effect" else causes).append(built[node.id])
    return dict(roots)


def _problems(session: Session, plan_id: str) -> list[ProblemInfo]:
    problems = session.scalars(_listed("problems").where(Problem.plan_id == plan_id)).all()
    ids = [p.id for p in problems]
    trees = _trees(session, ids)
    solutions: dict[str, list[SolutionInfo]] = defaultdict(list)
    for sol in session.scalars(_listed("solutions").where(Solution.problem_id.in_(ids))):
        solutions[sol.problem_id or ""].append(
            SolutionInfo(sol.id, _s(sol.title), _s(sol.description))
        )
    infos = []
    for problem in problems:
        causes, effects = trees.get(problem.id, ([], []))
        infos.append(
            ProblemInfo(
                id=problem.id,
                title=_s(problem.title),
                description=_s(problem.description),
                affected_population=_s(problem.affected_population),
                evidence=_s(problem.evidence),
                status=problem.status,
                causes=causes,
                effects=effects,
                solutions=solutions[problem.id],
            )
        )
    return infos


def _rankings(db: Database, workshops: list[WorkshopInfo]) -> list[Ranking]:
    """The prioritization of every workshop that has dot votes or criteria scores, ranked by
    the same service the application shows."""
    from cocreation_app.services.prioritization import rank_problems

    ids = [w.id for w in workshops]
    with db.read() as session:
        voted = set(
            session.scalars(
                select(DotVote.workshop_id).where(
                    DotVote.deleted.is_(False), DotVote.workshop_id.in_(ids)
                )
            )
        )
        voted |= set(
            session.scalars(
                select(CriterionScore.workshop_id).where(
                    CriterionScore.deleted.is_(False), CriterionScore.workshop_id.in_(ids)
                )
            )
        )
        statuses: dict[str, str | None] = {
            problem_id: status
            for problem_id, status in session.execute(
                select(Problem.id, Problem.status).where(Problem.deleted.is_(False))
            )
        }
    rankings = []
    for workshop in workshops:
        if workshop.id not in voted:
            continue
        rows = [
            RankRow(
                rank=r.rank,
                problem_id=r.problem_id,
                title=_s(r.title),
                status=statuses.get(r.problem_id),
                dots=r.dots,
                criteria_score=r.criteria_score,
                combined_score=r.combined_score,
                workshop_title=workshop.title,
            )
            for r in rank_problems(db, workshop.id)
        ]
        rankings.append(Ranking(workshop.title, workshop.date, rows))
    return rankings


def _order_problems(problems: list[ProblemInfo], rankings: list[Ranking]) -> list[ProblemInfo]:
    """Problems in the order of the latest prioritization that ranked them, then the others."""
    by_id = {p.id: p for p in problems}
    ordered: list[ProblemInfo] = []
    for ranking in reversed(rankings):
        for row in ranking.rows:
            problem = by_id.pop(row.problem_id, None)
            if problem is not None:
                problem.ranking = row
                ordered.append(problem)
    return ordered + [p for p in problems if p.id in by_id]


_COMMITMENT_FIELDS = (
    "problem_statement",
    "objective",
    "description",
    "contribution",
    "ogp_values",
    "lead_institution",
    "supporting_government",
    "supporting_civil_society",
    "supporting_other",
    "contact_name",
    "contact_position",
    "contact_email",
    "contact_phone",
    "start_date",
    "end_date",
    "budget",
    "sdg_alignment",
    "status",
)


def _commitments(session: Session, plan_id: str) -> list[CommitmentInfo]:
    rows = session.scalars(_listed("commitments").where(Commitment.plan_id == plan_id)).all()
    milestones: dict[str, list[MilestoneInfo]] = defaultdict(list)
    for m in session.scalars(
        _listed("milestones").where(Milestone.commitment_id.in_([c.id for c in rows]))
    ):
        milestones[m.commitment_id or ""].append(
            MilestoneInfo(
                id=m.id,
                title=_s(m.title),
                deliverable=_s(m.deliverable),
                verification_means=_s(m.verification_means),
                responsible=_s(m.responsible),
                start_date=m.start_date,
                end_date=m.end_date,
                status=m.status,
                progress=m.progress,
            )
        )
    return [
        CommitmentInfo(
            id=c.id,
            number=c.number,
            title=_s(c.title),
            values={name: _value(getattr(c, name)) for name in _COMMITMENT_FIELDS},
            milestones=milestones[c.id],
        )
        for c in rows
    ]


def _workshops(session: Session, plan_id: str) -> list[WorkshopInfo]:
    workshops = session.scalars(_listed("workshops").where(Workshop.plan_id == plan_id)).all()
    rows = session.execute(  # each person once per workshop (an old file may hold two rows)
        select(Attendance.workshop_id, Participant.id, Participant.sector, Participant.gender)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(
            Attendance.deleted.is_(False),
            Participant.deleted.is_(False),
            Attendance.workshop_id.in_([w.id for w in workshops]),
        )
        .distinct()
    ).all()
    sectors: dict[str, Counter[str]] = defaultdict(Counter)
    genders: dict[str, Counter[str]] = defaultdict(Counter)
    for workshop_id, _person, sector, gender in rows:
        sectors[workshop_id][sector or ""] += 1
        genders[workshop_id][gender or ""] += 1
    return [
        WorkshopInfo(
            id=w.id,
            title=_s(w.title),
            date=w.date,
            venue=_s(w.venue),
            facilitator=_s(w.facilitator),
            attendance=sum(sectors[w.id].values()),
            by_sector=sectors[w.id],
            by_gender=genders[w.id],
        )
        for w in workshops
    ]


def load_plan(db: Database, plan_id: str) -> PlanData:
    data = _load_plan(db, plan_id)
    data.rankings = _rankings(db, data.workshops)
    data.problems = _order_problems(data.problems, data.rankings)
    return data


def _load_plan(db: Database, plan_id: str) -> PlanData:
    with db.read() as session:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.deleted:
            raise NotFoundError(
                translate("reports", "No existe el plan con id «{id}».").format(id=plan_id)
            )
        people = session.scalars(
            _listed("participants").where(
                Participant.plan_id == plan_id, Participant.merged_into_id.is_(None)
            )
        ).all()
        stl = [p for p in people if p.stl_role]
        return PlanData(
            id=plan.id,
            title=_s(plan.title),
            state=_s(plan.state),
            municipality=_s(plan.municipality),
            period_start=plan.period_start,
            period_end=plan.period_end,
            guarantor_body=_s(plan.guarantor_body),
            status=plan.status,
            context=_s(plan.context),
            draft_version=plan.draft_version or 1,
            updated_at=plan.updated_at,
            workshops=_workshops(session, plan_id),
            stl_named=[
                PersonInfo(_s(p.name), p.sector, _s(p.organization), p.stl_role)
                for p in stl
                if p.consent_publish_name
            ],
            stl_unnamed=sum(1 for p in stl if not p.consent_publish_name),
            problems=_problems(session, plan_id),
            rankings=[],
            commitments=_commitments(session, plan_id),
            published_people=[
                PersonInfo(_s(p.name), p.sector, _s(p.organization))
                for p in people
                if p.consent_publish_name
            ],
            participants_total=len(people),
        )
