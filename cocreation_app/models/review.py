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
    # Where it was written on the exported draft, "page x y" (PDF points from the bottom-left of
    # the page); None for observations made in the application.
    anchor: Mapped[str | None] = mapped_column(String(60))


class ReviewStatusChange(SyncedMixin, Base):
    """One step of a plan's review status history (who, when, from → to, why).

    Kept as rows of their own (not only the plan's ``status`` field) so that the history travels in
    bundles and review files like any other record.
    """

    __tablename__ = "review_status_changes"

    plan_id: Mapped[str | None] = mapped_column(String(36), index=True)
    from_status: Mapped[str | None] = mapped_column(String(40))
    to_status: Mapped[str | None] = mapped_column(String(40))
    author: Mapped[str | None] = mapped_column(String(200))
    institution: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[str | None] = mapped_column(String(32))
    draft_version: Mapped[int | None] = mapped_column(Integer)


class DraftIssue(SyncedMixin, Base):
    """A draft version of a plan as it was issued (PDF or bundle sent for review).

    ``clock`` is the hybrid logical clock at that moment: an item whose fields carry a later clock
    changed after the draft that an observation refers to.
    """

    __tablename__ = "draft_issues"

    plan_id: Mapped[str | None] = mapped_column(String(36), index=True)
    draft_version: Mapped[int | None] = mapped_column(Integer)
    clock: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[str | None] = mapped_column(String(32))
    medium: Mapped[str | None] = mapped_column(String(40))
