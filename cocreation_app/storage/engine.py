"""Engine factory: SQLite with the pragmas a workshop's data needs to survive a power cut."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 10_000


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on ``path``; transactions begin with ``BEGIN IMMEDIATE`` so that two writers
    wait for each other instead of failing half-way."""
    from sqlalchemy import URL, create_engine, event

    # URL.create, not "sqlite:///{path}": a "?" or "#" in a folder name is part of the path.
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)
    event.listen(engine, "connect", _set_pragmas)

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transactions(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (pysqlite's own handling is broken for savepoints).
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def connect_existing(path: Path, mode: str = "ro", **options: Any) -> sqlite3.Connection:
    """A standard-library connection to the database file at ``path``, which must exist (``mode``
    ``ro`` or ``rw``: SQLite never creates it). The path travels as a percent-encoded URI, so
    "#", "?" and "%" in folder names ("Taller #3", "Avance 50%") are plain characters."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode={mode}", uri=True, **options)
