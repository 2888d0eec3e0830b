"""Section 6, the commitments: the OGP commitment template of each, then its milestones.

A commitment starts on a new page only when less than TEMPLATE_ROOM is left (its template then
continues on the next page, each split row under its label), and the milestones follow the
template on the same page when a few rows fit: a forced break per commitment, a heading kept with
its whole table, and a template kept whole all left pages 70 % empty."""

from __future__ import annotations

from typing import Any

from babel.numbers import format_currency
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from cocreation_app.i18n import babel_locale, format_date, format_percent
from cocreation_app.models import enums
from cocreation_app.reports import styles as st
from cocreation_app.reports.layout import FormTable, ItemEnd, MappedTable, Para, item_cell
from cocreation_app.reports.plan.kit import STRING_CELLS, StoryKit, count, period, tr
from cocreation_app.reports.plan_data import CommitmentInfo, MilestoneInfo, PlanData
from cocreation_app.reports.styles import markup
from cocreation_app.text import normalize

TEMPLATE_ROOM = 10 * cm


def commitments(kit: StoryKit, d: PlanData) -> list[Flowable]:
    story: list[Flowable] = [
        kit.h1(tr("Compromisos")),
        kit.p(
            tr(
                "Cada compromiso se presenta con el formato de compromiso de la Alianza "
                "para el Gobierno Abierto, seguido de sus hitos."
            )
        ),
    ]
    if not d.commitments:
        story.append(kit.p(tr("No hay compromisos registrados.")))
    for index, c in enumerate(d.commitments, start=1):
        story += _commitment(kit, c, index)
    return story


def _template_rows(c: CommitmentInfo) -> list[tuple[str, str] | str]:
    """The OGP template: (label, value) rows, and a plain string for each group's title."""
    v = c.values
    values = ", ".join(
        enums.label(enums.OGP_VALUES, code.strip())
        for code in (v.get("ogp_values") or "").split(",")
        if code.strip()
    )
    budget = v.get("budget")
    return [
        (tr("Periodo de implementación"), period(v.get("start_date"), v.get("end_date"))),
        (tr("Institución responsable"), v.get("lead_institution") or ""),
        tr("Descripción del compromiso"),
        (tr("¿Cuál es el problema público que aborda?"), v.get("problem_statement") or ""),
        (tr("¿Cuál es el objetivo del compromiso?"), v.get("objective") or ""),
        (tr("¿En qué consiste el compromiso?"), v.get("description") or ""),
        (tr("¿Cómo contribuirá a resolver el problema?"), v.get("contribution") or ""),
        (tr("Valores de gobierno abierto"), values),
        (tr("Alineación con los ODS"), v.get("sdg_alignment") or ""),
        (
            tr("Presupuesto"),
            format_currency(budget, "MXN", locale=babel_locale()) if budget is not None else "",
        ),
        (tr("Estado"), enums.label(enums.COMMITMENT_STATUSES, v.get("status"))),
        tr("Información de contacto"),
        (tr("Nombre de la persona responsable"), v.get("contact_name") or ""),
        (tr("Cargo"), v.get("contact_position") or ""),
        (tr("Correo electrónico"), v.get("contact_email") or ""),
        (tr("Teléfono"), v.get("contact_phone") or ""),
        tr("Otros actores involucrados"),
        (tr("Gobierno"), v.get("supporting_government") or ""),
        (tr("Sociedad civil"), v.get("supporting_civil_society") or ""),
        (tr("Otros actores"), v.get("supporting_other") or ""),
    ]


def _template(kit: StoryKit, c: CommitmentInfo) -> FormTable:
    data: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for row in _template_rows(c):
        if isinstance(row, str):
            extra += [
                ("SPAN", (0, len(data)), (1, len(data))),
                ("BACKGROUND", (0, len(data)), (1, len(data)), st.SHADE),
            ]
            data.append([kit.label(row, kit.s.cell_bold), ""])
            continue
        label, value = row
        data.append([kit.row_label(label), Para(markup(value), kit.s.cell) if value else "—"])
    # A long answer splits inside its row when two lines fit (splitInRow is in points); the
    # part on the next page repeats the label.
    template = FormTable(data, colWidths=[0.3 * kit.width, 0.7 * kit.width], splitInRow=30)
    template.setStyle(
        st.table_style(
            [
                *STRING_CELLS,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, st.RULE),
                ("BACKGROUND", (0, 0), (0, -1), st.LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *extra,
            ]
        )
    )
    return template


def _commitment(kit: StoryKit, c: CommitmentInfo, index: int) -> list[Flowable]:
    number = c.number if c.number is not None else index
    title = tr("Compromiso {number}. {title}").format(number=count(number), title=markup(c.title))
    story: list[Flowable] = [
        # The heading and the template's first rows; the template may continue on the next page
        # (its split rows repeat their label): kept whole, it moved to the next page and left
        # the previous commitment's milestones alone on a page 70 % empty.
        CondPageBreak(TEMPLATE_ROOM),
        kit.h2(f"c-{c.id}", title, ("commitments", c.id), loose=True),
        _template(kit, c),
        Spacer(1, 10),
        # Room for the heading, the table's header and a first row; the heading is not kept
        # with the table (ReportLab would move a table that fits one page to the next page).
        CondPageBreak(4 * cm),
        Para(markup(tr("Hitos")), kit.s.h3_loose),
    ]
    if c.milestones:
        story.append(_milestones(kit, c.milestones))
    else:
        story.append(kit.p(tr("Sin hitos registrados.")))
    story.append(ItemEnd("commitments", c.id))
    return story


def _milestones(kit: StoryKit, milestones: list[MilestoneInfo]) -> MappedTable:
    cell = kit.s.cell
    rows: list[list[Any]] = [
        [
            kit.head("#"),
            kit.head(tr("Hito y entregable")),
            kit.head(tr("Medio de verificación")),
            kit.head(tr("Responsable")),
            kit.head(tr("Periodo")),
            kit.head(tr("Estado")),
        ]
    ]
    for n, m in enumerate(milestones, start=1):
        what = f"<b>{markup(m.title)}</b>"
        if m.deliverable:
            what += "<br/>" + markup(m.deliverable)
        state = enums.label(enums.MILESTONE_STATUSES, m.status)
        if m.progress is not None:
            state = f"{state}\n{format_percent(m.progress / 100)}"
        dates = tr("{start} –\n{end}").format(
            start=format_date(m.start_date, "medium"), end=format_date(m.end_date, "medium")
        )
        rows.append(
            [
                item_cell(count(n), cell, "milestones", m.id),
                Para(what, cell),
                Para(markup(m.verification_means), cell),
                Para(markup(m.responsible), cell),
                kit.plain(normalize(dates) or ""),
                kit.plain(normalize(state) or ""),
            ]
        )
    return kit.table(rows, [0.05, 0.31, 0.2, 0.16, 0.14, 0.14])
