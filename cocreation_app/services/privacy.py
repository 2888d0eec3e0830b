"""A participant's rights over their personal data (Mexican ARCO rights): access and cancellation.

Access (:func:`person_report`): everything this database holds about one person — the record,
the records merged into it, attendance, consents with the notice version they accepted, and the
full history of every value ever written for them — as JSON and as readable text.

Cancellation (:func:`erase_person`): the person's identifying fields are overwritten through
:class:`EntityService` (so the erasure is an ordinary set of changes that travels to the other
laptops with the next bundle and wins there as the newest value), and then the local change
history of those fields is *scrubbed*: the old values in the ``changes`` table are replaced by
the erased value. Otherwise the data would remain in the database file and go out again in every
future bundle (bundles carry the whole history). The scrub keeps each change's id, clock and
base clock, so the structure sync relies on is intact: another laptop that already holds the
original change recognises it by id and keeps its own copy until the erasure arrives; a laptop
that did not have it receives the scrubbed value. This is the one place where "nothing lost"
is knowingly given up — an erased value must not be kept. The scrub runs with
``secure_delete`` and a WAL checkpoint so the old bytes leave the file too.

Every laptop can finish the job for a person erased elsewhere: :func:`scrub_erased` scrubs the
history of every participant whose name is the erasure pseudonym (it is derived from the id, so it
is recognisable everywhere); ``cocreation erase-person`` runs it, and the importer may call it
after each import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cocreation_app.errors import NotFoundError
from cocreation_app.i18n import format_date, translate
from cocreation_app.models import Attendance, Participant, Plan, Workshop
from cocreation_app.services.changes import clock_time_iso, dumps
from cocreation_app.services.entities import EntityService, record_of
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database, utc_now_iso, write_bytes_atomic

# Fields that identify a person: emptied on erasure (the name becomes a pseudonym). Sector and
# the consent record stay: they are not identifying and the plan's statistics depend on them.
ERASED_FIELDS = ("email", "phone", "organization", "position", "locality", "gender")
REVOKED_CONSENTS = ("consent_contact", "consent_publish_name", "consent_photos")
SCRUBBED_FIELDS = ("name", *ERASED_FIELDS)
ERASED_PREFIX = "Persona anonimizada "  # data, not interface text: identical on every laptop


def _tr(text_: str) -> str:
    return translate("privacy", text_)


def erased_name(participant_id: str) -> str:
    """The pseudonym an erased participant gets: derived from the id, so every laptop can tell."""
    return ERASED_PREFIX + hashlib.sha256(participant_id.encode()).hexdigest()[:6].upper()


def is_erased(participant_id: str, name: str | None) -> bool:
    return name == erased_name(participant_id)


# -- access ------------------------------------------------------------------------------------


def _person_ids(session: Session, participant_id: str) -> list[str]:
    """The person's record and the duplicate records merged into it."""
    merged = session.scalars(
        select(Participant.id)
        .where(Participant.merged_into_id == participant_id)
        .order_by(Participant.id)
    )
    return [participant_id, *merged]


def person_report(db: Database, participant_id: str) -> dict[str, Any]:
    """Everything held about the participant, JSON-ready (field names as in ``--json``)."""
    spec = KINDS["participants"]
    with db.read() as session:
        row = session.get(Participant, participant_id)
        if row is None:
            raise NotFoundError(
                _tr("No existe la persona participante «{id}».").format(id=participant_id)
            )
        ids = _person_ids(session, participant_id)
        records = [record_of(spec, session.get(Participant, pid)) for pid in ids]
        for record, pid in zip(records, ids, strict=True):
            record["deleted"] = bool(session.get(Participant, pid).deleted)  # type: ignore[union-attr]
        plan = session.get(Plan, row.plan_id) if row.plan_id else None
        attendance = [
            {
                "workshop_id": workshop.id,
                "workshop_title": workshop.title,
                "date": workshop.date.isoformat() if workshop.date else None,
                "venue": workshop.venue,
                "checked_in_at": att.checked_in_at,
                "participant_id": att.participant_id,
            }
            for att, workshop in session.execute(
                select(Attendance, Workshop)
                .join(Workshop, Workshop.id == Attendance.workshop_id)
                .where(Attendance.participant_id.in_(ids), Attendance.deleted.is_(False))
                .order_by(Workshop.date, Workshop.title)
            )
        ]
        history = [
            {
                "participant_id": row_id,
                "field": field,
                "value": json.loads(value),
                "time": clock_time_iso(clock),
                "device_id": device_id,
            }
            for row_id, field, value, clock, device_id in session.execute(
                text(
                    "SELECT row_id, field, value, clock, device_id FROM changes "
                    "WHERE entity = 'participants' AND row_id IN "
                    f"({','.join(':p' + str(i) for i in range(len(ids)))}) ORDER BY clock"
                ),
                {f"p{i}": pid for i, pid in enumerate(ids)},
            )
        ]
    return {
        "generated_at": utc_now_iso(),
        "participant": records[0],
        "merged_records": records[1:],
        "plan": None
        if plan is None
        else {
            "id": plan.id,
            "title": plan.title,
            "state": plan.state,
            "municipality": plan.municipality,
            "privacy_notice_version": plan.privacy_notice_version,
            "privacy_notice_text": plan.privacy_notice_text,
        },
        "attendance": attendance,
        "history": history,
    }


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if value is True:
        return _tr("sí")
    if value is False:
        return _tr("no")
    return str(value)


