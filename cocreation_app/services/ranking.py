"""The ranking of public problems: a pure function of their tallies, with exact arithmetic.

Kept apart from the database so that its properties (a permutation, monotone in dots, invariant
to scaling the weights, deterministic ties) can be tested directly. The formula and the tie-break
order are documented in ``docs/prioritization.md`` and, translated, in :func:`explanation`.

Scores are :class:`~fractions.Fraction` so that equal scores are exactly equal: a tie is a tie
whatever the order in which the numbers were added, and ties are broken by the documented rules
only, never by rounding.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from cocreation_app.errors import ValidationError
from cocreation_app.i18n import format_decimal, translate, translate_noop

# Tie-break rules, in the order they are applied after the combined score.
TIE_BREAKS = ("criteria_score", "dots", "tables", "created_at", "id")
_TIE_BREAK_LABELS = {
    "criteria_score": translate_noop(
        "prioritization", "la mayor calificación ponderada de criterios"
    ),
    "dots": translate_noop("prioritization", "el mayor número de puntos"),
    "tables": translate_noop("prioritization", "el mayor número de mesas que le dieron puntos"),
    "created_at": translate_noop("prioritization", "el registro más antiguo del problema"),
    "id": translate_noop("prioritization", "el identificador del problema (orden alfabético)"),
}


def _tr(text: str) -> str:
    return translate("prioritization", text)


def exact(value: float | int | Fraction) -> Fraction:
    """A float as the decimal the user typed (``0.1`` is 1/10), so sums of weights are exact."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(float(value)))


@dataclass(frozen=True)
class Weights:
    """How much the dot vote and the criteria matrix count in the combined score."""

    dots: Fraction = Fraction(1)
    criteria: Fraction = Fraction(1)

    @classmethod
    def of(cls, dots: float | Fraction = 1, criteria: float | Fraction = 1) -> Weights:
        weights = cls(exact(dots), exact(criteria))
        if weights.dots < 0 or weights.criteria < 0 or weights.dots + weights.criteria == 0:
            raise ValidationError(
                _tr("Los pesos de puntos y de criterios no pueden ser negativos ni ser ambos cero.")
            )
        return weights


@dataclass(frozen=True)
class ProblemTally:
    """What the ranking needs to know about one problem."""

    problem_id: str
    title: str
    created_at: str
    dots: int = 0
    tables: int = 0
    # criterion id -> the mean of the current scores given by each table (1–5)
    criterion_means: tuple[tuple[str, Fraction], ...] = ()


@dataclass(frozen=True)
class RankedProblem:
    rank: int
    problem_id: str
    title: str
    created_at: str
    dots: int
    tables: int
    dots_relative: Fraction  # dots / dots of the most-voted problem, 0–1
    criteria_score: Fraction | None  # weighted mean of the criteria, 1–5; None if unscored
    combined_score: Fraction  # 0–100
    tie_break: str | None = None  # the rule that placed it against a tied neighbour
    tied_with: str | None = None  # that neighbour's title

    def tie_break_reason(self) -> str | None:
        if self.tie_break is None:
            return None
        return _tr("Empata en puntaje combinado con «{other}»; se desempata por {rule}.").format(
            other=self.tied_with, rule=_tr(_TIE_BREAK_LABELS[self.tie_break])
        )

    def as_json(self) -> dict[str, object]:
        return {
            "rank": self.rank,
            "problem_id": self.problem_id,
            "title": self.title,
            "dots": self.dots,
            "tables": self.tables,
            "dots_relative": round(float(self.dots_relative), 4),
            "criteria_score": None
            if self.criteria_score is None
            else round(float(self.criteria_score), 4),
            "combined_score": round(float(self.combined_score), 4),
            "tie_break": self.tie_break,
            "tie_break_reason": self.tie_break_reason(),
        }


