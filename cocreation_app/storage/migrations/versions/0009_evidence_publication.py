"""Evidence files say whether they may be published (issue 18): a photo of a follow-up meeting
shows people and an attendance list names them, so only files marked publishable go into the
open data, the static site and bundles exported without personal data. Files stored before
this revision are not marked: nobody has said they may be published.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.drop_column("public")
