"""A participant's rights over their personal data (Mexican ARCO rights): access and cancellation.

Access (:func:`person_report`): everything this database holds about one person — the record,
the records merged into it, attendance, consents with the notice version they accepted, other
records that name them (a commitment's contact, a comment's author) and the full history of every
value ever written for them — as JSON and as readable text.

Cancellation (:func:`erase_person`): the identifying fields are overwritten through
:class:`EntityService`, so the erasure is an ordinary set of changes that travels to the other
laptops with the next bundle and wins there as the newest value. Then the local change history is
*scrubbed*: every old value that identified the person is replaced in the ``changes`` table by
the erased value, and the file is rebuilt (``VACUUM``) with its write-ahead log emptied. Otherwise
the data would stay in the database file and go out again in every future bundle (bundles carry
the whole history). The scrub keeps each change's id, clock and base clock, so the structure sync
relies on is intact: a laptop that already holds the original change recognises it by id and
keeps its copy until it scrubs too; a laptop that did not have it receives the scrubbed value.
This is the one place where "nothing lost" is knowingly given up: an erased value must not be
kept. Backups made before the erasure still hold the data (docs/reliability.md).

Another laptop finishes the job with :func:`scrub_erased`: an erased participant is recognisable
everywhere because the pseudonym is derived from the id, and the identity to scrub is read from
that laptop's own history.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cocreation_app.errors import NotFoundError
from cocreation_app.i18n import format_date, translate
from cocreation_app.models import Attendance, Change, Participant, Plan, Workshop
from cocreation_app.services.changes import clock_time_iso, dumps
from cocreation_app.services.display import yes_no
from cocreation_app.services.entities import ChangeWriterScope, EntityService, record_of
from cocreation_app.services.registry import (
    KINDS,
    KindSpec,
    participant_fields,
    privacy_fields,
)
from cocreation_app.storage import Database, utc_now_iso, write_bytes_atomic
from cocreation_app.sync.authorship import redacted

# What an erasure does to each field is the registry's privacy declaration (``erasure``): the
# name becomes a pseudonym, what identifies or describes the person is emptied, optional consents
# are revoked; sector and the consent record stay (not identifying; the statistics need them).
# Fields of other records that may name the person (a commitment's contact, a comment's author)
# are ``mention`` fields: a value equal to an identifying value of the person is erased too.
ERASED_PREFIX = "Persona anonimizada "  # data, not interface text: identical on every laptop


def _pseudonymized() -> tuple[str, ...]:
    return participant_fields(erasure="pseudonym")


def _scrubbed() -> tuple[str, ...]:
    """The fields whose old values leave the change log too."""
    return (*_pseudonymized(), *participant_fields(erasure="clear"))


def _tr(text_: str) -> str:
    return translate("privacy", text_)


def erased_name(participant_id: str) -> str:
    """The pseudonym an erased participant gets: derived from the id, so every laptop can tell."""
    return ERASED_PREFIX + hashlib.sha256(participant_id.encode()).hexdigest()[:6].upper()


def is_erased(participant_id: str, name: str | None) -> bool:
    return name == erased_name(participant_id)


# An erased person's pseudonym, or the one a pseudonymized export gives (sync/export.py).
_REDACTED_TEXT = re.compile(f"({re.escape(ERASED_PREFIX)}|Participante )[0-9A-F]{{6}}")


def is_redaction(entity: str, field: str, value: Any) -> bool:
    """Whether ``value`` is what an erasure's scrub or a pseudonymized export writes in place of
    a value of this field: the only values a relayed change may carry instead of the one its
    author signed (sync/authorship.py)."""
    if (entity, field) not in _redactable():
        return False
    return value is None or (isinstance(value, str) and _REDACTED_TEXT.fullmatch(value) is not None)


@functools.cache
def _redactable() -> frozenset[tuple[str, str]]:
    scrubbed = {("participants", name) for name in _scrubbed()}
    mentions = set(privacy_fields(erasure="mention"))
    exported = {*privacy_fields(bundle="pseudonym"), *privacy_fields(bundle="remove")}
    return frozenset(scrubbed | mentions | exported)


# -- access ------------------------------------------------------------------------------------


def _person_ids(session: Session, participant_id: str) -> list[str]:
    """The person's record and the duplicate records merged into it."""
    merged = session.scalars(
        select(Participant.id)
        .where(Participant.merged_into_id == participant_id)
        .order_by(Participant.id)
    )
    return [participant_id, *merged]


def _identity(session: Session, ids: list[str]) -> set[str]:
    """The person's names, e-mails and phones, now and in the history (compared case-blind)."""
    identifying = participant_fields(identifies=True)
    values: set[str] = set()
    for pid in ids:
        row = session.get(Participant, pid)
        if row is not None:
            values.update(v for v in (getattr(row, name) for name in identifying) if v)
        for (text_,) in session.execute(
            select(Change.value).where(
                Change.entity == "participants",
                Change.row_id == pid,
                Change.field.in_(identifying),
            )
        ):
            value = json.loads(text_)
            if isinstance(value, str) and not is_erased(pid, value):
                values.add(value)
    return {v.strip().casefold() for v in values if v.strip()}


