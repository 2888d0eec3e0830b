"""Participants, their consent record, and attendance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from cocreation_app.models.base import Base, SyncedMixin


class Participant(SyncedMixin, Base):
    __tablename__ = "participants"
    __table_args__ = (
        # Migration 0004: live people of a plan in search order, for the filter-as-you-type.
        Index(
            "ix_participants_live_search",
            "plan_id",
            "search_key",
            "id",
            sqlite_where=text("deleted IS 0 AND merged_into_id IS NULL"),
            postgresql_where=text("deleted IS FALSE AND merged_into_id IS NULL"),
        ),
    )

    plan_id: Mapped[str | None] = mapped_column(ForeignKey("plans.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    sector: Mapped[str | None] = mapped_column(String(40))
    organization: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[str | None] = mapped_column(String(40))
    locality: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    stl_role: Mapped[str | None] = mapped_column(String(40))
    consent_privacy_notice: Mapped[bool | None] = mapped_column(Boolean)
    consent_notice_version: Mapped[str | None] = mapped_column(String(40))
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_contact: Mapped[bool | None] = mapped_column(Boolean)
    consent_publish_name: Mapped[bool | None] = mapped_column(Boolean)
    consent_photos: Mapped[bool | None] = mapped_column(Boolean)
    merged_into_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # Name, organization and e-mail folded to lowercase without accents, for search in SQL.
    search_key: Mapped[str | None] = mapped_column(String(800), index=True)


class Attendance(SyncedMixin, Base):
    """A check-in. Its id is derived from workshop and participant, so two laptops that check in
    the same person produce the same row. The pair is not unique: a check-in written by the
    earlier release's ``add attendance`` has a random id, and must still merge with the same
    check-in made elsewhere (migration 0006); readers treat the pair as one fact."""

    __tablename__ = "attendance"
    __table_args__ = (Index("ix_attendance_workshop_participant", "workshop_id", "participant_id"),)

    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), index=True)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"), index=True)
    checked_in_at: Mapped[str | None] = mapped_column(String(32))
