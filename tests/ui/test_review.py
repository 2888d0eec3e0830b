"""Review mode in the window: observations beside their item, reply, addressed, undo, status with
history, PDF comments from the File menu, and a plan received as a bundle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Text
from pypdf.generic import NameObject, TextStringObject
from PySide6.QtWidgets import QDialog

from cocreation_app.reports.exports import export_plan
from cocreation_app.reports.item_map import read_item_map
from cocreation_app.services.entities import EntityService
from cocreation_app.services.review import ReviewService
from cocreation_app.storage import Database, open_database
from cocreation_app.sync.export import export_bundle
from cocreation_app.ui.review import feature
from cocreation_app.ui.review.dialogs import ObservationDialog, StatusDialog
from cocreation_app.ui.review.view import ReviewView


@pytest.fixture
def view(window: Any) -> ReviewView:
    found = window.findChild(ReviewView, "reviewView")
    assert found is not None
    window.show_view(found)
    found.refresh_now()
    return found


def _answer(monkeypatch: pytest.MonkeyPatch, dialog: type[QDialog], **values: str) -> None:
    """Make the next dialogs of this class come back accepted with these values typed in."""

    def run(self: Any) -> int:
        for name, value in values.items():
            widget = getattr(self, name)
            if name in ("verdict", "status"):
                widget.setCurrentIndex(widget.findData(value))
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        assert self.ready()
        self.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(dialog, "exec", run)


def _commitment(db: Database, plan_id: str) -> dict[str, Any]:
    return EntityService(db).list_records("commitments", plan_id=plan_id)[0]


def test_add_reply_address_and_undo_beside_the_item(
    window: Any, view: ReviewView, demo_db: Database, demo_plan_id: str, monkeypatch: Any
) -> None:
    commitment = _commitment(demo_db, demo_plan_id)
    assert view.select_item("commitments", commitment["id"])
    assert commitment["title"] in view.detail.toPlainText()
    assert view.detail.isReadOnly()

    _answer(
        monkeypatch,
        ObservationDialog,
        text="Precisar el indicador.",
        verdict="request_changes",
        author="Lucía Méndez",
        institution="Cabildo",
    )
    view.ask_observation()
    view.refresh_now()
    assert view.current_item() == ("commitments", commitment["id"])
    [obs] = view.item_observations()
    assert (obs.text, obs.verdict, obs.institution) == (
        "Precisar el indicador.",
        "request_changes",
        "Cabildo",
    )
    assert view.notes.topLevelItemCount() == 1
    assert view.items.currentItem().text(1) == "1"

    view.notes.setCurrentItem(view.notes.topLevelItem(0))
    _answer(monkeypatch, ObservationDialog, text="Se ajusta en la versión 2.", author="STL")
    view.ask_reply()
    view.refresh_now()
    assert view.notes.topLevelItem(0).childCount() == 1

    view.notes.setCurrentItem(view.notes.topLevelItem(0))
    view.toggle_addressed()
    view.refresh_now()
    [obs] = view.item_observations()
    assert obs.addressed and len(obs.replies) == 1

    window.undo_stack.undo()  # addressed
    window.undo_stack.undo()  # reply
    view.refresh_now()
    [obs] = view.item_observations()
    assert not obs.addressed and obs.replies == []


def test_changed_since_draft_is_flagged_in_the_list(
    view: ReviewView, demo_db: Database, demo_plan_id: str
) -> None:
    review = ReviewService(demo_db)
    commitment = _commitment(demo_db, demo_plan_id)
    review.issue_draft(demo_plan_id)
    review.add_observation("commitments", commitment["id"], "Cambiar fechas", author="Ana")
    EntityService(demo_db).update("commitments", commitment["id"], {"title": "Nuevo título"})
    view.refresh_now()
    view.select_item("commitments", commitment["id"])
    assert "cambió" in view.items.currentItem().text(2)
    assert "Cambió desde el borrador" in view.notes.topLevelItem(0).text(3)


def test_status_change_shows_in_the_history(
    view: ReviewView, demo_db: Database, demo_plan_id: str, monkeypatch: Any
) -> None:
    _answer(monkeypatch, StatusDialog, status="in_review", author="STL", note="Al cabildo")
    view.ask_status()
    view.refresh_now()
    assert EntityService(demo_db).get("plans", demo_plan_id)["status"] == "in_review"
    assert view.history.topLevelItemCount() == 1
    assert view.history.topLevelItem(0).text(4) == "Al cabildo"
    assert "En revisión" in view.status_label.text()


def test_import_pdf_comments_from_the_file_menu(
    window: Any,
    view: ReviewView,
    demo_db: Database,
    demo_plan_id: str,
    tmp_path: Path,
    dialogs: Any,
) -> None:
    draft = tmp_path / "borrador.pdf"
    export_plan(demo_db, demo_plan_id, draft)
    mapping = read_item_map(draft)
    [item] = [i for i in mapping["items"] if i["kind"] == "commitments"][:1]
    x0, _y0, x1, y1 = item["spans"][0]["bbox"]
    writer = PdfWriter(clone_from=PdfReader(draft))
    note = Text(rect=((x0 + x1) / 2, y1 - 24, (x0 + x1) / 2 + 20, y1 - 4), text="Aprobado")
    note[NameObject("/T")] = TextStringObject("Síndica")
    writer.add_annotation(item["spans"][0]["page"] - 1, note)
    writer.add_annotation(0, Text(rect=(10, 10, 30, 30), text="Portada bonita"))
    commented = tmp_path / "comentado.pdf"
    with open(commented, "wb") as handle:
        writer.write(handle)
    action = window.findChild(type(window.menu("file").actions()[0]), "actionImportPdfComments")
    assert action is not None

    assert feature.import_pdf_comments(window, view, commented)
    view.refresh_now()
    assert view.select_item("commitments", item["id"])
    [obs] = view.item_observations()
    # «Aprobado» written in a note is only a proposal until the facilitator confirms it.
    assert (obs.author, obs.verdict, obs.source) == ("Síndica", "proposed_approve", "pdf")
    kind, text = dialogs.shown[-1]
    assert kind == "information" and "Portada bonita" in text
    assert "dictamen propuesto" in text
    view.notes.setCurrentItem(view.notes.topLevelItem(0))
    assert "Confírmelo" in view.note_text.toPlainText()
    assert view.confirm_button.isEnabled() and view.discard_button.isEnabled()
    view.confirm_button.click()
    view.refresh_now()
    view.select_item("commitments", item["id"])
    [obs] = view.item_observations()
    assert obs.verdict == "approve"
    view.notes.setCurrentItem(view.notes.topLevelItem(0))
    assert not view.confirm_button.isEnabled()
    window.undo_stack.undo()
    view.refresh_now()
    view.select_item("commitments", item["id"])
    assert view.item_observations()[0].verdict == "proposed_approve"


def test_open_a_received_plan_for_review_and_export_the_review_file(
    window: Any, view: ReviewView, demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "plan.cocrea"
    export_bundle(demo_db, bundle, plan_id=demo_plan_id)
    official = open_database(tmp_path / "oficina.sqlite3")
    window.set_database(official)
    assert feature.open_for_review(window, view, bundle)
    assert window.current_plan_id() == demo_plan_id
    assert window.views.currentWidget() is view
    view.refresh_now()
    assert view.items.topLevelItemCount() == 1  # the plan, with its items below
    milestone = EntityService(official).list_records("milestones", plan_id=demo_plan_id)[0]
    ReviewService(official).add_observation("milestones", milestone["id"], "OK", author="Ana")

    review_file = tmp_path / "revision.cocrea"
    assert feature.export_review(window, review_file)
    assert review_file.is_file()
    draft = tmp_path / "con-observaciones.pdf"
    assert feature.export_draft_with_observations(window, draft)
    assert "Observaciones y respuestas" in PdfReader(draft).pages[-1].extract_text()
