"""Review comments (observaciones) from officials, and the facilitator's replies."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocreation_app.models.base import Base, SyncedMixin


class Comment(SyncedMixin, Base):
    __tablename__ = "comments"

    # The target is polymorphic (problem, solution, commitment, milestone, plan): no foreign key.
    target_kind: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[str | None] = mapped_column(String(36), index=True)
    plan_id: Mapped[str | None] = mapped_column(String(36), index=True)
    text: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str | None] = mapped_column(String(40))
    author: Mapped[str | None] = mapped_column(String(200))
    institution: Mapped[str | None] = mapped_column(String(300))
    draft_version: Mapped[int | None] = mapped_column(Integer)
    reply_to_id: Mapped[str | None] = mapped_column(String(36), index=True)
    addressed: Mapped[bool | None] = mapped_column(Boolean)
    source: Mapped[str | None] = mapped_column(String(40))
