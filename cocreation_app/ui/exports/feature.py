"""File ▸ Export ▸ the action-plan draft and the workshop's sign-in sheet, as PDF.

Each asks its options, then the file name, then renders on a worker thread behind a progress
dialog that can cancel it (a cancelled export writes nothing); the PDF opens in the system's
viewer afterwards when asked. A full disk or a folder that cannot be written is a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from cocreation_app.reports.progress import Progress
from cocreation_app.ui import settings
from cocreation_app.ui.exports.options import Choices, ExportOptions
from cocreation_app.ui.exports.worker import BackgroundJob

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exports", text)


def install(window: WindowShell) -> None:
    menu = window.menu("export")
    action = menu.addAction(_tr("Borrador del &plan (PDF)…"))
    action.setObjectName("actionExportPlanPdf")
    action.triggered.connect(lambda: export_plan_draft(window))
    action = menu.addAction(_tr("&Lista de asistencia (PDF)…"))
    action.setObjectName("actionExportAttendancePdf")
    action.triggered.connect(lambda: export_attendance_sheet(window))
    menu.addSeparator()


def export_plan_draft(window: WindowShell) -> bool:
    from cocreation_app.reports import export_plan

    plan_id = window.current_plan_id()
    if not plan_id:
        window.show_error(_tr("Elija o cree primero un plan."))
        return False
    options = ExportOptions(
        _tr("Exportar el borrador del plan"),
        _tr(
            "El borrador del Plan de Acción Local en PDF: portada, contenido, problemas, "
            "propuestas, compromisos e hitos. Un plan grande tarda unos segundos."
        ),
        attendance=False,
        parent=window,
    )

    def job(target: Path, chosen: Choices, progress: Progress) -> Any:
        return export_plan(window.db, plan_id, target, paper=chosen.paper, progress=progress)

    return _export(
        window,
        options,
        _tr("borrador-del-plan.pdf"),
        _tr("Generando el borrador del plan…"),
        job,
        _tr("Borrador del plan guardado en {path}"),
    )


def export_attendance_sheet(window: WindowShell) -> bool:
    from cocreation_app.reports import export_attendance

    workshop_id = window.current_workshop_id()
    if not workshop_id:
        window.show_error(_tr("Elija o cree primero un taller."))
        return False
    options = ExportOptions(
        _tr("Exportar la lista de asistencia"),
        _tr(
            "La hoja para firmar del taller actual, con el aviso de privacidad y las casillas "
            "de consentimiento. Los datos de contacto nunca se imprimen."
        ),
        attendance=True,
        parent=window,
    )

    def job(target: Path, chosen: Choices, progress: Progress) -> Any:
        return export_attendance(
            window.db,
            workshop_id,
            target,
            blank_rows=chosen.blank_rows,
            prefill=chosen.prefill,
            paper=chosen.paper,
            progress=progress,
        )

    return _export(
        window,
        options,
        _tr("lista-de-asistencia.pdf"),
        _tr("Generando la lista de asistencia…"),
        job,
        _tr("Lista de asistencia guardada en {path}"),
    )


def _reraise(exc: BaseException) -> NoReturn:
    raise exc


def _export(
    window: WindowShell,
    options: ExportOptions,
    default_name: str,
    label: str,
    job: Callable[[Path, Choices, Progress], Any],
    done_message: str,
) -> bool:
    chosen = options.ask()
    options.deleteLater()
    if chosen is None:
        return False
    target = ask_pdf_target(window, options.windowTitle(), default_name)
    if target is None:
        return False
    outcome = BackgroundJob(window, label, lambda progress: job(target, chosen, progress)).run()
    if outcome.cancelled:
        window.status(_tr("Exportación cancelada; no se guardó ningún archivo."))
        return False
    if outcome.error is not None:
        window.run(_reraise, outcome.error)  # a user's situation is a message, a bug a crash
        return False
    settings.put(settings.EXPORT_FOLDER, str(target.parent))
    window.status(done_message.format(path=target))
    if chosen.open_after and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        window.status(
            _tr("No se pudo abrir el visor de PDF; el archivo está en {path}").format(path=target)
        )
    return True


def ask_pdf_target(window: WindowShell, title: str, default_name: str) -> Path | None:
    """The file to write, asked in the folder used last; ".pdf" added when left out."""
    folder = settings.get(settings.EXPORT_FOLDER)
    start = str(Path(folder) / default_name) if folder else default_name
    name, _ = QFileDialog.getSaveFileName(window, title, start, "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
