"""The action plan and its workshops."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocreation_app.models.base import Base, SyncedMixin


class Plan(SyncedMixin, Base):
    """A Plan de Acción Local: the co-creation exercise and the plan that comes out of it."""

    __tablename__ = "plans"

    title: Mapped[str | None] = mapped_column(String(300))
    state: Mapped[str | None] = mapped_column(String(120))
    municipality: Mapped[str | None] = mapped_column(String(200))
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    # Free text: guarantor bodies are renamed and dissolved (INAI, 2025).
    guarantor_body: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str | None] = mapped_column(String(40))
    context: Mapped[str | None] = mapped_column(Text)
    privacy_notice_text: Mapped[str | None] = mapped_column(Text)
    privacy_notice_version: Mapped[str | None] = mapped_column(String(40))
    draft_version: Mapped[int | None] = mapped_column(Integer)


class Workshop(SyncedMixin, Base):
    """A taller / mesa de trabajo: one session on a date, at a venue."""

    __tablename__ = "workshops"

    plan_id: Mapped[str | None] = mapped_column(ForeignKey("plans.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    topic: Mapped[str | None] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(300))
    facilitator: Mapped[str | None] = mapped_column(String(200))
    minutes: Mapped[str | None] = mapped_column(Text)
    dots_per_participant: Mapped[int | None] = mapped_column(Integer)
    # "cocreation" (empty in databases from before the follow-up) or "followup": a meeting of
    # the STL to present results, with its minutes and attendance.
    kind: Mapped[str | None] = mapped_column(String(40))
