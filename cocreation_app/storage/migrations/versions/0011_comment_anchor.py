"""Observations remember where on the draft they were written (issue 16): a comment imported
from a PDF keeps its exported page and point, so the observations annex lists the comments on
an item in the order of the page, not in the order they were imported. Observations made in
the application (and those imported before this revision) have none.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anchor", sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_column("anchor")
