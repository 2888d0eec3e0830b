"""Section 4, the prioritized public problems: each workshop's ranking, then every problem
with its place, description and tree of causes and effects."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from cocreation_app.i18n import format_date
from cocreation_app.models import enums
from cocreation_app.reports.layout import ItemEnd, MappedTable, Para
from cocreation_app.reports.plan.kit import StoryKit, count, score, tr, trn
from cocreation_app.reports.plan_data import PlanData, ProblemInfo, RankRow, TreeNode
from cocreation_app.reports.styles import markup


def problems(kit: StoryKit, d: PlanData) -> list[Flowable]:
    story: list[Flowable] = [
        kit.h1(tr("Problemas públicos priorizados")),
        kit.p(
            tr(
                "En cada mesa de priorización los problemas se ordenan por un puntaje "
                "combinado (0 a 100) de la votación con puntos y de la calificación "
                "ponderada de los criterios (1 a 5), como lo muestra la aplicación."
            )
        ),
    ]
    if not d.problems:
        story.append(kit.p(tr("No hay problemas registrados.")))
        return story
    for ranking in d.rankings:
        title = tr("Priorización en «{workshop}», {date}").format(
            workshop=ranking.workshop_title, date=format_date(ranking.workshop_date)
        )
        story.append(Para(markup(title), kit.s.h3))
        story.append(_ranking_table(kit, ranking.rows))
    if not d.rankings:
        story.append(kit.p(tr("Aún no hay votaciones ni calificaciones registradas.")))
    for number, p in enumerate(d.problems, start=1):
        story += _problem(kit, p, number)
    return story


def _ranking_table(kit: StoryKit, ranked: list[RankRow]) -> MappedTable:
    rows: list[list[Any]] = [
        [
            kit.head(tr("Lugar")),
            kit.head(tr("Problema público")),
            kit.head(tr("Puntos")),
            kit.head(tr("Criterios (1–5)")),
            kit.head(tr("Puntaje (0–100)")),
            kit.head(tr("Estado")),
        ]
    ]
    for r in ranked:
        rows.append(
            [
                count(r.rank),
                Para(markup(r.title), kit.s.cell),
                count(r.dots),
                score(r.criteria_score),
                score(r.combined_score),
                Para(markup(enums.label(enums.PROBLEM_STATUSES, r.status)), kit.s.cell),
            ]
        )
    return kit.table(
        rows,
        [0.08, 0.44, 0.1, 0.12, 0.12, 0.14],
        [("ALIGN", (2, 1), (4, -1), "RIGHT")],
    )


def _problem(kit: StoryKit, p: ProblemInfo, number: int) -> list[Flowable]:
    s = kit.s
    title = tr("Problema {number}. {title}").format(number=count(number), title=markup(p.title))
    story: list[Flowable] = [
        CondPageBreak(4 * cm),
        kit.h2(f"p-{p.id}", title, ("problems", p.id)),
    ]
    r = p.ranking
    if r is not None:
        summary = tr(
            "Lugar {rank} en «{workshop}»: {dots} · criterios {criteria} · "
            "puntaje combinado {combined}"
        ).format(
            rank=count(r.rank),
            workshop=r.workshop_title,
            dots=trn("%Ln puntos", r.dots),
            criteria=score(r.criteria_score),
            combined=score(r.combined_score),
        )
        story.append(Para(markup(summary), s.small))
    if p.description:
        story.append(kit.p(p.description))
    story += kit.labelled(tr("Población afectada:"), p.affected_population)
    story += kit.labelled(tr("Evidencia:"), p.evidence)
    for label, nodes in ((tr("Causas"), p.causes), (tr("Efectos"), p.effects)):
        if nodes:
            story.append(Para(markup(label), s.h3))
            story += _tree(kit, nodes, 0)
    story.append(ItemEnd("problems", p.id))
    return story


def _tree(kit: StoryKit, nodes: list[TreeNode], depth: int) -> list[Flowable]:
    out: list[Flowable] = []
    bullet = "•" if depth == 0 else "–"
    style = ParagraphStyle(
        f"tree{depth}", kit.s.tree, leftIndent=14 + 14 * depth, bulletIndent=4 + 14 * depth
    )
    for node in nodes:
        out.append(Para(markup(node.text), style, bulletText=bullet))
        out += _tree(kit, node.children, depth + 1)
    return out
