"""Kept conflicts: listing them, and resolving them with a change that travels.

A conflict is not stored anywhere: it is read from the change log (a field with two or more
standing values that differ, see :mod:`cocreation_app.sync.merge`), so every database holding the
same changes shows the same conflicts, with the same ids. Resolving writes the chosen value once
per standing value (each change replacing one of them), so afterwards a single value stands, on
this laptop and on every laptop that imports the resolution.
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
from cocreation_app.storage import Database, utc_now_iso
from cocreation_app.sync.format import FIELD_SPECS, tr
from cocreation_app.sync.merge import (
    NO_CONFLICT_FIELDS,
    Key,
    Stored,
    heads,
    in_conflict,
    stored_changes,
)

_NAMESPACE = uuid.UUID("0d8f3c52-5a7e-4b4f-8f6e-2f1c9a0b7c11")


def conflict_id(entity: str, row_id: str, field: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{entity}/{row_id}/{field}"))


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

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "target_kind": self.target_kind,
            "target_id": self.target_id,
            "target_label": self.target_label,
            "field": self.field,
            "values": [v.to_json() for v in self.values],
        }


def _candidate_keys(session: Session, plan_id: str | None) -> list[Key]:
    rows = session.connection().exec_driver_sql(
        "SELECT entity, row_id, field FROM changes "
        "GROUP BY entity, row_id, field HAVING count(*) > 1"
    )
    keys = [(e, r, f) for e, r, f in rows if (e, f) not in NO_CONFLICT_FIELDS and e in KINDS]
    if plan_id is None:
        return keys
    members: dict[str, set[str]] = {}
    for entity in {k[0] for k in keys}:
        spec = KINDS[entity]
        model: Any = spec.model
        members[entity] = set(
            session.scalars(select(model.id).where(plan_condition(spec, plan_id)))
        )
    return [k for k in keys if k[1] in members[k[0]]]


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
    spec = KINDS[entity]
    row: Any = session.get(spec.model, row_id)
    label = getattr(row, spec.display, None) if row is not None else None
    return Conflict(
        id=conflict_id(entity, row_id, field),
        target_kind=entity,
        target_id=row_id,
        target_label=None if label is None else str(label),
        field=field,
        values=tuple(values),
    )


def list_conflicts(db: Database, plan_id: str | None = None) -> list[Conflict]:
    """Every field with competing values (optionally only rows of one plan), stable order."""
    with db.read() as session:
        keys = _candidate_keys(session, plan_id)
        changes = stored_changes(session.connection(), keys)
        labels = {d.id: d.label for d in session.scalars(select(Device))}
        return [
            _describe(session, key, changes[key], labels)
            for key in sorted(keys)
            if in_conflict(changes[key])
        ]


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
        standing = heads(stored_changes(session.connection(), [key])[key])
        for change in sorted(standing, key=lambda c: c.clock):
            scope.writer.record(*key, new_value, base_clock=change.clock)
        row: Any = session.get(kind.model, item.target_id)
        if row is not None:
            setattr(row, item.field, from_json(spec, new_value))
            row.updated_at = utc_now_iso()
            if kind.derive is not None:
                kind.derive(row)
    return new_value
