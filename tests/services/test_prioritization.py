"""Tallies, recounts, dot budgets, criteria scores, the ranking on real data, and selection."""

from __future__ import annotations

import random
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from cocreation_app.errors import NotFoundError, ValidationError
from cocreation_app.models import DotVote
from cocreation_app.services import prioritization as prio
from cocreation_app.services.entities import EntityService
from cocreation_app.services.ranking import Weights
from cocreation_app.storage import Database


@pytest.fixture
def workshop(db: Database) -> dict[str, Any]:
    """A workshop with 3 dots per person and three problems A, B, C (created in that order)."""
    service = EntityService(db)
    plan = service.create(
        "plans", {"title": "Plan", "state": "Oaxaca", "municipality": "Tlacolula"}
    )
    workshop_id = service.create(
        "workshops",
        {"plan_id": plan, "title": "Mesa", "date": "2026-03-01", "dots_per_participant": 3},
    )
    problems = {
        name: service.create(
            "problems", {"plan_id": plan, "workshop_id": workshop_id, "title": f"Problema {name}"}
        )
        for name in "ABC"
    }
    return {"id": workshop_id, "plan": plan, "problems": problems}


def _dots_rows(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(DotVote)) or 0


def test_sheet_then_recount_appends_and_keeps_the_log(db: Database, workshop: dict) -> None:
    w, p = workshop["id"], workshop["problems"]
    first = prio.record_sheet(db, w, {p["A"]: 5, p["B"]: 2}, origin="Mesa 1", sheet="Hoja 1")
    assert len(first) == 2
    # The recount changes A only: one new record, pointing to the one it corrects.
    second = prio.record_sheet(db, w, {p["A"]: 6, p["B"]: 2}, origin="Mesa 1", sheet="Hoja 1b")
    assert len(second) == 1
    assert prio.current_tallies(db, w) == {p["A"]: {"Mesa 1": 6}, p["B"]: {"Mesa 1": 2}}
    log = prio.tally_history(db, w, p["A"])
    assert [(e.dots, e.previous_dots, e.current, e.sheet) for e in log] == [
        (5, None, False, "Hoja 1"),
        (6, 5, True, "Hoja 1b"),
    ]
    assert log[1].supersedes_id == log[0].id
    # Nothing was edited in place: the first record still says 5.
    assert EntityService(db).get("dot_votes", log[0].id)["dots"] == 5


def test_tables_add_up_and_deleting_a_correction_restores_the_count(
    db: Database, workshop: dict
) -> None:
    w, a = workshop["id"], workshop["problems"]["A"]
    prio.set_tally(db, w, a, 4, origin="Mesa 1")
    prio.set_tally(db, w, a, 7, origin="Mesa 2")
    fix = prio.set_tally(db, w, a, 9, origin="Mesa 2")
    assert fix is not None
    assert prio.rank_problems(db, w)[0].dots == 13
    EntityService(db).delete("dot_votes", fix)
    assert prio.current_tallies(db, w)[a] == {"Mesa 1": 4, "Mesa 2": 7}


def test_a_problem_of_another_workshop_is_ranked_only_while_it_has_dots(
    db: Database, workshop: dict
) -> None:
    service = EntityService(db)
    elsewhere = service.create(
        "workshops", {"plan_id": workshop["plan"], "title": "Otra mesa", "date": "2026-03-02"}
    )
    other = service.create(
        "problems",
        {"plan_id": workshop["plan"], "workshop_id": elsewhere, "title": "Problema de otro taller"},
    )
    w = workshop["id"]
    prio.set_tally(db, w, other, 2, origin="Mesa 1")
    assert "Problema de otro taller" in [r.title for r in prio.rank_problems(db, w)]
    prio.set_tally(db, w, other, 0, origin="Mesa 1")
    assert "Problema de otro taller" not in [r.title for r in prio.rank_problems(db, w)]
    assert "Problema de otro taller" in [r.title for r in prio.rank_problems(db, w, also=[other])]


def test_a_problem_of_no_workshop_is_ranked_in_every_workshop(db: Database, workshop: dict) -> None:
    loose = EntityService(db).create(
        "problems", {"plan_id": workshop["plan"], "title": "Problema sin taller"}
    )
    assert loose in [r.problem_id for r in prio.rank_problems(db, workshop["id"])]


