"""The progress report of a period: summary with the chart, per commitment its milestones,
changes, evidence and assessments, follow-up meetings; bookmarks, fonts, page X of Y, es/en."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pymupdf
import pytest
from pypdf import PdfReader
from reportlab.lib.units import cm

from cocreation_app.errors import UserError
from cocreation_app.i18n import set_language
from cocreation_app.reports.exports import export_progress
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from tests.reports.pdfcheck import font_descriptors, outline_titles, page_texts

SECOND_HALF = {"since": dt.date(2026, 7, 1), "until": dt.date(2026, 12, 31)}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", ("Informe de avance", "Página 1 de", "Cumplimiento por compromiso", "Valoraciones")),
        ("en", ("Progress report", "Page 1 of", "Completion by commitment", "Assessments")),
    ],
)
def test_the_demo_report_in_both_languages(
    demo_db: Database, demo_plan_id: str, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    set_language(language)
    target = tmp_path / "avance.pdf"
    pages = export_progress(demo_db, demo_plan_id, target, **SECOND_HALF)
    texts = page_texts(target)
    assert len(texts) == pages == len(PdfReader(target).pages)
    whole = " ".join(texts)
    for word in words:
        assert word in whole, word
    total = len(texts)
    last = {"es": f"Página {total} de {total}", "en": f"Page {total} of {total}"}[language]
    assert last in texts[-1]
    commitments = EntityService(demo_db).list_records("commitments", plan_id=demo_plan_id)
    outline = outline_titles(target)
    for commitment in commitments:
        assert f"{commitment['number']}. {commitment['title']}" in outline
    for name, descriptor in font_descriptors(target):
        assert descriptor is not None and "/FontFile2" in descriptor.get_object(), name


def test_summary_page_and_what_changed(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    target = tmp_path / "avance.pdf"
    export_progress(demo_db, demo_plan_id, target, **SECOND_HALF)
    texts = page_texts(target)
    summary = texts[0]
    assert "Avance del plan: 37%" in summary  # (47+27+40+53+17)/5 at the end of 2026
    assert "Hitos vencidos" in summary
    water = texts[1]
    assert "antes En curso, 50%; ahora Completado, 100%" in water  # report of 28 Aug
    assert "acta_entrega_calendario.txt" in water  # evidence of the period
    assert "calendario_tandeo.csv" not in water  # attached in June: before the period
    assert "Limitado" in water and "Marginal" in water  # assessments
    assert "Reuniones de seguimiento" in texts[-1]
    # both meetings (15 July, 20 November) fall in the second half of 2026
    assert "Asistencia: 10 personas" in texts[-1] and "Asistencia: 12 personas" in texts[-1]
    assert texts[-1].count("Reunión de seguimiento del STL") == 2


def test_an_inverted_period_is_refused(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="periodo"):
        export_progress(
            demo_db,
            demo_plan_id,
            tmp_path / "x.pdf",
            since=dt.date(2027, 1, 1),
            until=dt.date(2026, 1, 1),
        )
    assert not (tmp_path / "x.pdf").exists()


def test_a_plan_without_commitments_still_reports(db: Database, tmp_path: Path) -> None:
    plan = EntityService(db).create(
        "plans", {"title": "Vacío", "state": "Oaxaca", "municipality": "Ixtlán"}
    )
    export_progress(db, plan, tmp_path / "vacio.pdf")
    assert "aún no tiene compromisos" in page_texts(tmp_path / "vacio.pdf")[0]


@pytest.mark.parametrize("language", ["es", "en"])
def test_headers_whole_and_no_heading_left_at_a_page_bottom(
    demo_db: Database, demo_plan_id: str, tmp_path: Path, language: str
) -> None:
    """Read with PyMuPDF: every column header on one line (English "Weight" was cut to
    "Weig|ht"), and no page ends with the self-assessment heading, whose items went overleaf."""
    set_language(language)
    target = tmp_path / "avance.pdf"
    export_progress(demo_db, demo_plan_id, target, since=dt.date(2026, 6, 1))
    heading = {"es": "Autoevaluación al cierre", "en": "End-of-commitment self-assessment"}
    headers = {"es": ("Hito", "Estado", "Avance", "Término", "Peso"),
               "en": ("Milestone", "Status", "Progress", "End", "Weight")}  # fmt: skip
    with pymupdf.open(target) as doc:
        words = {w[4] for page in doc for w in page.get_text("words")}
        for header in headers[language]:
            assert header in words, header
        for page in doc:
            lines = [
                "".join(span["text"] for span in line["spans"]).strip()
                for block in page.get_text("dict")["blocks"]
                if block["type"] == 0 and block["bbox"][3] < page.rect.height - 2.5 * cm
                for line in block["lines"]
            ]
            body = [line for line in lines if line]
            assert body and body[-1] != heading[language], page.number + 1
