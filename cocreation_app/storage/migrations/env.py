"""Alembic environment: migrations run on the connection the application hands over."""

from __future__ import annotations

from alembic import context

from cocreation_app.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by hand
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///migration-scratch.sqlite3"
    with create_engine(url).connect() as own_connection:
        context.configure(
            connection=own_connection, target_metadata=Base.metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
