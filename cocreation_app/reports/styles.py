"""Typography shared by the plan and the attendance sheet: one family, a small set of styles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.reports.fonts import BOLD, FAMILY, printable_markup, register_fonts
from cocreation_app.text import normalize

PAPERS = {"letter": LETTER, "a4": A4}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#0b5563")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e6eef0")
LIGHT = colors.HexColor("#f5f7f8")
DRAFT = colors.HexColor("#b3261e")


def paper_size(name: str) -> tuple[float, float]:
    try:
        return PAPERS[name]
    except KeyError:
        raise UserError(
            translate("reports", "Tamaño de papel desconocido: «{name}». Use letter o a4.").format(
                name=name
            )
        ) from None


# A field prints up to this many characters (some 25 pages of the commitment template); the
# rest is left out with a visible note. A 1 MB field took ReportLab 5 minutes to lay out (its
# paragraph is re-broken at every page it continues on); 5 MB did not finish.
MAX_PRINTED_CHARS = 100_000


def printed(text: str, limit: int = MAX_PRINTED_CHARS) -> str:
    """``text`` as a PDF prints it: whole up to ``limit`` characters, else cut there with a note
    that says how many characters were left out."""
    if len(text) <= limit:
        return text
    note = translate(
        "reports",
        "[Texto recortado: faltan %Ln caracteres; el texto completo se conserva en la aplicación.]",
        len(text) - limit,
    )
    return f"{text[:limit]}… {note}"


def markup(text: str | None) -> str:
    """User text as paragraph markup: NFC-normalized (prints as typed), escaped, line breaks
    kept, symbols the main font lacks set in the fallback font (reports.fonts)."""
    clean = normalize(text or "") or ""
    return "<br/>".join(printable_markup(line) for line in clean.strip().splitlines())


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h2_loose: ParagraphStyle
    h3: ParagraphStyle
    h3_loose: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_meta: ParagraphStyle
    tree: ParagraphStyle


def make_styles(base_size: float = 10) -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FAMILY,
        bulletFontName=FAMILY,
        fontSize=base_size,
        leading=base_size * 1.4,
        textColor=INK,
        spaceAfter=base_size * 0.6,
    )
    small = ParagraphStyle("small", body, fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.3)
    cell = ParagraphStyle(
        "cell", body, fontSize=base_size - 1, leading=(base_size - 1) * 1.3, spaceAfter=0
    )
    heading = ParagraphStyle("heading", body, fontName=BOLD, textColor=ACCENT, keepWithNext=1)
    h2 = ParagraphStyle("h2", heading, fontSize=13, leading=17, spaceBefore=12, spaceAfter=6)
    h3 = ParagraphStyle(
        "h3",
        heading,
        fontSize=base_size + 0.5,
        leading=base_size * 1.5,
        textColor=INK,
        spaceBefore=5,
    )
    return Styles(
        body=body,
        small=small,
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", cell, fontName=BOLD),
        cell_head=ParagraphStyle("cell_head", cell, fontName=BOLD, textColor=colors.white),
        cell_right=ParagraphStyle("cell_right", cell, alignment=TA_RIGHT),
        h1=ParagraphStyle(
            "h1", heading, fontSize=17, leading=21, spaceBefore=6, spaceAfter=10, keepWithNext=1
        ),
        h2=h2,
        # A heading after a CondPageBreak, followed by a table that may split between pages.
        h2_loose=ParagraphStyle("h2_loose", h2, keepWithNext=0),
        h3=h3,
        # A heading followed by a CondPageBreak'ed long table instead of kept with it.
        h3_loose=ParagraphStyle("h3_loose", h3, keepWithNext=0),
        toc1=ParagraphStyle("toc1", body, fontName=BOLD, spaceAfter=0, spaceBefore=4),
        toc2=ParagraphStyle("toc2", body, leftIndent=14, spaceAfter=0, fontSize=base_size - 0.5),
        cover_title=ParagraphStyle(
            "cover_title", body, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT
        ),
        cover_sub=ParagraphStyle("cover_sub", body, fontSize=15, leading=20, spaceAfter=4),
        cover_meta=ParagraphStyle("cover_meta", body, fontSize=11, leading=16, spaceAfter=2),
        tree=ParagraphStyle("tree", body, spaceAfter=2),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-string cells also use the bundled font (ReportLab would fall
    back to a non-embedded Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), *commands])
