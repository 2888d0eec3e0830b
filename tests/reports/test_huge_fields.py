"""A plan with 5 MB in one field still exports: each field prints up to
plan_data.MAX_PRINTED_CHARS characters and says, in the PDF, how many were left out (a 1 MB
description took five minutes, 5 MB did not finish). A milestone cell taller than a page splits
inside its row instead of failing with ReportLab's LayoutError."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from cocreation_app.errors import UserError
from cocreation_app.i18n import set_language
from cocreation_app.reports import export_attendance, export_plan
from cocreation_app.reports.styles import MAX_PRINTED_CHARS
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database

SENTENCE = "Se abrirán las bases de datos de obra pública del municipio con su expediente. "


def _plan(db: Database, commitment: dict[str, str], milestone: dict[str, str]) -> str:
    service = EntityService(db)
    plan = service.create("plans", {"title": "Plan", "state": "Sonora", "municipality": "Álamos"})
    commitment_id = service.create(
        "commitments",
        {"plan_id": plan, "number": "1", "title": "Obra", "lead_institution": "Ayto", **commitment},
    )
    service.create("milestones", {"commitment_id": commitment_id, "title": "Hito", **milestone})
    return plan


def _text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return " ".join(" ".join(page.get_text().split()) for page in doc)


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("es", "[Texto recortado: faltan 4,900,000 caracteres;"),
        ("en", "[Text cut: 4,900,000 more characters;"),
    ],
)
def test_a_five_megabyte_description_prints_cut_with_a_note(
    db: Database, tmp_path: Path, language: str, note: str
) -> None:
    text = (SENTENCE * (5_000_000 // len(SENTENCE) + 1))[:5_000_000]
    plan = _plan(db, {"description": text}, {})
    set_language(language)
    export_plan(db, plan, tmp_path / "plan.pdf")
    printed = _text(tmp_path / "plan.pdf")
    assert note in printed
    assert printed.count("expediente") < MAX_PRINTED_CHARS / len(SENTENCE) + 2
    with pymupdf.open(tmp_path / "plan.pdf") as doc:
        assert len(doc) < 40


def test_a_milestone_taller_than_a_page_splits_inside_its_row(db: Database, tmp_path: Path) -> None:
    plan = _plan(db, {}, {"deliverable": SENTENCE * 600})  # some five pages in its column
    export_plan(db, plan, tmp_path / "plan.pdf")
    assert _text(tmp_path / "plan.pdf").count("expediente") == 600


def test_the_sign_in_sheet_cuts_long_fields_and_refuses_a_long_notice(
    db: Database, tmp_path: Path
) -> None:
    service = EntityService(db)
    plan = service.create(
        "plans",
        {"title": "Plan", "state": "Sonora", "municipality": "Álamos", "privacy_notice_text": "A"},
    )
    workshop = service.create(
        "workshops", {"plan_id": plan, "title": "Mesa " * 1_000_000, "date": "2026-02-11"}
    )
    service.create(
        "participants",
        {
            "plan_id": plan,
            "name": "Ana",
            "sector": "citizen",
            "organization": "Organización " * 400_000,
            "consent_privacy_notice": "true",
        },
    )
    export_attendance(db, workshop, tmp_path / "lista.pdf")
    printed = _text(tmp_path / "lista.pdf")
    assert printed.count("[Texto recortado: faltan") == 2  # the title and the organization
    with pymupdf.open(tmp_path / "lista.pdf") as doc:
        assert len(doc) == 2  # the sheet's usual pages: 16 rows

    service.update("plans", plan, {"privacy_notice_text": "Aviso. " * 1_000})
    with pytest.raises(UserError, match="El aviso de privacidad del plan tiene 7,000 caracteres"):
        export_attendance(db, workshop, tmp_path / "otra.pdf")
    assert not (tmp_path / "otra.pdf").exists()
