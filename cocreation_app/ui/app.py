"""Start the window: the QApplication, translations, crash handler and the database to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cocreation_app import __version__
from cocreation_app.errors import StorageError, UserError
from cocreation_app.i18n.qt import apply_language
from cocreation_app.paths import default_db_path, resources_dir
from cocreation_app.storage import Database, open_database
from cocreation_app.storage.postgres import is_url
from cocreation_app.ui import settings
from cocreation_app.ui.crash import install_crash_handler


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("Cocrea")
    app.setApplicationName("Cocrea")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mx.cocrea.Cocrea")  # packaging/linux: taskbar icon and grouping
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The icon set drawn by packaging/make_icons.py, every size (the desktop picks)."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("cocrea-*.png")):
        icon.addFile(str(png))
    return icon


def install_translators(language: str | None = None) -> str:
    """Load our catalog and Qt's own (button texts): ``--lang`` if given, else the user's
    preference (see :mod:`cocreation_app.ui.preferences.language`)."""
    from cocreation_app.ui.preferences.language import startup_language

    return apply_language(language or startup_language())


def open_start_database(db_path: Path | str | None) -> Database:
    """The database given, else the last one opened, else the default one (created if needed).

    If the last database cannot be opened (moved, damaged), the default one is used instead.
    """
    if db_path is not None:
        return open_database(db_path)
    last = settings.get(settings.LAST_DATABASE)
    if last and (is_url(last) or Path(last).exists()):
        try:
            return open_database(last if is_url(last) else Path(last), create=False)
        except UserError as exc:
            QMessageBox.warning(None, "Cocrea", exc.message)
    path = default_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            QCoreApplication.translate(
                "App", "No se pudo crear la carpeta de datos «{folder}»: {reason}"
            ).format(folder=path.parent, reason=exc.strerror or exc)
        ) from exc
    return open_database(path)


def run_app(db_path: Path | str | None = None, language: str | None = None) -> int:
    app = make_application()
    install_translators(language)
    install_crash_handler()
    try:
        db = open_start_database(db_path)
    except UserError as exc:
        QMessageBox.critical(None, "Cocrea", exc.message)
        return 1
    from cocreation_app.ui.main_window import MainWindow

    window = MainWindow(db, staged=True)
    # Remembered once started: the settings file's first write of the session (15 ms) is not
    # spent before the first frame.
    window.started.connect(lambda: settings.put(settings.LAST_DATABASE, db.describe()))
    window.show()
    from cocreation_app.ui import bench_ready

    if bench_ready.wanted():
        bench_ready.report_when_ready(app, window)
    window.continue_start()
    code = app.exec()
    window.db.close()
    return int(code)
