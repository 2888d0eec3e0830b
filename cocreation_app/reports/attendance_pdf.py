"""The printable sign-in sheet of a workshop: header, the plan's simplified privacy notice, and
numbered rows with separate consent boxes, optionally pre-filled with registered people.

Contact details are never pre-printed: the sheet goes round the room, and each person writes
their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table
from sqlalchemy import select

from cocreation_app.errors import NotFoundError, UserError
from cocreation_app.i18n import format_date, format_integer, translate
from cocreation_app.models import Attendance, Participant, Plan, Workshop, enums
from cocreation_app.reports import styles as st
from cocreation_app.reports.canvas_text import draw_text, fit
from cocreation_app.reports.document import PageCount, PagedDocTemplate
from cocreation_app.reports.layout import Para
from cocreation_app.reports.progress import NO_PROGRESS, Progress
from cocreation_app.reports.styles import make_styles, markup, printed
from cocreation_app.storage import Database

MARGIN = 1.4 * cm
ROW_HEIGHT = 0.95 * cm
CELL_PADDING = 4
# The sheet is a form on paper: it prints this much of a field (then a note saying how much is
# left out), and refuses a notice longer than MAX_NOTICE_CHARS (a cut notice is not one to sign
# under; a 600,000-character one made ReportLab fail: a notice box taller than the page).
MAX_FIELD_CHARS = 300
MAX_NOTICE_CHARS = 4_000


def _tr(text: str) -> str:
    return translate("reports", text)


@dataclass
class Sheet:
    plan_title: str
    place: str
    workshop_title: str
    date: dt.date | None
    venue: str
    facilitator: str
    notice: str
    notice_version: str
    people: list[tuple[str, str, str]] = field(default_factory=list)


def load_sheet(db: Database, workshop_id: str, *, prefill: bool = True) -> Sheet:
    with db.read() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.deleted:
            raise NotFoundError(_tr("No existe el taller con id «{id}».").format(id=workshop_id))
        plan = session.get(Plan, workshop.plan_id) if workshop.plan_id else None
        notice = (plan.privacy_notice_text or "") if plan else ""
        if len(notice) > MAX_NOTICE_CHARS:
            raise UserError(
                translate(
                    "reports",
                    "El aviso de privacidad del plan tiene %Ln caracteres; la lista de "
                    "asistencia imprime hasta {limit}. Acorte el aviso simplificado.",
                    len(notice),
                ).format(limit=format_integer(MAX_NOTICE_CHARS))
            )
        sheet = Sheet(
            plan_title=_heading(plan.title if plan else None),
            place=_heading(", ".join(x for x in (plan.municipality, plan.state) if x))
            if plan
            else "",
            workshop_title=_heading(workshop.title),
            date=workshop.date,
            venue=_heading(workshop.venue),
            facilitator=_heading(workshop.facilitator),
            notice=notice,
            notice_version=_heading(plan.privacy_notice_version) if plan else "",
        )
        if prefill and plan is not None:
            checked_in = (
                select(Attendance.participant_id)
                .where(Attendance.workshop_id == workshop_id, Attendance.deleted.is_(False))
                .scalar_subquery()
            )
            rows = session.execute(
                select(
                    Participant.name,
                    Participant.sector,
                    Participant.organization,
                    Participant.id.in_(checked_in),
                )
                .where(
                    Participant.plan_id == plan.id,
                    Participant.deleted.is_(False),
                    Participant.merged_into_id.is_(None),
                )
                .order_by(Participant.name, Participant.id)
            ).all()
            ordered = sorted(rows, key=lambda r: not r[3])  # stable: checked-in first, by name
            sheet.people = [
                (
                    printed(name or "", MAX_FIELD_CHARS),
                    printed(enums.label(enums.SECTORS, sector), MAX_FIELD_CHARS),
                    printed(organization or "", MAX_FIELD_CHARS),
                )
                for name, sector, organization, _ in ordered
            ]
        return sheet


def _heading(text: str | None) -> str:
    return printed(text or "", MAX_FIELD_CHARS)


class CheckBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 10) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(st.INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def render_attendance(
    sheet: Sheet,
    *,
    blank_rows: int = 15,
    paper: str = "letter",
    invariant: bool = False,
    progress: Progress = NO_PROGRESS,
) -> tuple[bytes, int]:
    """The PDF and its number of numbered rows; ``progress`` follows the layout."""
    s = make_styles(base_size=9)
    pagesize = landscape(st.paper_size(paper))
    width = pagesize[0] - 2 * MARGIN
    cell = ParagraphStyle("sheet_cell", s.cell, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("sheet_head", s.cell_head, fontSize=8, leading=9.5)

    def on_page(canv: Canvas, doc: PagedDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(st.MUTED)
        label = _tr("Lista de asistencia · {workshop}").format(workshop=sheet.workshop_title)
        draw_text(canv, MARGIN, MARGIN - 16, fit(label, width * 0.75, size=7.5), size=7.5)
        canv.restoreState()
        doc.draw_page_count(canv)

    story: list[Flowable] = [
        Para(markup(_tr("Lista de asistencia")), s.h1),
        Para(f"<b>{markup(sheet.workshop_title)}</b>", s.h3),
    ]
    facts = [
        (_tr("Plan"), sheet.plan_title),
        (_tr("Lugar"), sheet.place),
        (_tr("Fecha"), format_date(sheet.date)),
        (_tr("Sede"), sheet.venue),
        (_tr("Facilitación"), sheet.facilitator),
    ]
    story.append(
        Para(
            " · ".join(f"<b>{markup(k)}:</b> {markup(v)}" for k, v in facts if v),
            s.body,
        )
    )
    title = _tr("Aviso de privacidad simplificado")
    if sheet.notice_version:
        title = _tr("Aviso de privacidad simplificado (versión {version})").format(
            version=sheet.notice_version
        )
    notice = sheet.notice or _tr(
        "El plan no tiene registrado un aviso de privacidad simplificado. Solicítelo a la "
        "persona facilitadora antes de firmar."
    )
    box = Table(
        [
            [Para(f"<b>{markup(title)}</b>", s.small)],
            [Para(markup(notice), s.small)],
            [
                Para(
                    markup(
                        _tr(
                            "Al firmar, usted confirma que conoce este aviso. Marque cada casilla "
                            "solo si lo autoriza: «Contacto», que le contactemos; «Publicar mi "
                            "nombre», que su nombre aparezca en el Plan de Acción Local; "
                            "«Fotografías», que se usen fotografías del taller en las que "
                            "aparezca. Puede dejar cualquier casilla en blanco."
                        )
                    ),
                    s.small,
                )
            ],
        ],
        colWidths=[width],
    )
    box.setStyle(
        st.table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, st.RULE),
                ("BACKGROUND", (0, 0), (-1, -1), st.LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story += [Spacer(1, 4), box, Spacer(1, 8)]

    fractions = [0.04, 0.18, 0.09, 0.15, 0.14, 0.085, 0.085, 0.085]
    widths = [width * f for f in fractions]
    widths.append(width - sum(widths))

    def h(text: str) -> Para:
        return Para(markup(text), head)

    rows: list[list[Any]] = [
        [
            h("#"),
            h(_tr("Nombre completo")),
            h(_tr("Sector")),
            h(_tr("Organización")),
            h(_tr("Contacto (correo o teléfono)")),
            h(_tr("Autorizo")),
            "",
            "",
            h(_tr("Firma")),
        ],
        [
            "",
            "",
            "",
            "",
            "",
            h(_tr("Contacto")),
            h(_tr("Publicar mi nombre")),
            h(_tr("Fotografías")),
            "",
        ],
    ]
    heights: list[float | None] = [None, None]
    people = sheet.people
    total = len(people) + blank_rows
    for n in range(1, total + 1):
        name, sector, organization = people[n - 1] if n <= len(people) else ("", "", "")
        texts = [
            Para(format_integer(n), cell),
            Para(markup(name), cell),
            Para(markup(sector), cell),
            Para(markup(organization), cell),
        ]
        # Every row leaves room to write and sign; a long organization makes it taller.
        tallest = max(
            t.wrap(w - 2 * CELL_PADDING, ROW_HEIGHT)[1]
            for t, w in zip(texts, widths[:4], strict=True)
        )
        heights.append(max(ROW_HEIGHT, tallest + 2 * CELL_PADDING))
        rows.append(
            [
                *texts,
                "",
                CheckBox(),
                CheckBox(),
                CheckBox(),
                "",
            ]
        )
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=2)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, st.RULE),
        ("BACKGROUND", (0, 0), (-1, 1), st.ACCENT),
        ("SPAN", (5, 0), (7, 0)),
        *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 8)],
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("VALIGN", (0, 2), (-1, -1), "MIDDLE"),
        ("ALIGN", (5, 2), (7, -1), "CENTER"),
        ("TOPPADDING", (0, 2), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 2), (-1, -1), CELL_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("ROWBACKGROUNDS", (0, 2), (-1, -1), [None, st.LIGHT]),
    ]
    table.setStyle(st.table_style(style))
    story.append(table)

    doc = PagedDocTemplate(
        pagesize=pagesize,
        margin=MARGIN,
        page_count=PageCount(pagesize[0] - MARGIN, MARGIN - 16, size=7.5),
        invariant=invariant,
        title=_tr("Lista de asistencia: {workshop}").format(workshop=sheet.workshop_title),
        author=_tr("Secretariado Técnico Local de {place}").format(place=sheet.place),
        subject=sheet.plan_title,
    )
    doc.add_templates(on_page, "sheet")
    doc.setProgressCallBack(progress.layout(0.1, 0.95))
    return doc.render(story), total
