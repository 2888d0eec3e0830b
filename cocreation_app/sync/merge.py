"""Merging a set of change records into the database: the heart of sync.

The database content is a function of the *set* of changes it holds:

- per field, the change with the highest clock wins (clocks sort as text; ties cannot happen
  because a clock ends with its device id);
- a change's ``base_clock`` names the change it replaced, so the changes of one field form a tree;
  its *heads* (changes nobody replaced) are the values still standing. Two or more heads with
  different values form a conflict, kept until a person resolves it (the resolution replaces every
  head, see :mod:`cocreation_app.sync.conflicts`).

Everything here is set-based SQL on the connection of the caller's transaction: one query per
chunk of rows, ``executemany`` for writes, no per-change ORM objects.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from cocreation_app.services.changes import ChangeWriter, clock_time_iso, parse_clock
from cocreation_app.services.registry import KINDS
from cocreation_app.sync.changelog import (
    NO_CONFLICT_FIELDS,
    Key,
    RowKey,
    Stored,
    by_entity,
    chunks,
    existing_rows,
    field_versions,
    heads,
    in_conflict,
    placeholders,
    split_known,
    stored_changes,
    to_stored,
)
from cocreation_app.sync.format import FIELD_SPECS, ChangeTuple
from cocreation_app.sync.orphans import new_orphans


@dataclass
class MergeResult:
    """What merging a bundle does (or would do): counts and the rows it touches."""

    new_changes: int = 0
    known_changes: int = 0
    row_status: dict[RowKey, str] = field(default_factory=dict)  # new | updated | unchanged
    conflict_fields: set[Key] = field(default_factory=set)
    orphans: set[RowKey] = field(default_factory=set)  # rows left live under a deleted parent


# -- the merge ---------------------------------------------------------------------------------


def merge(
    session: Session,
    device_id: str,
    changes: list[ChangeTuple],
    *,
    apply: bool,
    proofs: dict[str, str] | None = None,
) -> MergeResult:
    """Merge ``changes`` (already validated) inside the caller's transaction; the new ones are
    stored with their authors' ``proofs`` (by change id).

    With ``apply=False`` nothing is written: the result is the preview.
    """
    conn = session.connection()
    fresh, known = split_known(conn, changes)
    result = MergeResult(new_changes=len(fresh), known_changes=known)
    if not fresh:
        return result  # nothing new: no row to report on, nothing to write
    for change in changes:
        result.row_status[(change[4], change[5])] = "unchanged"
    stored = [to_stored(c) for c in fresh]
    by_key: dict[Key, list[Stored]] = defaultdict(list)
    for item in stored:
        by_key[(item.entity, item.row_id, item.field)].append(item)
    rows = {(k[0], k[1]) for k in by_key}
    versions = field_versions(conn, rows)
    present = existing_rows(conn, rows)

    winners: dict[Key, Stored] = {}
    delicate: list[Key] = []
    for key, incoming in by_key.items():
        top = max(incoming, key=lambda c: c.clock)
        old = versions.get(key)
        if old is None or top.clock > old:
            winners[key] = top
        if not _fast_forward(incoming, old):
            delicate.append(key)
    _find_conflicts(conn, by_key, delicate, result)
    result.orphans = new_orphans(
        conn, {key: change.raw for key, change in winners.items()}, rows - present
    )

    for row in rows:
        result.row_status[row] = "new" if row not in present else "unchanged"
    for key in winners:
        row = (key[0], key[1])
        if result.row_status[row] == "unchanged":
            result.row_status[row] = "updated"
    if apply:
        _write(session, conn, device_id, stored, winners, versions, present, proofs or {})
    return result


def _fast_forward(incoming: list[Stored], old_clock: str | None) -> bool:
    """True when the incoming changes of a field form one chain on top of the current winner,
    the usual case, which cannot create a conflict."""
    if len(incoming) == 1:
        return incoming[0].base_clock == old_clock
    clocks = {c.clock for c in incoming}
    bases = {c.base_clock for c in incoming}
    roots = [c for c in incoming if c.base_clock not in clocks]
    tips = [c for c in incoming if c.clock not in bases]
    return len(roots) == 1 and len(tips) == 1 and roots[0].base_clock == old_clock


def _find_conflicts(
    conn: Connection, by_key: dict[Key, list[Stored]], delicate: list[Key], result: MergeResult
) -> None:
    keys = [k for k in delicate if (k[0], k[2]) not in NO_CONFLICT_FIELDS]
    if not keys:
        return
    before = stored_changes(conn, keys)
    for key in keys:
        old = before.get(key, [])
        new = old + by_key[key]
        if in_conflict(new):
            old_heads = {c.id for c in heads(old)}
            if not in_conflict(old) or old_heads != {c.id for c in heads(new)}:
                result.conflict_fields.add(key)


def _write(
    session: Session,
    conn: Connection,
    device_id: str,
    stored: list[Stored],
    winners: dict[Key, Stored],
    versions: dict[Key, str],
    present: set[RowKey],
    proofs: dict[str, str],
) -> None:
    if conn.dialect.name == "postgresql":  # keys made DEFERRABLE by migration 0007
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    conn.exec_driver_sql(
        "INSERT INTO changes (id, device_id, seq, clock, entity, row_id, field, value, "
        "base_clock, proof) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (*c[:9], proofs.get(c.id))  # Stored: id, device_id, seq, …, base_clock, raw
            for c in stored
        ],
    )
    if winners:
        conn.exec_driver_sql(
            "INSERT INTO field_versions (entity, row_id, field, clock, change_id) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, row_id, field) "
            "DO UPDATE SET clock = excluded.clock, change_id = excluded.change_id",
            [(k[0], k[1], k[2], c.clock, c.id) for k, c in winners.items()],
        )
    _apply_rows(conn, stored, winners, versions, present)
    writer = ChangeWriter(session, device_id)
    writer.observe(max(c.clock for c in stored))
    own = [c.seq for c in stored if c.device_id == device_id]
    if own:
        writer.observe_seq(max(own))
    writer.close()


def _column_value(entity: str, field_name: str, value: Any) -> Any:
    """The value as the column stores it (decimals are bound as floats, like the ORM does)."""
    if value is not None and FIELD_SPECS[(entity, field_name)].type == "decimal":
        return float(Decimal(value))
    return value


def _apply_rows(
    conn: Connection,
    stored: list[Stored],
    winners: dict[Key, Stored],
    versions: dict[Key, str],
    present: set[RowKey],
) -> None:
    """Write the winning values into the entity tables (insert new rows, update the others).

    ``created_clock``/``created_at`` come from the row's first change and ``updated_at`` from
    its latest winning change, so every database that holds the same changes shows the same
    timestamps and lists rows in the same order; so does ``recorded_by``, the device of a
    tally's first change (its creator: another device can only change the row after receiving
    it, so its clocks are later). A row already here takes an earlier first change it receives
    (two laptops that created one natural fact, such as a check-in, the same on both).
    """
    first_clock: dict[RowKey, str] = {}
    for change in stored:
        row = (change.entity, change.row_id)
        if row not in first_clock or change.clock < first_clock[row]:
            first_clock[row] = change.clock
    latest: dict[RowKey, str] = {}
    for (entity, row_id, _field), clock in versions.items():
        row = (entity, row_id)
        if clock > latest.get(row, ""):
            latest[row] = clock
    values: dict[RowKey, dict[str, Any]] = defaultdict(dict)
    for (entity, row_id, field_name), change in winners.items():
        row = (entity, row_id)
        values[row][field_name] = _column_value(entity, field_name, change.raw)
        if change.clock > latest.get(row, ""):
            latest[row] = change.clock

    inserts: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
    for row, fields in values.items():
        entity, row_id = row
        spec = KINDS[entity]
        updated_at = clock_time_iso(latest[row])
        first = first_clock.get(row, latest[row])
        if row in present:
            names = tuple(sorted(fields))
            updates[(entity, names)].append(
                (*(fields[n] for n in names), updated_at, *_earlier(first), row_id)
            )
        else:
            own = [fields.get(f.name) for f in spec.fields]
            inserts[entity].append(
                (
                    row_id,
                    clock_time_iso(first),
                    first,
                    updated_at,
                    bool(fields.get("deleted", False)),
                    *own,
                    *_derived(entity, own),
                    # The device that created the row: the first change's (its clock ends so).
                    *((parse_clock(first)[2],) if spec.keeps_origin else ()),
                )
            )
    for entity in _parents_first(inserts):
        spec = KINDS[entity]
        columns = [
            "id",
            "created_at",
            "created_clock",
            "updated_at",
            "deleted",
            *(f.name for f in spec.fields),
            *derived_columns(entity),
            *(("recorded_by",) if spec.keeps_origin else ()),
        ]
        conn.exec_driver_sql(
            f"INSERT INTO {spec.model.__tablename__} ({', '.join(columns)}) "
            f"VALUES ({placeholders(len(columns))})",
            inserts[entity],
        )
    for row, first in first_clock.items():
        if row in present and row not in values:  # only losing changes, maybe an earlier first
            updates[(row[0], ())].append((*_earlier(first), row[1]))
    for (entity, names), params in updates.items():
        assigned = (*names, "updated_at") if names else ()
        assignments = "".join(f"{name} = ?, " for name in assigned)
        conn.exec_driver_sql(
            f"UPDATE {KINDS[entity].model.__tablename__} SET {assignments}{_TAKE_EARLIER} "
            "WHERE id = ?",
            params,
        )
    _rederive(conn, {(e, p[-1]) for (e, names), rows in updates.items() if names for p in rows})


# Both right-hand sides read the row as it was (SQL evaluates SET against the old row).
_TAKE_EARLIER = (
    "created_at = CASE WHEN ? < created_clock THEN ? ELSE created_at END, "
    "created_clock = CASE WHEN ? < created_clock THEN ? ELSE created_clock END"
)


def _earlier(first: str) -> tuple[str, str, str, str]:
    """The parameters of ``_TAKE_EARLIER`` for a row whose first change received is ``first``."""
    return (first, clock_time_iso(first), first, first)


def _parents_first(inserts: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    """Registry order declares parents before children (foreign keys are deferred anyway)."""
    return [kind for kind in KINDS if kind in inserts]


@functools.cache
def derived_columns(kind: str) -> tuple[str, ...]:
    """The columns a kind's ``derive`` fills in (found by running it once on empty values)."""
    spec = KINDS[kind]
    if spec.derive is None:
        return ()
    probe = SimpleNamespace(**{f.name: None for f in spec.fields})
    spec.derive(probe)
    return tuple(sorted(set(vars(probe)) - set(spec.field_map)))


def _derived(kind: str, values: Sequence[Any]) -> list[Any]:
    """Derived column values of one row from its field values (in declaration order)."""
    names = derived_columns(kind)
    if not names:
        return []
    spec = KINDS[kind]
    assert spec.derive is not None
    row = SimpleNamespace(**{f.name: v for f, v in zip(spec.fields, values, strict=True)})
    spec.derive(row)
    return [getattr(row, name) for name in names]


def _rederive(conn: Connection, rows: set[RowKey]) -> None:
    """Recompute derived columns (the participants' search key) of updated rows."""
    for entity, ids in by_entity(r for r in rows if derived_columns(r[0])).items():
        spec = KINDS[entity]
        table = spec.model.__tablename__
        names = derived_columns(entity)
        params: list[tuple[Any, ...]] = []
        for chunk in chunks(ids):
            for row in conn.exec_driver_sql(
                f"SELECT id, {', '.join(f.name for f in spec.fields)} FROM {table} "
                f"WHERE id IN ({placeholders(len(chunk))})",
                tuple(chunk),
            ):
                params.append((*_derived(entity, row[1:]), row[0]))
        assignments = ", ".join(f"{name} = ?" for name in names)
        conn.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE id = ?", params)
