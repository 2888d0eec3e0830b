"""Layout checks on hand-made plan data (no database): long contents, empty sections."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from pypdf import PdfReader

from cocreation_app.reports.plan_data import CommitmentInfo, PlanData
from cocreation_app.reports.plan_pdf import PlanRenderer

DAY = dt.date(2026, 3, 1)


def _plan(commitments: list[CommitmentInfo]) -> PlanData:
    return PlanData(
        id="plan", title="Plan", state="Oaxaca", municipality="Teotitlán", period_start=DAY,
        period_end=DAY, guarantor_body="", status="draft", context="", draft_version=2,
        updated_at="2026-01-01T00:00:00Z", workshops=[], stl_named=[], stl_unnamed=0,
        problems=[], rankings=[], commitments=commitments, published_people=[],
        participants_total=0,
    )  # fmt: skip


def _render(data: PlanData) -> tuple[PdfReader, dict[str, Any]]:
    pdf, mapping = PlanRenderer(data, draft_date=DAY).render(invariant=True)
    return PdfReader(io.BytesIO(pdf)), mapping


def test_contents_over_several_pages_give_the_right_page_numbers() -> None:
    commitments = [
        CommitmentInfo(f"c{n}", n, f"Título del compromiso {n}", {}, []) for n in range(1, 81)
    ]
    reader, mapping = _render(_plan(commitments))
    pages = {item["id"]: item["page"] for item in mapping["items"]}
    contents = "\n".join(reader.pages[i].extract_text() for i in (1, 2, 3))
    for c in commitments:
        line = f"Compromiso {c.number}. {c.title}\n{pages[c.id]}\n"
        assert line in contents
        assert f"Compromiso {c.number}. {c.title}" in reader.pages[pages[c.id] - 1].extract_text()
    total = len(reader.pages)
    assert f"Página {total} de {total}" in reader.pages[-1].extract_text()


def test_a_plan_with_nothing_yet_still_exports() -> None:
    reader, mapping = _render(_plan([]))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert mapping["items"] == []
    for empty in (
        "Sin información de contexto registrada.",
        "No hay integrantes del STL registrados.",
        "No hay talleres registrados.",
        "No hay problemas registrados.",
        "No hay compromisos registrados.",
    ):
        assert empty in text
