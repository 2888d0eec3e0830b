"""File menu: new and open database (a file, or a coordination office's server), open the
demo, back up, the Export submenu, quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from cocreation_app import paths
from cocreation_app.services.demo import load_demo
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import backup_to, open_database
from cocreation_app.storage.pgpass import put_back, save_password
from cocreation_app.storage.postgres import DEFAULT_PORT, is_url, no_file_backup, parse_url
from cocreation_app.ui import settings
from cocreation_app.ui.database.server_dialog import ServerDialog

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

DB_FILTER = "Cocrea (*.sqlite3 *.db);;*"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseMenu", text)


def demo_path() -> Path:
    return paths.user_data_dir() / "cocrea-demo.sqlite3"


def open_path(window: WindowShell, path: Path, *, create: bool) -> bool:
    db = window.run(open_database, path, create=create)
    if db is None:
        return False
    window.set_database(db)
    window.status(_tr("Base de datos abierta: {path}").format(path=path))
    return True


def open_demo(window: WindowShell) -> None:
    path = demo_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = window.run(open_database, path)
    if db is None:
        return
    if not EntityService(db).count("plans"):
        window.run(load_demo, db)
    window.set_database(db)
    window.status(_tr("Demostración abierta: {path}").format(path=path))


def new_database(window: WindowShell) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window, _tr("Nueva base de datos"), str(paths.user_data_dir() / "nueva.sqlite3"), DB_FILTER
    )
    if name:
        open_path(window, Path(name), create=True)


def open_existing(window: WindowShell) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, _tr("Abrir base de datos"), str(window.db.path.parent), DB_FILTER
    )
    if name:
        open_path(window, Path(name), create=False)


def open_server(window: WindowShell) -> None:
    """Ask where the server database is, then open it (created if the database is empty)."""
    last = window.db.describe() if window.db.on_server else settings.get(settings.LAST_DATABASE)
    dialog = ServerDialog(window, last if is_url(last) else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    open_server_url(window, dialog.url(), dialog.password.text())


def _keep_password(url: str, password: str) -> tuple[bytes | None]:
    """The password file's content before ``password`` went in for ``url`` (in a tuple: it
    may be None)."""
    parsed = parse_url(url)
    host, port = parsed.host or "", parsed.port or DEFAULT_PORT
    user, database = parsed.username or "", parsed.database or ""
    return (save_password(host, port, database, user, password),)


def open_server_url(window: WindowShell, url: str, password: str = "") -> bool:
    """Open the server database at ``url``; a ``password`` is kept in libpq's password file
    first, and taken out again if the server does not open with it (nothing changes)."""
    kept = window.run(_keep_password, url, password) if password else None
    if password and kept is None:
        return False
    db = window.run(open_database, url)
    if db is None:
        if kept is not None:
            window.run(put_back, kept[0])
        return False
    window.set_database(db)
    window.status(_tr("Base de datos abierta: {path}").format(path=db.describe()))
    return True


def back_up(window: WindowShell) -> None:
    if window.db.on_server:
        window.show_error(no_file_backup().message)
        return
    suggested = window.db.path.with_name(f"{window.db.path.stem}-respaldo.sqlite3")
    name, _ = QFileDialog.getSaveFileName(window, _tr("Respaldar"), str(suggested), DB_FILTER)
    if not name:
        return
    try:
        backup_to(window.db.path, Path(name))
    except OSError as exc:
        window.show_error(
            _tr("No se pudo guardar el respaldo en «{path}»: {reason}").format(
                path=name, reason=exc.strerror or exc
            )
        )
        return
    window.status(_tr("Respaldo guardado en {path}").format(path=name))


def install(window: WindowShell) -> None:
    menu = window.menu("file")
    action = menu.addAction(_tr("&Nueva base de datos…"))
    action.setShortcut(QKeySequence.StandardKey.New)
    action.triggered.connect(lambda: new_database(window))
    action = menu.addAction(_tr("&Abrir base de datos…"))
    action.setShortcut(QKeySequence.StandardKey.Open)
    action.triggered.connect(lambda: open_existing(window))
    action = menu.addAction(_tr("Abrir base de datos en un &servidor…"))
    action.triggered.connect(lambda: open_server(window))
    action = menu.addAction(_tr("Abrir la &demostración"))
    action.triggered.connect(lambda: open_demo(window))
    window.review_mode.guard(action)  # it may write the demo plan
    menu.addSeparator()
    action = menu.addAction(_tr("&Respaldar…"))
    action.triggered.connect(lambda: back_up(window))
