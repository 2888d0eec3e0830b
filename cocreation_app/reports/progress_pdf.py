"""The progress report of a period as a PDF: a one-page summary with a chart of completion by
commitment, then per commitment its milestones (status, progress bars, what changed since the
last report), the updates of the period with their evidence, and its assessments; then the
follow-up meetings of the STL.

Built from the draft's blocks (bundled fonts, styles, headings that are bookmarks) on the
document builder the draft and the attendance sheet share (metadata, "page X of Y" in one pass:
:mod:`cocreation_app.reports.document`).
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from cocreation_app import __version__
from cocreation_app.i18n import format_date, format_integer, format_percent
from cocreation_app.i18n import translate as _translate
from cocreation_app.models import enums
from cocreation_app.reports import styles as st
from cocreation_app.reports.canvas_text import draw_text, fit
from cocreation_app.reports.document import PageCount, PagedDocTemplate
from cocreation_app.reports.fonts import FAMILY
from cocreation_app.reports.layout import MappedTable, Para, heading
from cocreation_app.reports.progress_data import CommitmentReport, MilestoneChange, ProgressReport
from cocreation_app.text import normalize

MARGIN = 2 * cm
BAR_HEIGHT = 7


def _tr(text: str) -> str:
    return _translate("progress_report", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return _translate("progress_report", text, n)


def _percent(value: float | None) -> str:
    return "—" if value is None else format_percent(value / 100)


class ProgressBar(Flowable):
    """A horizontal bar filled to ``value`` % (0-100), with the figure beside it."""

    def __init__(self, value: float | None, width: float, overdue: bool = False) -> None:
        super().__init__()
        self.value = value
        self.bar_width = width
        self.overdue = overdue

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.bar_width, availWidth)
        self.height = BAR_HEIGHT + 2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        width = self.width
        track = max(width - 34, 10)
        canv.setStrokeColor(st.RULE)
        canv.setFillColor(st.LIGHT)
        canv.rect(0, 1, track, BAR_HEIGHT, stroke=1, fill=1)
        share = max(0.0, min(100.0, self.value or 0.0)) / 100
        if share:
            canv.setFillColor(st.DRAFT if self.overdue else st.ACCENT)
            canv.rect(0, 1, track * share, BAR_HEIGHT, stroke=0, fill=1)
        canv.setFillColor(st.INK)
        canv.setFont(FAMILY, 7.5)
        canv.drawRightString(width, 1.5, _percent(self.value))


class ProgressRenderer:
    def __init__(self, report: ProgressReport, *, paper: str = "letter") -> None:
        self.r = report
        self.pagesize = st.paper_size(paper)
        self.width = self.pagesize[0] - 2 * MARGIN
        self.s = st.make_styles()

    # -- pages ---------------------------------------------------------------------------

    def _page(self, canv: Canvas, doc: PagedDocTemplate) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFont(FAMILY, 8)
        canv.setFillColor(st.MUTED)
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        top = height - MARGIN + 14
        draw_text(canv, MARGIN, top, fit(normalize(self.r.title) or "", self.width * 0.62))
        draw_text(canv, width - MARGIN, top, self._period(), anchor="end")
        canv.line(MARGIN, top - 5, width - MARGIN, top - 5)
        canv.line(MARGIN, MARGIN - 14, width - MARGIN, MARGIN - 14)
        canv.drawString(MARGIN, MARGIN - 26, _tr("Informe de avance"))
        doc.draw_page_count(canv)
        canv.restoreState()

    def _period(self) -> str:
        return _tr("Periodo: {since} a {until}").format(
            since=format_date(self.r.since, "medium"), until=format_date(self.r.until, "medium")
        )

    # -- story ---------------------------------------------------------------------------

    def story(self) -> list[Any]:
        story: list[Any] = self._summary()
        for index, item in enumerate(self.r.commitments):
            story += self._commitment(index, item)
        story += self._meetings()
        return story

    def _summary(self) -> list[Any]:
        r, s = self.r, self.s
        place = ", ".join(x for x in (r.municipality, r.state) if x)
        out: list[Any] = [
            heading(_tr("Informe de avance"), s.h1, "summary", 0),
            Para(st.markup(r.title), s.cover_sub),
            Para(st.markup(place), s.cover_meta),
            Para(st.markup(self._period()), s.cover_meta),
            Spacer(1, 6),
            Para(
                _tr("Avance del plan: {now} (en el informe anterior: {before}).").format(
                    now=f"<b>{_percent(r.progress.progress)}</b>",
                    before=_percent(r.previous.progress),
                ),
                s.body,
            ),
        ]
        if r.commitments:
            out += [
                Para(f"<b>{_tr('Cumplimiento por compromiso')}</b>", s.body),
                self._chart(),
                Spacer(1, 8),
                self._summary_table(),
            ]
        else:
            out.append(Para(_tr("El plan aún no tiene compromisos."), s.body))
        out.append(
            Para(
                _tr(
                    "El avance de un hito es el de su último reporte en la fecha; el de un "
                    "compromiso, el promedio ponderado de sus hitos. Hecho con Cocrea {version}."
                ).format(version=__version__),
                s.small,
            )
        )
        out.append(PageBreak())
        return out

    def _chart(self) -> Drawing:
        items = self.r.commitments
        row = 16
        height = row * len(items) + 30
        drawing = Drawing(self.width, height, initialFontName=FAMILY, initialFontSize=8)
        chart = HorizontalBarChart()
        chart.x, chart.y = 40, 20
        chart.width, chart.height = self.width - 60, row * len(items)
        # The first category is drawn at the bottom: reversed, commitment 1 reads first.
        ordered = list(reversed(items))
        chart.data = [[c.now.progress or 0 for c in ordered]]
        chart.categoryAxis.categoryNames = [
            str(c.now.number) if c.now.number is not None else "—" for c in ordered
        ]
        chart.categoryAxis.labels.fontName = FAMILY
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
        chart.valueAxis.labels.fontName = FAMILY
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = lambda v: format_percent(v / 100)
        chart.bars[0].fillColor = st.ACCENT
        chart.bars[0].strokeColor = None
        chart.barLabelFormat = lambda v: format_percent(v / 100)
        chart.barLabels.fontName = FAMILY
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        return drawing

    def _summary_table(self) -> MappedTable:
        s = self.s
        head = [
            Para(_tr("Compromiso"), s.cell_head),
            Para(_tr("Avance"), s.cell_head),
            Para(_tr("Cambio"), s.cell_head),
            Para(_tr("Hitos vencidos"), s.cell_head),
            Para(_tr("Cumplimiento (IRM)"), s.cell_head),
        ]
        rows: list[list[Any]] = [head]
        for item in self.r.commitments:
            c = item.now
            completion = c.current_assessments().get("completion")
            rows.append(
                [
                    Para(st.markup(f"{c.number or '—'}. {c.title}"), s.cell),
                    Para(_percent(c.progress), s.cell_right),
                    Para(self._delta(item), s.cell_right),
                    Para(format_integer(c.overdue), s.cell_right),
                    Para(
                        enums.label(enums.COMPLETION_LEVELS, completion.value)
                        if completion
                        else "—",
                        s.cell,
                    ),
                ]
            )
        widths = [self.width * f for f in (0.42, 0.11, 0.10, 0.15, 0.22)]
        return self._table(rows, widths)

    def _delta(self, item: CommitmentReport) -> str:
        now = item.now.progress
        before = item.before.progress if item.before else None
        if now is None:
            return "—"
        change = now - (before or 0)
        sign = "+" if change > 0 else ""
        return f"{sign}{format_percent(change / 100)}"

    def _table(self, rows: list[list[Any]], widths: list[float]) -> MappedTable:
        table = MappedTable(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            st.table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, st.RULE),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, st.LIGHT]),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _commitment(self, index: int, item: CommitmentReport) -> list[Any]:
        s, c = self.s, item.now
        title = f"{c.number or index + 1}. {c.title}"
        out: list[Any] = [
            heading(st.markup(title), s.h1, f"commitment-{c.id}", 0),
            Para(
                _tr("Institución responsable: {name}").format(
                    name=st.markup(c.lead_institution or "—")
                ),
                s.body,
            ),
            KeepTogether(
                [
                    Para(
                        _tr("Avance: {now} (en el informe anterior: {before})").format(
                            now=f"<b>{_percent(c.progress)}</b>",
                            before=_percent(item.before.progress if item.before else None),
                        ),
                        s.body,
                    ),
                    ProgressBar(c.progress, self.width * 0.6, overdue=c.overdue > 0),
                    Spacer(1, 6),
                ]
            ),
            heading(_tr("Hitos"), s.h2, f"milestones-{c.id}", 1),
        ]
        if item.milestones:
            out.append(self._milestone_table(item.milestones))
        else:
            out.append(Para(_tr("Sin hitos."), s.body))
        out.append(heading(_tr("Qué cambió en el periodo"), s.h2, f"changes-{c.id}", 1))
        out += self._changes(item)
        out.append(heading(_tr("Valoraciones"), s.h2, f"assessments-{c.id}", 1))
        out += self._assessments(item)
        out.append(PageBreak())
        return out

    def _milestone_table(self, milestones: tuple[MilestoneChange, ...]) -> MappedTable:
        s = self.s
        rows: list[list[Any]] = [
            [
                Para(_tr("Hito"), s.cell_head),
                Para(_tr("Estado"), s.cell_head),
                Para(_tr("Avance"), s.cell_head),
                Para(_tr("Término"), s.cell_head),
                Para(_tr("Peso"), s.cell_head),
            ]
        ]
        bar = self.width * 0.22
        for change in milestones:
            m = change.now
            status = enums.label(enums.MILESTONE_STATUSES, m.status)
            if m.overdue:
                status = _tr("{status}, vencido").format(status=status)
            rows.append(
                [
                    Para(st.markup(m.title), s.cell),
                    Para(st.markup(status), s.cell_bold if m.overdue else s.cell),
                    ProgressBar(m.progress, bar, overdue=m.overdue),
                    Para(format_date(m.end_date, "medium") if m.end_date else "—", s.cell),
                    Para(_weight(m.weight), s.cell),
                ]
            )
        widths = [self.width * f for f in (0.36, 0.16, 0.25, 0.13, 0.10)]
        return self._table(rows, widths)

    def _changes(self, item: CommitmentReport) -> list[Any]:
        s = self.s
        out: list[Any] = []
        for change in item.milestones:
            m, before = change.now, change.before
            if not change.changed and not change.updates:
                continue
            was = (
                f"{enums.label(enums.MILESTONE_STATUSES, before.status)}, "
                f"{_percent(before.progress)}"
                if before
                else "—"
            )
            out.append(
                Para(
                    _tr("<b>{title}</b>: antes {before}; ahora {now}").format(
                        title=st.markup(m.title),
                        before=was,
                        now=f"{enums.label(enums.MILESTONE_STATUSES, m.status)}, "
                        f"{_percent(m.progress)}",
                    ),
                    s.body,
                )
            )
            for update in change.updates:
                out.append(
                    Para(
                        _tr("{date} · {status} · {progress}: {narrative}").format(
                            date=format_date(update.date, "medium"),
                            status=enums.label(enums.MILESTONE_STATUSES, update.status),
                            progress=_percent(update.progress),
                            narrative=st.markup(update.narrative or "—"),
                        ),
                        s.small,
                    )
                )
                for evidence in update.evidence:
                    out.append(
                        Para(
                            _trn(
                                "Evidencia: {name} (%Ln bytes, SHA-256 {sha})", evidence.size or 0
                            ).format(name=st.markup(evidence.filename), sha=evidence.sha256[:16]),
                            _indent(s.small),
                        )
                    )
        if not out:
            out.append(Para(_tr("Sin cambios en el periodo."), s.body))
        return out

    def _assessments(self, item: CommitmentReport) -> list[Any]:
        s = self.s
        current = item.now.current_assessments()
        out: list[Any] = []
        if current:
            rows: list[list[Any]] = [
                [
                    Para(_tr("Indicador"), s.cell_head),
                    Para(_tr("Valoración"), s.cell_head),
                    Para(_tr("Quién y cuándo"), s.cell_head),
                    Para(_tr("Por qué"), s.cell_head),
                ]
            ]
            for code in enums.ASSESSMENT_INDICATORS:
                found = current.get(code)
                if found is None:
                    continue
                rows.append(
                    [
                        Para(enums.label(enums.ASSESSMENT_INDICATORS, code), s.cell_bold),
                        Para(st.markup(_value(code, found.value)), s.cell),
                        Para(st.markup(_who_and_when(found.assessor, found.assessed_on)), s.cell),
                        Para(st.markup(found.reason), s.cell),
                    ]
                )
            out.append(self._table(rows, [self.width * f for f in (0.22, 0.22, 0.22, 0.34)]))
        else:
            out.append(Para(_tr("Sin valoraciones."), s.body))
        if item.now.self_assessments:
            # The heading and its few lines stay together: alone at a page's foot it reads as
            # an empty section.
            block: list[Any] = [
                Spacer(1, 6),
                Para(f"<b>{_tr('Autoevaluación al cierre')}</b>", s.body),
            ]
            for each in item.now.self_assessments:
                block.append(
                    Para(
                        f"<b>{enums.label(enums.OGP_VALUES, each.ogp_value)}</b>: "
                        f"{st.markup(each.what_changed)}",
                        s.body,
                    )
                )
            out.append(KeepTogether(block))
        return out

    def _meetings(self) -> list[Any]:
        s = self.s
        out: list[Any] = [heading(_tr("Reuniones de seguimiento"), s.h1, "meetings", 0)]
        if not self.r.meetings:
            out.append(Para(_tr("No hubo reuniones de seguimiento en el periodo."), s.body))
        for meeting in self.r.meetings:
            when = format_date(meeting.date, "long") if meeting.date else "—"
            out.append(Para(f"<b>{st.markup(meeting.title)}</b>", s.body))
            out.append(
                Para(
                    _trn("{date}, {venue}. Asistencia: %Ln personas.", meeting.attendance).format(
                        date=when, venue=st.markup(meeting.venue or "—")
                    ),
                    s.small,
                )
            )
            if meeting.minutes:
                out.append(Para(st.markup(meeting.minutes), s.body))
        return out

    # -- document ------------------------------------------------------------------------

    def render(self, invariant: bool = False) -> tuple[bytes, int]:
        """The PDF and its number of pages."""
        doc = PagedDocTemplate(
            pagesize=self.pagesize,
            margin=MARGIN,
            page_count=PageCount(self.pagesize[0] - MARGIN, MARGIN - 26),
            invariant=invariant,
            title=_tr("Informe de avance: {title}").format(title=normalize(self.r.title)),
            author=_tr("Secretariado Técnico Local de {place}").format(
                place=", ".join(x for x in (self.r.municipality, self.r.state) if x)
            ),
            subject=self._period(),
        )
        doc.add_templates(self._page, "page")
        pdf = doc.render(self.story(), lambda canv: canv.showOutline())
        return pdf, doc.page


def _who_and_when(who: str | None, when: Any) -> str:
    return f"{who or '—'}, {format_date(when, 'medium') if when else '—'}"


def _weight(weight: float) -> str:
    from cocreation_app.i18n import format_decimal

    return format_decimal(weight)


def _value(indicator: str, value: str) -> str:
    choices = enums.INDICATOR_CHOICES.get(indicator, {})
    return ", ".join(enums.label(choices, code) for code in value.split(",") if code)


def _indent(style: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-indent", style, leftIndent=14)
