"""Help menu: the keyboard shortcuts, and about Cocrea with its version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from cocreation_app import __version__

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def about_text() -> str:
    return _tr(
        "<h3>Cocrea {version}</h3>"
        "<p>Talleres de cocreación de gobierno abierto, sin conexión: registro y asistencia, "
        "problemas públicos, propuestas de solución, compromisos e hitos del Plan de Acción "
        "Local.</p><p>Licencia AGPL-3.0 o posterior.</p>"
    ).format(version=__version__)


def install(window: WindowShell) -> None:
    action = window.menu("help").addAction(_tr("&Atajos de teclado"))
    action.setObjectName("actionShortcuts")
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(lambda: show_shortcuts(window))
    action = window.menu("help").addAction(_tr("A&cerca de Cocrea"))
    action.triggered.connect(
        lambda: QMessageBox.about(window, _tr("Acerca de Cocrea"), about_text())
    )


def show_shortcuts(window: WindowShell) -> None:
    from cocreation_app.ui.help.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    dialog.exec()
    dialog.deleteLater()
