"""Follow-up feature (issue 18): the Seguimiento view, and File ▸ Export entries for the
progress report (PDF), the open data (zip) and the tracker site (folder)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from cocreation_app.ui.followup.view import FollowupView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Followup", text)


def install(window: WindowShell) -> None:
    window.add_view(FollowupView(window), QCoreApplication.translate("Views", "Seguimiento"))
    export = window.menu("export")
    action = export.addAction(_tr("Informe de &avance (PDF)…"))
    action.setObjectName("actionExportProgress")
    action.triggered.connect(lambda: export_progress(window))
    action = export.addAction(_tr("&Datos abiertos (zip)…"))
    action.setObjectName("actionExportOpenData")
    action.triggered.connect(lambda: export_open_data(window))
    action = export.addAction(_tr("&Sitio de seguimiento (carpeta)…"))
    action.setObjectName("actionExportSite")
    action.triggered.connect(lambda: export_site(window))


def _plan(window: WindowShell) -> str | None:
    plan_id = window.current_plan_id()
    if not plan_id:
        window.show_error(_tr("Elija primero un plan."))
    return plan_id


def _save_path(window: WindowShell, title: str, name: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(window, title, name, file_filter)
    return Path(chosen) if chosen else None


def export_progress(window: WindowShell, path: Path | None = None) -> bool:
    from cocreation_app.reports.exports import export_progress as write

    plan_id = _plan(window)
    if plan_id is None:
        return False
    path = path or _save_path(
        window, _tr("Exportar informe de avance"), _tr("informe-de-avance.pdf"), "PDF (*.pdf)"
    )
    if path is None or window.run(write, window.db, plan_id, path) is None:
        return False
    window.status(_tr("Informe de avance guardado en {path}").format(path=path))
    return True


def export_open_data(window: WindowShell, path: Path | None = None) -> bool:
    from cocreation_app.reports.open_data import export_open_data as write

    plan_id = _plan(window)
    if plan_id is None:
        return False
    path = path or _save_path(
        window, _tr("Exportar datos abiertos"), _tr("datos-abiertos.zip"), "Zip (*.zip)"
    )
    if path is None:
        return False
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    if window.run(write, window.db, plan_id, path) is None:
        return False
    window.status(_tr("Datos abiertos guardados en {path}").format(path=path))
    return True


def export_site(window: WindowShell, path: Path | None = None) -> bool:
    """The site goes into a new folder chosen inside a parent folder (a stick, say)."""
    from cocreation_app.reports.site import export_site as write

    plan_id = _plan(window)
    if plan_id is None:
        return False
    if path is None:
        parent = QFileDialog.getExistingDirectory(window, _tr("Carpeta donde guardar el sitio"))
        if not parent:
            return False
        path = Path(parent) / _tr("sitio-de-seguimiento")
    result = window.run(write, window.db, plan_id, path)
    if result is None:
        return False
    window.status(_tr("Sitio guardado en {path}; abra index.html.").format(path=result.path))
    return True
