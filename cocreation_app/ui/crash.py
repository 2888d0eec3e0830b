"""The last line of defence: an unexpected exception becomes a crash file and a dialog."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from cocreation_app.failures import report, write_crash_file


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
    message = report(value)
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
