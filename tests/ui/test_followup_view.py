"""The Seguimiento view: progress per commitment and milestone, reporting progress with evidence,
assessing, review mode, and the File ▸ Export entries of the follow-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from cocreation_app.models import EvidenceBlob, EvidenceFile
from cocreation_app.services.entities import EntityService
from cocreation_app.ui.followup import feature
from cocreation_app.ui.followup.dialogs import AssessmentDialog, ProgressDialog
from cocreation_app.ui.followup.view import ROLE_ID, ROLE_KIND, FollowupView


def _view(window: Any) -> FollowupView:
    view = window.findChild(FollowupView)
    window.show_view(view)
    view.refresh_now()
    return view


def _accept(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Any) -> None:
    def run(self: QDialog) -> int:
        fill(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", run)


def test_tree_shows_commitments_milestones_and_overdue(window: Any) -> None:
    view = _view(window)
    assert view.tree.topLevelItemCount() == 5
    assert view.summary.text().startswith("Avance del plan:")
    late = [
        view.tree.topLevelItem(i).child(j).text(2)
        for i in range(5)
        for j in range(view.tree.topLevelItem(i).childCount())
        if "vencido" in view.tree.topLevelItem(i).child(j).text(2)
    ]
    assert late == ["En curso, vencido"]
    assert not view.report_button.isEnabled()


def test_report_progress_with_evidence(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = _view(window)
    milestone = view.tree.topLevelItem(0).child(2)
    view.tree.setCurrentItem(milestone)
    assert view.report_button.isEnabled()
    photo = tmp_path / "tablero.jpg"
    photo.write_bytes(b"\xff\xd8foto")

    def fill(dialog: ProgressDialog) -> None:
        dialog.date.setDate(QDate(2026, 11, 30))
        dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
        dialog.progress.setValue(10)
        dialog.narrative.setPlainText("Primer tablero")
        dialog.add_file(photo)

    _accept(monkeypatch, ProgressDialog, fill)
    assert view.report_progress()
    service = EntityService(window.db)
    update = next(
        u for u in service.list_records("progress_updates") if u["narrative"] == "Primer tablero"
    )
    assert (update["date"], update["progress"]) == ("2026-11-30", 10)
    files = [e for e in service.list_records("evidence_files") if e["update_id"] == update["id"]]
    assert [(f["filename"], f["public"]) for f in files] == [("tablero.jpg", False)]
    view.refresh_now()
    assert view.tree.topLevelItem(0).child(2).text(1) == "10%"


def test_evidence_marked_publishable_in_the_dialog(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = _view(window)
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(2))
    scan = tmp_path / "oficio.pdf"
    scan.write_bytes(b"%PDF-1.4 oficio")

    def fill(dialog: ProgressDialog) -> None:
        assert not dialog.public.isChecked()  # nobody said it may be published
        dialog.narrative.setPlainText("Oficio de respuesta")
        dialog.add_file(scan)
        dialog.public.setChecked(True)

    _accept(monkeypatch, ProgressDialog, fill)
    assert view.report_progress()
    service = EntityService(window.db)
    updates = service.list_records("progress_updates")
    (update,) = (u for u in updates if u["narrative"] == "Oficio de respuesta")
    files = [e for e in service.list_records("evidence_files") if e["update_id"] == update["id"]]
    assert [(f["filename"], f["public"]) for f in files] == [("oficio.pdf", True)]


def test_assess_with_relevance_values(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(window)
    view.tree.setCurrentItem(view.tree.topLevelItem(4))

    def fill(dialog: AssessmentDialog) -> None:
        dialog.indicator.setCurrentIndex(dialog.indicator.findData("relevance"))
        assert not dialog.value.isEnabled()
        dialog.relevance["civic_participation"].setChecked(True)
        dialog.relevance["transparency"].setChecked(True)
        dialog.assessor.setText("IRM")
        dialog.reason.setPlainText("Abre la decisión a jóvenes")

    _accept(monkeypatch, AssessmentDialog, fill)
    assert view.assess()
    found = [
        a for a in EntityService(window.db).list_records("assessments") if a["assessor"] == "IRM"
    ]
    assert [a["value"] for a in found] == ["transparency,civic_participation"]
    assert found[0]["assessed_on"] == dt.date.today().isoformat()


def test_a_bad_assessment_is_a_message_and_saves_nothing(
    window: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    view = _view(window)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    before = len(EntityService(window.db).list_records("assessments"))
    _accept(monkeypatch, AssessmentDialog, lambda dialog: None)  # no who, no why
    assert not view.assess()
    assert dialogs.shown and "Faltan datos" in dialogs.shown[-1][1]
    assert len(EntityService(window.db).list_records("assessments")) == before


def test_review_mode_greys_out_the_buttons(window: Any) -> None:
    view = _view(window)
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    window.review_mode.set_active(True)
    assert not view.report_button.isEnabled() and not view.assess_button.isEnabled()
    window.review_mode.set_active(False)
    assert view.report_button.isEnabled()


def test_export_menu_entries_write_the_files(window: Any, tmp_path: Path) -> None:
    names = {a.objectName() for a in window.menu("export").actions()}
    assert {"actionExportProgress", "actionExportOpenData", "actionExportSite"} <= names
    assert feature.export_progress(window, tmp_path / "avance.pdf")
    assert (tmp_path / "avance.pdf").read_bytes().startswith(b"%PDF")
    assert feature.export_open_data(window, tmp_path / "datos")
    assert (tmp_path / "datos.zip").is_file()
    assert feature.export_site(window, tmp_path / "sitio")
    assert (tmp_path / "sitio" / "index.html").is_file()


def test_the_window_opens_on_the_latest_cocreation_workshop(window: Any, demo_plan_id: str) -> None:
    """The demo's latest workshop is a follow-up meeting; the window opens on Mesa 2, the
    co-creation workshop, and the meeting is one pick away."""
    workshops = EntityService(window.db).list_records("workshops", plan_id=demo_plan_id)
    assert workshops[-1]["kind"] == "followup"
    mesa = next(w for w in reversed(workshops) if w["kind"] == "cocreation")
    assert window.current_workshop_id() == mesa["id"]
    window.select(demo_plan_id, workshops[-1]["id"])
    assert window.current_workshop_id() == workshops[-1]["id"]


def _evidence_item(view: FollowupView) -> Any:
    for i in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(i)
        for j in range(top.childCount()):
            milestone = top.child(j)
            for k in range(milestone.childCount()):
                item = milestone.child(k)
                if item.data(0, ROLE_KIND) == "evidence_files":
                    return item
    raise AssertionError("the demo has no evidence file in the tree")


def test_an_evidence_file_deleted_for_good_after_a_warning(window: Any, dialogs: Any) -> None:
    view = _view(window)
    item = _evidence_item(view)
    name, evidence_id = item.text(0), item.data(0, ROLE_ID)
    view.tree.setCurrentItem(item)
    assert view.purge_button.isEnabled() and not view.report_button.isEnabled()
    assert not view.assess_button.isEnabled()
    with window.db.read() as session:
        digest = session.get(EvidenceFile, evidence_id).sha256
    dialogs.answer = QMessageBox.StandardButton.No
    assert not view.purge_evidence()
    question = dialogs.shown[-1]
    assert question[0] == "question" and name in question[1]
    assert "No se puede deshacer" in question[1] and "demás computadoras" in question[1]
    assert evidence_id in {e["id"] for e in EntityService(window.db).list_records("evidence_files")}
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert view.purge_evidence()
    assert evidence_id not in {
        e["id"] for e in EntityService(window.db).list_records("evidence_files")
    }
    with window.db.read() as session:
        assert session.get(EvidenceBlob, digest) is None
        assert session.get(EvidenceFile, evidence_id).sha256 is None
    assert "definitivamente" in window.statusBar().currentMessage()
    view.refresh_now()
    shown = [
        view.tree.topLevelItem(i).child(j).child(k).data(0, ROLE_ID)
        for i in range(view.tree.topLevelItemCount())
        for j in range(view.tree.topLevelItem(i).childCount())
        for k in range(view.tree.topLevelItem(i).child(j).childCount())
    ]
    assert shown and evidence_id not in shown


def test_review_mode_greys_out_the_purge(window: Any) -> None:
    view = _view(window)
    view.tree.setCurrentItem(_evidence_item(view))
    window.review_mode.set_active(True)
    assert not view.purge_button.isEnabled() and not view.purge_evidence()
    window.review_mode.set_active(False)
    assert view.purge_button.isEnabled()
