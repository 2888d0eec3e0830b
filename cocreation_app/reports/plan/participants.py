"""The annex of participants who authorized publishing their name."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, PageBreak, Spacer

from cocreation_app.models import enums
from cocreation_app.reports.layout import Para
from cocreation_app.reports.plan.kit import StoryKit, tr, trn
from cocreation_app.reports.plan_data import PlanData
from cocreation_app.reports.styles import markup

# Published names per table (about five pages): see :func:`participants`.
ANNEX_ROWS = 200


def participants(kit: StoryKit, d: PlanData) -> list[Flowable]:
    cell = kit.s.cell
    story: list[Flowable] = [
        PageBreak(),
        kit.unnumbered_h1("annex", tr("Anexo. Personas participantes")),
        kit.p(
            tr(
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
            [kit.head(tr("Nombre")), kit.head(tr("Sector")), kit.head(tr("Organización"))]
        ]
        for person in people[start : start + ANNEX_ROWS]:
            rows.append(
                [
                    Para(markup(person.name), cell),
                    Para(markup(enums.label(enums.SECTORS, person.sector)), cell),
                    Para(markup(person.organization), cell),
                ]
            )
        story.append(kit.table(rows, [0.36, 0.2, 0.44]))
    unnamed = d.participants_total - len(d.published_people)
    if unnamed:
        story.append(Spacer(1, 6))
        story.append(
            kit.p(
                trn(
                    "Otras %Ln personas participaron sin autorizar la publicación de su nombre.",
                    unnamed,
                ),
                kit.s.small,
            )
        )
    return story
