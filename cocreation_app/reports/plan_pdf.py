"""The action-plan draft as a PDF: cover, contents, context, STL, methodology, problems,
solutions, one OGP-template section per commitment with its milestones, and an annex.

Each section is a module of ``reports.plan``; the page decoration is ``reports.plan.pages``.
Layout costs one pass (``reports.document``): what only the finished layout knows (the page
total, the page of each contents entry) is drawn through forms defined after the last page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from cocreation_app.reports import styles as st
from cocreation_app.reports.document import PageCount, PagedDocTemplate
from cocreation_app.reports.item_map import install_info, item_map, write_item_map
from cocreation_app.reports.layout import MappedDocTemplate, Para
from cocreation_app.reports.plan.commitments import commitments
from cocreation_app.reports.plan.contents import contents_table, define_page_numbers
from cocreation_app.reports.plan.context import context, stl
from cocreation_app.reports.plan.cover import cover, place
from cocreation_app.reports.plan.kit import StoryKit, tr
from cocreation_app.reports.plan.methodology import methodology
from cocreation_app.reports.plan.pages import BODY, COVER, PlanPages
from cocreation_app.reports.plan.participants import participants
from cocreation_app.reports.plan.problems import problems
from cocreation_app.reports.plan.solutions import solutions
from cocreation_app.reports.plan_data import PlanData
from cocreation_app.reports.progress import NO_PROGRESS, Progress
from cocreation_app.reports.styles import Styles, make_styles, markup
from cocreation_app.text import normalize

MARGIN = 2.2 * cm


class PlanRenderer:
    """Builds the story for one plan; ``render`` lays it out and returns the PDF bytes."""

    def __init__(self, data: PlanData, *, paper: str = "letter", draft_date: dt.date) -> None:
        self.data = data
        self.pagesize = st.paper_size(paper)
        self.draft_date = draft_date
        self.kit = StoryKit(make_styles(), self.pagesize[0] - 2 * MARGIN)
        self.pages = PlanPages(data, self.pagesize, MARGIN)

    @property
    def s(self) -> Styles:
        return self.kit.s

    @property
    def toc(self) -> list[tuple[str, int, str]]:
        return self.kit.toc

    def annex(self) -> list[Flowable]:
        """The annexes after the commitments (extended by the observations annex)."""
        return participants(self.kit, self.data)

    def story(self) -> list[Flowable]:
        kit, d = self.kit, self.data
        body: list[Flowable] = []
        for section in (context, stl, methodology, problems, solutions, commitments):
            body += section(kit, d)
        body += self.annex()
        return [
            *cover(kit, d, self.draft_date),
            NextPageTemplate(BODY),
            PageBreak(),
            Para(markup(tr("Contenido")), kit.s.h1),
            contents_table(kit.toc, kit.s, kit.width),
            PageBreak(),
            *body,
        ]

    def document(self, invariant: bool) -> PlanDocTemplate:
        d = self.data
        doc = PlanDocTemplate(
            pagesize=self.pagesize,
            margin=MARGIN,
            page_count=PageCount(self.pagesize[0] - MARGIN, MARGIN - 26),
            invariant=invariant,
            title=normalize(d.title),
            author=tr("Secretariado Técnico Local de {place}").format(place=place(d)),
            subject=tr("Borrador del Plan de Acción Local, versión {version}").format(
                version=d.draft_version
            ),
            keywords=[tr("gobierno abierto"), tr("plan de acción local"), tr("cocreación")],
        )
        doc.add_templates(self.pages.decorate, COVER, BODY)
        return doc

    def render(
        self, invariant: bool = False, progress: Progress = NO_PROGRESS
    ) -> tuple[bytes, dict[str, Any]]:
        """The PDF and its item map (docs/pdf-item-map.md). ``progress`` hears of each flowable
        laid out (10 % to 95 %) and may stop the pass."""
        story = self.story()
        progress.at(0.1)
        doc = self.document(invariant)
        doc.setProgressCallBack(progress.layout(0.1, 0.95))
        mapping: dict[str, Any] = {}

        def finish(canv: Canvas) -> None:
            define_page_numbers(canv, self.toc, self.s, doc.recorder)
            mapping.update(item_map(self.data.id, self.data.draft_version, doc.recorder))
            write_item_map(doc, mapping)

        return doc.render(story, finish), mapping


class PlanDocTemplate(PagedDocTemplate, MappedDocTemplate):
    """The draft's document: one layout pass, the item recorder, and an information
    dictionary that carries the item map."""

    def _startBuild(self, filename: Any = None, canvasmaker: Any = Canvas) -> None:
        super()._startBuild(filename, canvasmaker)
        self.info = install_info(self.canv)
        self.canv.showOutline()  # the bookmarks panel opens with the file
