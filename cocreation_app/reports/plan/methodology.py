"""Section 3, methodology: the workshops and their attendance by sector and by gender."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, Spacer

from cocreation_app.i18n import format_date
from cocreation_app.models import enums
from cocreation_app.reports import styles as st
from cocreation_app.reports.canvas_text import text_width
from cocreation_app.reports.layout import MappedTable, Para
from cocreation_app.reports.plan.kit import StoryKit, count, tr
from cocreation_app.reports.plan_data import PlanData, WorkshopInfo
from cocreation_app.reports.styles import markup

# Beyond this many workshops the attendance breakdowns get a row per workshop instead of a column.
MAX_WORKSHOP_COLUMNS = 6

Counts = Callable[[WorkshopInfo], Counter[str]]


def methodology(kit: StoryKit, d: PlanData) -> list[Flowable]:
    s = kit.s
    story: list[Flowable] = [
        kit.h1(tr("Metodología")),
        kit.p(
            tr(
                "El plan se cocreó en mesas de trabajo abiertas en las que las personas "
                "participantes identificaron problemas públicos, los priorizaron, propusieron "
                "soluciones y acordaron compromisos con sus hitos. Las cifras de asistencia "
                "se presentan de forma agregada."
            )
        ),
    ]
    if not d.workshops:
        story.append(kit.p(tr("No hay talleres registrados.")))
        return story
    rows: list[list[Any]] = [
        [
            kit.head(tr("Taller")),
            kit.head(tr("Fecha")),
            kit.head(tr("Sede")),
            kit.head(tr("Asistencia")),
        ]
    ]
    for w in d.workshops:
        rows.append(
            [
                Para(markup(w.title), s.cell),
                Para(markup(format_date(w.date, "medium")), s.cell),
                Para(markup(w.venue), s.cell),
                Para(count(w.attendance), s.cell_right),
            ]
        )
    story.append(kit.table(rows, [0.42, 0.16, 0.28, 0.14]))
    story.append(Spacer(1, 8))
    story.append(Para(markup(tr("Asistencia por sector")), s.h3))
    story.append(_breakdown(kit, d.workshops, enums.SECTORS, lambda w: w.by_sector))
    story.append(Spacer(1, 8))
    story.append(Para(markup(tr("Asistencia por género")), s.h3))
    story.append(_breakdown(kit, d.workshops, enums.GENDERS, lambda w: w.by_gender))
    return story


def _breakdown(
    kit: StoryKit, workshops: list[WorkshopInfo], choices: dict[str, str], counts: Counts
) -> MappedTable:
    s = kit.s
    codes = list(choices)
    seen: Counter[str] = Counter()
    for w in workshops:
        seen.update(counts(w))
    codes += sorted(code for code in seen if code not in choices)
    if len(workshops) > MAX_WORKSHOP_COLUMNS:
        return _breakdown_by_rows(
            kit, workshops, choices, [c for c in codes if seen[c]], counts, seen
        )
    header = [kit.head("")]
    header += [
        kit.head(tr("Taller {number}").format(number=i)) for i in range(1, 1 + len(workshops))
    ]
    header.append(kit.head(tr("Total")))
    rows: list[list[Any]] = [header]
    for code in codes:
        if not seen[code]:
            continue
        name = enums.count_label(choices, code)
        row = [Para(markup(name), s.cell)]
        row += [Para(count(counts(w)[code]), s.cell_right) for w in workshops]
        row.append(Para(f"<b>{count(seen[code])}</b>", s.cell_right))
        rows.append(row)
    total = [Para(f"<b>{markup(tr('Total'))}</b>", s.cell)]
    total += [Para(f"<b>{count(w.attendance)}</b>", s.cell_right) for w in workshops]
    total.append(Para(f"<b>{count(sum(seen.values()))}</b>", s.cell_right))
    rows.append(total)
    n = len(workshops) + 1
    first = 0.34 if n <= 5 else 0.25
    # Wide enough for "Workshop 4" on one line when the page has room (it wrapped in English).
    labels = [tr("Taller {number}").format(number=i) for i in range(1, n)]
    style = s.cell_head
    widest = max(text_width(label, style.fontName, style.fontSize) for label in labels) + 10
    column = max(min((1 - first) / n, 0.12), min(widest / kit.width, (1 - first) / n))
    fractions = [first] + [column] * n
    return kit.table(rows, fractions, [("LINEABOVE", (0, -1), (-1, -1), 0.8, st.INK)])


def _breakdown_by_rows(
    kit: StoryKit,
    workshops: list[WorkshopInfo],
    choices: dict[str, str],
    codes: list[str],
    counts: Counts,
    seen: Counter[str],
) -> MappedTable:
    """The same breakdown with a row per workshop: a state-wide plan has hundreds of
    workshops, which no page is wide enough to hold as columns."""
    s = kit.s
    header = [kit.head(tr("Taller"))]
    header += [kit.head(enums.count_label(choices, code)) for code in codes]
    header.append(kit.head(tr("Total")))
    rows: list[list[Any]] = [header]
    for number, w in enumerate(workshops, start=1):
        row = [Para(markup(tr("Taller {number}").format(number=number)), s.cell)]
        row += [Para(count(counts(w)[code]), s.cell_right) for code in codes]
        row.append(Para(f"<b>{count(w.attendance)}</b>", s.cell_right))
        rows.append(row)
    total = [Para(f"<b>{markup(tr('Total'))}</b>", s.cell)]
    total += [Para(f"<b>{count(seen[code])}</b>", s.cell_right) for code in codes]
    total.append(Para(f"<b>{count(sum(seen.values()))}</b>", s.cell_right))
    rows.append(total)
    n = len(codes) + 1
    fractions = [0.2] + [0.8 / n] * n
    return kit.table(rows, fractions, [("LINEABOVE", (0, -1), (-1, -1), 0.8, st.INK)])