def person_text(report: dict[str, Any]) -> str:
    """The report as text a person can read (in the current language)."""
    spec = KINDS["participants"]
    person = report["participant"]
    lines = [
        _tr("Datos personales de {name}").format(name=person["name"]),
        _tr("Generado: {time}").format(time=report["generated_at"]),
        "",
    ]
    plan = report["plan"]
    if plan is not None:
        lines.append(
            _tr("Plan: {title} ({municipality}, {state})").format(
                title=plan["title"], municipality=plan["municipality"], state=plan["state"]
            )
        )
        lines.append(
            _tr("Aviso de privacidad, versión {version}:").format(
                version=_shown(plan["privacy_notice_version"])
            )
        )
        lines.append(plan["privacy_notice_text"] or "—")
        lines.append("")
    lines.append(_tr("Datos registrados:"))
    for record in [person, *report["merged_records"]]:
        for field in spec.fields:
            lines.append(f"  {field.title()}: {_shown(record.get(field.name))}")
        lines.append("")
    lines.append(_tr("Asistencia a talleres:"))
    if not report["attendance"]:
        lines.append("  —")
    for item in report["attendance"]:
        day = format_date(dt.date.fromisoformat(item["date"])) if item["date"] else "—"
        lines.append(
            _tr("  {date}: {title} ({venue}), registro {time}").format(
                date=day,
                title=item["workshop_title"],
                venue=_shown(item["venue"]),
                time=_shown(item["checked_in_at"]),
            )
        )
    lines.append("")
    lines.append(_tr("Historial de cambios (cada valor que se guardó):"))
    for change in report["history"]:
        label = (
            spec.field_map[change["field"]].title()
            if change["field"] in spec.field_map
            else change["field"]
        )
        lines.append(f"  {change['time']}  {label}: {_shown(change['value'])}")
    return "\n".join(lines) + "\n"


def export_person(db: Database, participant_id: str, target: Path) -> tuple[Path, Path]:
    """Write the report to ``target`` (JSON) and beside it as ``.txt``; both atomically."""
    report = person_report(db, participant_id)
    target = Path(target)
    text_path = target.with_suffix(".txt")
    write_bytes_atomic(target, json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8"))
    write_bytes_atomic(text_path, person_text(report).encode("utf-8"))
    return target, text_path


# -- cancellation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureResult:
    participants: int
    changes_scrubbed: int


def erase_person(db: Database, participant_id: str) -> ErasureResult:
    """Anonymize the participant (and records merged into it) and scrub their local history."""
    service = EntityService(db)
    spec = KINDS["participants"]
    with db.read() as session:
        if session.get(Participant, participant_id) is None:
            raise NotFoundError(
                _tr("No existe la persona participante «{id}».").format(id=participant_id)
            )
        ids = _person_ids(session, participant_id)
    with service.action() as (session, scope):
        for pid in ids:
            row = session.get(Participant, pid)
            assert row is not None
            values: dict[str, Any] = {"name": erased_name(pid)}
            values.update({name: None for name in ERASED_FIELDS})
            values.update({name: False for name in REVOKED_CONSENTS})
            if row.deleted:  # a deleted duplicate: the same overwrite, logged the same way
                for name, value in values.items():
                    if getattr(row, name) != value:
                        setattr(row, name, value)
                        scope.writer.record("participants", pid, name, value)
                row.updated_at = utc_now_iso()
                if spec.derive is not None:
                    spec.derive(row)
            else:
                service.update_in(session, scope, spec, pid, values)
    scrubbed = scrub_history(db, ids)
    return ErasureResult(len(ids), scrubbed)


def scrub_history(db: Database, participant_ids: list[str]) -> int:
    """Overwrite the old values of erased participants' identifying fields in the change log
    (same ids and clocks), with ``secure_delete`` so the old bytes are zeroed in the file."""
    count = 0
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        try:
            with conn.begin():
                for pid in participant_ids:
                    for field in SCRUBBED_FIELDS:
                        value = erased_name(pid) if field == "name" else None
                        result = conn.execute(
                            text(
                                "UPDATE changes SET value = :value WHERE entity = 'participants' "
                                "AND row_id = :row AND field = :field AND value != :value"
                            ),
                            {"value": dumps(value), "row": pid, "field": field},
                        )
                        count += result.rowcount
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.exec_driver_sql("PRAGMA secure_delete=OFF")
    return count


def scrub_erased(db: Database) -> int:
    """Scrub the history of every participant erased here or on another laptop."""
    with db.read() as session:
        rows = session.execute(
            select(Participant.id, Participant.name).where(
                Participant.name.like(ERASED_PREFIX + "%")
            )
        ).all()
    erased = [pid for pid, name in rows if is_erased(pid, name)]
    return scrub_history(db, erased) if erased else 0
