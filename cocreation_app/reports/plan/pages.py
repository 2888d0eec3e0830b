"""What is drawn around the story on every page of the draft: the cover's band and "draft"
label; the body pages' running header (title, draft version) and footer (place, page X of Y).

:meth:`PlanPages.decorate` is the one place every page passes through: a mark that every page
must carry is drawn there.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from cocreation_app.reports import styles as st
from cocreation_app.reports.canvas_text import draw_text, fit, text_width
from cocreation_app.reports.document import PagedDocTemplate
from cocreation_app.reports.fonts import BOLD
from cocreation_app.reports.page_identity import mark_page
from cocreation_app.reports.plan.cover import place
from cocreation_app.reports.plan.kit import tr
from cocreation_app.reports.plan_data import PlanData
from cocreation_app.text import normalize

COVER = "cover"
BODY = "body"


class PlanPages:
    def __init__(self, data: PlanData, pagesize: tuple[float, float], margin: float) -> None:
        self.data = data
        self.pagesize = pagesize
        self.margin = margin

    def decorate(self, canv: Canvas, doc: PagedDocTemplate) -> None:
        """Every page, before its story is drawn (the page templates' ``onPage``)."""
        canv.saveState()
        if doc.pageTemplate.id == COVER:
            self._cover(canv)
        else:
            self._header(canv)
            self._footer(canv, doc)
        canv.restoreState()
        mark_page(canv, self.data.id, self.data.draft_version)

    def _cover(self, canv: Canvas) -> None:
        width, height = self.pagesize
        canv.setFillColor(st.ACCENT)
        canv.rect(0, height - 1.2 * cm, width, 1.2 * cm, stroke=0, fill=1)
        canv.setFillColor(st.DRAFT)
        canv.setStrokeColor(st.DRAFT)
        label = tr("BORRADOR")
        label_width = text_width(label, BOLD, 13)
        x, y = width - self.margin - label_width, height - 3.2 * cm
        canv.setLineWidth(1.5)
        canv.roundRect(x - 10, y - 8, label_width + 20, 26, 4, stroke=1, fill=0)
        draw_text(canv, x, y, label, font=BOLD, size=13)

    def _header(self, canv: Canvas) -> None:
        width, height, margin = self.pagesize[0], self.pagesize[1], self.margin
        canv.setFillColor(st.MUTED)
        right = tr("Borrador, versión {version}").format(version=self.data.draft_version)
        right_width = text_width(right)
        title = fit(normalize(self.data.title) or "", width - 2 * margin - right_width - 20)
        top = height - margin + 14
        draw_text(canv, margin, top, title)
        canv.setFillColor(st.DRAFT)
        draw_text(canv, width - margin, top, right, anchor="end")
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        canv.line(margin, top - 5, width - margin, top - 5)

    def _footer(self, canv: Canvas, doc: PagedDocTemplate) -> None:
        width, margin = self.pagesize[0], self.margin
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        canv.line(margin, margin - 14, width - margin, margin - 14)
        canv.setFillColor(st.MUTED)
        draw_text(canv, margin, margin - 26, fit(place(self.data), width / 2))
        doc.draw_page_count(canv)
