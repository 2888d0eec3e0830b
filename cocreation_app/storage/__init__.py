"""Engine and sessions, SQLite pragmas, Alembic migrations, backups. No Qt here."""

from cocreation_app.storage.backup import automatic_backup, backup_to, list_automatic_backups
from cocreation_app.storage.database import Database, open_database, utc_now_iso
from cocreation_app.storage.files import (
    atomic_target,
    check_output_path,
    write_bytes_atomic,
    write_folder_atomic,
)

__all__ = [
    "Database",
    "atomic_target",
    "automatic_backup",
    "backup_to",
    "check_output_path",
    "list_automatic_backups",
    "open_database",
    "utc_now_iso",
    "write_bytes_atomic",
    "write_folder_atomic",
]
