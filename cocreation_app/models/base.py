"""Declarative base and the columns every synced row carries."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedMixin:
    """UUID key made on the device, ISO 8601 UTC timestamps, and a soft-delete marker.

    Timestamps are text (``2026-11-27T20:35:54.123Z``) so that they sort, travel in bundles and
    print in ``--json`` output unchanged. ``created_clock`` is the clock of the row's first
    change (wall time, counter, device): rows created in one transaction share ``created_at``
    (one reading of the wall clock) but not it, so lists order by it and show the rows in the
    order they were created, the same on every laptop.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    created_clock: Mapped[str | None] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
