"""Dot votes, the criteria matrix, their append-only history, and a workshop's ranking.

A tally is the count of one table (its ``origin``) for one problem: "Mesa A gave 14 dots to the
water problem", typed from a paper ``sheet``. Tallies are never edited: a recount, or a voter's
dots added to the table's count, appends a new record whose ``supersedes_id`` points to the record
it replaces. The current count of a (problem, table) pair is the newest live record that no live
record supersedes, so deleting a correction brings the earlier count back. Criteria scores work
the same way, one score per (problem, criterion, table).

Dot budgets (``workshops.dots_per_participant``, the dots each person gets):

* one voter's entry (:func:`add_voter_dots`) may not hand out more than that many dots;
* a table's budget is ``people × dots_per_participant``, where ``people`` is how many persons
  voted at that table, as written on its sheet; when given, a table's counts may not add up to
  more. Without a number of people, or without dots per person on the workshop, no budget is
  checked (people who did not check in may still vote).

See ``docs/prioritization.md``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocreation_app.errors import NotFoundError, ValidationError
from cocreation_app.i18n import translate, translate_noop
from cocreation_app.models import Criterion, CriterionScore, Device, DotVote, Problem, Workshop
from cocreation_app.services.entities import ChangeWriterScope, EntityService, rows_of
from cocreation_app.services.natural_ids import default_criterion_id
from cocreation_app.services.ranking import ProblemTally, RankedProblem, Weights, exact, rank
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database

K = TypeVar("K", bound=Hashable)

DEFAULT_CRITERIA = (
    ("impact", translate_noop("prioritization", "Impacto")),
    ("urgency", translate_noop("prioritization", "Urgencia")),
    ("feasibility", translate_noop("prioritization", "Factibilidad")),
)


def _tr(text: str) -> str:
    return translate("prioritization", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("prioritization", text, n)


@dataclass(frozen=True)
class TallyEntry:
    """One record of the append-only log of dot counts."""

    id: str
    problem_id: str
    origin: str | None
    sheet: str | None
    dots: int
    previous_dots: int | None
    supersedes_id: str | None
    created_at: str
    current: bool
    recorded_by: str | None = None  # the device (laptop) whose contribution this record is
    device_label: str | None = None


# -- reading the current state ----------------------------------------------------------------


def _heads(rows: Sequence[Any], key: Callable[[Any], K]) -> dict[K, Any]:
    """The current record of each key: the newest live record no live record supersedes."""
    superseded = {row.supersedes_id for row in rows if row.supersedes_id}
    heads: dict[K, Any] = {}
    for row in rows:
        if row.id in superseded:
            continue
        k = key(row)
        best = heads.get(k)
        if best is None or (row.created_at, row.id) > (best.created_at, best.id):
            heads[k] = row
    return heads


def _live(session: Session, model: Any, workshop_id: str) -> list[Any]:
    return list(
        session.scalars(
            select(model)
            .where(model.workshop_id == workshop_id, model.deleted.is_(False))
            .order_by(model.created_clock, model.id)
        )
    )


def _dot_heads(session: Session, workshop_id: str) -> dict[tuple[Any, ...], DotVote]:
    """The current record of each contribution: (problem, table, recording device)."""
    return _heads(
        _live(session, DotVote, workshop_id), lambda r: (r.problem_id, r.origin, r.recorded_by)
    )


def _score_heads(session: Session, workshop_id: str) -> dict[tuple[Any, ...], CriterionScore]:
    """The current record of each contribution: (problem, criterion, table, recording device)."""
    return _heads(
        _live(session, CriterionScore, workshop_id),
        lambda r: (r.problem_id, r.criterion_id, r.origin, r.recorded_by),
    )


def _own(heads: Mapping[tuple[Any, ...], Any], device_id: str) -> dict[tuple[Any, ...], Any]:
    """This device's contributions, keyed without the device."""
    return {key[:-1]: row for key, row in heads.items() if key[-1] == device_id}


def current_tallies(db: Database, workshop_id: str) -> dict[str, dict[str, int]]:
    """problem id → table → current dots, summed over the laptops that recorded them."""
    with db.read() as session:
        result: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in _dot_heads(session, workshop_id).values():
            result[row.problem_id or ""][row.origin or ""] += row.dots or 0
        return {problem: dict(tables) for problem, tables in result.items()}


