"""Commitments (OGP commitment template) and their milestones."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, Float, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocreation_app.models.base import Base, SyncedMixin


class Commitment(SyncedMixin, Base):
    __tablename__ = "commitments"

    plan_id: Mapped[str | None] = mapped_column(ForeignKey("plans.id"), index=True)
    problem_id: Mapped[str | None] = mapped_column(ForeignKey("problems.id"), index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(300))
    problem_statement: Mapped[str | None] = mapped_column(Text)
    objective: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    contribution: Mapped[str | None] = mapped_column(Text)
    # Comma-separated OGP value codes, e.g. "transparency,civic_participation".
    ogp_values: Mapped[str | None] = mapped_column(String(200))
    lead_institution: Mapped[str | None] = mapped_column(String(300))
    supporting_government: Mapped[str | None] = mapped_column(Text)
    supporting_civil_society: Mapped[str | None] = mapped_column(Text)
    supporting_other: Mapped[str | None] = mapped_column(Text)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_position: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(60))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    budget: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    sdg_alignment: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str | None] = mapped_column(String(40))


class Milestone(SyncedMixin, Base):
    __tablename__ = "milestones"

    commitment_id: Mapped[str | None] = mapped_column(ForeignKey("commitments.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    deliverable: Mapped[str | None] = mapped_column(Text)
    verification_means: Mapped[str | None] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(300))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(40))
    progress: Mapped[int | None] = mapped_column(Integer)
    completion: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int | None] = mapped_column(Integer)
    # Its share of the commitment's progress (weighted mean of the milestones'); empty means 1.
    weight: Mapped[float | None] = mapped_column(Float)
