"""Tools ▸ Preferences: choose the language (applied at once, remembered in QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from cocreation_app.i18n.catalog import current_language
from cocreation_app.ui.preferences.dialog import PreferencesDialog
from cocreation_app.ui.preferences.language import switch_language

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


def open_preferences(window: WindowShell) -> None:
    dialog = PreferencesDialog(current_language(), window)
    if dialog.exec() and dialog.language() != current_language():
        switch_language(window, dialog.language())


def install(window: WindowShell) -> None:
    action = QAction(_tr("&Preferencias…"), window)
    action.setObjectName("actionPreferences")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcut(QKeySequence.StandardKey.Preferences)
    action.triggered.connect(lambda: open_preferences(window))
    window.menu("tools").addAction(action)
