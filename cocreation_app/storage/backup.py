"""Consistent copies of the database with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from cocreation_app.storage.engine import connect_existing
from cocreation_app.storage.files import atomic_target
from cocreation_app.storage.identity import mark_as_copy

KEEP_AUTOMATIC_BACKUPS = 10


def backup_to(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` as one consistent snapshot, even while others write.

    The copy is made into a temporary file beside ``target``, flushed and renamed into place, so a
    failed backup never leaves a half-written file under the target's name.
    """
    with atomic_target(target) as tmp_path:
        copy_database(source, tmp_path)


def copy_database(source: Path, target: Path) -> None:
    """SQLite's online backup of ``source`` into ``target`` (a plain file, no WAL beside it),
    marked as a copy: opened anywhere, it starts a device of its own (storage/identity.py)."""
    src = connect_existing(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    mark_as_copy(target)


def automatic_backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def automatic_backup(db_path: Path, reason: str) -> Path:
    """Back up ``db_path`` into its backups folder and keep only the newest ten."""
    folder = automatic_backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    backup_to(db_path, target)
    backups = sorted(folder.glob(f"{db_path.stem}-*.sqlite3"))
    for old in backups[:-KEEP_AUTOMATIC_BACKUPS]:
        os.unlink(old)
    return target


def list_automatic_backups(db_path: Path) -> list[Path]:
    folder = automatic_backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3"), reverse=True)
