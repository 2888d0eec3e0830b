"""A hash of everything a database holds, to prove that an operation changed nothing (or
exactly one transaction's worth). Works on a DB-API connection or a SQLAlchemy connection, so
it can also hash what an open, uncommitted transaction sees."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any


def _rows(conn: Any, sql: str) -> list[tuple[Any, ...]]:
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql).fetchall()
    return [tuple(row) for row in conn.exec_driver_sql(sql).fetchall()]


def content_hash(conn: Any) -> str:
    """SHA-256 over every row of every table, in a stable order."""
    digest = hashlib.sha256()
    tables = [
        row[0]
        for row in _rows(
            conn,
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
    ]
    for table in tables:
        columns = len(_rows(conn, f'PRAGMA table_info("{table}")'))
        order = ", ".join(str(i) for i in range(1, columns + 1))
        digest.update(f"\x00table {table}\x00".encode())
        for row in _rows(conn, f'SELECT * FROM "{table}" ORDER BY {order}'):
            digest.update(repr(row).encode())
            digest.update(b"\n")
    return digest.hexdigest()


def file_hash(path: Path) -> str:
    """The content hash of the database file at ``path`` (a crashed WAL is recovered first)."""
    conn = sqlite3.connect(path)
    try:
        return content_hash(conn)
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()
