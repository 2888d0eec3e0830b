"""Section 1, the plan's context, and section 2, the Local Technical Secretariat (STL)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from cocreation_app.models import enums
from cocreation_app.reports.layout import Para
from cocreation_app.reports.plan.kit import StoryKit, tr, trn
from cocreation_app.reports.plan_data import PlanData
from cocreation_app.reports.styles import markup


def context(kit: StoryKit, d: PlanData) -> list[Flowable]:
    story = [kit.h1(tr("Contexto"))]
    if d.context:
        story += [kit.p(part) for part in d.context.split("\n\n")]
    else:
        story.append(kit.p(tr("Sin información de contexto registrada.")))
    return story


def stl(kit: StoryKit, d: PlanData) -> list[Flowable]:
    story: list[Flowable] = [
        kit.h1(tr("Secretariado Técnico Local")),
        kit.p(
            tr(
                "El Secretariado Técnico Local (STL) es la instancia de gobierno, órgano "
                "garante y sociedad civil que conduce el ejercicio de cocreación."
            )
        ),
    ]
    cell = kit.s.cell
    if d.stl_named:
        rows: list[list[Any]] = [
            [kit.head(tr("Nombre")), kit.head(tr("Papel")), kit.head(tr("Organización"))]
        ]
        for person in d.stl_named:
            rows.append(
                [
                    Para(markup(person.name), cell),
                    Para(markup(enums.label(enums.STL_ROLES, person.stl_role)), cell),
                    Para(markup(person.organization), cell),
                ]
            )
        story.append(kit.table(rows, [0.32, 0.3, 0.38]))
    if d.stl_unnamed:
        story.append(
            kit.p(
                trn(
                    "Además, %Ln integrantes del STL no autorizaron la publicación de su nombre.",
                    d.stl_unnamed,
                ),
                kit.s.small,
            )
        )
    if not d.stl_named and not d.stl_unnamed:
        story.append(kit.p(tr("No hay integrantes del STL registrados.")))
    return story
