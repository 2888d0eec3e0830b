"""Kept conflicts: listing them, and resolving them with a change that travels.

A conflict is not stored anywhere: it is read from the change log (a field with two or more
standing values that differ, see :mod:`cocreation_app.sync.merge`), so every database holding the
same changes shows the same conflicts, with the same ids. Resolving writes the chosen value once
per standing value (each change replacing one of them), so afterwards a single value stands, on
this laptop and on every laptop that imports the resolution.

A second type, *orphan*, is a live row under a deleted parent (:mod:`cocreation_app.sync.orphans`);
it is settled by restoring the parent or deleting the row.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocreation_app.errors import NotFoundError, ValidationError
from cocreation_app.models import Device
from cocreation_app.services.changes import clock_time_iso
from cocreation_app.services.entities import EntityService, plan_condition
from cocreation_app.services.registry import KINDS
from cocreation_app.services.values import coerce, from_json, to_json
from cocreation_app.storage import Database
from cocreation_app.sync.changelog import (
    NO_CONFLICT_FIELDS,
    Key,
    Stored,
    heads,
    in_conflict,
    stored_changes,
)
from cocreation_app.sync.format import FIELD_SPECS, tr
from cocreation_app.sync.orphans import (
    Orphan,
    delete_orphan,
    find_orphans,
    restore_parents,
    write_over_heads,
)

_NAMESPACE = uuid.UUID("0d8f3c52-5a7e-4b4f-8f6e-2f1c9a0b7c11")


def conflict_id(entity: str, row_id: str, field: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{entity}/{row_id}/{field}"))


def orphan_conflict_id(entity: str, row_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"orphan/{entity}/{row_id}"))


@dataclass(frozen=True)
class Event:
    """Who did something (a device) and when (from the change's clock)."""

    device_id: str
    device_label: str | None
    time: str

    def to_json(self) -> dict[str, Any]:
        return {"device_id": self.device_id, "device_label": self.device_label, "time": self.time}


@dataclass(frozen=True)
class OrphanDetail:
    """An orphan conflict's parent, who deleted it, and who created the orphan."""

    parent_kind: str
    parent_id: str
    parent_label: str | None
    parent_deleted: Event | None
    created: Event | None

    def to_json(self) -> dict[str, Any]:
        return {
            "parent_kind": self.parent_kind,
            "parent_id": self.parent_id,
            "parent_label": self.parent_label,
            "parent_deleted": None
            if self.parent_deleted is None
            else self.parent_deleted.to_json(),
            "created": None if self.created is None else self.created.to_json(),
            "choices": ["restore_parent", "delete_orphan"],
        }


@dataclass(frozen=True)
class ConflictValue:
    value_id: str  # the id of the change that set this value
    value: Any  # JSON form
    device_id: str
    device_label: str | None
    time: str  # ISO 8601 UTC, from the change's clock
    current: bool  # the value the row shows now (highest clock)

    def to_json(self) -> dict[str, Any]:
        return {
            "value_id": self.value_id,
            "value": self.value,
            "device_id": self.device_id,
            "device_label": self.device_label,
            "time": self.time,
            "current": self.current,
        }


@dataclass(frozen=True)
class Conflict:
    id: str
    target_kind: str
    target_id: str
    target_label: str | None
    field: str
    values: tuple[ConflictValue, ...]
    orphan: OrphanDetail | None = None  # set for the "orphan" type (no competing values)

    @property
    def type(self) -> str:
        return "value" if self.orphan is None else "orphan"

    def to_json(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "type": self.type,
            "target_kind": self.target_kind,
            "target_id": self.target_id,
            "target_label": self.target_label,
            "field": self.field,
            "values": [v.to_json() for v in self.values],
        }
        if self.orphan is not None:
            data.update(self.orphan.to_json())
        return data


def _plan_members(session: Session, kinds: set[str], plan_id: str) -> dict[str, set[str]]:
    members: dict[str, set[str]] = {}
    for entity in kinds:
        spec = KINDS[entity]
        model: Any = spec.model
        members[entity] = set(
            session.scalars(select(model.id).where(plan_condition(spec, plan_id)))
        )
    return members


def _candidate_keys(session: Session, plan_id: str | None) -> list[Key]:
    rows = session.connection().exec_driver_sql(
        "SELECT entity, row_id, field FROM changes "
        "GROUP BY entity, row_id, field HAVING count(*) > 1"
    )
    keys = [(e, r, f) for e, r, f in rows if (e, f) not in NO_CONFLICT_FIELDS and e in KINDS]
    if plan_id is None:
        return keys
    members = _plan_members(session, {k[0] for k in keys}, plan_id)
    return [k for k in keys if k[1] in members[k[0]]]


def _label(session: Session, kind: str, row_id: str) -> str | None:
    spec = KINDS[kind]
    row: Any = session.get(spec.model, row_id)
    label = getattr(row, spec.display, None) if row is not None else None
    return None if label is None else str(label)


def _event(
    session: Session, sql: str, params: tuple[Any, ...], labels: dict[str, str | None]
) -> Event | None:
    row = session.connection().exec_driver_sql(sql, params).first()
    if row is None:
        return None
    return Event(row[0], labels.get(row[0]), clock_time_iso(row[1]))


def _describe_orphan(session: Session, orphan: Orphan, labels: dict[str, str | None]) -> Conflict:
    deleted = _event(
        session,
        "SELECT c.device_id, c.clock FROM field_versions v JOIN changes c ON c.id = v.change_id "
        "WHERE v.entity = ? AND v.row_id = ? AND v.field = 'deleted'",
        (orphan.parent_kind, orphan.parent_id),
        labels,
    )
    created = _event(
        session,
        "SELECT device_id, clock FROM changes WHERE entity = ? AND row_id = ? "
        "ORDER BY clock LIMIT 1",
        (orphan.kind, orphan.row_id),
        labels,
    )
    return Conflict(
        id=orphan_conflict_id(orphan.kind, orphan.row_id),
        target_kind=orphan.kind,
        target_id=orphan.row_id,
        target_label=_label(session, orphan.kind, orphan.row_id),
        field=orphan.link,
        values=(),
        orphan=OrphanDetail(
            parent_kind=orphan.parent_kind,
            parent_id=orphan.parent_id,
            parent_label=_label(session, orphan.parent_kind, orphan.parent_id),
            parent_deleted=deleted,
            created=created,
        ),
    )


def _orphan_conflicts(
    session: Session, plan_id: str | None, labels: dict[str, str | None]
) -> list[Conflict]:
    orphans = find_orphans(session.connection())
    if plan_id is not None and orphans:
        members = _plan_members(session, {o.kind for o in orphans}, plan_id)
        orphans = [o for o in orphans if o.row_id in members[o.kind]]
    return [_describe_orphan(session, o, labels) for o in orphans]


def _describe(
    session: Session, key: Key, items: list[Stored], labels: dict[str, str | None]
) -> Conflict:
    entity, row_id, field = key
    standing = sorted(heads(items), key=lambda c: c.clock, reverse=True)
    seen: set[str] = set()
    values: list[ConflictValue] = []
    for index, change in enumerate(standing):
        if change.value in seen:
            continue
        seen.add(change.value)
        values.append(
            ConflictValue(
                value_id=change.id,
                value=json.loads(change.value),
                device_id=change.device_id,
                device_label=labels.get(change.device_id),
                time=clock_time_iso(change.clock),
                current=index == 0,
            )
        )
    return Conflict(
        id=conflict_id(entity, row_id, field),
        target_kind=entity,
        target_id=row_id,
        target_label=_label(session, entity, row_id),
        field=field,
        values=tuple(values),
    )


def list_conflicts(db: Database, plan_id: str | None = None) -> list[Conflict]:
    """Every field with competing values, then every orphan (optionally only rows of one
    plan), in a stable order."""
    with db.read() as session:
        keys = _candidate_keys(session, plan_id)
        changes = stored_changes(session.connection(), keys)
        labels = {d.id: d.label for d in session.scalars(select(Device))}
        values = [
            _describe(session, key, changes[key], labels)
            for key in sorted(keys)
            if in_conflict(changes[key])
        ]
        return values + _orphan_conflicts(session, plan_id, labels)


def find_conflict(db: Database, conflict: str) -> Conflict:
    for item in list_conflicts(db):
        if item.id == conflict:
            return item
    raise NotFoundError(tr("No existe el conflicto «{id}».").format(id=conflict))


def resolve_conflict(
    db: Database, conflict: str, *, keep: str | None = None, value: str | None = None
) -> Any:
    """Settle a conflict with one of its values (``keep`` = a value id) or a new ``value`` typed
    by the user; returns the JSON value kept. The resolution is a change like any other."""
    item = find_conflict(db, conflict)
    if item.orphan is not None:
        raise ValidationError(
            tr(
                "Este conflicto es un registro cuyo registro superior se eliminó: restaure el "
                "superior o elimine el registro (--restore-parent o --delete-orphan)."
            )
        )
    spec = FIELD_SPECS[(item.target_kind, item.field)]
    if (keep is None) == (value is None):
        raise ValidationError(tr("Indique el valor a conservar o un valor nuevo, no ambos."))
    if keep is not None:
        chosen = [v for v in item.values if v.value_id == keep]
        if not chosen:
            raise NotFoundError(tr("El conflicto no tiene un valor con id «{id}».").format(id=keep))
        new_value = chosen[0].value
    else:
        new_value = to_json(spec, coerce(spec, value))
    if new_value is None and (spec.required or spec.name == "deleted"):
        raise ValidationError(tr("Este dato es obligatorio; no puede quedar vacío."))
    kind = KINDS[item.target_kind]
    with EntityService(db).action() as (session, scope):
        if spec.type == "ref" and new_value is not None:
            target: Any = session.get(KINDS[spec.ref or ""].model, new_value)
            if target is None:
                raise ValidationError(tr("El valor apunta a un registro inexistente."))
        key = (item.target_kind, item.target_id, item.field)
        row = write_over_heads(session, scope.writer, [key], new_value, from_json(spec, new_value))
        if row is not None and kind.derive is not None:
            kind.derive(row)
    return new_value


def resolve_orphan(db: Database, conflict: str, *, restore_parent: bool) -> int:
    """Settle an orphan: restore its deleted parents (each with what its delete took along) or
    delete it (with what hangs from it). Returns how many rows changed; all of it travels."""
    with EntityService(db).action() as (session, scope):
        for orphan in find_orphans(session.connection()):
            if orphan_conflict_id(orphan.kind, orphan.row_id) == conflict:
                if restore_parent:
                    return restore_parents(session, scope.writer, orphan)
                return delete_orphan(session, scope.writer, orphan)
    find_conflict(db, conflict)  # not an orphan: a value conflict, or no such conflict
    raise ValidationError(
        tr("Este conflicto no es un registro huérfano: indique el valor a conservar.")
    )