def weighted_criteria_score(
    means: Iterable[tuple[str, Fraction]], criterion_weights: dict[str, Fraction]
) -> Fraction | None:
    """Weighted mean of the criteria this problem was scored on (weights > 0 only)."""
    total = Fraction(0)
    weight_sum = Fraction(0)
    for criterion_id, mean in means:
        weight = criterion_weights.get(criterion_id, Fraction(0))
        if weight > 0:
            total += weight * mean
            weight_sum += weight
    return total / weight_sum if weight_sum else None


def rank(
    tallies: Sequence[ProblemTally],
    criterion_weights: dict[str, Fraction],
    weights: Weights | None = None,
) -> list[RankedProblem]:
    """Rank the problems; see ``docs/prioritization.md`` for the formula and the tie-breaks."""
    weights = weights or Weights()
    most_dots = max((t.dots for t in tallies), default=0)
    scored = []
    for tally in tallies:
        relative = Fraction(tally.dots, most_dots) if most_dots else Fraction(0)
        criteria = weighted_criteria_score(tally.criterion_means, criterion_weights)
        normalized = (criteria - 1) / 4 if criteria is not None else Fraction(0)
        combined = (
            100
            * (weights.dots * relative + weights.criteria * normalized)
            / (weights.dots + weights.criteria)
        )
        scored.append((tally, relative, criteria, combined))

    def key(item: tuple[ProblemTally, Fraction, Fraction | None, Fraction]) -> tuple[object, ...]:
        tally, _relative, criteria, combined = item
        return (
            -combined,
            -(criteria if criteria is not None else Fraction(0)),
            -tally.dots,
            -tally.tables,
            tally.created_at,
            tally.problem_id,
        )

    scored.sort(key=key)
    keys = [key(item) for item in scored]
    ranked = []
    for index, (tally, relative, criteria, combined) in enumerate(scored):
        rule, other = None, None
        neighbour = None
        if index > 0 and keys[index - 1][0] == keys[index][0]:
            neighbour = index - 1
        elif index + 1 < len(scored) and keys[index + 1][0] == keys[index][0]:
            neighbour = index + 1
        if neighbour is not None:
            rule = next(
                name
                for name, mine, theirs in zip(
                    TIE_BREAKS, keys[index][1:], keys[neighbour][1:], strict=True
                )
                if mine != theirs
            )
            other = scored[neighbour][0].title
        ranked.append(
            RankedProblem(
                rank=index + 1,
                problem_id=tally.problem_id,
                title=tally.title,
                created_at=tally.created_at,
                dots=tally.dots,
                tables=tally.tables,
                dots_relative=relative,
                criteria_score=criteria,
                combined_score=combined,
                tie_break=rule,
                tied_with=other,
            )
        )
    return ranked


def explanation(weights: Weights | None = None) -> str:
    """The formula and the tie-break order, in the user's language, as the UI shows it."""
    weights = weights or Weights()
    total = weights.dots + weights.criteria
    return _tr(
        "Puntaje combinado (0 a 100) = {dots_pct} % de los puntos relativos al problema más "
        "votado + {criteria_pct} % de la calificación ponderada de criterios llevada de la "
        "escala 1–5 a 0–1. La calificación de cada criterio es el promedio de las mesas que lo "
        "calificaron. En caso de empate decide, en este orden: la mayor calificación ponderada, "
        "más puntos, más mesas que le dieron puntos, el problema registrado antes y, por último, "
        "su identificador."
    ).format(
        dots_pct=format_decimal(float(100 * weights.dots / total)),
        criteria_pct=format_decimal(float(100 * weights.criteria / total)),
    )


def short_explanation(weights: Weights | None = None) -> str:
    """One line for the plenary view: the mix of the score and the tie-break order."""
    weights = weights or Weights()
    total = weights.dots + weights.criteria
    return _tr(
        "Puntaje = {dots_pct} % puntos + {criteria_pct} % criterios. Empates: mayor "
        "calificación de criterios, más puntos, más mesas, registro más antiguo."
    ).format(
        dots_pct=format_decimal(float(100 * weights.dots / total)),
        criteria_pct=format_decimal(float(100 * weights.criteria / total)),
    )
