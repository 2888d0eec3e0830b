"""A paragraph longer than a page is split between pages and still drawn (regression: the line
cache of ``layout.Para`` used lines ReportLab had dropped when splitting)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cocreation_app.reports import export_plan
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database


def test_a_problem_description_longer_than_a_page_is_printed(db: Database, tmp_path: Path) -> None:
    service = EntityService(db)
    plan_id = service.create(
        "plans", {"title": "Plan largo", "state": "Chiapas", "municipality": "Comitán"}
    )
    sentence = "El servicio de agua potable no llega de forma regular a las colonias. "
    service.create(
        "problems",
        {"plan_id": plan_id, "title": "Agua", "description": sentence * 200, "status": "selected"},
    )
    target = tmp_path / "plan.pdf"
    export_plan(db, plan_id, target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert text.count("colonias") >= 150
