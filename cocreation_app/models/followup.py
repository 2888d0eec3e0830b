"""After the plan: progress updates with their evidence, IRM-style assessments, self-assessment.

Evidence files are content-addressed: a synced :class:`EvidenceFile` row names the file and its
SHA-256, and the bytes live once per database in :class:`EvidenceBlob` (not in the change log:
a blob never changes, so it needs no clock). Bundles carry the blobs their evidence rows name.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocreation_app.models.base import Base, SyncedMixin


class ProgressUpdate(SyncedMixin, Base):
    """What the responsible reported about a milestone on a date (its status and progress then).

    A milestone's current state is its latest update (by date, then creation), derived on read, so
    that two laptops that report progress never conflict over the milestone's own fields.
    """

    __tablename__ = "progress_updates"

    milestone_id: Mapped[str | None] = mapped_column(ForeignKey("milestones.id"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(40))
    progress: Mapped[int | None] = mapped_column(Integer)
    narrative: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(200))


class EvidenceFile(SyncedMixin, Base):
    __tablename__ = "evidence_files"

    update_id: Mapped[str | None] = mapped_column(ForeignKey("progress_updates.id"), index=True)
    filename: Mapped[str | None] = mapped_column(String(255))
    media_type: Mapped[str | None] = mapped_column(String(120))
    size: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    public: Mapped[bool | None] = mapped_column(Boolean)


class EvidenceBlob(Base):
    """The bytes of an evidence file, keyed by their SHA-256."""

    __tablename__ = "evidence_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Assessment(SyncedMixin, Base):
    """One IRM indicator of a commitment as someone judged it on a date, and why.

    A later assessment of the same indicator supersedes an earlier one; all are kept.
    """

    __tablename__ = "assessments"

    commitment_id: Mapped[str | None] = mapped_column(ForeignKey("commitments.id"), index=True)
    indicator: Mapped[str | None] = mapped_column(String(40))
    value: Mapped[str | None] = mapped_column(String(200))
    assessor: Mapped[str | None] = mapped_column(String(200))
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)


class SelfAssessment(SyncedMixin, Base):
    """The end-of-commitment self-assessment: for one OGP value, what changed."""

    __tablename__ = "self_assessments"

    commitment_id: Mapped[str | None] = mapped_column(ForeignKey("commitments.id"), index=True)
    ogp_value: Mapped[str | None] = mapped_column(String(40))
    what_changed: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[dt.date | None] = mapped_column(Date)