def _mentions(session: Session, identity: set[str]) -> list[tuple[str, str, str, str]]:
    """(kind, row id, field, value) of other records whose person field holds the identity."""
    found: list[tuple[str, str, str, str]] = []
    for kind, field in privacy_fields(erasure="mention"):
        model: Any = KINDS[kind].model
        column = getattr(model, field)
        for row_id, value in session.execute(
            select(model.id, column).where(column.is_not(None)).order_by(model.id)
        ):
            if value.strip().casefold() in identity:
                found.append((kind, row_id, field, value))
    return found


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
        mentions = [
            {"kind": kind, "id": row_id, "field": field, "value": value}
            for kind, row_id, field, value in _mentions(session, _identity(session, ids))
        ]
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
        "mentions": mentions,
        "history": history,
    }


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
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
    if report["mentions"]:
        lines.append(_tr("Otros registros que la mencionan:"))
        for item in report["mentions"]:
            spec_m = KINDS[item["kind"]]
            lines.append(
                f"  {spec_m.title()} {item['id']}: "
                f"{spec_m.field_map[item['field']].title()}: {item['value']}"
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
    try:
        write_bytes_atomic(text_path, person_text(report).encode("utf-8"))
    except BaseException:
        target.unlink(missing_ok=True)  # both files or neither
        raise
    return target, text_path


# -- cancellation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureResult:
    participants: int
    changes_scrubbed: int


def erase_person(db: Database, participant_id: str) -> ErasureResult:
    """Anonymize the participant (and records merged into it), clear the other records' fields
    that name them, and scrub all of it from the local history."""
    service = EntityService(db)
    spec = KINDS["participants"]
    with db.read() as session:
        if session.get(Participant, participant_id) is None:
            raise NotFoundError(
                _tr("No existe la persona participante «{id}».").format(id=participant_id)
            )
        ids = _person_ids(session, participant_id)
        identity = _identity(session, ids)
    with service.action() as (session, scope):
        for pid in ids:
            values: dict[str, Any] = {name: erased_name(pid) for name in _pseudonymized()}
            values.update({name: None for name in participant_fields(erasure="clear")})
            values.update({name: False for name in participant_fields(erasure="revoke")})
            _overwrite(scope, spec, session.get(Participant, pid), values)
        for kind, row_id, field, _value in _mentions(session, identity):
            mention_spec = KINDS[kind]
            row = session.get(mention_spec.model, row_id)
            new = _erased_mention(mention_spec, field, participant_id)
            _overwrite(scope, mention_spec, row, {field: new})
    return ErasureResult(len(ids), scrub_history(db, ids, identity, participant_id))


def _erased_mention(spec: KindSpec, field: str, participant_id: str) -> str | None:
    return erased_name(participant_id) if spec.field_map[field].required else None


def _overwrite(scope: ChangeWriterScope, spec: KindSpec, row: Any, values: dict[str, Any]) -> None:
    """Set ``values`` on ``row`` with the change log. No validation on purpose: the values are
    known to be safe, and an erasure must not fail because the row is odd (a deleted duplicate,
    a consent left in conflict by a sync)."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            scope.writer.record(spec.name, row.id, name, value)
            changed = True
    if changed:
        row.updated_at = scope.writer.time_iso()
        if spec.derive is not None:
            spec.derive(row)


def _scrub_updates(
    execute: Callable[[str, tuple[Any, ...]], Any],
    ids: list[str],
    identity: set[str],
    participant_id: str,
) -> list[tuple[str, str | None, str]]:
    """(new JSON value, new proof, change id) for every change that still names the person; the
    proof becomes that of a redaction, so the author's signature still covers the change
    (sync/authorship.py)."""
    updates: list[tuple[str, str | None, str]] = []
    for pid in ids:
        for field in _scrubbed():
            new = dumps(erased_name(pid) if field in _pseudonymized() else None)
            for change_id, old, proof in execute(
                "SELECT id, value, proof FROM changes WHERE entity = 'participants' "
                "AND row_id = ? AND field = ? AND value != ?",
                (pid, field, new),
            ).fetchall():
                updates.append((new, redacted(proof, old), change_id))
    for kind, field in privacy_fields(erasure="mention"):
        new = dumps(_erased_mention(KINDS[kind], field, participant_id))
        for change_id, old, proof in execute(
            "SELECT id, value, proof FROM changes WHERE entity = ? AND field = ?", (kind, field)
        ).fetchall():
            value = json.loads(old)
            if isinstance(value, str) and value.strip().casefold() in identity:
                updates.append((new, redacted(proof, old), change_id))
    return updates


def scrub_history(db: Database, ids: list[str], identity: set[str], participant_id: str) -> int:
    """Overwrite, in the change log (same ids and clocks), every old value of the participants'
    identifying fields and every mention field's value that named the person; then rebuild the
    file (``VACUUM``) and empty the write-ahead log so the old bytes leave the disk too. On a
    server, ``VACUUM`` of the change log frees the old row versions for reuse."""
    if db.on_server:
        return _scrub_on_server(db, ids, identity, participant_id)
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            updates = _scrub_updates(cursor.execute, ids, identity, participant_id)
            cursor.executemany("UPDATE changes SET value = ?, proof = ? WHERE id = ?", updates)
            cursor.execute("COMMIT")
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        if updates:
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
    return len(updates)


def _scrub_on_server(db: Database, ids: list[str], identity: set[str], participant_id: str) -> int:
    with db.begin() as session:
        conn = session.connection()
        updates = _scrub_updates(conn.exec_driver_sql, ids, identity, participant_id)
        if updates:
            conn.exec_driver_sql("UPDATE changes SET value = ?, proof = ? WHERE id = ?", updates)
    if updates:
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM changes")
    return len(updates)


def scrub_erased(db: Database) -> int:
    """Scrub the history of every participant erased here or on another laptop (the erasure
    arrived by sync, but this laptop's own history still holds the old values)."""
    with db.read() as session:
        rows = session.execute(
            select(Participant.id, Participant.name).where(
                Participant.name.like(ERASED_PREFIX + "%")
            )
        ).all()
        erased = [pid for pid, name in rows if is_erased(pid, name)]
        identities = {pid: _identity(session, [pid]) for pid in erased}
    return sum(scrub_history(db, [pid], identities[pid], pid) for pid in erased)
