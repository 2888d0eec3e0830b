"""Follow-up after the plan (issue 18): progress updates, evidence files and their bytes,
assessments, self-assessments; a milestone's weight; a workshop's kind (follow-up meetings).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _synced_table(name: str, parent: tuple[str, str], *columns: sa.Column) -> None:
    link, target = parent
    op.create_table(
        name,
        sa.Column(link, sa.String(length=36), nullable=True),
        *columns,
        *_synced_columns(),
        sa.ForeignKeyConstraint([link], [f"{target}.id"], name=op.f(f"fk_{name}_{link}_{target}")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_deleted"), ["deleted"])
        batch_op.create_index(batch_op.f(f"ix_{name}_{link}"), [link])


def upgrade() -> None:
    _synced_table(
        "progress_updates",
        ("milestone_id", "milestones"),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("narrative", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
    )
    _synced_table(
        "evidence_files",
        ("update_id", "progress_updates"),
        sa.Column("filename", sa.String(length=255), nullable=True),
        sa.Column("media_type", sa.String(length=120), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
    )
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_files_sha256"), ["sha256"])
    op.create_table(
        "evidence_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_evidence_blobs")),
    )
    _synced_table(
        "assessments",
        ("commitment_id", "commitments"),
        sa.Column("indicator", sa.String(length=40), nullable=True),
        sa.Column("value", sa.String(length=200), nullable=True),
        sa.Column("assessor", sa.String(length=200), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
    )
    _synced_table(
        "self_assessments",
        ("commitment_id", "commitments"),
        sa.Column("ogp_value", sa.String(length=40), nullable=True),
        sa.Column("what_changed", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
    )
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weight", sa.Float(), nullable=True))
    with op.batch_alter_table("workshops", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workshops", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_column("weight")
    for name in (
        "self_assessments",
        "assessments",
        "evidence_blobs",
        "evidence_files",
        "progress_updates",
    ):
        op.drop_table(name)
