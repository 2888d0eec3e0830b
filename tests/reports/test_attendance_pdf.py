from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from cocreation_app.errors import NotFoundError, UserError
from cocreation_app.reports import export_attendance
from cocreation_app.storage import Database
from tests.reports.pdfcheck import font_descriptors, page_texts


@pytest.fixture
def special(special_db: tuple[Database, dict[str, Any]]) -> Database:
    return special_db[0]


def test_sheet_has_header_notice_columns_and_consent_boxes(
    special: Database, special_plan: dict[str, Any], tmp_path: Path
) -> None:
    target = tmp_path / "sheet.pdf"
    rows = export_attendance(
        special, special_plan["workshops"][0], target, blank_rows=10, invariant=True
    )
    assert rows == 5 + 10  # five registered people, ten blank rows for walk-ins
    texts = page_texts(target)
    text = " ".join(texts)
    assert "Lista de asistencia" in texts[0]
    assert "Mesa 1: diagnóstico" in texts[0]
    assert "Aviso de privacidad simplificado (versión 2026-02)" in texts[0]
    assert "Aviso de privacidad simplificado de prueba: ñ á ü ¿ ¡ ǎ ɨ ꞌ g\u0303." in text
    for column in ("Nombre completo", "Sector", "Organización", "Contacto", "Firma"):
        assert column in texts[0]
    for consent in ("Publicar mi nombre", "Fotografías", "Autorizo"):
        assert consent in texts[0]
    for number in range(1, rows + 1):
        assert f" {number} " in f" {text} "
    # Contact details are never printed on a sheet that goes round the room.
    assert "@example.org" not in text
    for number, page in enumerate(texts, start=1):
        assert f"Página {number} de {len(texts)}" in page
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)  # letter landscape
    for name, descriptor in font_descriptors(target):
        assert descriptor is not None and "/FontFile2" in descriptor.get_object(), name


def test_checked_in_people_come_first(
    special: Database, special_plan: dict[str, Any], tmp_path: Path
) -> None:
    target = tmp_path / "sheet.pdf"
    # Workshop 2: people 2, 3 and 4 checked in; 0 and 1 are registered in the plan only.
    export_attendance(special, special_plan["workshops"][1], target, blank_rows=0)
    text = " ".join(page_texts(target))
    positions = [text.index(f"Persona {n} ") for n in range(5)]
    assert max(positions[2:]) < min(positions[:2])


def test_blank_sheet_without_prefill(
    special: Database, special_plan: dict[str, Any], tmp_path: Path
) -> None:
    target = tmp_path / "blank.pdf"
    rows = export_attendance(
        special, special_plan["workshops"][0], target, blank_rows=30, prefill=False
    )
    assert rows == 30
    text = " ".join(page_texts(target))
    assert "Persona" not in text
    assert " 30 " in f" {text} " and " 31 " not in f" {text} "
    assert len(PdfReader(target).pages) >= 2


def test_errors(special: Database, special_plan: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_attendance(special, "no-such-workshop", tmp_path / "x.pdf")
    with pytest.raises(UserError):
        export_attendance(special, special_plan["workshops"][0], tmp_path / "x.pdf", blank_rows=-1)
    with pytest.raises(UserError):
        export_attendance(special, special_plan["workshops"][0], tmp_path / "no" / "x.pdf")
    assert not any(p.suffix in (".pdf", ".tmp") for p in tmp_path.iterdir())
