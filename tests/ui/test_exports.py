"""File ▸ Export ▸ the plan draft and the sign-in sheet, through the menu, on a worker thread."""

from __future__ import annotations

import errno
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QPushButton

from cocreation_app.services import lists
from cocreation_app.ui.exports import worker
from cocreation_app.ui.exports.options import ExportOptions
from tests.reports.pdfcheck import page_texts


class Choose:
    """Stands in for the options dialog and the file dialog; records what was opened."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
        self.target = target
        self.opened: list[QUrl] = []
        self.setup: Any = lambda dialog: None
        monkeypatch.setattr(ExportOptions, "exec", lambda dialog: self._options(dialog))
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(self.target), ""))
        )
        monkeypatch.setattr(
            "cocreation_app.ui.exports.feature.QDesktopServices.openUrl",
            lambda url: self.opened.append(url) or True,
        )

    def _options(self, dialog: ExportOptions) -> int:
        self.setup(dialog)
        return QDialog.DialogCode.Accepted


def _trigger(window: Any, name: str) -> None:
    window.findChild(QAction, name).trigger()


def _workshop(window: Any, plan_id: str) -> str:
    workshop_id = lists.workshops(window.db, plan_id)[0].id
    window.select(plan_id, workshop_id)
    assert window.current_workshop_id() == workshop_id
    return workshop_id


def test_export_both_pdfs_through_the_menu(
    window: Any, demo_plan_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _workshop(window, demo_plan_id)
    choose = Choose(monkeypatch, tmp_path / "borrador")  # no suffix: .pdf is added
    _trigger(window, "actionExportPlanPdf")
    plan_pdf = tmp_path / "borrador.pdf"
    text = " ".join(page_texts(plan_pdf))
    assert "Plan de Acción Local" in text and "Compromiso" in text
    assert choose.opened == [QUrl.fromLocalFile(str(plan_pdf))]
    assert str(plan_pdf) in window.statusBar().currentMessage()

    names = [p.name for p in lists.participant_page(window.db, demo_plan_id, limit=3)]
    choose.target = tmp_path / "con-nombres.pdf"
    _trigger(window, "actionExportAttendancePdf")
    filled = " ".join(page_texts(choose.target))
    assert "Lista de asistencia" in filled
    assert all(name in filled for name in names)

    def blank(dialog: ExportOptions) -> None:
        dialog.blank.setChecked(True)
        dialog.rows.setValue(20)
        dialog.open_after.setChecked(False)

    choose.setup = blank
    choose.target = tmp_path / "en-blanco.pdf"
    _trigger(window, "actionExportAttendancePdf")
    empty = " ".join(page_texts(choose.target))
    assert "Lista de asistencia" in empty and "Aviso de privacidad" in empty
    assert not any(name in empty for name in names)
    assert " 20 " in f" {empty} " and " 21 " not in f" {empty} "
    assert len(choose.opened) == 2  # not asked to open the blank sheet


class Canceller(QObject):
    """Presses Cancel on the progress dialog once the layout is under way. The export waits
    at each report until the window has seen it, as a slow (size-L) export would let it."""

    def __init__(self) -> None:
        super().__init__()
        self.reports: list[int] = []
        self.seen_one = threading.Event()
        self.dialog: QProgressDialog | None = None

    def attach(self, job: worker.BackgroundJob) -> None:
        self.dialog = job.dialog
        job.worker.progressed.connect(self.seen, Qt.ConnectionType.QueuedConnection)

    def seen(self, steps: int) -> None:
        self.reports.append(steps)
        if steps >= 300 and self.dialog is not None:
            self.dialog.findChild(QPushButton).click()
            self.dialog = None
        self.seen_one.set()


def test_cancel_leaves_no_file(
    window: Any, demo_plan_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose = Choose(monkeypatch, tmp_path / "borrador.pdf")
    canceller = Canceller()
    original_report, original_run = worker._Worker.report, worker.BackgroundJob.run

    def slow_report(job: worker._Worker, fraction: float) -> None:
        canceller.seen_one.clear()
        original_report(job, fraction)
        assert canceller.seen_one.wait(10)

    def run(job: worker.BackgroundJob) -> worker.Outcome:
        canceller.attach(job)
        return original_run(job)

    monkeypatch.setattr(worker._Worker, "report", slow_report)
    monkeypatch.setattr(worker.BackgroundJob, "run", run)
    _trigger(window, "actionExportPlanPdf")
    assert canceller.reports and 300 <= max(canceller.reports) < worker.STEPS
    assert list(tmp_path.glob("*.pdf*")) == [] and list(tmp_path.glob(".*.tmp")) == []
    assert "cancelada" in window.statusBar().currentMessage()
    assert choose.opened == []


def test_full_disk_and_unwritable_folder_are_messages(
    window: Any,
    demo_plan_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Any,
) -> None:
    _workshop(window, demo_plan_id)
    choose = Choose(monkeypatch, tmp_path / "borrador.pdf")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr("cocreation_app.storage.files.os.fsync", full)
        _trigger(window, "actionExportPlanPdf")
    assert dialogs.shown[-1][0] == "warning"
    assert "no hay espacio suficiente en el disco" in dialogs.shown[-1][1]
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.tmp")) == []

    def read_only(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    choose.target = tmp_path / "lista.pdf"
    with monkeypatch.context() as patch:
        patch.setattr("tempfile.mkstemp", read_only)
        _trigger(window, "actionExportAttendancePdf")
    assert "permiso denegado" in dialogs.shown[-1][1]
    assert str(choose.target) in dialogs.shown[-1][1]
    assert not choose.target.exists() and choose.opened == []


def test_attendance_needs_a_workshop(empty_window: Any, dialogs: Any) -> None:
    empty_window.findChild(QAction, "actionExportAttendancePdf").trigger()
    assert dialogs.shown[-1] == ("warning", "Elija o cree primero un taller.")
