"""Participant search index: live people of a plan in name order, for the filter-as-you-type.

A partial index on (plan_id, search_key, id) of the rows that are neither deleted nor merged:
the first page of a search walks it in order and stops after a page of matches, instead of
sorting every matching row of 50,000 (see docs/performance.md).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX = "ix_participants_live_search"


def upgrade() -> None:
    op.create_index(
        INDEX,
        "participants",
        ["plan_id", "search_key", "id"],
        sqlite_where=sa.text("deleted IS 0 AND merged_into_id IS NULL"),
        postgresql_where=sa.text("deleted IS FALSE AND merged_into_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="participants")
