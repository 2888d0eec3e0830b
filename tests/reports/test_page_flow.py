"""Page flow of the demo plan's draft, read with PyMuPDF: no page ends with a heading, and a
commitment's milestones follow its template on the same page when there is room (they used to
move, heading and whole table, to a page left 70 % empty)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
from reportlab.lib.units import cm

from cocreation_app.i18n import set_language
from cocreation_app.reports import export_plan
from cocreation_app.services.demo import load_demo
from cocreation_app.storage import open_database

HEADING_SIZE = 10.4  # h3 is 10.5 pt; body, cells and contents entries are at most 10 pt


@dataclass
class Block:
    page: int
    top: float
    bottom: float
    text: str  # its first line
    bold: bool
    size: float


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[float, list[Block]]]:
    """Each page's height and its body text blocks (running header and footer left out)."""
    folder = tmp_path_factory.mktemp("flow")
    db = open_database(folder / "demo.sqlite3")
    plan = load_demo(db)
    export_plan(db, plan, folder / "plan.pdf")
    db.close()
    result = []
    with pymupdf.open(folder / "plan.pdf") as doc:
        for page in doc:
            height = page.rect.height
            blocks = []
            for block in page.get_text("dict")["blocks"]:
                if block["type"] != 0 or not 1.5 * cm < block["bbox"][1] < height - 2.5 * cm:
                    continue
                span = block["lines"][0]["spans"][0]
                first_line = "".join(s["text"] for s in block["lines"][0]["spans"])
                blocks.append(
                    Block(
                        page.number,
                        block["bbox"][1],
                        block["bbox"][3],
                        first_line.strip(),
                        "Bold" in span["font"],
                        span["size"],
                    )
                )
            result.append((height, sorted(blocks, key=lambda b: b.top)))
    return result


def test_no_page_ends_with_a_heading(pages: list[tuple[float, list[Block]]]) -> None:
    for _height, blocks in pages[2:]:  # after the cover and the contents
        last = blocks[-1]
        assert not (last.bold and last.size >= HEADING_SIZE), last


def test_milestones_follow_their_template_when_there_is_room(
    pages: list[tuple[float, list[Block]]],
) -> None:
    flow = [(height, block) for height, blocks in pages for block in blocks]
    ends = [i for i, (_h, b) in enumerate(flow) if b.text == "Otros actores"]
    assert len(ends) >= 3  # one template per demo commitment
    for end in ends:
        height, template_end = flow[end]
        milestones = next(b for _h, b in flow[end:] if b.text == "Hitos")
        if height - template_end.bottom > 8 * cm:
            assert milestones.page == template_end.page, template_end


def test_workshop_columns_fit_their_english_header(tmp_path: Path) -> None:
    """«Workshop 1» wrapped onto two lines in the attendance tables although the page had room."""
    folder = tmp_path
    db = open_database(folder / "demo.sqlite3")
    plan = load_demo(db)
    set_language("en")
    export_plan(db, plan, folder / "plan.pdf")
    db.close()
    with pymupdf.open(folder / "plan.pdf") as doc:
        lines = [
            "".join(span["text"] for span in line["spans"]).strip()
            for page in doc
            for block in page.get_text("dict")["blocks"]
            for line in block.get("lines", [])
        ]
    assert lines.count("Workshop 1") >= 2, [line for line in lines if "Workshop" in line]
