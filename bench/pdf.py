"""The action-plan PDF against the floor: ReportLab laying out the same text in one pass.

The floor takes the text of the PDF the application made (extracted with pypdf, line by line)
and renders it as plain paragraphs with the same embedded font, paper and margins through
``SimpleDocTemplate.build`` (one pass), then writes the file. What is left of the ratio is the
cost of the real document's structure: tables, headings, contents, links, the item map.
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from bench.timing import Unavailable, median
from cocreation_app.storage import open_database

MARGIN_CM = 2.2


def _export_function() -> Any:
    try:
        from cocreation_app.reports import export_plan
    except ImportError as exc:
        raise Unavailable(f"plan PDF not built yet ({exc})") from exc
    return export_plan


def pdf_lines(path: Path) -> list[str]:
    from pypdf import PdfReader

    lines: list[str] = []
    for page in PdfReader(path).pages:
        lines.extend(line for line in page.extract_text().splitlines() if line.strip())
    return lines


def render_floor(lines: list[str], target: Path) -> float:
    """Seconds to lay out ``lines`` as paragraphs in one pass and write the file."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from cocreation_app.reports.fonts import register_fonts
    from cocreation_app.reports.styles import paper_size

    family = register_fonts()
    style = ParagraphStyle("floor", fontName=family, fontSize=10, leading=13)
    started = time.perf_counter()
    buffer = io.BytesIO()
    margin = MARGIN_CM * cm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=paper_size("letter"),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
    )
    doc.build([Paragraph(escape(line), style) for line in lines])
    target.write_bytes(buffer.getvalue())
    return time.perf_counter() - started


def measure_pdf(db_path: Path, plan_id: str, runs: int) -> dict[str, float]:
    export_plan = _export_function()
    db = open_database(db_path, create=False)
    times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="cocrea-bench-pdf-") as folder:
        target = Path(folder) / "plan.pdf"
        try:
            for _ in range(runs):
                started = time.perf_counter()
                export_plan(db, plan_id, target)
                times.append(time.perf_counter() - started)
        finally:
            db.close()
        lines = pdf_lines(target)
        size = target.stat().st_size
        from pypdf import PdfReader

        pages = len(PdfReader(target).pages)
        floor = [render_floor(lines, Path(folder) / "floor.pdf") for _ in range(runs)]
    real, raw = median(times), median(floor)
    return {
        "pdf_ratio": real / raw,
        "pdf_seconds": real,
        "pdf_floor_seconds": raw,
        "pdf_pages": pages,
        "pdf_bytes": size,
    }
