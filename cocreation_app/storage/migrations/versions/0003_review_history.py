"""Review status history and issued draft markers (issue 7: review round trip).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "review_status_changes",
        sa.Column("plan_id", sa.String(length=36), nullable=True),
        sa.Column("from_status", sa.String(length=40), nullable=True),
        sa.Column("to_status", sa.String(length=40), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("institution", sa.String(length=300), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.String(length=32), nullable=True),
        sa.Column("draft_version", sa.Integer(), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_status_changes")),
    )
    with op.batch_alter_table("review_status_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_status_changes_deleted"), ["deleted"])
        batch_op.create_index(batch_op.f("ix_review_status_changes_plan_id"), ["plan_id"])
    op.create_table(
        "draft_issues",
        sa.Column("plan_id", sa.String(length=36), nullable=True),
        sa.Column("draft_version", sa.Integer(), nullable=True),
        sa.Column("clock", sa.String(length=64), nullable=True),
        sa.Column("issued_at", sa.String(length=32), nullable=True),
        sa.Column("medium", sa.String(length=40), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_issues")),
    )
    with op.batch_alter_table("draft_issues", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_issues_deleted"), ["deleted"])
        batch_op.create_index(batch_op.f("ix_draft_issues_plan_id"), ["plan_id"])


def downgrade() -> None:
    op.drop_table("draft_issues")
    op.drop_table("review_status_changes")
