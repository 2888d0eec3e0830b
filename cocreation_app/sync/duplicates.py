"""The same person registered on two laptops: finding likely duplicates and merging them.

Two participants of the same plan are likely the same person when their names match once accents,
case and spacing are ignored, or they share an e-mail address, or the last ten digits of their
phone. Merging is an ordinary edit (changes that travel):

- the kept record takes the other's missing details (organization, e-mail, phone...);
- consents take the most protective answer: a permission (contact, publish the name, photos) is
  kept only if *both* records gave it; the privacy-notice acceptance is true on both already;
- every workshop the other attended is checked in for the kept record (attendance ids derive from
  workshop and person, so two laptops doing the same merge make the same rows), and the other's
  own check-ins are withdrawn so nobody is counted twice;
- the other record stays, marked ``merged_into_id`` = the kept one (the merged-from link).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cocreation_app.errors import NotFoundError, ValidationError
from cocreation_app.i18n import translate_noop
from cocreation_app.models import Attendance, Participant
from cocreation_app.services.entities import EntityService
from cocreation_app.services.natural_ids import attendance_id
from cocreation_app.services.registry import KINDS, optional_consents
from cocreation_app.storage import Database
from cocreation_app.sync.format import tr
from cocreation_app.text import fold

FILLED_FROM_OTHER = (
    "organization",
    "position",
    "gender",
    "locality",
    "email",
    "phone",
    "stl_role",
    "consent_notice_version",
    "consent_date",
)

# Why two records look like one person (codes in --json; labels where people read them).
REASON_LABELS = {
    "name": translate_noop("sync", "mismo nombre"),
    "email": translate_noop("sync", "mismo correo"),
    "phone": translate_noop("sync", "mismo teléfono"),
}


@dataclass(frozen=True)
class DuplicateGroup:
    plan_id: str
    keep_id: str  # suggestion: the record registered first
    participants: tuple[dict[str, Any], ...]
    reasons: tuple[str, ...]  # "name", "email", "phone"

    def to_json(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "keep_id": self.keep_id,
            "reasons": list(self.reasons),
            "participants": list(self.participants),
        }

    def reason_text(self) -> str:
        """The reasons in the user's language, e.g. «mismo nombre, mismo correo»."""
        return ", ".join(tr(REASON_LABELS[r]) for r in self.reasons)


def _phone_key(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    return digits[-10:] if len(digits) >= 7 else ""


def person_keys(name: str | None, email: str | None, phone: str | None) -> list[tuple[str, str]]:
    """What makes two records look like one person: ("name"|"email"|"phone", folded value)."""
    keys = (
        ("name", fold(name)),
        ("email", (email or "").strip().casefold()),
        ("phone", _phone_key(phone)),
    )
    return [(reason, value) for reason, value in keys if value]


def find_duplicates(db: Database, plan_id: str | None = None) -> list[DuplicateGroup]:
    """Groups of live, unmerged participants of one plan that are probably the same person."""
    query = select(Participant).where(
        Participant.deleted.is_(False), Participant.merged_into_id.is_(None)
    )
    if plan_id is not None:
        query = query.where(Participant.plan_id == plan_id)
    with db.read() as session:
        people = list(session.scalars(query.order_by(Participant.created_clock, Participant.id)))
    parent: dict[str, str] = {p.id: p.id for p in people}

    def root(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    reasons: dict[str, set[str]] = defaultdict(set)
    keys: dict[tuple[str | None, str, str], str] = {}
    for person in people:
        for reason, value in person_keys(person.name, person.email, person.phone):
            key = (person.plan_id, reason, value)
            if key in keys:
                a, b = root(keys[key]), root(person.id)
                if a != b:
                    parent[b] = a
                    reasons[a] |= reasons.pop(b, set())
                reasons[root(person.id)].add(reason)
            else:
                keys[key] = person.id
    groups: dict[str, list[Participant]] = defaultdict(list)
    for person in people:
        groups[root(person.id)].append(person)
    out: list[DuplicateGroup] = []
    for head, members in groups.items():
        if len(members) < 2:
            continue
        out.append(
            DuplicateGroup(
                plan_id=members[0].plan_id or "",
                keep_id=members[0].id,
                participants=tuple(
                    {
                        "id": p.id,
                        "created_at": p.created_at,
                        **{f: getattr(p, f) for f in ("name", "organization", "email", "phone")},
                        "sector": p.sector,
                    }
                    for p in members
                ),
                reasons=tuple(sorted(reasons[head])),
            )
        )
    return sorted(out, key=lambda g: (g.plan_id, fold(str(g.participants[0]["name"]))))


def merge_participants(db: Database, keep_id: str, other_id: str) -> int:
    """Merge ``other_id`` into ``keep_id``; returns how many check-ins were carried over."""
    if keep_id == other_id:
        raise ValidationError(tr("No se puede fusionar a una persona consigo misma."))
    service = EntityService(db)
    spec = KINDS["participants"]
    attendance_spec = KINDS["attendance"]
    with service.action() as (session, scope):
        keep: Any = session.get(Participant, keep_id)
        other: Any = session.get(Participant, other_id)
        for person, person_id in ((keep, keep_id), (other, other_id)):
            if person is None or person.deleted:
                raise NotFoundError(
                    tr("No existe la persona participante «{id}».").format(id=person_id)
                )
            if person.merged_into_id is not None:
                raise ValidationError(
                    tr("«{name}» ya fue fusionada con otro registro.").format(name=person.name)
                )
        if keep.plan_id != other.plan_id:
            raise ValidationError(tr("Solo se fusionan personas del mismo plan."))
        values: dict[str, Any] = {
            name: getattr(other, name)
            for name in FILLED_FROM_OTHER
            if getattr(keep, name) is None and getattr(other, name) is not None
        }
        for name in optional_consents():
            values[name] = bool(getattr(keep, name)) and bool(getattr(other, name))
        service.update_in(session, scope, spec, keep_id, values)
        carried = 0
        visits = session.scalars(
            select(Attendance).where(
                Attendance.participant_id == other_id, Attendance.deleted.is_(False)
            )
        ).all()
        for visit in visits:
            new_id = attendance_id(str(visit.workshop_id), keep_id)
            existing: Any = session.get(Attendance, new_id)
            if existing is None:
                service.create_in(
                    session,
                    scope,
                    attendance_spec,
                    {
                        "workshop_id": visit.workshop_id,
                        "participant_id": keep_id,
                        "checked_in_at": visit.checked_in_at,
                    },
                    row_id=new_id,
                )
                carried += 1
            elif existing.deleted:
                existing.deleted = False
                scope.writer.record("attendance", new_id, "deleted", False)
                carried += 1
            visit.deleted = True
            scope.writer.record("attendance", visit.id, "deleted", True)
        service.update_in(session, scope, spec, other_id, {"merged_into_id": keep_id})
    return carried
