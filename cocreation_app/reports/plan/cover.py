"""The cover: the plan's title, place and key facts."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from cocreation_app.i18n import format_date
from cocreation_app.models import enums
from cocreation_app.reports import styles as st
from cocreation_app.reports.fonts import BOLD
from cocreation_app.reports.layout import MappedTable, Para
from cocreation_app.reports.plan.kit import StoryKit, period, tr
from cocreation_app.reports.plan_data import PlanData
from cocreation_app.reports.styles import markup


def place(data: PlanData) -> str:
    return ", ".join(x for x in (data.municipality, data.state) if x)


def cover(kit: StoryKit, d: PlanData, draft_date: dt.date) -> list[Flowable]:
    s = kit.s
    rows = [
        (tr("Entidad federativa"), d.state),
        (tr("Municipio"), d.municipality),
        (tr("Periodo de implementación"), period(d.period_start, d.period_end)),
        (tr("Órgano garante"), d.guarantor_body),
        (tr("Estado del plan"), enums.label(enums.PLAN_STATUSES, d.status)),
        (
            tr("Versión del borrador"),
            tr("Versión {version}, {date}").format(
                version=d.draft_version, date=format_date(draft_date)
            ),
        ),
    ]
    label_style = ParagraphStyle(
        "cover_label", s.cover_meta, fontName=BOLD, fontSize=9.5, textColor=st.MUTED
    )
    table = MappedTable(
        [[Para(markup(k), label_style), Para(markup(v), s.cover_meta)] for k, v in rows if v],
        colWidths=[5.2 * cm, kit.width - 5.2 * cm],
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
        Para(markup(tr("Gobierno Abierto: Cocreación desde lo Local")), s.cover_sub),
        Spacer(1, 0.3 * cm),
        Para(markup(d.title), s.cover_title),
        Spacer(1, 0.4 * cm),
        Para(markup(place(d)), s.cover_sub),
        Spacer(1, 2 * cm),
        table,
        Spacer(1, 1.5 * cm),
        Para(
            markup(
                tr(
                    "Documento de trabajo sujeto a revisión del Secretariado Técnico Local. "
                    "Su contenido puede cambiar antes de la publicación del plan."
                )
            ),
            s.small,
        ),
    ]
