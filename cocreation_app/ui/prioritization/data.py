"""Everything the prioritization views show for one workshop, read from the services at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from cocreation_app.i18n import format_decimal
from cocreation_app.services import prioritization as prio
from cocreation_app.services.entities import EntityService
from cocreation_app.services.ranking import RankedProblem, Weights, short_explanation
from cocreation_app.storage import Database
from cocreation_app.ui.plenary.chart import ChartRow, RankingChart
from cocreation_app.ui.plenary.window import PlenaryData


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrioritizationData", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return QCoreApplication.translate("PrioritizationData", text, None, n)


@dataclass(frozen=True)
class Snapshot:
    workshop: dict[str, Any] | None = None
    weights: Weights = field(default_factory=Weights)
    ranked: list[RankedProblem] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (id, title), oldest first
    status: dict[str, str | None] = field(default_factory=dict)
    criteria: list[dict[str, Any]] = field(default_factory=list)
    # Totals of every laptop (what the ranking counts) and this laptop's own contribution (what
    # its grids edit: a recount here replaces only what was typed here).
    tallies: dict[str, dict[str, int]] = field(default_factory=dict)
    own_tallies: dict[str, dict[str, int]] = field(default_factory=dict)
    own_scores: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)
    origins: list[str] = field(default_factory=list)
    history: list[prio.TallyEntry] = field(default_factory=list)
    others: list[tuple[str, str]] = field(default_factory=list)  # other workshops' problems

    @property
    def workshop_id(self) -> str | None:
        return self.workshop["id"] if self.workshop else None


def load_snapshot(
    db: Database, workshop_id: str | None, weights: Weights, also: Sequence[str] = ()
) -> Snapshot:
    """``also``: problems of other workshops brought here to be prioritized."""
    if not workshop_id:
        return Snapshot(weights=weights)
    entities = EntityService(db)
    workshop = entities.get("workshops", workshop_id)
    ranked = prio.rank_problems(db, workshop_id, weights, also)
    problems = entities.list_records("problems", plan_id=workshop["plan_id"])
    ranked_ids = {r.problem_id for r in ranked}
    return Snapshot(
        workshop=workshop,
        weights=weights,
        ranked=ranked,
        problems=[(p["id"], p["title"]) for p in problems if p["id"] in ranked_ids],
        status={p["id"]: p["status"] for p in problems},
        criteria=prio.list_criteria(db, workshop_id),
        tallies=prio.current_tallies(db, workshop_id),
        own_tallies=prio.own_tallies(db, workshop_id),
        own_scores=prio.own_scores(db, workshop_id),
        origins=prio.origins(db, workshop_id),
        history=prio.tally_history(db, workshop_id),
        others=[
            (p["id"], p["title"])
            for p in problems
            if p["id"] not in ranked_ids and p["status"] != "discarded"
        ],
    )


def plenary_data(snapshot: Snapshot) -> PlenaryData:
    if snapshot.workshop is None:
        return PlenaryData(
            heading=_tr("Priorización de problemas públicos"),
            subheading=_tr("Elija un taller en la ventana principal."),
        )
    rows = []
    for problem in snapshot.ranked:
        criteria = problem.criteria_score
        if criteria is None:
            detail = _trn("%n puntos", problem.dots)
        else:
            detail = _trn("%n puntos · criterios {criteria}", problem.dots).format(
                criteria=format_decimal(round(float(criteria), 1))
            )
        rows.append(
            ChartRow(
                rank=problem.rank,
                title=problem.title,
                score=float(problem.combined_score),
                detail=detail,
                selected=snapshot.status.get(problem.problem_id) == "selected",
                note=problem.tie_break_reason(),
            )
        )
    notes = [row.note for row in rows[: RankingChart.MAX_ROWS] if row.note]
    if len(rows) > RankingChart.MAX_ROWS:
        notes.insert(
            0,
            _trn("Se muestran los {shown} primeros de %n problemas.", len(rows)).format(
                shown=RankingChart.MAX_ROWS
            ),
        )
    if any(row.selected for row in rows):
        notes.insert(0, _tr("En verde: problemas seleccionados para diseño de soluciones."))
    total = sum(problem.dots for problem in snapshot.ranked)
    return PlenaryData(
        heading=_tr("Priorización de problemas públicos"),
        subheading=_trn("{workshop} · %n puntos emitidos", total).format(
            workshop=snapshot.workshop.get("title") or ""
        ),
        rows=rows,
        footnote="\n".join([short_explanation(snapshot.weights), *notes[:3]]),
    )
