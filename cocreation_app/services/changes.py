"""The change log: every local write appends one record per field, stamped with a hybrid
logical clock (HLC), this device's id and a per-device sequence number.

A clock is ``<wall ms: 15 digits>-<counter: 6 digits>-<device id>``: text that sorts in clock
order, with ties between devices broken by device id. The writer never leaves that format: a
counter past :data:`MAX_COUNTER` carries into the wall (one millisecond later, counter 0), and the
sequence number stops at :data:`MAX_SEQ` (readers refuse anything beyond both, sync/format.py).

All the changes of one transaction share one reading of the wall clock (the counter orders them),
so the rows one action writes get the same ``updated_at``, and that time is the time of the
clock of the change: the time every other database derives from it when it imports it.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocreation_app.models import Change, FieldVersion, LocalSetting

_WALL = "hlc_wall_ms"
_COUNTER = "hlc_counter"
_SEQ = "change_seq"

MAX_COUNTER = 999_999  # six digits
# Readers refuse a sequence number beyond this (a thousand changes a second for thirty years), so
# no bundle can push a device's numbering near JSON's 2**53; a device never gets there itself.
MAX_SEQ = 10**12
_CHUNK = 500  # ids per IN (...) query (SQLite's default limit of bound parameters is far above)


def format_clock(wall_ms: int, counter: int, device_id: str) -> str:
    return f"{wall_ms:015d}-{counter:06d}-{device_id}"


def parse_clock(clock: str) -> tuple[int, int, str]:
    wall, counter, device = clock.split("-", 2)
    return int(wall), int(counter), device


def clock_time_iso(clock: str) -> str:
    """The wall time of a clock as ISO 8601 UTC (what ``updated_at`` shows)."""
    return ms_time_iso(parse_clock(clock)[0])


def ms_time_iso(wall_ms: int) -> str:
    """Milliseconds since 1970 as ISO 8601 UTC with milliseconds (``2026-11-27T20:48:24.565Z``)."""
    seconds, millis = divmod(wall_ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}Z"


def wall_clock_ms() -> int:
    return int(time.time() * 1000)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class ChangeWriter:
    """Appends change records within one transaction and keeps the clock state in the database.

    Use one writer per transaction: it reads the clock once and writes it back in :meth:`close`.
    """

    def __init__(self, session: Session, device_id: str) -> None:
        self.session = session
        self.device_id = device_id
        self._wall = int(self._setting(_WALL, "0"))
        self._counter = int(self._setting(_COUNTER, "0"))
        self._seq = int(self._setting(_SEQ, "0"))
        self.started_after = self._seq  # the changes of this transaction have a higher seq
        self._now = wall_clock_ms()  # one reading per transaction (see the module docstring)
        # Rows whose field versions were read in one go (:meth:`prefetch`), and those versions.
        self._prefetched: set[tuple[str, str]] = set()
        self._versions: dict[tuple[str, str, str], FieldVersion] = {}

    def _setting(self, key: str, default: str) -> str:
        row = self.session.get(LocalSetting, key)
        return row.value if row is not None else default

    def _put(self, key: str, value: str) -> None:
        row = self.session.get(LocalSetting, key)
        if row is None:
            self.session.add(LocalSetting(key=key, value=value))
        else:
            row.value = value

    def tick(self) -> str:
        """The next clock: the wall clock if it is ahead of every clock seen, else one more on
        the counter (a laptop whose wall clock is behind, or years off, still orders its changes
        after everything it has seen)."""
        if self._now > self._wall:
            self._wall, self._counter = self._now, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:
            self._wall, self._counter = self._wall + 1, 0
        return format_clock(self._wall, self._counter, self.device_id)

    def time_iso(self) -> str:
        """The time of the latest clock this writer gave (``updated_at`` of what it wrote)."""
        return ms_time_iso(self._wall)

    def observe(self, clock: str) -> None:
        """Move this device's clock past a clock received from another device (HLC receive).

        Readers only let through clocks within sync/format.py's horizon, so this never adopts a
        clock decades ahead."""
        wall, counter, _device = parse_clock(clock)
        if (wall, counter) > (self._wall, self._counter):
            self._wall, self._counter = wall, counter

    def observe_seq(self, seq: int) -> None:
        """Never reuse a sequence number this device already used (a restored backup may
        import its own later changes back from a bundle)."""
        self._seq = max(self._seq, seq)

    def prefetch(self, entity: str, row_ids: Iterable[str]) -> None:
        """Read the field versions of many rows of ``entity`` at once, so that :meth:`record`
        on them looks nothing up (an import that writes a thousand rows, one query per field,
        spent most of its time in those lookups and the flushes they set off)."""
        ids = sorted({i for i in row_ids if (entity, i) not in self._prefetched})
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            query = select(FieldVersion).where(
                FieldVersion.entity == entity, FieldVersion.row_id.in_(chunk)
            )
            for version in self.session.scalars(query):
                self._versions[(entity, version.row_id, version.field)] = version
            self._prefetched.update((entity, i) for i in chunk)

    def record(
        self,
        entity: str,
        row_id: str,
        field: str,
        value: Any,
        *,
        base_clock: str | None = None,
        new_row: bool = False,
    ) -> Change:
        """Append the change of ``field`` to ``value`` (JSON-ready) and make it the winner.

        ``base_clock`` overrides the replaced value's clock (sync's conflict resolution replaces
        each competing value in turn); by default it is the current winner's. ``new_row``: the
        row's id was just generated, so no value of it exists to look up (a list import
        creates thousands of rows in one transaction).
        """
        key = (entity, row_id, field)
        version: FieldVersion | None = None
        if (entity, row_id) in self._prefetched:
            version = self._versions.get(key)
        elif not new_row:
            version = self.session.get(FieldVersion, key)
        clock = self.tick()
        self._seq += 1
        change = Change(
            id=str(uuid.uuid4()),
            device_id=self.device_id,
            seq=self._seq,
            clock=clock,
            entity=entity,
            row_id=row_id,
            field=field,
            value=dumps(value),
            base_clock=base_clock or (version.clock if version is not None else None),
        )
        self.session.add(change)
        if version is None:
            version = FieldVersion(
                entity=entity, row_id=row_id, field=field, clock=clock, change_id=change.id
            )
            self.session.add(version)
            if (entity, row_id) in self._prefetched:
                self._versions[key] = version
        else:
            version.clock = clock
            version.change_id = change.id
        return change

    def close(self) -> None:
        self._put(_WALL, str(self._wall))
        self._put(_COUNTER, str(self._counter))
        self._put(_SEQ, str(self._seq))
