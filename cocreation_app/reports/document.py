"""The document builder the draft and the attendance sheet share: one frame inside even margins,
the document's metadata, and "page X of Y" in a single layout pass.

ReportLab's usual answer to "of Y" is to lay the story out twice (or ``multiBuild``). Here each
page draws a reference to a PDF form XObject named after its number, and the forms are defined
once the last page is known (PDF allows a form to be defined after it is used).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cocreation_app import __version__
from cocreation_app.i18n import current_language, format_integer, translate
from cocreation_app.reports import styles as st
from cocreation_app.reports.canvas_text import draw_text
from cocreation_app.reports.fonts import FAMILY


def pdf_language() -> str:
    """The document's /Lang: the language the PDF is written in, as a BCP 47 tag."""
    language = current_language()
    return {"es": "es-MX", "en": "en-US"}.get(language, language)


@dataclass(frozen=True)
class PageCount:
    """Where "Página X de Y" goes: right-aligned at (``right``, ``baseline``)."""

    right: float
    baseline: float
    size: float = 8
    color: Color = st.MUTED


def page_count_form(page: int) -> str:
    return f"cocrea-footer-{page}"


class PagedDocTemplate(BaseDocTemplate):
    """A doc template laid out once, then saved by :meth:`render`, whose pages can show the
    page total through :meth:`draw_page_count`."""

    _doSave = 0

    def __init__(
        self,
        *,
        pagesize: tuple[float, float],
        margin: float,
        page_count: PageCount,
        invariant: bool,
        **metadata: Any,
    ) -> None:
        super().__init__(
            io.BytesIO(),
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            creator=f"Cocrea {__version__}",
            lang=pdf_language(),
            invariant=1 if invariant else 0,
            initialFontName=FAMILY,
            initialFontSize=10,
            displayDocTitle=True,  # viewers show the title, not the file name
            **metadata,
        )
        self.page_count = page_count

    def frame(self) -> Frame:
        """The one frame of every page: the page inside its margins."""
        return Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )

    def add_templates(self, decorate: Callable[[Canvas, Any], None], *ids: str) -> None:
        """One page template per id, all with :meth:`frame`, all decorated by ``decorate``."""
        self.addPageTemplates([PageTemplate(i, [self.frame()], onPage=decorate) for i in ids])

    def draw_page_count(self, canv: Canvas) -> None:
        """ "Página X de Y" on the current page; Y is filled in by :meth:`render`."""
        canv.doForm(page_count_form(canv.getPageNumber()))

    def _define_page_counts(self) -> None:
        canv, spec, total = self.canv, self.page_count, self.page
        for page in range(1, total + 1):
            canv.beginForm(page_count_form(page))
            canv.setFillColor(spec.color)
            text = translate("reports", "Página {page} de {total}").format(
                page=format_integer(page), total=format_integer(total)
            )
            draw_text(canv, spec.right, spec.baseline, text, size=spec.size, anchor="end")
            canv.endForm()

    def render(
        self,
        story: Iterable[Flowable],
        finish: Callable[[Canvas], None] | None = None,
    ) -> bytes:
        """Lay ``story`` out once and return the PDF. ``finish`` runs after the last page,
        once the page total and every page's content are known, before the file is written."""
        buffer = io.BytesIO()
        self.build(list(story), filename=buffer)
        self._define_page_counts()
        if finish is not None:
            finish(self.canv)
        self.canv.save()
        return buffer.getvalue()
