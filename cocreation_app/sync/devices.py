"""The devices this database knows: their pinned keys, and the coordinator's trust in them.

Trust is local: marking a device as not trusted is a setting of this database (it does not
travel in bundles), after which its bundles are refused here (sync/signing.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cocreation_app.errors import NotFoundError, UserError
from cocreation_app.models import Device
from cocreation_app.storage import Database
from cocreation_app.sync.format import tr
from cocreation_app.sync.signing import fingerprint


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    label: str | None
    is_local: bool
    first_seen_at: str
    public_key: str | None
    trusted: bool

    @property
    def key_fingerprint(self) -> str | None:
        return fingerprint(self.public_key) if self.public_key else None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "is_local": self.is_local,
            "first_seen_at": self.first_seen_at,
            "public_key": self.public_key,
            "key_fingerprint": self.key_fingerprint,
            "trusted": self.trusted,
        }


def list_devices(db: Database) -> list[DeviceInfo]:
    """This device first, then the others by label and id."""
    db.ensure_device()
    with db.read() as session:
        rows = session.scalars(select(Device)).all()
    devices = [
        DeviceInfo(d.id, d.label, d.is_local, d.first_seen_at, d.public_key, d.trusted)
        for d in rows
    ]
    return sorted(devices, key=lambda d: (not d.is_local, d.label or "\uffff", d.id))


def set_trusted(db: Database, device_id: str, trusted: bool) -> None:
    """Mark another device as trusted or not (this database only)."""
    if device_id == db.device_id:
        raise UserError(tr("Este equipo no puede marcarse a sí mismo como no confiable."))
    with db.begin() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise NotFoundError(
                tr("No se conoce ningún equipo con id «{id}».").format(id=device_id)
            )
        device.trusted = trusted
