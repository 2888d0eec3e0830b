"""Bulk writing of records and their change log, as ``EntityService`` would write them.

The services write one row at a time through the ORM, which is right for a person typing and far
too slow for half a million synthetic rows. :class:`FastWriter` writes the same rows with
SQLAlchemy Core ``executemany`` in one transaction: each record, one ``Change`` per non-empty
field plus ``deleted`` (with an HLC clock and a per-device sequence number), and the
``FieldVersion`` that makes each change the winner. Sync and export cannot tell the difference.
"""

from __future__ import annotations

import random
import uuid
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, insert, select

from cocreation_app.models import Change, Device, FieldVersion, LocalSetting
from cocreation_app.services.changes import clock_time_iso, dumps, format_clock
from cocreation_app.services.registry import KINDS
from cocreation_app.services.values import to_json

CHUNK = 20_000


def seeded_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class FastWriter:
    """Buffers records and changes of one device and writes them in large batches.

    The clock starts at ``start_ms`` and moves one millisecond per record, so a day of
    synthetic work has plausible, strictly increasing clocks. Call :meth:`close` to flush and to
    store the device's clock and sequence number (only for the local device).
    """

    def __init__(
        self,
        conn: Connection,
        device_id: str,
        start_ms: int,
        rng: random.Random,
        *,
        local: bool = True,
    ) -> None:
        self.conn = conn
        self.device_id = device_id
        self.rng = rng
        self.local = local
        self._wall = start_ms
        self._counter = 0
        self._seq = self._stored_seq() if local else 0
        self._rows: dict[str, list[dict[str, Any]]] = {}
        self._changes: list[dict[str, Any]] = []
        self._versions: dict[tuple[str, str, str], tuple[str, str]] = {}
        self.change_count = 0

    def _stored_seq(self) -> int:
        value = self.conn.scalar(select(LocalSetting.value).where(LocalSetting.key == "change_seq"))
        return int(value) if value is not None else 0

    def _tick(self) -> str:
        self._counter += 1
        return format_clock(self._wall, self._counter, self.device_id)

    def _next_record(self) -> None:
        self._wall += 1
        self._counter = 0

    def _change(self, entity: str, row_id: str, field: str, value: Any) -> str:
        clock = self._tick()
        self._seq += 1
        change_id = seeded_uuid(self.rng)
        key = (entity, row_id, field)
        previous = self._versions.get(key)
        self._changes.append(
            {
                "id": change_id,
                "device_id": self.device_id,
                "seq": self._seq,
                "clock": clock,
                "entity": entity,
                "row_id": row_id,
                "field": field,
                "value": dumps(value),
                "base_clock": previous[0] if previous is not None else None,
            }
        )
        self._versions[key] = (clock, change_id)
        self.change_count += 1
        if len(self._changes) >= CHUNK:
            self._flush_changes()
        return clock

    def add(self, kind: str, values: dict[str, Any], row_id: str | None = None) -> str:
        """Create a record of ``kind`` from typed ``values``; returns its id."""
        spec = KINDS[kind]
        self._next_record()
        row_id = row_id or seeded_uuid(self.rng)
        first = format_clock(self._wall, 1, self.device_id)  # the clock of its "deleted" change
        stamp = clock_time_iso(first)
        row: dict[str, Any] = {
            "id": row_id,
            "created_at": stamp,
            "created_clock": first,
            "updated_at": stamp,
        }
        row["deleted"] = False
        for field in spec.fields:
            value = values.get(field.name)
            if value is None and field.default is not None:
                value = field.default
            row[field.name] = value
        if spec.derive is not None:
            derived = SimpleNamespace(**row)
            spec.derive(derived)
            row.update(vars(derived))
        if spec.keeps_origin:
            row["recorded_by"] = self.device_id
        self._change(kind, row_id, "deleted", False)
        for field in spec.fields:
            if row[field.name] is not None:
                self._change(kind, row_id, field.name, to_json(field, row[field.name]))
        self._rows.setdefault(kind, []).append(row)
        return row_id

    def edit(self, kind: str, row: dict[str, Any], field_name: str, value: Any) -> None:
        """Change one field of a record still in the buffer (a later edit of the same day)."""
        spec = KINDS[kind]
        self._next_record()
        row[field_name] = value
        row["updated_at"] = clock_time_iso(format_clock(self._wall, 1, self.device_id))
        if spec.derive is not None:
            derived = SimpleNamespace(**row)
            spec.derive(derived)
            row.update(vars(derived))
        self._change(kind, row["id"], field_name, to_json(spec.field_map[field_name], value))

    def edit_stored(self, kind: str, row_id: str, field_name: str, value: Any) -> None:
        """Change one field of a record already in the database (written by another device)."""
        spec = KINDS[kind]
        table: Any = spec.model.__table__
        versions: Any = FieldVersion.__table__
        key = (versions.c.entity == kind) & (versions.c.row_id == row_id)
        key &= versions.c.field == field_name
        base = self.conn.execute(select(versions.c.clock).where(key)).scalar()
        self._next_record()
        clock = self._tick()
        self._seq += 1
        change_id = seeded_uuid(self.rng)
        json_value = to_json(spec.field_map[field_name], value)
        self._changes.append(
            {
                "id": change_id,
                "device_id": self.device_id,
                "seq": self._seq,
                "clock": clock,
                "entity": kind,
                "row_id": row_id,
                "field": field_name,
                "value": dumps(json_value),
                "base_clock": base,
            }
        )
        self.change_count += 1
        self.conn.execute(
            table.update()
            .where(table.c.id == row_id)
            .values({field_name: value, "updated_at": clock_time_iso(clock)})
        )
        self.conn.execute(versions.update().where(key).values(clock=clock, change_id=change_id))

    def rows(self, kind: str) -> list[dict[str, Any]]:
        return self._rows.get(kind, [])

    def _flush_changes(self) -> None:
        if self._changes:
            self.conn.execute(insert(Change.__table__), self._changes)
            self._changes = []

    def close(self) -> None:
        """Write everything buffered, parents before children, and the clock state."""
        for kind in KINDS:  # registry order declares parents first
            rows = self._rows.pop(kind, [])
            for start in range(0, len(rows), CHUNK):
                self.conn.execute(insert(KINDS[kind].model.__table__), rows[start : start + CHUNK])
        self._flush_changes()
        versions = [
            {"entity": e, "row_id": r, "field": f, "clock": c, "change_id": i}
            for (e, r, f), (c, i) in self._versions.items()
        ]
        for start in range(0, len(versions), CHUNK):
            self.conn.execute(insert(FieldVersion.__table__), versions[start : start + CHUNK])
        self._versions = {}
        if self.local:
            settings = {
                "hlc_wall_ms": str(self._wall),
                "hlc_counter": str(self._counter),
                "change_seq": str(self._seq),
            }
            for key, value in settings.items():
                self.conn.execute(LocalSetting.__table__.delete().where(LocalSetting.key == key))
                self.conn.execute(insert(LocalSetting.__table__), {"key": key, "value": value})
        else:
            exists = self.conn.scalar(select(Device.id).where(Device.id == self.device_id))
            if exists is None:
                self.conn.execute(
                    insert(Device.__table__),
                    {
                        "id": self.device_id,
                        "label": None,
                        "is_local": False,
                        "first_seen_at": clock_time_iso(
                            format_clock(self._wall, 0, self.device_id)
                        ),
                    },
                )
