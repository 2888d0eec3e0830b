"""Device keys: each device's Ed25519 public key, pinned the first time it is seen, and whether
the coordinator trusts it (bundles signed by a device marked not trusted are refused).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("public_key", sa.String(64), nullable=True))
        batch.add_column(
            sa.Column("trusted", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("trusted")
        batch.drop_column("public_key")
