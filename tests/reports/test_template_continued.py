"""A commitment template row longer than a page (a five-page "¿En qué consiste el compromiso?")
continues on the next pages under its label followed by "(continúa)"; before, the continuation
had an empty label cell. Read with PyMuPDF positions: the label column of each page the row
continues on starts with the continued label, level with the first line of the answer."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from cocreation_app.i18n import set_language
from cocreation_app.reports import export_plan
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import open_database

SENTENCE = "Se abrirán las bases de datos de obra pública del municipio con su expediente. "
LABEL = {"es": "¿En qué consiste el compromiso?", "en": "What does the commitment consist of?"}
CONTINUED = {"es": "(continúa)", "en": "(continued)"}


def _export(folder: Path, language: str) -> Path:
    db = open_database(folder / "plan.sqlite3")
    service = EntityService(db)
    plan = service.create("plans", {"title": "Plan", "state": "Sonora", "municipality": "Álamos"})
    service.create(
        "commitments",
        {
            "plan_id": plan,
            "number": "1",
            "title": "Obra pública abierta",
            "lead_institution": "Ayuntamiento",
            "description": SENTENCE * 260,
            "contribution": "Permitirá vigilar el gasto.",
        },
    )
    target = folder / f"plan-{language}.pdf"
    set_language(language)
    export_plan(db, plan, target)
    db.close()
    return target


def _columns(page: pymupdf.Page) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """(top, text) of the template's label column and value column on ``page``, body only."""
    width, height = page.rect.width, page.rect.height
    labels, values = [], []
    for x0, y0, _x1, _y1, text, *_ in page.get_text("blocks"):
        if not 60 < y0 < height - 70:
            continue
        line = " ".join(text.split())
        (labels if x0 < width * 0.35 else values).append((y0, line))
    return sorted(labels), sorted(values)


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_row_split_over_pages_repeats_its_label(tmp_path: Path, language: str) -> None:
    with pymupdf.open(_export(tmp_path, language)) as doc:
        spread = [p for p in doc if "expediente" in p.get_text()]
        assert len(spread) >= 5, len(spread)  # the answer covers five pages
        for page in spread[1:]:
            labels, values = _columns(page)
            assert labels, page.number
            top, first = labels[0]
            assert first == f"{LABEL[language]} {CONTINUED[language]}", (page.number, first)
            assert abs(top - values[0][0]) < 2, (page.number, labels[0], values[0])
        # The row after it keeps its own label, once, without "(continúa)".
        text = " ".join(" ".join(p.get_text().split()) for p in doc)
        assert text.count(CONTINUED[language]) == len(spread) - 1
