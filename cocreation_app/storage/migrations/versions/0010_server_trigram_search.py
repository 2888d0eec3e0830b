"""On a PostgreSQL server, a trigram index for the participant search (``LIKE '%word%'``).

SQLite walks the partial index ``ix_participants_live_search`` in name order and tests each key;
PostgreSQL's planner did the same at size L and took 56 ms a keystroke (a ``LIKE`` with a
leading ``%`` cannot use a btree). A GIN index of the folded ``search_key``'s trigrams
(``pg_trgm``, shipped with PostgreSQL's contrib modules and a trusted extension: the database's
owner may create it) answers a selective word without reading every row; the planner keeps the
btree walk for one or two letters, where nearly every row matches. Same partial predicate as
the btree's, so the search's WHERE clause implies it. SQLite files are unchanged.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

INDEX = "ix_participants_live_search_trgm"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        f"CREATE INDEX {INDEX} ON participants USING gin (search_key gin_trgm_ops)"
        " WHERE deleted IS FALSE AND merged_into_id IS NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
