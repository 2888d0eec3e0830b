"""Public problems, their causes/effects tree, and proposed solutions."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocreation_app.models.base import Base, SyncedMixin


class Problem(SyncedMixin, Base):
    __tablename__ = "problems"

    plan_id: Mapped[str | None] = mapped_column(ForeignKey("plans.id"), index=True)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    affected_population: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text)
    theme: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str | None] = mapped_column(String(40))


class ProblemNode(SyncedMixin, Base):
    """One cause or effect in a problem tree; ``parent_id`` empty means directly under the
    problem."""

    __tablename__ = "problem_nodes"

    problem_id: Mapped[str | None] = mapped_column(ForeignKey("problems.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int | None] = mapped_column(Integer)


class Solution(SyncedMixin, Base):
    __tablename__ = "solutions"

    problem_id: Mapped[str | None] = mapped_column(ForeignKey("problems.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
