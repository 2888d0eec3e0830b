"""On a PostgreSQL server, foreign keys checked at commit when a bundle import asks for it.

A bundle's rows arrive in any order (a child before its parent); on SQLite the import defers the
checks with ``PRAGMA defer_foreign_keys``, on PostgreSQL with ``SET CONSTRAINTS ALL DEFERRED``,
which needs the keys declared DEFERRABLE. SQLite files are unchanged.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _set_deferrable(clause: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        for key in inspector.get_foreign_keys(table):
            op.execute(f'ALTER TABLE "{table}" ALTER CONSTRAINT "{key["name"]}" {clause}')


def upgrade() -> None:
    _set_deferrable("DEFERRABLE INITIALLY IMMEDIATE")


def downgrade() -> None:
    _set_deferrable("NOT DEFERRABLE")
