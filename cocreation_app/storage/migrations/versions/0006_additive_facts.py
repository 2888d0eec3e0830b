"""Additive facts: tallies and scores remember the device that recorded them; a check-in's
(workshop, person) pair is no longer unique.

``dot_votes.recorded_by`` and ``criterion_scores.recorded_by`` are filled from the change log
(the device of each row's first change), so each laptop's contribution to a table's count is
kept apart and contributions sum. The unique constraint on ``attendance (workshop_id,
participant_id)`` made the coordinator refuse a whole bundle holding a check-in written with a
random id by the earlier release's ``add attendance`` when the same person was checked in on
another laptop; readers now treat the pair as one fact (see docs/bundle-format.md).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TALLY_TABLES = ("dot_votes", "criterion_scores")


def upgrade() -> None:
    for table in TALLY_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("recorded_by", sa.String(length=36), nullable=True))
        op.execute(
            f"UPDATE {table} SET recorded_by = (SELECT c.device_id FROM changes AS c "
            f"WHERE c.entity = '{table}' AND c.row_id = {table}.id ORDER BY c.clock LIMIT 1)"
        )
    with op.batch_alter_table("attendance", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint("uq_attendance_workshop_id", type_="unique")
        batch_op.create_index(
            "ix_attendance_workshop_participant", ["workshop_id", "participant_id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None, recreate="always") as batch_op:
        batch_op.drop_index("ix_attendance_workshop_participant")
        batch_op.create_unique_constraint(
            "uq_attendance_workshop_id", ["workshop_id", "participant_id"]
        )
    for table in TALLY_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("recorded_by")
