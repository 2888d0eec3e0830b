"""Every synced row keeps the clock of its first change (``created_clock``); the bundles
imported in full are remembered by their seal (``imported_bundles``).

Rows created in one transaction share ``created_at`` (one reading of the wall clock, in
milliseconds), so lists ordered by it showed them in an arbitrary order (the demo's problems).
The clock (wall time, counter, device) orders them as they were created, the same on every
laptop. Filled from the change log: the row's earliest change.

Importing a file already imported in full has nothing to add; remembering its seal lets the
importer say so without reading and validating every record again.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
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
    op.create_table(
        "imported_bundles",
        sa.Column("seal", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_label", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("personal_data", sa.Boolean(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("signed_by", sa.String(length=64), nullable=True),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("seal", name=op.f("pk_imported_bundles")),
    )
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
    op.drop_table("imported_bundles")