def test_voter_dots_add_to_the_table_and_respect_the_budget(db: Database, workshop: dict) -> None:
    w, p = workshop["id"], workshop["problems"]
    prio.add_voter_dots(db, w, {p["A"]: 2, p["B"]: 1}, origin="Mesa 1")
    prio.add_voter_dots(db, w, {p["A"]: 1}, origin="Mesa 1")
    assert prio.current_tallies(db, w)[p["A"]] == {"Mesa 1": 3}
    before = _dots_rows(db)
    with pytest.raises(ValidationError, match="3 puntos"):
        prio.add_voter_dots(db, w, {p["A"]: 2, p["C"]: 2}, origin="Mesa 1")
    assert _dots_rows(db) == before


def test_a_table_cannot_exceed_people_times_dots(db: Database, workshop: dict) -> None:
    w, p = workshop["id"], workshop["problems"]
    prio.record_sheet(db, w, {p["A"]: 5}, origin="Mesa 1", people=4)
    with pytest.raises(ValidationError) as error:
        # 5 already counted for A + 4 + 4 = 13 > 4 people × 3 dots.
        prio.record_sheet(db, w, {p["B"]: 4, p["C"]: 4}, origin="Mesa 1", people=4)
    assert "«Mesa 1»" in error.value.message and "13" in error.value.message
    assert prio.current_tallies(db, w) == {p["A"]: {"Mesa 1": 5}}
    # Another table has its own budget.
    prio.record_sheet(db, w, {p["B"]: 4, p["C"]: 4}, origin="Mesa 2", people=4)


