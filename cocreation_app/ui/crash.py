"""The last line of defence: an unexpected exception becomes a crash file and a dialog."""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from cocreation_app import __version__
from cocreation_app.paths import crash_dir
from cocreation_app.storage.files import write_bytes_atomic
from cocreation_app.ui.errors import user_message


def write_crash_file(
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None] | None = None,
) -> Path | None:
    """Write the traceback to a new file in the crash folder; None if even that fails."""
    try:
        folder = crash_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}.txt"
        details = (
            "".join(traceback.format_exception(*exc_info))
            if exc_info is not None
            else traceback.format_exc()
        )
        write_bytes_atomic(path, f"Cocrea {__version__}\n{details}".encode())
        return path
    except OSError:
        return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: user errors are shown as they are; anything else is a crash."""
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    parent = QApplication.activeWindow()
    message = user_message(value)
    if message is not None:
        QMessageBox.warning(parent, _tr("No se pudo completar"), message)
        return
    path = write_crash_file((kind, value, tb))
    where = str(path) if path is not None else _tr("(no se pudo escribir el archivo)")
    QMessageBox.critical(
        parent,
        _tr("Error inesperado"),
        _tr(
            "Ocurrió un error inesperado. Sus datos guardados están a salvo.\n\n"
            "Los detalles se guardaron en:\n{path}\n\n"
            "Envíe ese archivo a quien le da soporte."
        ).format(path=where),
    )


def install_crash_handler() -> None:
    sys.excepthook = handle_exception
