"""The draft PDF can carry an annex with the observations and their replies."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cocreation_app.reports.exports import export_plan
from cocreation_app.reports.item_map import read_item_map
from cocreation_app.services.entities import EntityService
from cocreation_app.services.review import ReviewService
from cocreation_app.storage import Database


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_annex_lists_observations_and_replies_by_item(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    review = ReviewService(demo_db)
    commitment = EntityService(demo_db).list_records("commitments", plan_id=demo_plan_id)[0]
    obs = review.add_observation(
        "commitments",
        commitment["id"],
        "Precisar el presupuesto asignado.",
        author="Lucía Méndez",
        institution="Tesorería",
        verdict="request_changes",
    )
    review.reply(obs, "Se incluye en la versión 2.", author="Facilitación")
    plain, annotated = tmp_path / "plain.pdf", tmp_path / "con-observaciones.pdf"

    export_plan(demo_db, demo_plan_id, plain)
    export_plan(demo_db, demo_plan_id, annotated, include_observations=True)

    assert "Observaciones y respuestas" not in _text(plain)
    text = " ".join(_text(annotated).split())
    assert "Anexo. Observaciones y respuestas" in text
    assert "Precisar el presupuesto asignado." in text
    assert "Solicitar cambios · Lucía Méndez, Tesorería · versión 1 · Pendiente" in text
    assert "Respuesta de Facilitación: Se incluye en la versión 2." in text
    # The annex only adds pages at the end: every item keeps its place.
    assert read_item_map(annotated)["items"] == read_item_map(plain)["items"]
    assert len(PdfReader(annotated).pages) > len(PdfReader(plain).pages)