def own_tallies(db: Database, workshop_id: str) -> dict[str, dict[str, int]]:
    """problem id → table → the dots recorded on this laptop (what a recount here replaces)."""
    with db.read() as session:
        heads = _own(_dot_heads(session, workshop_id), db.device_id)
    result: dict[str, dict[str, int]] = defaultdict(dict)
    for (problem_id, origin), row in heads.items():
        result[problem_id or ""][origin or ""] = row.dots or 0
    return dict(result)


def _table_scores(
    heads: Mapping[tuple[Any, ...], CriterionScore],
) -> dict[tuple[str, str], dict[str, Fraction]]:
    """(problem, criterion) → table → its score: the mean of the laptops that recorded one."""
    given: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for (problem_id, criterion_id, origin, _device), row in heads.items():
        if row.score is not None:
            given[(problem_id or "", criterion_id or "", origin or "")].append(row.score)
    result: dict[tuple[str, str], dict[str, Fraction]] = defaultdict(dict)
    for (problem_id, criterion_id, origin), scores in given.items():
        result[(problem_id, criterion_id)][origin] = Fraction(sum(scores), len(scores))
    return dict(result)


def current_scores(db: Database, workshop_id: str) -> dict[tuple[str, str], dict[str, Fraction]]:
    """(problem id, criterion id) → table → current score (the mean of the laptops that
    recorded one for that table; usually a single laptop, so a whole number)."""
    with db.read() as session:
        return _table_scores(_score_heads(session, workshop_id))


def own_scores(db: Database, workshop_id: str) -> dict[tuple[str, str], dict[str, int]]:
    """(problem id, criterion id) → table → the score recorded on this laptop."""
    with db.read() as session:
        heads = _own(_score_heads(session, workshop_id), db.device_id)
    result: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for (problem_id, criterion_id, origin), row in heads.items():
        result[(problem_id or "", criterion_id or "")][origin or ""] = row.score or 0
    return dict(result)


def origins(db: Database, workshop_id: str) -> list[str]:
    """The tables or groups that have tallies or scores in this workshop, sorted."""
    with db.read() as session:
        names = {r.origin for r in _live(session, DotVote, workshop_id) if r.origin}
        names |= {r.origin for r in _live(session, CriterionScore, workshop_id) if r.origin}
    return sorted(names, key=str.casefold)


def tally_history(
    db: Database, workshop_id: str, problem_id: str | None = None
) -> list[TallyEntry]:
    """Every dot count ever recorded in the workshop, oldest first, with what it replaced."""
    with db.read() as session:
        _workshop(session, workshop_id)
        rows = _live(session, DotVote, workshop_id)
        current = {row.id for row in _dot_heads(session, workshop_id).values()}
        labels = {row.id: row.label for row in session.execute(select(Device.id, Device.label))}
    by_id = {row.id: row for row in rows}
    entries = []
    for row in rows:
        if problem_id is not None and row.problem_id != problem_id:
            continue
        previous = by_id.get(row.supersedes_id) if row.supersedes_id else None
        entries.append(
            TallyEntry(
                id=row.id,
                problem_id=row.problem_id,
                origin=row.origin,
                sheet=row.sheet,
                dots=row.dots or 0,
                previous_dots=previous.dots if previous is not None else None,
                supersedes_id=row.supersedes_id,
                created_at=row.created_at,
                current=row.id in current,
                recorded_by=row.recorded_by,
                device_label=labels.get(row.recorded_by) if row.recorded_by else None,
            )
        )
    return entries


# -- recording dots ---------------------------------------------------------------------------


def _workshop(session: Session, workshop_id: str) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted:
        raise NotFoundError(_tr("No existe el taller «{id}».").format(id=workshop_id))
    return workshop


def _problem(session: Session, workshop: Workshop, problem_id: str) -> Problem:
    problem = session.get(Problem, problem_id)
    if problem is None or problem.deleted or problem.plan_id != workshop.plan_id:
        raise NotFoundError(
            _tr("No existe el problema «{id}» en el plan de este taller.").format(id=problem_id)
        )
    return problem


