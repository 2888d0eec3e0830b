"""Reading the change log: the primitives of merging and of the views built on it (conflicts,
orphans) — stored changes of a set of fields, their heads, what a bundle adds that is new.

Set-based SQL on the caller's connection, a chunk of rows per query.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection

from cocreation_app.services.registry import KINDS
from cocreation_app.sync.format import ChangeTuple

CHUNK = 500
# Fields where two laptops legitimately write different values for the same fact (the check-in
# time of the same person at the same workshop): the latest clock wins and no conflict is kept.
NO_CONFLICT_FIELDS = frozenset({("attendance", "checked_in_at")})

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)

Key = tuple[str, str, str]  # entity, row_id, field
RowKey = tuple[str, str]  # entity, row_id


class Stored(NamedTuple):
    """A change as the database stores it (value as canonical JSON text); ``raw`` is the
    decoded value when the change comes from a bundle."""

    id: str
    device_id: str
    seq: int
    clock: str
    entity: str
    row_id: str
    field: str
    value: str
    base_clock: str | None
    raw: Any = None


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def placeholders(count: int) -> str:
    return ",".join("?" * count)


def heads(changes: Iterable[Stored]) -> list[Stored]:
    """The changes of one field that no other change replaced."""
    items = list(changes)
    replaced = {c.base_clock for c in items}
    return [c for c in items if c.clock not in replaced]


def in_conflict(changes: Iterable[Stored]) -> bool:
    items = list(changes)
    if not items or (items[0].entity, items[0].field) in NO_CONFLICT_FIELDS:
        return False
    return len({c.value for c in heads(items)}) > 1


def to_stored(change: ChangeTuple) -> Stored:
    change_id, device_id, seq, clock, entity, row_id, field_name, value, base = change
    return Stored(
        change_id,
        device_id,
        seq,
        clock,
        entity,
        row_id,
        field_name,
        _ENCODER.encode(value),
        base,
        value,
    )


# -- reading what the database already has ------------------------------------------------------


class SequenceClash(Exception):
    """A change numbered like one the database holds, with another id: two databases wrote
    under one device identity (a copy made before identities stayed home, storage/identity.py).
    Dropping either would lose an edit, so the importer refuses the bundle and says why."""

    def __init__(self, device_id: str, seq: int) -> None:
        super().__init__(device_id, seq)
        self.device_id = device_id
        self.seq = seq


def split_known(conn: Connection, changes: list[ChangeTuple]) -> tuple[list[ChangeTuple], int]:
    """(changes not yet in the database, how many were already there); raises
    :class:`SequenceClash` when a known (device, sequence number) comes with another change id.
    """
    fresh, known, clashes = _sort_out(conn, changes)
    if clashes:
        raise SequenceClash(clashes[0][1], clashes[0][2])
    return fresh, known


def not_held(conn: Connection, changes: list[ChangeTuple]) -> list[ChangeTuple]:
    """The changes the database does not hold: new ones, and those numbered like a held change
    with another id."""
    fresh, _known, clashes = _sort_out(conn, changes)
    return fresh + clashes


def _sort_out(
    conn: Connection, changes: list[ChangeTuple]
) -> tuple[list[ChangeTuple], int, list[ChangeTuple]]:
    """(changes not in the database, how many are, those whose (device, seq) it holds with
    another id).

    A change is identified by its device and sequence number (unique in every database): a device
    none of whose range is stored costs one count, one whose range is all stored two queries (the
    re-import), the others one range scan comparing ids.
    """
    by_device: dict[str, list[ChangeTuple]] = defaultdict(list)
    for change in changes:
        by_device[change[1]].append(change)
    fresh: list[ChangeTuple] = []
    clashes: list[ChangeTuple] = []
    known = 0
    for device_id, items in by_device.items():
        low = min(c[2] for c in items)
        high = max(c[2] for c in items)
        where = "FROM changes WHERE device_id = ? AND seq BETWEEN ? AND ?"
        count = conn.exec_driver_sql(f"SELECT count(*) {where}", (device_id, low, high)).scalar()
        if count == 0:
            fresh.extend(items)
            continue
        if count == len(items) == high - low + 1 and _top_matches(conn, items):
            known += count  # the common re-import: every change held
            continue
        stored: dict[int, str] = {
            seq: change_id
            for seq, change_id in conn.exec_driver_sql(
                f"SELECT seq, id {where}", (device_id, low, high)
            )
        }
        for change in items:
            stored_id = stored.get(change[2])
            if stored_id is None:
                fresh.append(change)
            elif stored_id == change[0]:
                known += 1
            else:
                clashes.append(change)
    return fresh, known, clashes


def _top_matches(conn: Connection, items: list[ChangeTuple]) -> bool:
    """Whether the stored change at the highest sequence number of ``items`` has its id.

    Enough to tell a clash when the whole range is held: two databases that wrote under one id
    numbered alike every change after the point where they parted, so if any change of the range
    clashes, the last one does (and checking one id keeps a re-import cheap)."""
    top = max(items, key=lambda c: c[2])
    stored = conn.exec_driver_sql(
        "SELECT id FROM changes WHERE device_id = ? AND seq = ?", (top[1], top[2])
    ).scalar()
    return bool(stored == top[0])


def by_entity(rows: Iterable[RowKey]) -> dict[str, list[str]]:
    grouped: dict[str, set[str]] = defaultdict(set)
    for entity, row_id in rows:
        grouped[entity].add(row_id)
    return {entity: sorted(ids) for entity, ids in grouped.items()}


def field_versions(conn: Connection, rows: Iterable[RowKey]) -> dict[Key, str]:
    """The winning clock of every field of ``rows``."""
    out: dict[Key, str] = {}
    for entity, ids in by_entity(rows).items():
        for chunk in chunks(ids):
            for row_id, field_name, clock in conn.exec_driver_sql(
                "SELECT row_id, field, clock FROM field_versions "
                f"WHERE entity = ? AND row_id IN ({placeholders(len(chunk))})",
                (entity, *chunk),
            ):
                out[(entity, row_id, field_name)] = clock
    return out


def stored_changes(conn: Connection, keys: Iterable[Key]) -> dict[Key, list[Stored]]:
    """Every stored change of the fields ``keys``."""
    wanted = set(keys)
    out: dict[Key, list[Stored]] = defaultdict(list)
    for entity, ids in by_entity((k[0], k[1]) for k in wanted).items():
        for chunk in chunks(ids):
            for row in conn.exec_driver_sql(
                "SELECT id, device_id, seq, clock, entity, row_id, field, value, base_clock "
                f"FROM changes WHERE entity = ? AND row_id IN ({placeholders(len(chunk))})",
                (entity, *chunk),
            ):
                stored = Stored._make((*row, json.loads(row[7])))
                key = (stored.entity, stored.row_id, stored.field)
                if key in wanted:
                    out[key].append(stored)
    return out


def existing_rows(conn: Connection, rows: Iterable[RowKey]) -> set[RowKey]:
    out: set[RowKey] = set()
    for entity, ids in by_entity(rows).items():
        table = KINDS[entity].model.__tablename__
        for chunk in chunks(ids):
            for (row_id,) in conn.exec_driver_sql(
                f"SELECT id FROM {table} WHERE id IN ({placeholders(len(chunk))})", tuple(chunk)
            ):
                out.add((entity, row_id))
    return out
