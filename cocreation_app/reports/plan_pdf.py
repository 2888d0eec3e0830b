"""The action-plan draft as a PDF: cover, contents, context, STL, methodology, problems,
solutions, one OGP-template section per commitment with its milestones, and an annex.

Layout costs one pass, not the three or more of ``multiBuild``: what only the finished layout
knows (the page total in "page X of Y", the page of each contents entry) is drawn as a reference
to a PDF form XObject that is defined after the last page. The contents have one fixed-height row
per heading, so nothing else depends on those numbers.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from babel.numbers import format_currency
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from cocreation_app import __version__
from cocreation_app.i18n import (
    babel_locale,
    current_language,
    format_date,
    format_decimal,
    format_integer,
    format_percent,
)
from cocreation_app.i18n import translate as _translate
from cocreation_app.models import enums
from cocreation_app.reports import styles as st
from cocreation_app.reports.fonts import BOLD, FAMILY
from cocreation_app.reports.item_map import install_info, item_map, write_item_map
from cocreation_app.reports.layout import (
    ItemEnd,
    ItemStart,
    MappedDocTemplate,
    MappedTable,
    Para,
    heading,
    item_cell,
)
from cocreation_app.reports.page_identity import mark_page
from cocreation_app.reports.plan_data import (
    CommitmentInfo,
    MilestoneInfo,
    PlanData,
    ProblemInfo,
    RankRow,
    TreeNode,
)
from cocreation_app.reports.styles import Styles, make_styles, markup
from cocreation_app.text import normalize

MARGIN = 2.2 * cm
# Beyond this many workshops the attendance breakdowns get a row per workshop instead of a column.
MAX_WORKSHOP_COLUMNS = 6
# Published names per table in the annex (about five pages): see PlanRenderer.annex.
ANNEX_ROWS = 200


def _tr(text: str) -> str:
    return _translate("reports", text)


def _period(start: dt.date | None, end: dt.date | None, fmt: str = "long") -> str:
    if start and end:
        return _tr("{start} – {end}").format(
            start=format_date(start, fmt), end=format_date(end, fmt)
        )
    return format_date(start or end, fmt)


def _count(value: int) -> str:
    return format_integer(value)


# Short computed values (dates, states, "—") go in cells as plain strings, which tables draw
# much faster than paragraphs; these commands make them look like the ``cell`` style.
_STRING_CELLS: list[tuple[Any, ...]] = [
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("LEADING", (0, 0), (-1, -1), 9 * 1.3),
    ("TEXTCOLOR", (0, 0), (-1, -1), st.INK),
]


def _grid(header_rows: int = 1, zebra: bool = True) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        *_STRING_CELLS,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), st.ACCENT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, st.LIGHT]))
    return commands


class PageNumber(Flowable):
    """A page number known only when the document is finished: drawn as a reference to a form
    XObject that :meth:`PlanRenderer.render` defines after the last page (PDF allows the form to
    be defined after it is used). The cell is linked to the heading."""

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


def page_form(key: str) -> str:
    return f"cocrea-page-{key}"


TOC_NUMBER_WIDTH = 1.6 * cm


def contents_table(
    entries: list[tuple[str, int, str]], styles: Styles, width: float
) -> MappedTable:
    """The table of contents: one linked row per heading, its page number a late form."""
    rows = []
    for key, level, text in entries:
        style = styles.toc1 if level == 0 else styles.toc2
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


class PlanRenderer:
    """Builds the story for one plan; ``render`` lays it out and returns the PDF bytes."""

    def __init__(self, data: PlanData, *, paper: str = "letter", draft_date: dt.date) -> None:
        self.data = data
        self.pagesize = st.paper_size(paper)
        self.draft_date = draft_date
        self.s = make_styles()
        self.width = self.pagesize[0] - 2 * MARGIN
        self.toc: list[tuple[str, int, str]] = []
        self._labels: dict[tuple[str, str], Para] = {}
        self.section = 0

    # -- page decoration ------------------------------------------------------------------

    def _cover_page(self, canv: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(st.ACCENT)
        canv.rect(0, height - 1.2 * cm, width, 1.2 * cm, stroke=0, fill=1)
        canv.setFillColor(st.DRAFT)
        canv.setStrokeColor(st.DRAFT)
        canv.setFont(BOLD, 13)
        label = _tr("BORRADOR")
        label_width = canv.stringWidth(label, BOLD, 13)
        x, y = width - MARGIN - label_width, height - 3.2 * cm
        canv.setLineWidth(1.5)
        canv.roundRect(x - 10, y - 8, label_width + 20, 26, 4, stroke=1, fill=0)
        canv.drawString(x, y, label)
        canv.restoreState()
        mark_page(canv, self.data.id, self.data.draft_version)

    def _body_page(self, canv: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFont(FAMILY, 8)
        canv.setFillColor(st.MUTED)
        right = _tr("Borrador, versión {version}").format(version=self.data.draft_version)
        right_width = canv.stringWidth(right, FAMILY, 8)
        title = _fit(normalize(self.data.title) or "", width - 2 * MARGIN - right_width - 20)
        top = height - MARGIN + 14
        canv.drawString(MARGIN, top, title)
        canv.setFillColor(st.DRAFT)
        canv.drawRightString(width - MARGIN, top, right)
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 5, width - MARGIN, top - 5)
        canv.line(MARGIN, MARGIN - 14, width - MARGIN, MARGIN - 14)
        canv.setFillColor(st.MUTED)
        canv.drawString(MARGIN, MARGIN - 26, _fit(self._place(), width / 2))
        # "Page X of Y": Y is known at the end, so the footer is a form defined then.
        canv.doForm(footer_form(canv.getPageNumber()))
        canv.restoreState()
        mark_page(canv, self.data.id, self.data.draft_version)

    def _define_late_forms(self, canv: Canvas, doc: MappedDocTemplate) -> None:
        """The forms that pages referenced before the page total and heading pages were
        known: one footer per body page, one page number per contents entry."""
        width, _height = self.pagesize
        total = doc.page
        for page in range(1, total + 1):
            canv.beginForm(footer_form(page))
            canv.setFont(FAMILY, 8)
            canv.setFillColor(st.MUTED)
            footer = _tr("Página {page} de {total}").format(page=_count(page), total=_count(total))
            canv.drawRightString(width - MARGIN, MARGIN - 26, footer)
            canv.endForm()
        for key, level, _text in self.toc:
            style = self.s.toc1 if level == 0 else self.s.toc2
            found = doc.recorder.heading_pages.get(key)
            canv.beginForm(page_form(key), 0, 0, TOC_NUMBER_WIDTH, style.leading)
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            text = _count(found) if found else ""
            canv.drawRightString(TOC_NUMBER_WIDTH, style.leading - style.fontSize, text)
            canv.endForm()

    def _place(self) -> str:
        return ", ".join(x for x in (self.data.municipality, self.data.state) if x)

    # -- story ----------------------------------------------------------------------------

    def _p(self, text: str | None, style: Any = None) -> Para:
        return Para(markup(text), style or self.s.body)

    def _h1(self, title: str) -> Flowable:
        self.section += 1
        key = f"s{self.section}"
        text = _tr("{number}. {title}").format(number=self.section, title=markup(title))
        self.toc.append((key, 0, text))
        return heading(text, self.s.h1, key, 0)

    def _h2(self, key: str, text: str, item: tuple[str, str] | None = None) -> Flowable:
        self.toc.append((key, 1, text))
        return heading(text, self.s.h2, key, 1, item)

    def _labelled(self, label: str, value: str | None) -> list[Flowable]:
        if not value:
            return []
        return [Para(f"<b>{markup(label)}</b> {markup(value)}", self.s.body)]

    def cover(self) -> list[Flowable]:
        d = self.data
        rows = [
            (_tr("Entidad federativa"), d.state),
            (_tr("Municipio"), d.municipality),
            (_tr("Periodo de implementación"), _period(d.period_start, d.period_end)),
            (_tr("Órgano garante"), d.guarantor_body),
            (_tr("Estado del plan"), enums.label(enums.PLAN_STATUSES, d.status)),
            (
                _tr("Versión del borrador"),
                _tr("Versión {version}, {date}").format(
                    version=d.draft_version, date=format_date(self.draft_date)
                ),
            ),
        ]
        label_style = ParagraphStyle(
            "cover_label", self.s.cover_meta, fontName=BOLD, fontSize=9.5, textColor=st.MUTED
        )
        table = MappedTable(
            [
                [Para(markup(k), label_style), Para(markup(v), self.s.cover_meta)]
                for k, v in rows
                if v
            ],
            colWidths=[5.2 * cm, self.width - 5.2 * cm],
        )
        table.setStyle(
            st.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, st.ACCENT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (0, -1), 7.5),  # labels share the values' baseline
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [
            Spacer(1, 3.5 * cm),
            Para(markup(_tr("Gobierno Abierto: Cocreación desde lo Local")), self.s.cover_sub),
            Spacer(1, 0.3 * cm),
            Para(markup(d.title), self.s.cover_title),
            Spacer(1, 0.4 * cm),
            Para(markup(self._place()), self.s.cover_sub),
            Spacer(1, 2 * cm),
            table,
            Spacer(1, 1.5 * cm),
            Para(
                markup(
                    _tr(
                        "Documento de trabajo sujeto a revisión del Secretariado Técnico Local. "
                        "Su contenido puede cambiar antes de la publicación del plan."
                    )
                ),
                self.s.small,
            ),
        ]

    def context(self) -> list[Flowable]:
        story = [self._h1(_tr("Contexto"))]
        if self.data.context:
            story += [self._p(part) for part in self.data.context.split("\n\n")]
        else:
            story.append(self._p(_tr("Sin información de contexto registrada.")))
        return story

    def stl(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [
            self._h1(_tr("Secretariado Técnico Local")),
            self._p(
                _tr(
                    "El Secretariado Técnico Local (STL) es la instancia de gobierno, órgano "
                    "garante y sociedad civil que conduce el ejercicio de cocreación."
                )
            ),
        ]
        if d.stl_named:
            rows: list[list[Any]] = [
                [
                    self._head(_tr("Nombre")),
                    self._head(_tr("Papel")),
                    self._head(_tr("Organización")),
                ]
            ]
            for person in d.stl_named:
                rows.append(
                    [
                        Para(markup(person.name), self.s.cell),
                        Para(markup(enums.label(enums.STL_ROLES, person.stl_role)), self.s.cell),
                        Para(markup(person.organization), self.s.cell),
                    ]
                )
            story.append(self._table(rows, [0.32, 0.3, 0.38]))
        if d.stl_unnamed:
            story.append(
                self._p(
                    _tr(
                        "Además, {count} integrantes del STL no autorizaron la publicación de su "
                        "nombre."
                    ).format(count=_count(d.stl_unnamed)),
                    self.s.small,
                )
            )
        if not d.stl_named and not d.stl_unnamed:
            story.append(self._p(_tr("No hay integrantes del STL registrados.")))
        return story

    def _head(self, text: str) -> Para:
        return self._label(text, self.s.cell_head)

    def _label(self, text: str, style: ParagraphStyle) -> Para:
        """One shared paragraph per repeated label (table headers, template labels): parsed
        and line-broken once for the whole document instead of once per table."""
        key = (text, style.name)
        para = self._labels.get(key)
        if para is None:
            para = self._labels[key] = Para(markup(text), style)
        return para

    def _table(
        self,
        rows: list[list[Any]],
        fractions: Iterable[float],
        extra: list[tuple[Any, ...]] | None = None,
    ) -> MappedTable:
        widths = [self.width * f for f in fractions]
        table = MappedTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(st.table_style(_grid() + (extra or [])))
        return table

    def methodology(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [
            self._h1(_tr("Metodología")),
            self._p(
                _tr(
                    "El plan se cocreó en mesas de trabajo abiertas en las que las personas "
                    "participantes identificaron problemas públicos, los priorizaron, propusieron "
                    "soluciones y acordaron compromisos con sus hitos. Las cifras de asistencia "
                    "se presentan de forma agregada."
                )
            ),
        ]
        if not d.workshops:
            story.append(self._p(_tr("No hay talleres registrados.")))
            return story
        rows: list[list[Any]] = [
            [
                self._head(_tr("Taller")),
                self._head(_tr("Fecha")),
                self._head(_tr("Sede")),
                self._head(_tr("Asistencia")),
            ]
        ]
        for w in d.workshops:
            rows.append(
                [
                    Para(markup(w.title), self.s.cell),
                    Para(markup(format_date(w.date, "medium")), self.s.cell),
                    Para(markup(w.venue), self.s.cell),
                    Para(_count(w.attendance), self.s.cell_right),
                ]
            )
        story.append(self._table(rows, [0.42, 0.16, 0.28, 0.14]))
        story.append(Spacer(1, 8))
        story.append(Para(markup(_tr("Asistencia por sector")), self.s.h3))
        story.append(self._breakdown(enums.SECTORS, lambda w: w.by_sector))
        story.append(Spacer(1, 8))
        story.append(Para(markup(_tr("Asistencia por género")), self.s.h3))
        story.append(self._breakdown(enums.GENDERS, lambda w: w.by_gender))
        return story

    def _breakdown(self, choices: dict[str, str], counts: Any) -> MappedTable:
        workshops = self.data.workshops
        codes = list(choices)
        seen: Counter[str] = Counter()
        for w in workshops:
            seen.update(counts(w))
        codes += sorted(code for code in seen if code not in choices)
        if len(workshops) > MAX_WORKSHOP_COLUMNS:
            return self._breakdown_by_rows(choices, [c for c in codes if seen[c]], counts, seen)
        header = [self._head("")]
        header += [
            self._head(_tr("Taller {number}").format(number=i))
            for i in range(1, 1 + len(workshops))
        ]
        header.append(self._head(_tr("Total")))
        rows: list[list[Any]] = [header]
        for code in codes:
            if not seen[code]:
                continue
            name = enums.count_label(choices, code)
            row = [Para(markup(name), self.s.cell)]
            row += [Para(_count(counts(w)[code]), self.s.cell_right) for w in workshops]
            row.append(Para(f"<b>{_count(seen[code])}</b>", self.s.cell_right))
            rows.append(row)
        total = [Para(f"<b>{markup(_tr('Total'))}</b>", self.s.cell)]
        total += [Para(f"<b>{_count(w.attendance)}</b>", self.s.cell_right) for w in workshops]
        total.append(Para(f"<b>{_count(sum(seen.values()))}</b>", self.s.cell_right))
        rows.append(total)
        n = len(workshops) + 1
        first = 0.34 if n <= 5 else 0.25
        fractions = [first] + [min((1 - first) / n, 0.12)] * n
        return self._table(rows, fractions, [("LINEABOVE", (0, -1), (-1, -1), 0.8, st.INK)])

    def _breakdown_by_rows(
        self, choices: dict[str, str], codes: list[str], counts: Any, seen: Counter[str]
    ) -> MappedTable:
        """The same breakdown with a row per workshop: a state-wide plan has hundreds of
        workshops, which no page is wide enough to hold as columns."""
        header = [self._head(_tr("Taller"))]
        header += [self._head(enums.count_label(choices, code)) for code in codes]
        header.append(self._head(_tr("Total")))
        rows: list[list[Any]] = [header]
        for number, w in enumerate(self.data.workshops, start=1):
            row = [Para(markup(_tr("Taller {number}").format(number=number)), self.s.cell)]
            row += [Para(_count(counts(w)[code]), self.s.cell_right) for code in codes]
            row.append(Para(f"<b>{_count(w.attendance)}</b>", self.s.cell_right))
            rows.append(row)
        total = [Para(f"<b>{markup(_tr('Total'))}</b>", self.s.cell)]
        total += [Para(f"<b>{_count(seen[code])}</b>", self.s.cell_right) for code in codes]
        total.append(Para(f"<b>{_count(sum(seen.values()))}</b>", self.s.cell_right))
        rows.append(total)
        n = len(codes) + 1
        fractions = [0.2] + [0.8 / n] * n
        return self._table(rows, fractions, [("LINEABOVE", (0, -1), (-1, -1), 0.8, st.INK)])

    def problems(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [
            self._h1(_tr("Problemas públicos priorizados")),
            self._p(
                _tr(
                    "En cada mesa de priorización los problemas se ordenan por un puntaje "
                    "combinado (0 a 100) de la votación con puntos y de la calificación "
                    "ponderada de los criterios (1 a 5), como lo muestra la aplicación."
                )
            ),
        ]
        if not d.problems:
            story.append(self._p(_tr("No hay problemas registrados.")))
            return story
        for ranking in d.rankings:
            story.append(
                Para(
                    markup(
                        _tr("Priorización en «{workshop}», {date}").format(
                            workshop=ranking.workshop_title, date=format_date(ranking.workshop_date)
                        )
                    ),
                    self.s.h3,
                )
            )
            story.append(self._ranking_table(ranking.rows))
        if not d.rankings:
            story.append(self._p(_tr("Aún no hay votaciones ni calificaciones registradas.")))
        for number, p in enumerate(d.problems, start=1):
            story += self._problem(p, number)
        return story

    def _ranking_table(self, ranked: list[RankRow]) -> MappedTable:
        rows: list[list[Any]] = [
            [
                self._head(_tr("Lugar")),
                self._head(_tr("Problema público")),
                self._head(_tr("Puntos")),
                self._head(_tr("Criterios (1–5)")),
                self._head(_tr("Puntaje (0–100)")),
                self._head(_tr("Estado")),
            ]
        ]
        for r in ranked:
            rows.append(
                [
                    _count(r.rank),
                    Para(markup(r.title), self.s.cell),
                    _count(r.dots),
                    _score(r.criteria_score),
                    _score(r.combined_score),
                    Para(markup(enums.label(enums.PROBLEM_STATUSES, r.status)), self.s.cell),
                ]
            )
        return self._table(
            rows,
            [0.08, 0.44, 0.1, 0.12, 0.12, 0.14],
            [("ALIGN", (2, 1), (4, -1), "RIGHT")],
        )

    def _problem(self, p: ProblemInfo, number: int) -> list[Flowable]:
        title = _tr("Problema {number}. {title}").format(
            number=_count(number), title=markup(p.title)
        )
        story: list[Flowable] = [
            CondPageBreak(4 * cm),
            self._h2(f"p-{p.id}", title, ("problems", p.id)),
        ]
        r = p.ranking
        if r is not None:
            summary = _tr(
                "Lugar {rank} en «{workshop}»: {dots} puntos · criterios {criteria} · "
                "puntaje combinado {combined}"
            ).format(
                rank=_count(r.rank),
                workshop=r.workshop_title,
                dots=_count(r.dots),
                criteria=_score(r.criteria_score),
                combined=_score(r.combined_score),
            )
            story.append(Para(markup(summary), self.s.small))
        if p.description:
            story.append(self._p(p.description))
        story += self._labelled(_tr("Población afectada:"), p.affected_population)
        story += self._labelled(_tr("Evidencia:"), p.evidence)
        for label, nodes in ((_tr("Causas"), p.causes), (_tr("Efectos"), p.effects)):
            if nodes:
                story.append(Para(markup(label), self.s.h3))
                story += self._tree(nodes, 0)
        story.append(ItemEnd("problems", p.id))
        return story

    def _tree(self, nodes: list[TreeNode], depth: int) -> list[Flowable]:
        out: list[Flowable] = []
        bullet = "•" if depth == 0 else "–"
        style = ParagraphStyle(
            f"tree{depth}", self.s.tree, leftIndent=14 + 14 * depth, bulletIndent=4 + 14 * depth
        )
        for node in nodes:
            out.append(Para(markup(node.text), style, bulletText=bullet))
            out += self._tree(node.children, depth + 1)
        return out

    def solutions(self) -> list[Flowable]:
        story: list[Flowable] = [
            self._h1(_tr("Propuestas de solución")),
            self._p(
                _tr(
                    "Propuestas formuladas en las mesas de trabajo para cada problema público "
                    "priorizado."
                )
            ),
        ]
        any_solution = False
        for p in self.data.problems:
            if not p.solutions:
                continue
            any_solution = True
            story.append(CondPageBreak(3 * cm))
            story.append(Para(markup(p.title), self.s.h3))
            for sol in p.solutions:
                parts: list[Flowable] = [
                    ItemStart("solutions", sol.id),
                    Para(f"<b>{markup(sol.title)}</b>", self.s.body, bulletText="•"),
                ]
                if sol.description:
                    parts.append(
                        Para(
                            markup(sol.description),
                            ParagraphStyle("sol", self.s.body, leftIndent=12),
                        )
                    )
                parts.append(ItemEnd("solutions", sol.id))
                story.append(KeepTogether(parts))
        if not any_solution:
            story.append(self._p(_tr("No hay propuestas de solución registradas.")))
        return story

    def commitments(self) -> list[Flowable]:
        story: list[Flowable] = [
            self._h1(_tr("Compromisos")),
            self._p(
                _tr(
                    "Cada compromiso se presenta con el formato de compromiso de la Alianza "
                    "para el Gobierno Abierto, seguido de sus hitos."
                )
            ),
        ]
        if not self.data.commitments:
            story.append(self._p(_tr("No hay compromisos registrados.")))
        for index, c in enumerate(self.data.commitments, start=1):
            story += self._commitment(c, index)
        return story

    def _commitment(self, c: CommitmentInfo, index: int) -> list[Flowable]:
        v = c.values
        number = c.number if c.number is not None else index
        title = _tr("Compromiso {number}. {title}").format(
            number=_count(number), title=markup(c.title)
        )
        values = ", ".join(
            enums.label(enums.OGP_VALUES, code.strip())
            for code in (v.get("ogp_values") or "").split(",")
            if code.strip()
        )
        budget = v.get("budget")
        rows: list[tuple[str, str] | str] = [
            (_tr("Periodo de implementación"), _period(v.get("start_date"), v.get("end_date"))),
            (_tr("Institución responsable"), v.get("lead_institution") or ""),
            _tr("Descripción del compromiso"),
            (_tr("¿Cuál es el problema público que aborda?"), v.get("problem_statement") or ""),
            (_tr("¿Cuál es el objetivo del compromiso?"), v.get("objective") or ""),
            (_tr("¿En qué consiste el compromiso?"), v.get("description") or ""),
            (_tr("¿Cómo contribuirá a resolver el problema?"), v.get("contribution") or ""),
            (_tr("Valores de gobierno abierto"), values),
            (_tr("Alineación con los ODS"), v.get("sdg_alignment") or ""),
            (
                _tr("Presupuesto"),
                format_currency(budget, "MXN", locale=babel_locale()) if budget is not None else "",
            ),
            (_tr("Estado"), enums.label(enums.COMMITMENT_STATUSES, v.get("status"))),
            _tr("Información de contacto"),
            (_tr("Nombre de la persona responsable"), v.get("contact_name") or ""),
            (_tr("Cargo"), v.get("contact_position") or ""),
            (_tr("Correo electrónico"), v.get("contact_email") or ""),
            (_tr("Teléfono"), v.get("contact_phone") or ""),
            _tr("Otros actores involucrados"),
            (_tr("Gobierno"), v.get("supporting_government") or ""),
            (_tr("Sociedad civil"), v.get("supporting_civil_society") or ""),
            (_tr("Otros actores"), v.get("supporting_other") or ""),
        ]
        data: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for row in rows:
            if isinstance(row, str):
                extra += [
                    ("SPAN", (0, len(data)), (1, len(data))),
                    ("BACKGROUND", (0, len(data)), (1, len(data)), st.SHADE),
                ]
                data.append([self._label(row, self.s.cell_bold), ""])
                continue
            label, value = row
            data.append(
                [
                    self._label(label, self.s.cell_bold),
                    Para(markup(value), self.s.cell) if value else "—",
                ]
            )
        template = MappedTable(data, colWidths=[0.3 * self.width, 0.7 * self.width], splitInRow=1)
        template.setStyle(
            st.table_style(
                [
                    *_STRING_CELLS,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.4, st.RULE),
                    ("BACKGROUND", (0, 0), (0, -1), st.LIGHT),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    *extra,
                ]
            )
        )
        story: list[Flowable] = [
            PageBreak(),
            self._h2(f"c-{c.id}", title, ("commitments", c.id)),
            template,
            Spacer(1, 10),
            Para(markup(_tr("Hitos")), self.s.h3),
        ]
        if c.milestones:
            story.append(self._milestones(c.milestones))
        else:
            story.append(self._p(_tr("Sin hitos registrados.")))
        story.append(ItemEnd("commitments", c.id))
        return story

    def _milestones(self, milestones: list[MilestoneInfo]) -> MappedTable:
        rows: list[list[Any]] = [
            [
                self._head("#"),
                self._head(_tr("Hito y entregable")),
                self._head(_tr("Medio de verificación")),
                self._head(_tr("Responsable")),
                self._head(_tr("Periodo")),
                self._head(_tr("Estado")),
            ]
        ]
        for n, m in enumerate(milestones, start=1):
            what = f"<b>{markup(m.title)}</b>"
            if m.deliverable:
                what += "<br/>" + markup(m.deliverable)
            state = enums.label(enums.MILESTONE_STATUSES, m.status)
            if m.progress is not None:
                state = f"{state}\n{format_percent(m.progress / 100)}"
            period = _tr("{start} –\n{end}").format(
                start=format_date(m.start_date, "medium"), end=format_date(m.end_date, "medium")
            )
            rows.append(
                [
                    item_cell(_count(n), self.s.cell, "milestones", m.id),
                    Para(what, self.s.cell),
                    Para(markup(m.verification_means), self.s.cell),
                    Para(markup(m.responsible), self.s.cell),
                    normalize(period),
                    normalize(state),
                ]
            )
        return self._table(rows, [0.05, 0.31, 0.2, 0.16, 0.14, 0.14])

    def annex(self) -> list[Flowable]:
        d = self.data
        key = "annex"
        text = markup(_tr("Anexo. Personas participantes"))
        self.toc.append((key, 0, text))
        story: list[Flowable] = [
            PageBreak(),
            heading(text, self.s.h1, key, 0),
            self._p(
                _tr(
                    "Personas que participaron en el ejercicio de cocreación y autorizaron la "
                    "publicación de su nombre."
                )
            ),
        ]
        people = d.published_people
        # A state-wide plan publishes tens of thousands of names. ReportLab rebuilds a table's
        # remaining rows at every page break (rows × pages), so the list goes in tables of
        # ANNEX_ROWS rows: the same look (header at every page top) at a linear cost.
        for start in range(0, len(people), ANNEX_ROWS):
            rows: list[list[Any]] = [
                [
                    self._head(_tr("Nombre")),
                    self._head(_tr("Sector")),
                    self._head(_tr("Organización")),
                ]
            ]
            for person in people[start : start + ANNEX_ROWS]:
                rows.append(
                    [
                        Para(markup(person.name), self.s.cell),
                        Para(markup(enums.label(enums.SECTORS, person.sector)), self.s.cell),
                        Para(markup(person.organization), self.s.cell),
                    ]
                )
            story.append(self._table(rows, [0.36, 0.2, 0.44]))
        unnamed = d.participants_total - len(d.published_people)
        if unnamed:
            story.append(Spacer(1, 6))
            story.append(
                self._p(
                    _tr(
                        "Otras {count} personas participaron sin autorizar la publicación de su "
                        "nombre."
                    ).format(count=_count(unnamed)),
                    self.s.small,
                )
            )
        return story

    def story(self) -> list[Flowable]:
        body: list[Flowable] = []
        for part in (
            self.context,
            self.stl,
            self.methodology,
            self.problems,
            self.solutions,
            self.commitments,
            self.annex,
        ):
            body += part()
        contents = contents_table(self.toc, self.s, self.width)
        story: list[Flowable] = [
            *self.cover(),
            NextPageTemplate("body"),
            PageBreak(),
            Para(markup(_tr("Contenido")), self.s.h1),
            contents,
            PageBreak(),
            *body,
        ]
        return story

    # -- layout ---------------------------------------------------------------------------

    def document(self, invariant: bool) -> MappedDocTemplate:
        d = self.data
        language = current_language()
        doc = PlanDocTemplate(
            io.BytesIO(),
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=normalize(d.title),
            author=_tr("Secretariado Técnico Local de {place}").format(place=self._place()),
            subject=_tr("Borrador del Plan de Acción Local, versión {version}").format(
                version=d.draft_version
            ),
            keywords=[_tr("gobierno abierto"), _tr("plan de acción local"), _tr("cocreación")],
            creator=f"Cocrea {__version__}",
            lang={"es": "es-MX", "en": "en-US"}.get(language, language),
            invariant=1 if invariant else 0,
            initialFontName=FAMILY,
            initialFontSize=10,
        )
        frame = Frame(
            MARGIN,
            MARGIN,
            self.width,
            self.pagesize[1] - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )
        return doc

    def render(self, invariant: bool = False) -> tuple[bytes, dict[str, Any]]:
        """One layout pass: what depends on the finished layout (page total, contents page
        numbers) is drawn through forms defined after the last page."""
        story = self.story()
        doc = self.document(invariant)
        buffer = io.BytesIO()
        doc.build(story, filename=buffer)
        self._define_late_forms(doc.canv, doc)
        mapping = item_map(self.data.id, self.data.draft_version, doc.recorder)
        write_item_map(doc, mapping)
        doc.canv.save()
        return buffer.getvalue(), mapping


class PlanDocTemplate(MappedDocTemplate):
    """Never saves on its own: :meth:`PlanRenderer.render` saves the last pass once the item
    map is known."""

    _doSave = 0

    def _startBuild(self, filename: Any = None, canvasmaker: Any = Canvas) -> None:
        super()._startBuild(filename, canvasmaker)
        self.info = install_info(self.canv)


def _score(value: Fraction | None) -> str:
    return "—" if value is None else format_decimal(round(float(value), 2))


def footer_form(page: int) -> str:
    return f"cocrea-footer-{page}"


def _fit(text: str, width: float, font: str = FAMILY, size: float = 8) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