def _origin(origin: str | None) -> str:
    text = (origin or "").strip()
    if not text:
        raise ValidationError(_tr("Indique la mesa o grupo de donde viene el conteo."))
    return text


def _dots(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            _tr("Los puntos deben ser un número entero de 0 en adelante, no «{value}».").format(
                value=value
            )
        )
    return value


def _check_table_budget(workshop: Workshop, origin: str, total: int, people: int | None) -> None:
    if people is None or not workshop.dots_per_participant:
        return
    if people < 1:
        raise ValidationError(_tr("El número de personas de la mesa debe ser al menos 1."))
    budget = people * workshop.dots_per_participant
    if total > budget:
        raise ValidationError(
            _tr(
                "La mesa «{origin}» tiene {budget} ({people} × {dots}), "
                "pero su conteo suma {total}. Revise la hoja; no se guardó nada."
            ).format(
                origin=origin,
                budget=_trn("%n puntos", budget),
                people=_trn("%n personas", people),
                dots=_trn("%n puntos", workshop.dots_per_participant),
                total=total,
            )
        )


def _append_dots(
    service: EntityService,
    session: Session,
    scope: ChangeWriterScope,
    workshop_id: str,
    problem_id: str,
    dots: int,
    origin: str,
    sheet: str | None,
    head: DotVote | None,
) -> str | None:
    if (head.dots if head is not None else 0) == dots:
        return None
    return service.create_in(
        session,
        scope,
        KINDS["dot_votes"],
        {
            "workshop_id": workshop_id,
            "problem_id": problem_id,
            "dots": dots,
            "origin": origin,
            "sheet": sheet,
            "supersedes_id": head.id if head is not None else None,
        },
    )


def record_sheet(
    db: Database,
    workshop_id: str,
    counts: Mapping[str, int],
    *,
    origin: str,
    sheet: str | None = None,
    people: int | None = None,
) -> list[str]:
    """A quick tally typed from one table's paper sheet: the table's count for each problem.

    One transaction: either every count is recorded or none. A count that differs from the
    table's current count for that problem is appended as a correction of it (a recount);
    unchanged counts append nothing. Returns the ids of the new records.
    """
    origin = _origin(origin)
    counts = {problem_id: _dots(dots) for problem_id, dots in counts.items()}
    service = EntityService(db)
    with service.action() as (session, scope):
        workshop = _workshop(session, workshop_id)
        for problem_id in counts:
            _problem(session, workshop, problem_id)
        heads = _own(_dot_heads(session, workshop_id), db.device_id)
        table_now = {p: row.dots or 0 for (p, o), row in heads.items() if o == origin}
        total = sum({**table_now, **counts}.values())
        _check_table_budget(workshop, origin, total, people)
        new_ids = []
        for problem_id, dots in counts.items():
            new_id = _append_dots(
                service,
                session,
                scope,
                workshop_id,
                problem_id,
                dots,
                origin,
                sheet,
                heads.get((problem_id, origin)),
            )
            if new_id is not None:
                new_ids.append(new_id)
        return new_ids


def set_tally(
    db: Database,
    workshop_id: str,
    problem_id: str,
    dots: int,
    *,
    origin: str,
    sheet: str | None = None,
    people: int | None = None,
) -> str | None:
    """One table's count for one problem (a first count or a recount); the new record's id."""
    new_ids = record_sheet(
        db, workshop_id, {problem_id: dots}, origin=origin, sheet=sheet, people=people
    )
    return new_ids[0] if new_ids else None


