"""Lists in and out through the window: a pre-registration spreadsheet in (mapping, preview,
duplicates, bad rows), consent read at the door, attendance and ranking out."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from cocreation_app.services import lists
from cocreation_app.services.entities import EntityService
from cocreation_app.services.participants import ParticipantService
from cocreation_app.ui.lists.consent import ConsentDialog
from cocreation_app.ui.lists.import_dialog import ImportDialog


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _prerregistro(path: Path, existing_name: str) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Preregistro: Mesa de trabajo 2"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Nombre(s)", "Apellidos", "Institución", "Correo", "Celular"])
    for n in range(40):
        sheet.append([f"Invitada {n:02d}", "Pérez Núñez", "Colectivo", f"i{n}@example.org", None])
    sheet.append([existing_name.upper(), "", "", "", ""])  # already in the plan
    sheet.append(["Invitada 03", "Pérez Nuñez", "", "", ""])  # twice in the file
    sheet.append(["", "", "Sin nombre A.C.", "x@example.org", ""])  # no name: an error
    book.save(path)
    return path


def _trigger(window: Any, name: str) -> None:
    window.findChild(QAction, name).trigger()


def test_import_a_spreadsheet_then_check_in_with_consent(
    window: Any, demo_plan_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window.show()
    before = lists.count_participants(window.db, demo_plan_id)
    existing = lists.participant_page(window.db, demo_plan_id, limit=1)[0].name
    path = _prerregistro(tmp_path / "prerregistro.xlsx", existing)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    seen: dict[str, Any] = {}

    def look_then_import(dialog: ImportDialog) -> int:
        seen["mapping"] = dialog.mapping()
        seen["preview"] = dialog.summary.toPlainText()
        seen["button"] = dialog.ok.text()
        dialog.combos[4].setCurrentIndex(dialog.combos[4].findData(""))  # ignore the phone
        seen["after"] = dialog.mapping()
        dialog.show()
        dialog.grab().save(str(tmp_path / "import.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", look_then_import)
    _trigger(window, "actionImportParticipants")
    assert seen["mapping"] == {0: "name", 1: "surname", 2: "organization", 3: "email", 4: "phone"}
    assert 4 not in seen["after"]
    preview = seen["preview"]
    assert "Válidas: 40" in preview and "duplicadas: 2" in preview and "errores: 1" in preview
    assert "ya está en el plan" in preview and "repetida en el archivo (fila 6)" in preview
    assert "Fila 45: falta el nombre" in preview
    assert seen["button"] == "Importar 40 personas"
    assert lists.count_participants(window.db, demo_plan_id) == before + 40
    assert "Importadas 40 personas" in window.statusBar().currentMessage()

    # -- at the door: the notice is read, then the check-in is made ------------------------------
    workshop_id = lists.workshops(window.db, demo_plan_id)[0].id
    window.select(demo_plan_id, workshop_id)
    door = window.findChild(QWidget, "checkInView")
    window.show_view(door)
    settle()
    answers: list[bool] = [False, True]

    def consent(dialog: ConsentDialog) -> int:
        agree = answers.pop(0)
        assert not dialog.ok.isEnabled()  # not before the box is ticked
        dialog.accepts.setChecked(agree)
        dialog.photos.setChecked(agree)
        return QDialog.DialogCode.Accepted if agree else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConsentDialog, "exec", consent)
    people = ParticipantService(window.db)
    person = lists.participant_page(window.db, demo_plan_id, "Invitada 07")[0]
    for _attempt in range(2):
        door.table.search.setText("Invitada 07")
        settle()
        qtbot.keyClick(door.table.search, Qt.Key.Key_Return)
        settle()
        if answers:  # the first time, the person did not accept: not in the room
            assert people.needs_consent(person.id)
            assert not _checked_in(window, demo_plan_id, workshop_id)
    record = EntityService(window.db).get("participants", person.id)
    assert record["consent_privacy_notice"] is True and record["consent_photos"] is True
    assert record["consent_notice_version"] and record["consent_date"]
    assert not record["consent_contact"]
    assert _checked_in(window, demo_plan_id, workshop_id)


def _checked_in(window: Any, plan_id: str, workshop_id: str) -> bool:
    [row] = lists.participant_page(window.db, plan_id, "Invitada 07", workshop_id=workshop_id)
    return row.checked_in


def test_export_lists_through_the_menu(
    window: Any, demo_plan_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    workshop_id = lists.workshops(window.db, demo_plan_id)[0].id
    window.select(demo_plan_id, workshop_id)
    target = [tmp_path / "asistencia"]
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target[0]), "CSV (*.csv)")),
    )
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer = QMessageBox.StandardButton.No  # no personal data
    _trigger(window, "actionExportAttendanceList")
    out = tmp_path / "asistencia.csv"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["#", "Nombre"] and "Correo electrónico" not in rows[0]
    assert len(rows) - 1 == ParticipantService(window.db).room_count(workshop_id).total
    assert dialogs.shown[-1][0] == "question" and "correo" in dialogs.shown[-1][1]

    dialogs.answer = QMessageBox.StandardButton.Yes
    target[0] = tmp_path / "personas.xlsx"
    _trigger(window, "actionExportParticipantsList")
    header = next(load_workbook(target[0]).worksheets[0].iter_rows(values_only=True))
    assert "Correo electrónico" in header and "Aceptó el aviso de privacidad" in header

    target[0] = tmp_path / "ranking.xlsx"
    _trigger(window, "actionExportRanking")
    ranking = list(load_workbook(target[0]).worksheets[0].iter_rows(values_only=True))
    assert ranking[0][0] == "Lugar" and ranking[1][0] == 1
    assert "problemas guardados" in window.statusBar().currentMessage()

    target[0] = tmp_path / "no-existe" / "r.xlsx"
    _trigger(window, "actionExportRanking")
    assert dialogs.shown[-1][0] == "warning" and "No existe la carpeta" in dialogs.shown[-1][1]
