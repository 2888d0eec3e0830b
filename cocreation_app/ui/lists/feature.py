"""Lists in and out of the window: File ▸ Import participants from a spreadsheet, and
File ▸ Export ▸ participants, the workshop's attendance and its ranking as XLSX or CSV.

Personal data (gender, e-mail, phone) goes into a list only when the user says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cocreation_app.ui import settings

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell

TABLE_FILTER = "Excel (*.xlsx);;CSV (*.csv)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return QCoreApplication.translate("Lists", text, None, n)


def install(window: WindowShell) -> None:
    action = window.menu("file").addAction(_tr("Importar &personas (Excel o CSV)…"))
    action.setObjectName("actionImportParticipants")
    action.triggered.connect(lambda: import_participants(window))
    window.review_mode.guard(action)
    menu = window.menu("export")
    menu.addSeparator()
    for name, text, slot in (
        (
            "actionExportParticipantsList",
            _tr("Personas &participantes (Excel o CSV)…"),
            export_people,
        ),
        (
            "actionExportAttendanceList",
            _tr("&Asistencia del taller (Excel o CSV)…"),
            export_attendance,
        ),
        ("actionExportRanking", _tr("Priori&zación del taller (Excel o CSV)…"), export_ranking),
    ):
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, slot=slot: slot(window))


def import_participants(window: WindowShell, path: Path | None = None) -> bool:
    from cocreation_app.services.participant_import import read_import
    from cocreation_app.ui.lists.import_dialog import run_import

    plan_id = window.current_plan_id()
    if not plan_id:
        window.show_error(_tr("Elija o cree primero un plan."))
        return False
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window,
            _tr("Importar personas"),
            settings.get(settings.EXPORT_FOLDER),
            _tr("Hojas de cálculo (*.xlsx *.csv *.txt);;Todos los archivos (*)"),
        )
        if not name:
            return False
        path = Path(name)
    source = window.run(read_import, path)
    if source is None:
        return False
    return run_import(window, source, plan_id)


def _target(window: WindowShell, title: str, default_name: str) -> Path | None:
    folder = settings.get(settings.EXPORT_FOLDER)
    start = str(Path(folder) / default_name) if folder else default_name
    name, chosen = QFileDialog.getSaveFileName(window, title, start, TABLE_FILTER)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
    return path


def _with_personal_data(window: WindowShell) -> bool:
    answer = QMessageBox.question(
        window,
        _tr("Datos personales"),
        _tr(
            "¿Incluir género, correo electrónico y teléfono? Elija «No» si la lista sale de "
            "esta computadora (por ejemplo, para el municipio) y no los necesita."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _export(
    window: WindowShell,
    title: str,
    default_name: str,
    write: Callable[[Path], Any],
    done: Callable[[int], str],
) -> bool:
    target = _target(window, title, default_name)
    if target is None:
        return False
    rows = window.run(write, target)
    if rows is None:
        return False
    settings.put(settings.EXPORT_FOLDER, str(target.parent))
    window.status(done(rows).format(path=target))
    return True


def export_people(window: WindowShell) -> bool:
    from cocreation_app.reports.lists import export_participants

    plan_id = window.current_plan_id()
    if not plan_id:
        window.show_error(_tr("Elija o cree primero un plan."))
        return False
    personal = _with_personal_data(window)
    return _export(
        window,
        _tr("Exportar personas participantes"),
        _tr("personas-participantes.xlsx"),
        lambda t: export_participants(window.db, plan_id, t, personal_data=personal),
        lambda n: _trn("%Ln personas guardadas en {path}", n),
    )


def export_attendance(window: WindowShell) -> bool:
    from cocreation_app.reports.lists import export_attendance_list

    workshop_id = window.current_workshop_id()
    if not workshop_id:
        window.show_error(_tr("Elija o cree primero un taller."))
        return False
    personal = _with_personal_data(window)
    return _export(
        window,
        _tr("Exportar la asistencia del taller"),
        _tr("asistencia.xlsx"),
        lambda t: export_attendance_list(window.db, workshop_id, t, personal_data=personal),
        lambda n: _trn("%Ln asistencias guardadas en {path}", n),
    )


def export_ranking(window: WindowShell) -> bool:
    from cocreation_app.reports.lists import export_ranking as write

    workshop_id = window.current_workshop_id()
    if not workshop_id:
        window.show_error(_tr("Elija o cree primero un taller."))
        return False
    return _export(
        window,
        _tr("Exportar la priorización del taller"),
        _tr("priorizacion.xlsx"),
        lambda t: write(window.db, workshop_id, t),
        lambda n: _trn("%Ln problemas guardados en {path}", n),
    )
