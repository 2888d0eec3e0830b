"""Text drawn outside paragraphs keeps the symbol fallback: the running header (plan title), the
footer (place), the attendance sheet's footer (workshop title), a milestone's plain-string cells
and the bookmarks. ``canvas.drawString`` in Noto Sans dropped ≥ → ✓ (it drew NUL) and the
emoji and CJK without the placeholder. Read back with PyMuPDF (text and fonts per span) and
pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pymupdf
import pytest
from pypdf import PdfReader

from cocreation_app.reports import export_plan
from cocreation_app.reports.attendance_pdf import load_sheet, render_attendance
from cocreation_app.reports.fonts import PLACEHOLDER
from cocreation_app.reports.plan_data import load_plan
from cocreation_app.reports.plan_pdf import PlanRenderer
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database, open_database

TYPED = "≥→✓🙂漢"
SHOWN = f"≥→✓{PLACEHOLDER}{PLACEHOLDER}"


@pytest.fixture(scope="module")
def plan_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, dict[str, str]]:
    db = open_database(tmp_path_factory.mktemp("canvas") / "plan.sqlite3")
    service = EntityService(db)
    plan = service.create(
        "plans",
        {"title": f"Plan {TYPED}", "state": "Tlaxcala", "municipality": f"Ixtenco {TYPED}"},
    )
    workshop = service.create(
        "workshops", {"plan_id": plan, "title": f"Mesa {TYPED}", "date": "2026-02-11"}
    )
    commitment = service.create(
        "commitments",
        {
            "plan_id": plan,
            "number": "1",
            "title": f"Compromiso {TYPED}",
            "lead_institution": "Ayuntamiento",
        },
    )
    service.create(
        "milestones",
        {"commitment_id": commitment, "title": "Hito", "start_date": "2026-04-01"},
    )
    return db, {"plan": plan, "workshop": workshop}


def _spans(path: Path) -> list[tuple[int, float, str, str]]:
    """(page, baseline y from the top, text, font) of every span."""
    found = []
    with pymupdf.open(path) as doc:
        for page in doc:
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        found.append((page.number, span["origin"][1], span["text"], span["font"]))
    return found


def _lines(path: Path, top: float | None = None, bottom: float | None = None) -> list[str]:
    """Each page's text drawn above ``top`` or below ``bottom`` points from the top."""
    lines: dict[tuple[int, float], str] = {}
    with pymupdf.open(path) as doc:
        height = doc[0].rect.height
    for page, y, text, _font in _spans(path):
        if (top is not None and y < top) or (bottom is not None and y > height - bottom):
            key = (page, round(y))
            lines[key] = lines.get(key, "") + text
    return list(lines.values())


@pytest.fixture(scope="module")
def draft(
    plan_db: tuple[Database, dict[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    db, ids = plan_db
    target = tmp_path_factory.mktemp("draft") / "plan.pdf"
    export_plan(db, ids["plan"], target)
    return target


def test_the_running_header_keeps_the_symbols_of_the_title(draft: Path) -> None:
    headers = [line for line in _lines(draft, top=60) if line.startswith("Plan")]
    assert len(headers) >= 3  # every body page
    assert all(line.startswith(f"Plan {SHOWN}") for line in headers), headers
    fonts = {font for _p, y, text, font in _spans(draft) if y < 60 and text == SHOWN}
    assert fonts == {"DejaVuSans"}, fonts


def test_the_footer_keeps_the_symbols_of_the_place(draft: Path) -> None:
    footers = [line for line in _lines(draft, bottom=50) if line.startswith("Ixtenco")]
    assert footers and all(line.startswith(f"Ixtenco {SHOWN}, Tlaxcala") for line in footers)
    assert "\x00" not in "".join(page.extract_text() for page in PdfReader(draft).pages)


def test_bookmarks_carry_the_same_characters_as_the_page(draft: Path) -> None:
    with pymupdf.open(draft) as doc:
        titles = [title for _level, title, _page in doc.get_toc()]
    assert f"Compromiso 1. Compromiso {SHOWN}" in titles


def test_the_attendance_footer_keeps_the_symbols_of_the_workshop(
    plan_db: tuple[Database, dict[str, str]], tmp_path: Path
) -> None:
    db, ids = plan_db
    pdf, _rows = render_attendance(load_sheet(db, ids["workshop"]))
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    footers = [line for line in _lines(tmp_path / "sheet.pdf", bottom=45) if "Mesa" in line]
    assert footers and all(f"Mesa {SHOWN}" in line for line in footers), footers
    with pymupdf.open(tmp_path / "sheet.pdf") as doc:
        assert "DejaVuSans" in {font[3].split("+")[-1] for font in doc[0].get_fonts()}


def test_a_plain_table_cell_with_a_symbol_is_printed(
    plan_db: tuple[Database, dict[str, str]], tmp_path: Path
) -> None:
    """A state code this version does not know (from a newer laptop's bundle) is shown as is,
    in a cell a table used to draw as a plain string in Noto Sans."""
    db, ids = plan_db
    data = load_plan(db, ids["plan"])
    milestone = dataclasses.replace(data.commitments[0].milestones[0], status="hecho ✓ 🙂")
    data.commitments[0].milestones[0] = milestone
    pdf, _map = PlanRenderer(data, draft_date=dt.date(2026, 3, 1)).render()
    (tmp_path / "plan.pdf").write_bytes(pdf)
    texts = [text for _p, _y, text, _f in _spans(tmp_path / "plan.pdf")]
    assert "✓" in "".join(texts) and f"hecho ✓ {PLACEHOLDER}" in " ".join(" ".join(texts).split())


def test_symbols_in_bold_text_print_in_the_bold_fallback(draft: Path) -> None:
    """A ``<font>`` tag reset the weight: "≥" in a bold heading printed in regular DejaVu Sans."""
    spans = _spans(draft)
    heading = [font for _p, y, text, font in spans if y > 60 and text == SHOWN]
    assert "DejaVuSans-Bold" in heading, heading  # the commitment's heading (bold style)
    assert "DejaVuSans" in heading  # the cover's place line (regular)
