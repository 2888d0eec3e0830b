"""Review feature: the Revisión view and its File menu entries (open a received plan for review,
import the comments written on a PDF, export the review file)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cocreation_app.ui.review.view import ReviewView

if TYPE_CHECKING:
    from cocreation_app.ui.shell import WindowShell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return QCoreApplication.translate("Review", text, None, n)


def install(window: WindowShell) -> None:
    view = ReviewView(window)
    window.add_view(view, QCoreApplication.translate("Views", "Revisión"))
    file_menu = window.menu("file")
    action = file_menu.addAction(_tr("Abrir paquete para &revisión…"))
    action.setObjectName("actionOpenForReview")
    action.triggered.connect(lambda: open_for_review(window, view))
    action = file_menu.addAction(_tr("Importar &comentarios de PDF…"))
    action.setObjectName("actionImportPdfComments")
    action.triggered.connect(lambda: import_pdf_comments(window, view))
    action = window.menu("export").addAction(_tr("Archivo de &revisión (.cocrea)…"))
    action.setObjectName("actionExportReview")
    action.triggered.connect(lambda: export_review(window))
    action = window.menu("export").addAction(_tr("Borrador con &observaciones (PDF)…"))
    action.setObjectName("actionExportDraftWithObservations")
    action.triggered.connect(lambda: export_draft_with_observations(window))


def open_for_review(window: WindowShell, view: ReviewView, path: Path | None = None) -> bool:
    """Import a received plan bundle (or review file) and show its plan in the review view."""
    from cocreation_app.sync.importer import import_bundles

    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, _tr("Abrir paquete para revisión"), "", "Cocrea (*.cocrea)"
        )
        if not name:
            return False
        path = Path(name)
    reports = window.run(import_bundles, window.db, [path])
    if not reports:
        return False
    report = reports[0]
    if not report.ok:
        window.show_error(report.error or _tr("No se pudo abrir el paquete."))
        return False
    plan_ids = [g.plan_id for g in report.groups if g.plan_id]
    window.review_mode.set_active(True)  # a received plan is read, not edited by accident
    window.select(plan_ids[0] if plan_ids else window.current_plan_id())
    window.dataChanged.emit()
    window.show_view(view)
    window.status(_tr("Paquete abierto para revisión: {path}").format(path=path.name))
    return True


def import_pdf_comments(window: WindowShell, view: ReviewView, path: Path | None = None) -> bool:
    """Attach the comments written on a draft PDF; list those that could not be placed."""
    from cocreation_app.reports.pdf_comments import import_pdf_comments as read_comments
    from cocreation_app.reports.pdf_comments import kind_label, reason_text

    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, _tr("Importar comentarios de PDF"), "", "PDF (*.pdf)"
        )
        if not name:
            return False
        path = Path(name)
    result = window.run(read_comments, window.db, path)
    if result is None:
        return False
    window.select(result.plan_id)
    window.dataChanged.emit()
    window.show_view(view)
    lines = [
        _tr("Observaciones agregadas: {added}; ya estaban importadas: {existing}.").format(
            added=result.count("added"), existing=result.count("existing")
        )
    ]
    proposed = sum(1 for c in result.comments if c.verdict.startswith("proposed_"))
    if proposed:
        lines.append(
            _trn(
                "%n comentarios tienen un dictamen propuesto por sus palabras: "
                "confírmelo o descártelo en la vista Revisión.",
                proposed,
            )
        )
    if result.unplaced:
        lines.append(_tr("Estos comentarios no se pudieron ubicar; agréguelos a mano:"))
        lines += [
            _tr("p. {page} · {kind} · {author}: {text} ({reason})").format(
                page=c.page,
                kind=kind_label(c.subtype),
                author=c.author or "—",
                text=c.text[:200] or "—",
                reason=reason_text(c),
            )
            for c in result.unplaced
        ]
    QMessageBox.information(window, _tr("Comentarios de PDF"), "\n".join(lines))
    return True


def _plan_and_target(
    window: WindowShell, path: Path | None, title: str, default_name: str, file_filter: str
) -> tuple[str, Path] | None:
    """The current plan and where to write its export (asked for unless given)."""
    plan_id = window.current_plan_id()
    if not plan_id:
        window.show_error(_tr("Elija primero un plan."))
        return None
    if path is None:
        name, _ = QFileDialog.getSaveFileName(window, title, default_name, file_filter)
        if not name:
            return None
        path = Path(name)
    return plan_id, path


def export_review(window: WindowShell, path: Path | None = None) -> bool:
    from cocreation_app.sync.review_file import export_review_file

    chosen = _plan_and_target(
        window,
        path,
        _tr("Exportar archivo de revisión"),
        _tr("revision.cocrea"),
        "Cocrea (*.cocrea)",
    )
    if chosen is None:
        return False
    plan_id, target = chosen
    result = window.run(export_review_file, window.db, plan_id, target)
    if result is None:
        return False
    window.status(
        _trn(
            "Archivo de revisión guardado en {path}: %n observaciones.", result.observations
        ).format(path=result.path)
    )
    return True


def export_draft_with_observations(window: WindowShell, path: Path | None = None) -> bool:
    """The draft PDF with an annex listing every observation and its replies."""
    from cocreation_app.reports.exports import export_plan

    chosen = _plan_and_target(
        window,
        path,
        _tr("Exportar borrador con observaciones"),
        _tr("borrador-con-observaciones.pdf"),
        "PDF (*.pdf)",
    )
    if chosen is None:
        return False
    plan_id, target = chosen
    done = window.run(lambda: export_plan(window.db, plan_id, target, include_observations=True))
    if done is None:
        return False
    window.status(_tr("Borrador con observaciones guardado en {path}").format(path=target))
    return True
