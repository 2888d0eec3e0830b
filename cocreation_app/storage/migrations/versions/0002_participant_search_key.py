"""Participant search key: folded name, organization and e-mail, for search in SQL.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cocreation_app.text import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.String(length=800), nullable=True))
        batch_op.create_index(batch_op.f("ix_participants_search_key"), ["search_key"])
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, name, organization, email FROM participants")
    ).fetchall()
    if rows:
        connection.execute(
            sa.text("UPDATE participants SET search_key = :key WHERE id = :id"),
            [
                {"id": row.id, "key": search_key(row.name, row.organization, row.email)}
                for row in rows
            ],
        )


def search_key(name: str | None, organization: str | None, email: str | None) -> str:
    return " | ".join(fold(value) for value in (name, organization, email))


def downgrade() -> None:
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_search_key"))
        batch_op.drop_column("search_key")
