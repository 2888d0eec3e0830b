"""The change log: every local write appends one record per field, stamped with a hybrid
logical clock (HLC), this device's id and a per-device sequence number.

A clock is ``<wall ms: 15 digits>-<counter: 6 digits>-<device id>``: text that sorts in clock
order, with ties between devices broken by device id.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from sqlalchemy.orm import Session

from cocreation_app.models import Change, FieldVersion, LocalSetting

_WALL = "hlc_wall_ms"
_COUNTER = "hlc_counter"
_SEQ = "change_seq"


def format_clock(wall_ms: int, counter: int, device_id: str) -> str:
    return f"{wall_ms:015d}-{counter:06d}-{device_id}"


def parse_clock(clock: str) -> tuple[int, int, str]:
    wall, counter, device = clock.split("-", 2)
    return int(wall), int(counter), device


def clock_time_iso(clock: str) -> str:
    """The wall time of a clock as ISO 8601 UTC (what ``updated_at`` shows)."""
    wall_ms = parse_clock(clock)[0]
    seconds, millis = divmod(wall_ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}Z"


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
        now = int(time.time() * 1000)
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._counter += 1
        return format_clock(self._wall, self._counter, self.device_id)

    def observe(self, clock: str) -> None:
        """Move this device's clock past a clock received from another device (HLC receive)."""
        wall, counter, _device = parse_clock(clock)
        if (wall, counter) > (self._wall, self._counter):
            self._wall, self._counter = wall, counter

    def observe_seq(self, seq: int) -> None:
        """Never reuse a sequence number this device already used (a restored backup may
        import its own later changes back from a bundle)."""
        self._seq = max(self._seq, seq)

    def record(
        self, entity: str, row_id: str, field: str, value: Any, *, base_clock: str | None = None
    ) -> Change:
        """Append the change of ``field`` to ``value`` (JSON-ready) and make it the winner.

        ``base_clock`` overrides the replaced value's clock (sync's conflict resolution replaces
        each competing value in turn); by default it is the current winner's.
        """
        version = self.session.get(FieldVersion, (entity, row_id, field))
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
            self.session.add(
                FieldVersion(
                    entity=entity, row_id=row_id, field=field, clock=clock, change_id=change.id
                )
            )
        else:
            version.clock = clock
            version.change_id = change.id
        return change

    def close(self) -> None:
        self._put(_WALL, str(self._wall))
        self._put(_COUNTER, str(self._counter))
        self._put(_SEQ, str(self._seq))