@pytest.mark.parametrize(
    ("counts_of", "origin", "error"),
    [
        (lambda p: {p["A"]: -1}, "Mesa 1", ValidationError),
        (lambda p: {p["A"]: 1}, "  ", ValidationError),
        (lambda p: {"no-such-problem": 1}, "Mesa 1", NotFoundError),
        (lambda p: {p["A"]: 1, "no-such-problem": 1}, "Mesa 1", NotFoundError),
    ],
)
def test_bad_sheets_change_nothing(
    db: Database, workshop: dict, counts_of: Any, origin: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        prio.record_sheet(db, workshop["id"], counts_of(workshop["problems"]), origin=origin)
    assert _dots_rows(db) == 0


def test_default_criteria_scores_and_ranking_with_weights(db: Database, workshop: dict) -> None:
    w, p = workshop["id"], workshop["problems"]
    ids = prio.create_default_criteria(db, w, {"impact": 3})
    names = [(c["name"], c["weight"]) for c in prio.list_criteria(db, w)]
    assert names == [("Impacto", 3.0), ("Urgencia", 1.0), ("Factibilidad", 1.0)]
    with pytest.raises(ValidationError):
        prio.create_default_criteria(db, w)
    impact, urgency, feasibility = ids
    # A: high impact only; B: high urgency and feasibility. Two tables score B differently.
    prio.record_scores(
        db, w, {(p["A"], impact): 5, (p["A"], urgency): 1, (p["A"], feasibility): 1}, origin="M1"
    )
    prio.record_scores(
        db, w, {(p["B"], impact): 1, (p["B"], urgency): 5, (p["B"], feasibility): 5}, origin="M1"
    )
    prio.record_scores(db, w, {(p["B"], urgency): 3}, origin="M2")
    assert prio.current_scores(db, w)[(p["B"], urgency)] == {"M1": 5, "M2": 3}
    ranked = prio.rank_problems(db, w, Weights.of(dots=0, criteria=1))
    scores = {r.title: r.criteria_score for r in ranked}
    # A = (3·5 + 1 + 1) / 5 = 17/5; B = (3·1 + mean(5,3) + 5) / 5 = 12/5.
    assert scores == {
        "Problema A": Fraction(17, 5),
        "Problema B": Fraction(12, 5),
        "Problema C": None,
    }
    assert [r.title for r in ranked] == ["Problema A", "Problema B", "Problema C"]
    # Impact weight lowered to 1: B = (1 + 4 + 5)/3 = 10/3 beats A = 7/3.
    EntityService(db).update("criteria", impact, {"weight": 1})
    ranked = prio.rank_problems(db, w, Weights.of(dots=0, criteria=1))
    assert [r.title for r in ranked][:2] == ["Problema B", "Problema A"]
    with pytest.raises(ValidationError):
        prio.record_scores(db, w, {(p["A"], impact): 6}, origin="M1")


def test_ties_are_explained(db: Database, workshop: dict) -> None:
    w, p = workshop["id"], workshop["problems"]
    prio.record_sheet(db, w, {p["A"]: 4, p["B"]: 2, p["C"]: 2}, origin="Mesa 1")
    prio.record_sheet(db, w, {p["C"]: 2}, origin="Mesa 2")
    ranked = prio.rank_problems(db, w, Weights.of(dots=1, criteria=0))
    # A 4, B 2, C 2+2 = 4: A and C tie on combined score and criteria and dots; C voted by
    # more tables.
    assert [r.title for r in ranked] == ["Problema C", "Problema A", "Problema B"]
    assert ranked[0].tie_break == "tables" and ranked[1].tie_break == "tables"
    reason = ranked[1].tie_break_reason()
    assert reason is not None and "«Problema C»" in reason and "mesas" in reason
    assert ranked[2].tie_break is None


def test_demo_ranking(demo_db: Database, demo_plan_id: str) -> None:
    workshops = EntityService(demo_db).list_records("workshops", plan_id=demo_plan_id)
    ranked = prio.rank_problems(demo_db, workshops[0]["id"])
    assert [r.rank for r in ranked] == [1, 2, 3, 4, 5, 6]
    assert ranked[0].title == "Abasto de agua irregular en colonias del norte"
    assert ranked[0].dots == 25 and ranked[0].tables == 2
    assert ranked[0].combined_score > ranked[1].combined_score
    assert prio.origins(demo_db, workshops[0]["id"]) == ["Mesa A", "Mesa B", "Plenaria"]


def test_select_for_solution_design(db: Database, workshop: dict) -> None:
    a, b = workshop["problems"]["A"], workshop["problems"]["B"]
    assert prio.select_for_solution_design(db, [a, b]) == [a, b]
    assert prio.select_for_solution_design(db, [a]) == []
    assert EntityService(db).get("problems", a)["status"] == "selected"
    prio.select_for_solution_design(db, [b], selected=False)
    assert EntityService(db).get("problems", b)["status"] == "prioritized"


def test_withdraw_and_restore_a_sheet(db: Database, workshop: dict) -> None:
    w, a = workshop["id"], workshop["problems"]["A"]
    prio.set_tally(db, w, a, 4, origin="Mesa 1")
    fix = prio.record_sheet(db, w, {a: 6}, origin="Mesa 1")
    prio.withdraw(db, "dot_votes", fix)
    assert prio.current_tallies(db, w) == {a: {"Mesa 1": 4}}
    prio.withdraw(db, "dot_votes", fix, restore=True)
    assert prio.current_tallies(db, w) == {a: {"Mesa 1": 6}}
    assert len(prio.tally_history(db, w)) == 2


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[str]]]:
    """One database for many hypothesis examples: a plan with four problems of no workshop."""
    from cocreation_app.storage import open_database

    database = open_database(tmp_path_factory.mktemp("prio") / "p.sqlite3")
    service = EntityService(database)
    plan = service.create("plans", {"title": "P", "state": "Puebla", "municipality": "Cholula"})
    problems = [
        service.create("problems", {"plan_id": plan, "title": f"Problema {n}"}) for n in range(4)
    ]
    yield database, [plan, *problems]
    database.close()


sheets = st.lists(
    st.tuples(
        st.sampled_from(["Mesa A", "Mesa B", "Mesa C"]),
        st.lists(st.tuples(st.integers(0, 3), st.integers(0, 9)), min_size=1, max_size=4),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets, st.randoms(use_true_random=False))
def test_recorded_ranking_does_not_depend_on_the_order_sheets_are_typed(
    shared: tuple[Database, list[str]], typed: list, rng: random.Random
) -> None:
    """The same final count per table, typed in two orders (recounts included), ranks alike."""
    db, (plan, *problems) = shared
    service = EntityService(db)
    entries = [(origin, {problems[i]: dots for i, dots in counts}) for origin, counts in typed]
    final: dict[str, dict[str, int]] = {}
    for origin, counts in entries:
        final.setdefault(origin, {}).update(counts)
    shuffled = [(origin, dict(counts)) for origin, counts in final.items()]
    rng.shuffle(shuffled)
    rankings = []
    for order in (entries, shuffled):
        workshop = service.create(
            "workshops", {"plan_id": plan, "title": "T", "date": "2026-05-01"}
        )
        for origin, counts in order:
            prio.record_sheet(db, workshop, counts, origin=origin)
        rankings.append(
            [(r.problem_id, r.dots, r.tables) for r in prio.rank_problems(db, workshop)]
        )
    assert rankings[0] == rankings[1]
