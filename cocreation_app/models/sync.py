"""Device identity and the change log that sync is built on.

Every local write appends one :class:`Change` per field. The database content is a function of the
set of changes: per field, the change with the highest clock wins. Clocks are hybrid logical clock
strings ``<wall ms, 15 digits>-<counter, 6 digits>-<device id>``, so they sort as text and
ties between devices are broken by device id. ``base_clock`` is the clock of the value a change
replaced, which tells whether its author had seen a competing change (a conflict) or not.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Integer, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from cocreation_app.models.base import Base


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    label: Mapped[str | None] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    first_seen_at: Mapped[str] = mapped_column(String(32))
    # Ed25519 public key (hex), pinned the first time the device is seen (sync/signing.py).
    public_key: Mapped[str | None] = mapped_column(String(64))
    trusted: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The highest sequence number the device may have sent without change proofs, and its
    # signature of that statement (sync/authorship.py).
    signs_since: Mapped[int | None] = mapped_column(Integer)
    since_signature: Mapped[str | None] = mapped_column(String(128))


class LocalSetting(Base):
    """Per-installation values that never travel: this device's id, clock, sequence number."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ImportedBundle(Base):
    """A bundle imported in full here, by the seal of its zip (the SHA-256 its last bytes
    carry, checked on reading). Its changes stay in the change log for good (changes are never
    removed), so importing the same file again has nothing to add: the importer recognizes it
    by its seal and does not read it again (sync/importer.py). Local: it never travels."""

    __tablename__ = "imported_bundles"

    seal: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_label: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))
    personal_data: Mapped[bool] = mapped_column(Boolean)
    changes: Mapped[int] = mapped_column(Integer)
    signed_by: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[str] = mapped_column(String(32))


class Change(Base):
    __tablename__ = "changes"
    __table_args__ = (
        Index("ix_changes_target", "entity", "row_id", "field"),
        Index("ix_changes_device_seq", "device_id", "seq", unique=True),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    clock: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    # JSON text of the new value (null included).
    value: Mapped[str] = mapped_column(Text)
    base_clock: Mapped[str | None] = mapped_column(String(64))
    # The author's signature of the change (sync/authorship.py); None until it is first exported.
    proof: Mapped[str | None] = mapped_column(String(200))


class FieldVersion(Base):
    """The winning change of each field: what the row shows now, and its clock."""

    __tablename__ = "field_versions"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    clock: Mapped[str] = mapped_column(String(64))
    change_id: Mapped[str] = mapped_column(String(36))
