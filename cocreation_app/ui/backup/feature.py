"""File ▸ Restore backup…: put a backup (automatic or made by hand) back in place of the open
database. The current database is backed up first (see :mod:`cocreation_app.storage.restore`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from cocreation_app.storage import open_database
from cocreation_app.storage.backup import automatic_backup_dir
from cocreation_app.storage.postgres import no_file_backup
from cocreation_app.storage.restore import check_backup_file, restore_backup

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

DB_FILTER = "Cocrea (*.sqlite3 *.db);;*"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupMenu", text)


def restore(window: WindowShell) -> None:
    if window.db.on_server:
        window.show_error(no_file_backup().message)
        return
    path = window.db.path
    folder = automatic_backup_dir(path)
    start = folder if folder.is_dir() else path.parent
    name, _ = QFileDialog.getOpenFileName(window, _tr("Restaurar respaldo"), str(start), DB_FILTER)
    if not name:
        return
    backup = Path(name)
    if window.run(check_backup_file, backup) is None:
        return
    question = _tr(
        "¿Reemplazar la base de datos abierta por el respaldo «{name}»? La base de datos "
        "actual se guardará antes en la carpeta de respaldos automáticos."
    ).format(name=backup.name)
    if not window.confirm(question):
        return
    window.db.close()  # release this window's connections; the engine reconnects if needed
    saved = window.run(restore_backup, backup, path)
    if saved is None:
        return  # the error was shown; the open database is as it was
    db = window.run(open_database, path)
    if db is None:
        return
    window.set_database(db)
    window.status(
        _tr("Respaldo restaurado. La base de datos anterior se guardó en {path}").format(path=saved)
    )


def install(window: WindowShell) -> None:
    action = window.menu("file").addAction(_tr("Restaurar &respaldo…"))
    action.triggered.connect(lambda: restore(window))
    window.review_mode.guard(action)
