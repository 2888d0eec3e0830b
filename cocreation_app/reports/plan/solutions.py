"""Section 5, the proposed solutions, grouped under their problem."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from cocreation_app.reports.layout import ItemEnd, ItemStart, Para
from cocreation_app.reports.plan.kit import StoryKit, tr
from cocreation_app.reports.plan_data import PlanData
from cocreation_app.reports.styles import markup


def solutions(kit: StoryKit, d: PlanData) -> list[Flowable]:
    s = kit.s
    story: list[Flowable] = [
        kit.h1(tr("Propuestas de solución")),
        kit.p(
            tr(
                "Propuestas formuladas en las mesas de trabajo para cada problema público "
                "priorizado."
            )
        ),
    ]
    any_solution = False
    for p in d.problems:
        if not p.solutions:
            continue
        any_solution = True
        story.append(CondPageBreak(3 * cm))
        story.append(Para(markup(p.title), s.h3))
        for sol in p.solutions:
            parts: list[Flowable] = [
                ItemStart("solutions", sol.id),
                Para(f"<b>{markup(sol.title)}</b>", s.body, bulletText="•"),
            ]
            if sol.description:
                parts.append(
                    Para(markup(sol.description), ParagraphStyle("sol", s.body, leftIndent=12))
                )
            parts.append(ItemEnd("solutions", sol.id))
            story.append(KeepTogether(parts))
    if not any_solution:
        story.append(kit.p(tr("No hay propuestas de solución registradas.")))
    return story
