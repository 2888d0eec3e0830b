"""File > Export bundle…, File > Import files…, Tools > Duplicate people… and Devices…, the
Conflicts view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocreation_app.ui.sync.conflicts_view import ConflictsView
from cocreation_app.ui.sync.devices_dialog import DevicesDialog
from cocreation_app.ui.sync.dialogs import ExportBundleDialog, open_import
from cocreation_app.ui.sync.duplicates_dialog import DuplicatesDialog

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncFeature", text)


def install(window: WindowShell) -> None:
    menu = window.menu("file")
    menu.addSeparator()
    action = menu.addAction(_tr("E&xportar paquete .cocrea…"))
    action.setObjectName("action_export_bundle")
    action.triggered.connect(lambda: ExportBundleDialog(window).exec())
    action = menu.addAction(_tr("&Importar archivos…"))
    action.setObjectName("action_import_bundles")
    action.triggered.connect(lambda: open_import(window))
    window.review_mode.guard(action)  # in review mode: "Abrir paquete para revisión…"
    action = window.menu("tools").addAction(_tr("Personas &duplicadas…"))
    action.setObjectName("action_duplicates")
    action.triggered.connect(lambda: DuplicatesDialog(window).exec())
    window.review_mode.guard(action)
    action = window.menu("tools").addAction(_tr("E&quipos…"))
    action.setObjectName("action_devices")
    action.triggered.connect(lambda: DevicesDialog(window).exec())
    window.add_view(ConflictsView(window), _tr("Conflictos"))
