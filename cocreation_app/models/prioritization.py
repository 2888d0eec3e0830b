"""Prioritization records: dot-vote tallies and criteria-matrix scores, each with its origin.

Rows here are never edited in place by the prioritization services: a recount appends a new tally
that supersedes the earlier one, so the history of a count can be shown.

Tallies and scores are additive facts: several laptops add to the same table's count at once.
``recorded_by`` is the device that created the record (filled from the change log, never edited,
not a synced field): each device's records form its own contribution, and the contributions sum.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cocreation_app.models.base import Base, SyncedMixin


class DotVote(SyncedMixin, Base):
    __tablename__ = "dot_votes"

    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), index=True)
    problem_id: Mapped[str | None] = mapped_column(ForeignKey("problems.id"), index=True)
    dots: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str | None] = mapped_column(String(200))
    sheet: Mapped[str | None] = mapped_column(String(200))
    supersedes_id: Mapped[str | None] = mapped_column(String(36))
    recorded_by: Mapped[str | None] = mapped_column(String(36))


class Criterion(SyncedMixin, Base):
    __tablename__ = "criteria"

    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    weight: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int | None] = mapped_column(Integer)


class CriterionScore(SyncedMixin, Base):
    __tablename__ = "criterion_scores"

    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), index=True)
    problem_id: Mapped[str | None] = mapped_column(ForeignKey("problems.id"), index=True)
    criterion_id: Mapped[str | None] = mapped_column(ForeignKey("criteria.id"), index=True)
    score: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str | None] = mapped_column(String(200))
    sheet: Mapped[str | None] = mapped_column(String(200))
    supersedes_id: Mapped[str | None] = mapped_column(String(36))
    recorded_by: Mapped[str | None] = mapped_column(String(36))
