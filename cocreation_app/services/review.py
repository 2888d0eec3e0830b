"""The review round trip: observations on a draft, replies, review status and its history.

An observation (``comments`` row) refers to one item (plan, problem, solution, commitment,
milestone) *as printed in one draft version*. To tell the facilitator whether the item changed
after that draft, each issued draft leaves a marker (``draft_issues`` row) holding the change-log
clock at that moment; an item whose fields carry a later clock changed after the draft. Markers,
observations and status history are ordinary synced rows, so bundles and review files carry them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cocreation_app.errors import NotFoundError, ValidationError
from cocreation_app.i18n import translate
from cocreation_app.models import (
    Change,
    Comment,
    Commitment,
    DraftIssue,
    FieldVersion,
    Milestone,
    Plan,
    Problem,
    ReviewStatusChange,
    Solution,
    enums,
)
from cocreation_app.services.entities import ChangeWriterScope, EntityService, plan_condition
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database, utc_now_iso
from cocreation_app.text import fold

TARGET_KINDS = tuple(enums.COMMENT_TARGETS)
# Plan fields that record the review itself, not the content an official read.
_PLAN_BOOKKEEPING = ("status", "draft_version")


def _tr(text: str) -> str:
    return translate("review", text)


@dataclass
class Observation:
    id: str
    target_kind: str
    target_id: str
    target_title: str
    plan_id: str | None
    text: str
    verdict: str
    author: str
    institution: str | None
    draft_version: int | None
    reply_to_id: str | None
    addressed: bool
    source: str | None
    created_at: str
    changed_since_draft: bool = False
    replies: list[Observation] = field(default_factory=list)
    anchor: str | None = None  # "page x y" on the exported draft (a comment from a PDF)


@dataclass(frozen=True)
class ReviewItem:
    """An item of the plan as the review lists it: in the order of the printed draft."""

    kind: str
    id: str
    title: str
    depth: int


@dataclass(frozen=True)
class StatusStep:
    id: str
    from_status: str | None
    to_status: str
    author: str
    institution: str | None
    note: str | None
    changed_at: str
    draft_version: int | None


def guess_verdict(text: str) -> str:
    """The verdict an official's free text most likely means (Spanish or English keywords).

    Only a guess: imported PDF comments show it as a proposal that the facilitator confirms
    (reports/pdf_verdicts.py). «No aprobado», «Rechazado», «requiere cambios», «please change» →
    request_changes; «Aprobado (sin cambios)», «No hay cambios que hacer», «approved», «visto
    bueno» → approve; a question («¿Fue aprobado por el cabildo?») or anything else → comment.
    """
    folded = fold(text)
    if "?" in folded or "¿" in folded:
        return "comment"
    if re.search(r"\b(no|sin|not)\s+(se\s+)?(aprob|approv)|\b(rechaz|reject)", folded):
        return "request_changes"
    no_change = (
        r"\b(sin|no|without|no\s+requiere|no\s+hay|ningun|nada\s+que|no\s+need\s+for)"
        r"\s+(\w+\s+)?(cambi|change)\w*"
    )
    without_negated = re.sub(no_change, "", folded)
    if re.search(
        r"\b(cambio|cambiar|change|corregir|correccion|modificar|ajustar)", without_negated
    ):
        return "request_changes"
    if re.search(r"\b(aprob|apruebo|approv|visto\s+bueno)", folded) or without_negated != folded:
        return "approve"
    return "comment"


def plan_of_item(session: Session, kind: str, item_id: str) -> str | None:
    """The plan an item belongs to (None if the item does not exist)."""
    if kind == "plans":
        return item_id if session.get(Plan, item_id) is not None else None
    if kind in ("problems", "commitments"):
        row: Any = session.get(Problem if kind == "problems" else Commitment, item_id)
        return row.plan_id if row is not None else None
    if kind == "solutions":
        solution = session.get(Solution, item_id)
        return plan_of_item(session, "problems", solution.problem_id or "") if solution else None
    if kind == "milestones":
        milestone = session.get(Milestone, item_id)
        if milestone is None:
            return None
        return plan_of_item(session, "commitments", milestone.commitment_id or "")
    return None


def load_plan_items(session: Session, plan_id: str) -> list[Any]:
    """Every row of the plan an observation can be on, read in one query per kind.

    The session's identity map holds rows only while someone refers to them: a caller that
    looks up many items (an import of a thousand comments) keeps this list, and each
    ``session.get`` of those rows is then answered without a query."""
    rows: list[Any] = []
    for kind in TARGET_KINDS:
        spec = KINDS[kind]
        model: Any = spec.model
        rows += session.scalars(select(model).where(plan_condition(spec, plan_id)))
    return rows


def item_title(session: Session, kind: str, item_id: str) -> str:
    spec = KINDS.get(kind)
    row: Any = session.get(spec.model, item_id) if spec is not None else None
    if row is None:
        return item_id
    return str(getattr(row, spec.display if spec else "title", None) or item_id)


class ReviewService:
    """Observations, replies, draft markers and review status; one transaction per action."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.entities = EntityService(db)

    # -- observations ---------------------------------------------------------------------

    def add_observation(
        self,
        target_kind: str,
        target_id: str,
        text: str,
        *,
        author: str,
        institution: str | None = None,
        verdict: str = "comment",
        source: str = "app",
        draft_version: int | None = None,
        observation_id: str | None = None,
    ) -> str:
        """Attach an observation to an item; it records the plan's current draft version unless
        the draft it refers to is known (a PDF says which version it is)."""
        with self.entities.action() as (session, scope):
            return self.add_observation_in(
                session,
                scope,
                target_kind,
                target_id,
                text,
                author=author,
                institution=institution,
                verdict=verdict,
                source=source,
                draft_version=draft_version,
                observation_id=observation_id,
            )

    def add_observation_in(
        self,
        session: Session,
        scope: ChangeWriterScope,
        target_kind: str,
        target_id: str,
        text: str,
        *,
        author: str,
        institution: str | None = None,
        verdict: str = "comment",
        source: str = "app",
        draft_version: int | None = None,
        observation_id: str | None = None,
        reply_to_id: str | None = None,
        anchor: str | None = None,
    ) -> str:
        if target_kind not in TARGET_KINDS:
            raise ValidationError(
                _tr("No se pueden hacer observaciones a «{kind}».").format(kind=target_kind)
            )
        if not (text or "").strip():
            raise ValidationError(_tr("La observación no tiene texto."))
        plan_id = plan_of_item(session, target_kind, target_id)
        if plan_id is None:
            raise NotFoundError(
                _tr("No existe {kind} con id «{id}».").format(
                    kind=KINDS[target_kind].title(), id=target_id
                )
            )
        if draft_version is None:
            plan = session.get(Plan, plan_id)
            draft_version = (plan.draft_version if plan else None) or 1
        values = {
            "target_kind": target_kind,
            "target_id": target_id,
            "plan_id": plan_id,
            "text": text.strip(),
            "verdict": verdict,
            "author": (author or "").strip() or None,
            "institution": (institution or "").strip() or None,
            "draft_version": draft_version,
            "reply_to_id": reply_to_id,
            "addressed": False,
            "source": source,
            "anchor": anchor,
        }
        return self.entities.create_in(session, scope, KINDS["comments"], values, observation_id)

    def reply(
        self, observation_id: str, text: str, *, author: str, institution: str | None = None
    ) -> str:
        """Answer an observation (the facilitator's reply, or the official's follow-up)."""
        with self.entities.action() as (session, scope):
            parent = self._live_comment(session, observation_id)
            root_id = parent.reply_to_id or parent.id
            return self.add_observation_in(
                session,
                scope,
                parent.target_kind or "",
                parent.target_id or "",
                text,
                author=author,
                institution=institution,
                verdict="comment",
                draft_version=parent.draft_version,
                reply_to_id=root_id,
            )

    def confirm_verdict(self, observation_id: str, accept: bool = True) -> str:
        """Settle a proposed verdict: the proposal becomes the verdict, or a plain comment."""
        with self.entities.action() as (session, scope):
            row = self._live_comment(session, observation_id)
            proposed = row.verdict or "comment"
            if not proposed.startswith("proposed_"):
                raise ValidationError(_tr("Esta observación no tiene un dictamen por confirmar."))
            verdict = proposed.removeprefix("proposed_") if accept else "comment"
            self.entities.update_in(
                session, scope, KINDS["comments"], observation_id, {"verdict": verdict}
            )
            return verdict

    def set_addressed(self, observation_id: str, addressed: bool = True) -> None:
        with self.entities.action() as (session, scope):
            self._live_comment(session, observation_id)
            self.entities.update_in(
                session, scope, KINDS["comments"], observation_id, {"addressed": addressed}
            )

    def _live_comment(self, session: Session, observation_id: str) -> Comment:
        row = session.get(Comment, observation_id)
        if row is None or row.deleted:
            raise NotFoundError(_tr("No existe la observación «{id}».").format(id=observation_id))
        return row

    def observations(
        self,
        plan_id: str,
        *,
        target_kind: str | None = None,
        target_id: str | None = None,
    ) -> list[Observation]:
        """Top-level observations of a plan (optionally of one item), oldest first, each with its
        replies and its «changed since draft» flag."""
        with self.db.read() as session:
            query = select(Comment).where(Comment.plan_id == plan_id, Comment.deleted.is_(False))
            if target_kind is not None:
                query = query.where(Comment.target_kind == target_kind)
            if target_id is not None:
                query = query.where(Comment.target_id == target_id)
            query = query.order_by(Comment.created_clock, Comment.id)
            rows = list(session.scalars(query))
            changed = self._changed_flags(session, plan_id, [r for r in rows if not r.reply_to_id])
            titles: dict[tuple[str, str], str] = {}
            by_id: dict[str, Observation] = {}
            top: list[Observation] = []
            orphans: list[Observation] = []
            for row in rows:
                key = (row.target_kind or "", row.target_id or "")
                if key not in titles:
                    titles[key] = item_title(session, *key)
                obs = _observation(row, titles[key], changed.get(row.id, False))
                by_id[obs.id] = obs
                (orphans if row.reply_to_id else top).append(obs)
            for obs in orphans:
                parent = by_id.get(obs.reply_to_id or "")
                # A reply whose observation was deleted stays visible on its own.
                (parent.replies if parent is not None else top).append(obs)
            return top

    def items(self, plan_id: str) -> list[ReviewItem]:
        """The plan, its problems (each followed by its solutions), then its commitments (each
        followed by its milestones): what an official reads and may comment on."""
        entities = self.entities
        plan = entities.get("plans", plan_id)
        items = [ReviewItem("plans", plan_id, str(plan["title"] or ""), 0)]
        solutions: dict[str, list[dict[str, Any]]] = {}
        for row in entities.list_records("solutions", plan_id=plan_id):
            solutions.setdefault(str(row["problem_id"]), []).append(row)
        for problem in entities.list_records("problems", plan_id=plan_id):
            items.append(ReviewItem("problems", problem["id"], str(problem["title"] or ""), 1))
            for row in solutions.get(problem["id"], []):
                items.append(ReviewItem("solutions", row["id"], str(row["title"] or ""), 2))
        milestones: dict[str, list[dict[str, Any]]] = {}
        for row in entities.list_records("milestones", plan_id=plan_id):
            milestones.setdefault(str(row["commitment_id"]), []).append(row)
        for commitment in entities.list_records("commitments", plan_id=plan_id):
            number = commitment["number"]
            title = str(commitment["title"] or "")
            items.append(
                ReviewItem(
                    "commitments", commitment["id"], f"{number}. {title}" if number else title, 1
                )
            )
            for row in milestones.get(commitment["id"], []):
                items.append(ReviewItem("milestones", row["id"], str(row["title"] or ""), 2))
        return items

    # -- changed since draft --------------------------------------------------------------

    def _changed_flags(
        self, session: Session, plan_id: str, rows: Iterable[Comment]
    ) -> dict[str, bool]:
        rows = list(rows)
        if not rows:
            return {}
        markers = draft_clocks(session, plan_id)
        latest = _latest_item_clocks(
            session, {(r.target_kind or "", r.target_id or "") for r in rows}
        )
        flags: dict[str, bool] = {}
        for row in rows:
            reference = markers.get(row.draft_version or 0)
            if reference is None:
                # No marker for that draft (issued elsewhere, or before markers existed): the
                # observation's own first clock is the best bound we have.
                reference = session.scalar(
                    select(func.min(Change.clock)).where(
                        Change.entity == "comments", Change.row_id == row.id
                    )
                )
            item_clock = latest.get((row.target_kind or "", row.target_id or ""))
            flags[row.id] = bool(reference and item_clock and item_clock > reference)
        return flags

    def changed_since_draft(self, target_kind: str, target_id: str, draft_version: int) -> bool:
        """Whether the item changed after draft ``draft_version`` of its plan was issued."""
        with self.db.read() as session:
            plan_id = plan_of_item(session, target_kind, target_id)
            if plan_id is None:
                return False
            reference = draft_clocks(session, plan_id).get(draft_version)
            item_clock = _latest_item_clocks(session, {(target_kind, target_id)}).get(
                (target_kind, target_id)
            )
            return bool(reference and item_clock and item_clock > reference)

    # -- drafts and status ----------------------------------------------------------------

    def issue_draft(self, plan_id: str, medium: str = "pdf") -> int:
        """Record that the plan's current draft goes out for review; returns its version.

        A draft already issued and unchanged since keeps its version; if the plan's content
        changed after the last issue of the current version, the version goes up by one, so a
        version number always names one content.
        """
        with self.entities.action() as (session, scope):
            return self.issue_draft_in(session, scope, plan_id, medium)

    def issue_draft_in(
        self, session: Session, scope: ChangeWriterScope, plan_id: str, medium: str
    ) -> int:
        plan = self._live_plan(session, plan_id)
        version = plan.draft_version or 1
        clock = draft_clocks(session, plan_id).get(version)
        if clock is not None and not plan_changed_since(session, plan_id, clock):
            return version
        if clock is not None:
            version += 1
            self.entities.update_in(
                session, scope, KINDS["plans"], plan_id, {"draft_version": version}
            )
        marker_clock = scope.writer.tick()
        self.entities.create_in(
            session,
            scope,
            KINDS["draft_issues"],
            {
                "plan_id": plan_id,
                "draft_version": version,
                "clock": marker_clock,
                "issued_at": utc_now_iso(),
                "medium": medium,
            },
        )
        return version

    def set_status(
        self,
        plan_id: str,
        to_status: str,
        *,
        author: str,
        institution: str | None = None,
        note: str | None = None,
    ) -> str:
        """Change the plan's review status and append the step to its history.

        Sending a plan to review issues its current draft (see :meth:`issue_draft`).
        """
        if to_status not in enums.PLAN_STATUSES:
            raise ValidationError(
                _tr("Estado desconocido: «{status}». Estados: {choices}").format(
                    status=to_status, choices=", ".join(enums.PLAN_STATUSES)
                )
            )
        with self.entities.action() as (session, scope):
            plan = self._live_plan(session, plan_id)
            from_status = plan.status or "draft"
            if from_status == to_status:
                raise ValidationError(
                    _tr("El plan ya está en estado «{status}».").format(
                        status=enums.label(enums.PLAN_STATUSES, to_status)
                    )
                )
            if to_status == "in_review":
                self.issue_draft_in(session, scope, plan_id, "review")
            self.entities.update_in(session, scope, KINDS["plans"], plan_id, {"status": to_status})
            return self.entities.create_in(
                session,
                scope,
                KINDS["review_status_changes"],
                {
                    "plan_id": plan_id,
                    "from_status": from_status,
                    "to_status": to_status,
                    "author": (author or "").strip() or None,
                    "institution": (institution or "").strip() or None,
                    "note": (note or "").strip() or None,
                    "changed_at": utc_now_iso(),
                    "draft_version": plan.draft_version or 1,
                },
            )

    def status_history(self, plan_id: str) -> list[StatusStep]:
        with self.db.read() as session:
            query = select(ReviewStatusChange).where(
                ReviewStatusChange.plan_id == plan_id, ReviewStatusChange.deleted.is_(False)
            )
            query = query.order_by(
                ReviewStatusChange.changed_at,
                ReviewStatusChange.created_clock,
                ReviewStatusChange.id,
            )
            rows = session.scalars(query)
            return [
                StatusStep(
                    id=r.id,
                    from_status=r.from_status,
                    to_status=r.to_status or "",
                    author=r.author or "",
                    institution=r.institution,
                    note=r.note,
                    changed_at=r.changed_at or r.created_at,
                    draft_version=r.draft_version,
                )
                for r in rows
            ]

    def _live_plan(self, session: Session, plan_id: str) -> Plan:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.deleted:
            raise NotFoundError(
                _tr("No existe {kind} con id «{id}».").format(
                    kind=KINDS["plans"].title(), id=plan_id
                )
            )
        return plan


