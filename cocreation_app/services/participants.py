"""Check-in and the live count of who is in the room (searching and paging people is in
:mod:`cocreation_app.services.lists`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cocreation_app.errors import ValidationError
from cocreation_app.i18n import translate
from cocreation_app.models import Attendance, Participant, Plan, Workshop
from cocreation_app.services.entities import EntityService
from cocreation_app.services.natural_ids import attendance_id
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database, utc_now_iso


@dataclass(frozen=True)
class RoomCount:
    total: int
    by_sector: dict[str, int]
    by_gender: dict[str, int]


class ParticipantService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.entities = EntityService(db)

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
            if person.consent_privacy_notice is not True:  # e.g. imported from a list
                raise ValidationError(
                    translate(
                        "services",
                        "{name} aún no acepta el aviso de privacidad: léale el aviso y registre "
                        "su consentimiento antes de su asistencia.",
                    ).format(name=person.name)
                )
            if person.plan_id != workshop.plan_id:
                raise ValidationError(
                    translate(
                        "services", "La persona no está registrada en el plan de este taller."
                    )
                )
            if _live_check_ins(session, workshop_id, participant_id):
                return False
            existing = session.get(Attendance, row_id)
            if existing is not None:
                existing.deleted = False
                scope.writer.record("attendance", row_id, "deleted", False)
                existing.updated_at = scope.writer.time_iso()
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

    def needs_consent(self, participant_id: str) -> bool:
        """Whether the person has yet to accept the privacy notice (imported from a list)."""
        with self.db.read() as session:
            person = session.get(Participant, participant_id)
            return person is not None and person.consent_privacy_notice is not True

    def accept_notice(
        self,
        participant_id: str,
        *,
        contact: bool = False,
        publish_name: bool = False,
        photos: bool = False,
    ) -> bool:
        """Record that a consent-pending person (imported from a list) read and accepted the
        plan's privacy notice today, with their answers to the optional permissions."""
        import datetime as dt

        spec = KINDS["participants"]
        with self.entities.action() as (session, scope):
            person = session.get(Participant, participant_id)
            if person is None or person.deleted:
                raise ValidationError(translate("services", "No existe la persona indicada."))
            plan = session.get(Plan, person.plan_id)
            self.entities.update_in(
                session,
                scope,
                spec,
                participant_id,
                {
                    "consent_privacy_notice": True,
                    "consent_notice_version": plan.privacy_notice_version if plan else None,
                    "consent_date": dt.date.today(),
                    "consent_contact": contact,
                    "consent_publish_name": publish_name,
                    "consent_photos": photos,
                },
            )
        return True

    def undo_check_in(self, workshop_id: str, participant_id: str) -> bool:
        """Withdraw the check-in: every live row of the pair (an old file may hold two)."""
        with self.entities.action() as (session, scope):
            rows = _live_check_ins(session, workshop_id, participant_id)
            for row in rows:
                row.deleted = True
                scope.writer.record("attendance", row.id, "deleted", True)
                row.updated_at = scope.writer.time_iso()
            return bool(rows)

    def room_count(self, workshop_id: str) -> RoomCount:
        """Who is in the room: each person once, however many rows record their check-in."""
        query = select(Participant.sector, Participant.gender).where(
            Participant.id.in_(checked_in_ids(workshop_id))
        )
        with self.db.read() as session:
            rows = session.execute(query).all()
        return RoomCount(
            total=len(rows),
            # A blank answer is unknown, counted apart ("" → "Sin dato"), never "other" or
            # "prefer not to say": the PDF counts it the same way (reports/plan_data.py).
            by_sector=dict(Counter(row[0] or "" for row in rows)),
            by_gender=dict(Counter(row[1] or "" for row in rows)),
        )


def checked_in_ids(workshop_id: str) -> Select[tuple[str | None]]:
    """The people checked in at a workshop, as a subquery (each person once)."""
    return (
        select(Attendance.participant_id)
        .where(Attendance.workshop_id == workshop_id, Attendance.deleted.is_(False))
        .distinct()
    )


def _live_check_ins(session: Session, workshop_id: str, participant_id: str) -> list[Attendance]:
    return list(
        session.scalars(
            select(Attendance).where(
                Attendance.workshop_id == workshop_id,
                Attendance.participant_id == participant_id,
                Attendance.deleted.is_(False),
            )
        )
    )
