"""Every synced row keeps the clock of its first change (``created_clock``).

Rows created in one transaction share ``created_at`` (one reading of the wall clock, in
milliseconds), so lists ordered by it showed them in an arbitrary order (the demo's problems).
The clock (wall time, counter, device) orders them as they were created, the same on every
laptop. Filled from the change log: the row's earliest change.

Revision ID: 0010
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

# The synced tables at this revision (each one's name is also its entity in the change log).
TABLES = (
    "plans",
    "workshops",
    "participants",
    "attendance",
    "problems",
    "problem_nodes",
    "solutions",
    "commitments",
    "milestones",
    "comments",
    "review_status_changes",
    "draft_issues",
    "dot_votes",
    "criteria",
    "criterion_scores",
    "progress_updates",
    "evidence_files",
    "assessments",
    "self_assessments",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("created_clock", sa.String(length=64), nullable=True))
        op.execute(
            f"UPDATE {table} SET created_clock = (SELECT min(c.clock) FROM changes AS c "
            f"WHERE c.entity = '{table}' AND c.row_id = {table}.id)"
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("created_clock")
