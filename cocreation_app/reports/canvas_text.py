"""Text drawn straight on a canvas (running headers, footers, labels) with the same symbol
fallback as paragraphs: ``canvas.drawString`` in one font drops every character that font lacks
without a trace (it drew ``\\x00``), so a plan titled "Meta ≥ 80 %" lost its "≥" in the header."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cocreation_app.reports.fonts import FAMILY, printable_runs


def text_width(text: str, font: str = FAMILY, size: float = 8) -> float:
    return sum(stringWidth(chars, name, size) for name, chars in printable_runs(text, font))


def draw_text(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    font: str = FAMILY,
    size: float = 8,
    anchor: str = "start",
) -> None:
    """Draw ``text`` with its baseline at ``y``, starting at ``x`` (``anchor="start"``), ending
    at ``x`` (``"end"``) or centred on it (``"middle"``), run by run in the font that has each
    character. The canvas's current font is left as ``font``."""
    runs = printable_runs(text, font)
    if anchor != "start":
        width = sum(stringWidth(chars, name, size) for name, chars in runs)
        x -= width if anchor == "end" else width / 2
    line = canv.beginText(x, y)
    for name, chars in runs:
        line.setFont(name, size)
        line.textOut(chars)
    canv.drawText(line)
    canv.setFont(font, size)


def fit(text: str, width: float, font: str = FAMILY, size: float = 8) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` points when drawn."""
    text = text[: int(width) + 1]  # no visible character is narrower than a point (a 5 MB title)
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits, with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