def draft_clocks(session: Session, plan_id: str) -> dict[int, str]:
    """Per draft version of the plan, the clock of its latest issue."""
    rows = session.execute(
        select(DraftIssue.draft_version, func.max(DraftIssue.clock))
        .where(DraftIssue.plan_id == plan_id, DraftIssue.deleted.is_(False))
        .group_by(DraftIssue.draft_version)
    )
    return {version: clock for version, clock in rows if version is not None and clock}


def _latest_item_clocks(
    session: Session, items: set[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """The newest field clock of each (kind, id), ignoring the plan's review bookkeeping."""
    result: dict[tuple[str, str], str] = {}
    ids = sorted({item_id for _kind, item_id in items})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            select(FieldVersion.entity, FieldVersion.row_id, func.max(FieldVersion.clock))
            .where(FieldVersion.row_id.in_(chunk))
            .where((FieldVersion.entity != "plans") | FieldVersion.field.not_in(_PLAN_BOOKKEEPING))
            .group_by(FieldVersion.entity, FieldVersion.row_id)
        )
        for entity, row_id, clock in session.execute(query):
            if (entity, row_id) in items:
                result[(entity, row_id)] = clock
    return result


def plan_changed_since(session: Session, plan_id: str, clock: str) -> bool:
    """Whether any printed content of the plan (the plan, its problems, solutions, commitments,
    milestones) changed after ``clock``."""
    for kind in ("plans", "problems", "problem_nodes", "solutions", "commitments", "milestones"):
        spec = KINDS[kind]
        model: Any = spec.model
        ids = select(model.id).where(plan_condition(spec, plan_id))
        query = select(FieldVersion.row_id).where(
            FieldVersion.entity == kind, FieldVersion.row_id.in_(ids), FieldVersion.clock > clock
        )
        if kind == "plans":
            query = query.where(FieldVersion.field.not_in(_PLAN_BOOKKEEPING))
        if session.scalar(query.limit(1)) is not None:
            return True
    return False


def _observation(row: Comment, title: str, changed: bool) -> Observation:
    return Observation(
        id=row.id,
        target_kind=row.target_kind or "",
        target_id=row.target_id or "",
        target_title=title,
        plan_id=row.plan_id,
        text=row.text or "",
        verdict=row.verdict or "comment",
        author=row.author or "",
        institution=row.institution,
        draft_version=row.draft_version,
        reply_to_id=row.reply_to_id,
        addressed=bool(row.addressed),
        source=row.source,
        created_at=row.created_at,
        changed_since_draft=changed,
        anchor=row.anchor,
    )
