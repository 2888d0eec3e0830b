"""Participant search that pages in SQL, check-in, and the live count of who is in the room."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal, select

from cocreation_app.errors import ValidationError
from cocreation_app.i18n import translate
from cocreation_app.models import Attendance, Participant, Workshop
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database, utc_now_iso
from cocreation_app.text import fold

# Attendance ids are derived from (workshop, participant): the same check-in made on two
# laptops is the same row, so merging them cannot produce a duplicate.
ATTENDANCE_NAMESPACE = uuid.UUID("6f1b7a52-3c1e-4f4e-9a2d-0c0c0a7e1a55")


def attendance_id(workshop_id: str, participant_id: str) -> str:
    return str(uuid.uuid5(ATTENDANCE_NAMESPACE, f"{workshop_id}:{participant_id}"))


@dataclass(frozen=True)
class ParticipantRow:
    """The columns the participants table shows; kept small so a page loads fast."""

    id: str
    name: str
    sector: str | None
    organization: str | None
    gender: str | None
    email: str | None
    phone: str | None
    checked_in: bool


@dataclass(frozen=True)
class RoomCount:
    total: int
    by_sector: dict[str, int]
    by_gender: dict[str, int]


class ParticipantService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.entities = EntityService(db)

    def _conditions(self, plan_id: str, text: str, sector: str | None) -> list[Any]:
        conditions: list[Any] = [
            Participant.plan_id == plan_id,
            Participant.deleted.is_(False),
            Participant.merged_into_id.is_(None),
        ]
        for word in fold(text).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(Participant.search_key.like(f"%{escaped}%", escape="\\"))
        if sector:
            conditions.append(Participant.sector == sector)
        return conditions

    def _filtered(self, plan_id: str, text: str, sector: str | None) -> Select[Any]:
        return select(Participant.id).where(*self._conditions(plan_id, text, sector))

    def count(self, plan_id: str, text: str = "", sector: str | None = None) -> int:
        with self.db.read() as session:
            sub = self._filtered(plan_id, text, sector).subquery()
            return session.scalar(select(func.count()).select_from(sub)) or 0

    def page(
        self,
        plan_id: str,
        text: str = "",
        *,
        sector: str | None = None,
        workshop_id: str | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[ParticipantRow]:
        """One page of participants matching every word of ``text`` (accents and case ignored),
        ordered by name; ``checked_in`` refers to ``workshop_id`` when given."""
        # The filter's conditions go straight into this query rather than through
        # ``id IN (subquery)``: SQLite filters and sorts in one pass (half the time at 50,000).
        conditions = self._conditions(plan_id, text, sector)
        checked = (
            select(Attendance.participant_id).where(
                Attendance.workshop_id == workshop_id, Attendance.deleted.is_(False)
            )
            if workshop_id
            else None
        )
        columns: list[Any] = [
            Participant.id,
            Participant.name,
            Participant.sector,
            Participant.organization,
            Participant.gender,
            Participant.email,
            Participant.phone,
        ]
        query = (
            select(
                *columns,
                Participant.id.in_(checked) if checked is not None else literal(False),
            )
            .where(*conditions)
            .order_by(Participant.search_key, Participant.id)
            .offset(offset)
            .limit(limit)
        )
        with self.db.read() as session:
            return [
                ParticipantRow(
                    row[0], row[1] or "", row[2], row[3], row[4], row[5], row[6], bool(row[7])
                )
                for row in session.execute(query)
            ]

    def check_in(self, workshop_id: str, participant_id: str) -> bool:
        """Check the person in; returns False if they were already in the room."""
        row_id = attendance_id(workshop_id, participant_id)
        with self.entities.action() as (session, scope):
            workshop = session.get(Workshop, workshop_id)
            person = session.get(Participant, participant_id)
            if workshop is None or workshop.deleted or person is None or person.deleted:
                raise ValidationError(
                    translate("services", "No existe el taller o la persona indicada.")
                )
            if person.plan_id != workshop.plan_id:
                raise ValidationError(
                    translate(
                        "services", "La persona no está registrada en el plan de este taller."
                    )
                )
            existing = session.get(Attendance, row_id)
            if existing is not None and not existing.deleted:
                return False
            if existing is not None:
                existing.deleted = False
                existing.updated_at = utc_now_iso()
                scope.writer.record("attendance", row_id, "deleted", False)
                return True
            self.entities.create_in(
                session,
                scope,
                KINDS["attendance"],
                {
                    "workshop_id": workshop_id,
                    "participant_id": participant_id,
                    "checked_in_at": utc_now_iso(),
                },
                row_id=row_id,
            )
            return True

    def undo_check_in(self, workshop_id: str, participant_id: str) -> bool:
        row_id = attendance_id(workshop_id, participant_id)
        with self.db.read() as session:
            existing = session.get(Attendance, row_id)
            if existing is None or existing.deleted:
                return False
        self.entities.delete("attendance", row_id)
        return True

    def room_count(self, workshop_id: str) -> RoomCount:
        query = (
            select(Participant.sector, Participant.gender)
            .join(Attendance, Attendance.participant_id == Participant.id)
            .where(Attendance.workshop_id == workshop_id, Attendance.deleted.is_(False))
        )
        with self.db.read() as session:
            rows = session.execute(query).all()
        return RoomCount(
            total=len(rows),
            by_sector=dict(Counter(row[0] or "other" for row in rows)),
            by_gender=dict(Counter(row[1] or "prefer_not_to_say" for row in rows)),
        )
