"""Characters Noto Sans lacks (≥ → ✓) print with the bundled DejaVu Sans fallback; characters no
bundled font has (CJK, emoji) become a visible placeholder instead of vanishing. Read back with
pypdf and PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from pypdf import PdfReader

from cocreation_app.reports import export_plan
from cocreation_app.reports.fonts import (
    FALLBACK_FILES,
    PLACEHOLDER,
    fonts_dir,
    printable_markup,
    unprintable_characters,
)
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import open_database

SYMBOLS = "≥ → ✓"
TITLE = f"Meta {SYMBOLS} 🙂 漢字"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fallback")
    db = open_database(folder / "plan.sqlite3")
    service = EntityService(db)
    plan = service.create(
        "plans",
        {
            "title": "Plan con símbolos",
            "state": "Tlaxcala",
            "municipality": "Ixtenco",
            "context": f"Avance {SYMBOLS}",
        },
    )
    service.create(
        "commitments",
        {"plan_id": plan, "number": "1", "title": TITLE, "lead_institution": "Ayuntamiento"},
    )
    target = folder / "plan.pdf"
    export_plan(db, plan, target)
    db.close()
    return target


def _fonts_pymupdf(path: Path) -> set[str]:
    with pymupdf.open(path) as doc:
        return {font[3] for page in doc for font in page.get_fonts(full=True)}


def test_symbols_appear_in_the_extracted_text(exported: Path) -> None:
    pypdf_text = "".join(page.extract_text() for page in PdfReader(exported).pages)
    with pymupdf.open(exported) as doc:
        mupdf_text = "".join(page.get_text() for page in doc)
    for text in (pypdf_text, mupdf_text):
        for symbol in SYMBOLS.split():
            assert symbol in text
        assert PLACEHOLDER in text


def test_the_fallback_font_is_embedded(exported: Path) -> None:
    assert any("DejaVuSans" in name for name in _fonts_pymupdf(exported))
    embedded = set()
    for page in PdfReader(exported).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descendants = font.get("/DescendantFonts")
            descendant = descendants[0].get_object() if descendants else font
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in name for name in embedded), embedded


def test_unprintable_characters_are_those_no_bundled_font_has() -> None:
    assert unprintable_characters(TITLE) == {"🙂", "漢", "字"}
    assert unprintable_characters("ñ ǎ ɨ ꞌ ≥ → ✓") == set()


def test_markup_wraps_only_the_runs_the_main_font_lacks() -> None:
    assert printable_markup("a ≥→ b & c") == 'a <font name="CocreaSymbols">≥→</font> b &amp; c'
    assert printable_markup("漢") == f'<font name="CocreaSymbols">{PLACEHOLDER}</font>'


def test_fallback_fonts_and_their_license_are_shipped() -> None:
    for filename in FALLBACK_FILES.values():
        assert (fonts_dir() / filename).is_file()
    assert "Bitstream Vera" in (fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
