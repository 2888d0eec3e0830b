"""The draft PDF can carry an annex with the observations and their replies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from cocreation_app.reports.exports import export_plan
from cocreation_app.reports.item_map import read_item_map
from cocreation_app.reports.pdf_comments import import_pdf_comments
from cocreation_app.services.entities import EntityService
from cocreation_app.services.review import ReviewService
from cocreation_app.storage import Database
from tests.reports import pdf_annotators as pa


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


@pytest.mark.parametrize("library", ["pymupdf", "pypdf"])
def test_annex_follows_the_draft_and_keeps_replies_to_replies_in_their_thread(
    demo_db: Database, demo_plan_id: str, tmp_path: Path, library: str
) -> None:
    draft = tmp_path / "borrador.pdf"
    mapping = export_plan(demo_db, demo_plan_id, draft)
    items = {(i["kind"], i["id"]): i for i in mapping["items"]}
    problems = [i for i in mapping["items"] if i["kind"] == "problems"]  # in the draft's order
    first, second = (pa.free_spot(mapping, p) for p in problems[:2])
    [solution] = [
        s
        for s in EntityService(demo_db).list_records("solutions", plan_id=demo_plan_id)
        if s["problem_id"] == problems[0]["id"]
    ][:1]
    on_solution = pa.free_spot(mapping, items[("solutions", solution["id"])])
    commitment = next(i for i in mapping["items"] if i["kind"] == "commitments")
    top = pa.free_spot(mapping, commitment)
    assert first and second and on_solution and top
    lower = pa.free_spot(mapping, commitment, below=top.y - 20)
    assert lower is not None and lower.y < top.y

    # Written in another order than the draft's: lower on the page first, the solution (printed
    # after every problem) before the second problem.
    annotator = pa.Annotator(library, draft)
    root = annotator.note(lower, "Abajo del compromiso.", "Ana")
    answer = annotator.note(lower, "Tesorería.", "Luis", reply_to=root)
    annotator.note(on_solution, "Sobre la solución.", "Ana")
    annotator.note(lower, "¿Con qué partida?", "Ana", reply_to=answer)
    annotator.note(second, "Sobre el segundo problema.", "Ana")
    annotator.note(top, "Arriba del compromiso.", "Ana")
    assert import_pdf_comments(demo_db, annotator.save(tmp_path / "r1.pdf")).count("added") == 6
    # A later file with a note on the first problem: imported last, printed first.
    later = pa.Annotator(library, draft)
    later.note(first, "Sobre el primer problema.", "Ana")
    assert import_pdf_comments(demo_db, later.save(tmp_path / "r2.pdf")).count("added") == 1

    reviewed = tmp_path / "con-observaciones.pdf"
    export_plan(demo_db, demo_plan_id, reviewed, include_observations=True)

    text = " ".join(_text(reviewed).split())
    annex = text[text.index("Anexo. Observaciones y respuestas") :]
    expected = [
        "Sobre el primer problema.",
        "Sobre el segundo problema.",
        "Sobre la solución.",
        "Arriba del compromiso.",
        "Abajo del compromiso.",
        "Respuesta de Luis: Tesorería.",
        "Respuesta de Ana: ¿Con qué partida?",
    ]
    positions = [annex.find(line) for line in expected]
    assert -1 not in positions, list(zip(expected, positions, strict=True))
    assert positions == sorted(positions)
