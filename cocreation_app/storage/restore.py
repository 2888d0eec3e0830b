"""Restoring a backup over the current database, without ever losing the current one.

Order of work: check that the file really is a Cocrea database this release can open and that
SQLite finds it sound; back up the current database into its rotating backups folder; fold the
current write-ahead log into the main file and leave WAL mode (so no stale ``-wal`` file can be
replayed over the restored data — this needs every other window on the database closed). The
backup is copied into a temporary file beside the database first and renamed into place last, so
a failure at any step leaves the current database where it was.

The restored file gets a device id of its own when it is opened (storage/identity.py: a backup
is marked as a copy). The database being replaced may already have sent bundles with changes
numbered after the backup's last one; under the same id, the restored copy's next edits would
reuse those numbers with other contents. As a new device, its own old changes keep their id and
the later ones come back from other laptops as ordinary imports.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cocreation_app.errors import StorageError
from cocreation_app.i18n import translate
from cocreation_app.storage.backup import automatic_backup, copy_database
from cocreation_app.storage.database import SQLITE_HEADER, known_revisions
from cocreation_app.storage.engine import connect_existing
from cocreation_app.storage.files import atomic_target

REQUIRED_TABLES = frozenset({"alembic_version", "plans", "participants", "changes"})


def _tr(text: str) -> str:
    return translate("storage", text)


def check_backup_file(path: Path) -> str:
    """The schema revision of the backup at ``path``; refuses anything that is not a sound
    Cocrea database made by this release or an earlier one."""
    path = Path(path)
    not_ours = StorageError(_tr("«{path}» no es una base de datos de Cocrea.").format(path=path))
    if not path.is_file():
        raise StorageError(_tr("No existe el archivo «{path}».").format(path=path))
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise not_ours
    except OSError as exc:
        raise StorageError(
            _tr("No se puede leer «{path}»: {reason}").format(path=path, reason=exc.strerror)
        ) from exc
    try:
        conn = connect_existing(path)
    except sqlite3.Error as exc:
        raise not_ours from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not REQUIRED_TABLES.issubset(tables):
            raise not_ours
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        check = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            _tr("«{path}» está dañada y no se puede restaurar.").format(path=path)
        ) from exc
    finally:
        conn.close()
    if check is None or check[0] != "ok":
        raise StorageError(_tr("«{path}» está dañada y no se puede restaurar.").format(path=path))
    if row is None:
        raise not_ours
    if row[0] not in known_revisions():
        raise StorageError(
            _tr(
                "«{path}» fue creada por una versión más reciente de Cocrea; "
                "actualice la aplicación para restaurarla."
            ).format(path=path)
        )
    return str(row[0])


def _leave_wal(db_path: Path) -> None:
    """Checkpoint the current database and switch it out of WAL mode (removes ``-wal``)."""
    conn = sqlite3.connect(db_path, timeout=2)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        raise StorageError(
            _tr(
                "La base de datos está abierta en otra ventana o programa; ciérrelo y vuelva a "
                "intentar."
            )
        ) from exc
    finally:
        conn.close()
    if mode is None or str(mode[0]).lower() != "delete":
        raise StorageError(
            _tr(
                "La base de datos está abierta en otra ventana o programa; ciérrelo y vuelva a "
                "intentar."
            )
        )


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace the database at ``db_path`` with ``backup``; returns where the database it
    replaced was saved (``None`` when there was none)."""
    backup, db_path = Path(backup), Path(db_path)
    check_backup_file(backup)
    if backup.resolve() == db_path.resolve():
        raise StorageError(_tr("El respaldo y la base de datos son el mismo archivo."))
    if not db_path.parent.is_dir():
        raise StorageError(_tr("No existe la carpeta «{folder}».").format(folder=db_path.parent))
    saved: Path | None = None
    with atomic_target(db_path) as staging:
        # Copy first: the backup may be the oldest automatic one, which rotation would remove.
        copy_database(backup, staging)  # marked as a copy: a device of its own when opened
        if db_path.exists():
            saved = automatic_backup(db_path, "before-restore")
            _leave_wal(db_path)
    return saved
