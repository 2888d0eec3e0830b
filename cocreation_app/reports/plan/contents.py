"""The table of contents: one linked, fixed-height row per heading, whose page number is a
form defined after the last page (so the contents never need a second layout pass)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cocreation_app.reports import styles as st
from cocreation_app.reports.layout import MappedTable, Para, Recorder
from cocreation_app.reports.plan.kit import count
from cocreation_app.reports.styles import Styles

TOC_NUMBER_WIDTH = 1.6 * cm


def page_form(key: str) -> str:
    return f"cocrea-page-{key}"


class PageNumber(Flowable):
    """A heading's page number, known only when the document is finished: drawn as a reference
    to a form XObject that :func:`define_page_numbers` defines after the last page. The cell
    is linked to the heading."""

    def __init__(self, key: str, width: float, style: ParagraphStyle) -> None:
        super().__init__()
        self.key = key
        self.width = width
        self.height = style.leading
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(page_form(self.key))
        self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


def _style(styles: Styles, level: int) -> ParagraphStyle:
    return styles.toc1 if level == 0 else styles.toc2


def contents_table(
    entries: list[tuple[str, int, str]], styles: Styles, width: float
) -> MappedTable:
    """One linked row per heading, its page number a late form."""
    rows = []
    for key, level, text in entries:
        style = _style(styles, level)
        rows.append(
            [
                Para(f'<a href="#{key}">{text}</a>', style),
                PageNumber(key, TOC_NUMBER_WIDTH, style),
            ]
        )
    table = MappedTable(rows, colWidths=[width - TOC_NUMBER_WIDTH, TOC_NUMBER_WIDTH])
    table.setStyle(
        st.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, st.SHADE),
            ]
        )
    )
    return table


def define_page_numbers(
    canv: Canvas, entries: list[tuple[str, int, str]], styles: Styles, recorder: Recorder
) -> None:
    """The forms the contents rows referenced: each heading's page, now that it is known."""
    for key, level, _text in entries:
        style = _style(styles, level)
        found = recorder.heading_pages.get(key)
        canv.beginForm(page_form(key), 0, 0, TOC_NUMBER_WIDTH, style.leading)
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        canv.drawRightString(
            TOC_NUMBER_WIDTH, style.leading - style.fontSize, count(found) if found else ""
        )
        canv.endForm()