def add_voter_dots(
    db: Database,
    workshop_id: str,
    allocations: Mapping[str, int],
    *,
    origin: str,
    sheet: str | None = None,
) -> list[str]:
    """One person's dots, typed as they are called out: added to their table's counts.

    The person may hand out at most ``dots_per_participant`` dots in total. One transaction.
    """
    origin = _origin(origin)
    allocations = {p: _dots(d) for p, d in allocations.items() if d}
    service = EntityService(db)
    with service.action() as (session, scope):
        workshop = _workshop(session, workshop_id)
        total = sum(allocations.values())
        budget = workshop.dots_per_participant
        if budget and total > budget:
            raise ValidationError(
                _trn(
                    "Cada persona tiene %n puntos en este taller, pero este voto reparte "
                    "{total}. No se guardó nada.",
                    budget,
                ).format(total=total)
            )
        for problem_id in allocations:
            _problem(session, workshop, problem_id)
        heads = _own(_dot_heads(session, workshop_id), db.device_id)
        new_ids = []
        for problem_id, dots in allocations.items():
            head = heads.get((problem_id, origin))
            new_id = _append_dots(
                service,
                session,
                scope,
                workshop_id,
                problem_id,
                (head.dots or 0 if head is not None else 0) + dots,
                origin,
                sheet,
                head,
            )
            if new_id is not None:
                new_ids.append(new_id)
        return new_ids


def withdraw(db: Database, kind: str, record_ids: Sequence[str], *, restore: bool = False) -> None:
    """Undo (or redo) recorded tallies or scores: soft-delete or restore them, one transaction.

    Withdrawing a correction brings back the count it superseded; the log keeps both.
    """
    if kind not in ("dot_votes", "criterion_scores"):
        raise ValueError(kind)
    service = EntityService(db)
    with service.action() as (session, scope):
        for row in rows_of(session, KINDS[kind].model, record_ids):
            if row.deleted == (not restore):
                continue
            row.deleted = not restore
            scope.writer.record(kind, row.id, "deleted", row.deleted)
            row.updated_at = scope.writer.time_iso()


# -- the criteria matrix ----------------------------------------------------------------------


def list_criteria(db: Database, workshop_id: str) -> list[dict[str, Any]]:
    with db.read() as session:
        _workshop(session, workshop_id)  # an unknown id is an error, not an empty list
    return EntityService(db).list_records("criteria", where={"workshop_id": workshop_id})


def create_default_criteria(
    db: Database, workshop_id: str, weights: Mapping[str, float] | None = None
) -> list[str]:
    """Impact, urgency and feasibility (scored 1–5), weight 1 unless ``weights`` says otherwise.

    ``weights`` is keyed by ``impact``, ``urgency``, ``feasibility``. Refused when the workshop
    already has criteria, so that scores already given keep their meaning.
    """
    weights = dict(weights or {})
    unknown = set(weights) - {code for code, _ in DEFAULT_CRITERIA}
    if unknown:
        raise ValidationError(
            _tr("Criterio desconocido: {names}. Use impact, urgency o feasibility.").format(
                names=", ".join(sorted(unknown))
            )
        )
    service = EntityService(db)
    with service.action() as (session, scope):
        _workshop(session, workshop_id)
        if _live(session, Criterion, workshop_id):
            raise ValidationError(
                _tr("Este taller ya tiene criterios; edítelos en lugar de crearlos.")
            )
        ids = []
        for position, (code, name) in enumerate(DEFAULT_CRITERIA):
            values = {
                "workshop_id": workshop_id,
                "name": _tr(name),
                "weight": weights.get(code, 1.0),
                "position": position,
            }
            # The same id on every laptop: two laptops creating the defaults make one set.
            row_id = default_criterion_id(workshop_id, code)
            earlier = session.get(Criterion, row_id)
            if earlier is None:
                service.create_in(session, scope, KINDS["criteria"], values, row_id=row_id)
            else:  # deleted earlier: it comes back with the new values
                earlier.deleted = False
                scope.writer.record("criteria", row_id, "deleted", False)
                earlier.updated_at = scope.writer.time_iso()
                service.update_in(session, scope, KINDS["criteria"], row_id, values)
            ids.append(row_id)
        return ids


