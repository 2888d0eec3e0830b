"""Changes signed by their author (bundle format 3, sync/authorship.py): each change's proof,
and each device's statement of the highest sequence number it may have sent without proofs.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable): the change log is not rebuilt.
    op.add_column("changes", sa.Column("proof", sa.String(length=200), nullable=True))
    op.add_column("devices", sa.Column("signs_since", sa.Integer(), nullable=True))
    op.add_column("devices", sa.Column("since_signature", sa.String(length=128), nullable=True))
    # Everything this device wrote so far may have left without proofs (an earlier release).
    op.execute(
        "UPDATE devices SET signs_since = (SELECT COALESCE(max(c.seq), 0) FROM changes AS c "
        "WHERE c.device_id = devices.id) WHERE is_local = TRUE"
    )


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("since_signature")
        batch.drop_column("signs_since")
    with op.batch_alter_table("changes") as batch:
        batch.drop_column("proof")