def record_scores(
    db: Database,
    workshop_id: str,
    scores: Mapping[tuple[str, str], int],
    *,
    origin: str,
    sheet: str | None = None,
) -> list[str]:
    """One table's scores, ``(problem id, criterion id) → 1–5``, in one transaction.

    A score that differs from the table's current one is appended as its correction.
    """
    origin = _origin(origin)
    service = EntityService(db)
    spec = KINDS["criterion_scores"]
    with service.action() as (session, scope):
        workshop = _workshop(session, workshop_id)
        heads = _own(_score_heads(session, workshop_id), db.device_id)
        new_ids = []
        for (problem_id, criterion_id), score in scores.items():
            _problem(session, workshop, problem_id)
            criterion = session.get(Criterion, criterion_id)
            if criterion is None or criterion.deleted or criterion.workshop_id != workshop_id:
                raise NotFoundError(
                    _tr("El criterio «{id}» no es de este taller.").format(id=criterion_id)
                )
            head = heads.get((problem_id, criterion_id, origin))
            if head is not None and head.score == score:
                continue
            new_ids.append(
                service.create_in(
                    session,
                    scope,
                    spec,
                    {
                        "workshop_id": workshop_id,
                        "problem_id": problem_id,
                        "criterion_id": criterion_id,
                        "score": score,
                        "origin": origin,
                        "sheet": sheet,
                        "supersedes_id": head.id if head is not None else None,
                    },
                )
            )
        return new_ids


# -- ranking and selection --------------------------------------------------------------------


def _tallies(
    session: Session, workshop_id: str, also: Sequence[str] = ()
) -> tuple[list[ProblemTally], dict[str, Fraction]]:
    workshop = _workshop(session, workshop_id)
    criteria = {c.id: exact(c.weight or 0) for c in _live(session, Criterion, workshop_id)}
    by_table: dict[tuple[str, str], int] = defaultdict(int)
    for (problem_id, origin, _device), vote in _dot_heads(session, workshop_id).items():
        by_table[(problem_id, origin or "")] += vote.dots or 0
    dots: dict[str, int] = defaultdict(int)
    tables: dict[str, int] = defaultdict(int)
    for (problem_id, _origin_name), count in by_table.items():
        dots[problem_id] += count
        tables[problem_id] += 1 if count else 0
    given = {
        key: list(per_table.values())
        for key, per_table in _table_scores(_score_heads(session, workshop_id)).items()
        if key[1] in criteria
    }
    wanted = {p for p, count in dots.items() if count} | {p for p, _c in given}
    problems = session.scalars(
        select(Problem).where(
            Problem.deleted.is_(False),
            Problem.plan_id == workshop.plan_id,
            (Problem.workshop_id == workshop_id)
            | Problem.workshop_id.is_(None)
            | Problem.id.in_(wanted | set(also)),
        )
    )
    tallies = []
    for problem in problems:
        if problem.status == "discarded" and problem.id not in wanted | set(also):
            continue
        means = tuple(
            (criterion_id, sum(scores, Fraction(0)) / len(scores))
            for (p, criterion_id), scores in sorted(given.items())
            if p == problem.id
        )
        tallies.append(
            ProblemTally(
                problem_id=problem.id,
                title=problem.title or "",
                created_at=problem.created_at,
                dots=dots.get(problem.id, 0),
                tables=tables.get(problem.id, 0),
                criterion_means=means,
            )
        )
    return tallies, criteria


def rank_problems(
    db: Database, workshop_id: str, weights: Weights | None = None, also: Sequence[str] = ()
) -> list[RankedProblem]:
    """The workshop's problems ranked by combined score (see ``docs/prioritization.md``).

    Ranked: the workshop's problems and the plan's problems of no workshop (but the discarded
    ones), any problem of the plan with dots or scores in this workshop, and the problems of the
    plan in ``also`` (brought from another workshop to be voted on here: once they have dots or
    scores here they stay, with no new column or record needed for sync).
    """
    with db.read() as session:
        tallies, criterion_weights = _tallies(session, workshop_id, also)
    return rank(tallies, criterion_weights, weights)


def select_for_solution_design(
    db: Database, problem_ids: Sequence[str], selected: bool = True
) -> list[str]:
    """Mark problems as selected to go on to solution design (or back to prioritized).

    One transaction; returns the ids whose status changed.
    """
    service = EntityService(db)
    status = "selected" if selected else "prioritized"
    with service.action() as (session, scope):
        return [
            problem_id
            for problem_id in problem_ids
            if service.update_in(session, scope, KINDS["problems"], problem_id, {"status": status})
        ]
