"""``cocreation ranking``, ``vote`` and ``vote-log`` through a subprocess, on the demo plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def demo_workshop(cocreation, tmp_path: Path) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    db = tmp_path / "x.db"
    cocreation("demo", db=db, check_rc=0)
    workshops = json.loads(cocreation("list", "workshops", "--json", db=db, check_rc=0).stdout)
    return db, workshops[0]["id"]


def test_ranking_json_ranks_the_demo_problems(cocreation, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    db, workshop_id = demo_workshop
    ranked = json.loads(cocreation("ranking", workshop_id, "--json", db=db, check_rc=0).stdout)
    assert [r["rank"] for r in ranked] == [1, 2, 3, 4, 5, 6]
    assert set(ranked[0]) >= {
        "rank",
        "problem_id",
        "title",
        "dots",
        "criteria_score",
        "combined_score",
        "tie_break",
        "tie_break_reason",
    }
    assert ranked[0]["title"] == "Abasto de agua irregular en colonias del norte"
    assert ranked[0]["dots"] == 25
    assert ranked[0]["criteria_score"] == pytest.approx(41 / 9, abs=1e-4)
    combined = [r["combined_score"] for r in ranked]
    assert combined == sorted(combined, reverse=True)
    text = cocreation("ranking", workshop_id, db=db, check_rc=0).stdout
    assert text.startswith("1. Abasto de agua")
    assert "En caso de empate decide" in text


def test_vote_recount_changes_the_ranking_and_is_logged(cocreation, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    db, workshop_id = demo_workshop
    ranked = json.loads(cocreation("ranking", workshop_id, "--json", db=db, check_rc=0).stdout)
    last = ranked[-1]["problem_id"]
    cocreation(
        "vote", workshop_id, last, "40", "--origin", "Mesa A", "--sheet", "A-2", db=db, check_rc=0
    )
    ranked = json.loads(cocreation("ranking", workshop_id, "--json", db=db, check_rc=0).stdout)
    assert ranked[0]["problem_id"] == last and ranked[0]["dots"] == 44
    log = json.loads(
        cocreation("vote-log", workshop_id, "--problem", last, "--json", db=db, check_rc=0).stdout
    )
    recount = [e for e in log if e["sheet"] == "A-2"]
    assert len(recount) == 1 and recount[0]["previous_dots"] == 3 and recount[0]["current"]
    assert [e["current"] for e in log if e["origin"] == "Mesa A"] == [False, True]


def test_vote_errors_are_one_line_and_change_nothing(cocreation, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    db, workshop_id = demo_workshop
    ranked = json.loads(cocreation("ranking", workshop_id, "--json", db=db, check_rc=0).stdout)
    problem = ranked[0]["problem_id"]
    over = cocreation(
        "vote", workshop_id, problem, "4", "--origin", "Mesa C", "--add", db=db, check_rc=1
    )
    assert over.stderr.count("\n") == 1 and "3 puntos" in over.stderr
    table = cocreation(
        "vote",
        workshop_id,
        problem,
        "60",
        "--origin",
        "Mesa A",
        "--people",
        "10",
        db=db,
        check_rc=1,
    )
    assert "«Mesa A»" in table.stderr and "Traceback" not in table.stderr
    cocreation("ranking", "no-such-workshop", db=db, check_rc=1)
    cocreation("vote", workshop_id, problem, "dos", "--origin", "Mesa A", db=db, check_rc=2)
    after = json.loads(cocreation("ranking", workshop_id, "--json", db=db, check_rc=0).stdout)
    assert after == ranked


def test_criteria_and_scores_headless(cocreation, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    db, _first = demo_workshop
    workshops = json.loads(cocreation("list", "workshops", "--json", db=db, check_rc=0).stdout)
    second = workshops[1]["id"]  # the demo scores only the first workshop
    created = cocreation(
        "criteria", second, "--defaults", "--weight", "impact=3", "--json", db=db, check_rc=0
    )
    criteria = json.loads(created.stdout)
    assert [(c["name"], c["weight"]) for c in criteria] == [
        ("Impacto", 3.0),
        ("Urgencia", 1.0),
        ("Factibilidad", 1.0),
    ]
    again = cocreation("criteria", second, "--defaults", db=db, check_rc=1)
    assert "ya tiene criterios" in again.stderr
    problems = json.loads(cocreation("list", "problems", "--json", db=db, check_rc=0).stdout)
    problem = problems[0]["id"]
    impact = criteria[0]["id"]
    cocreation("score", second, problem, impact, "4", "--origin", "Mesa 1", db=db, check_rc=0)
    cocreation("score", second, problem, impact, "6", "--origin", "Mesa 1", db=db, check_rc=1)
    ranked = json.loads(cocreation("ranking", second, "--json", db=db, check_rc=0).stdout)
    assert [(r["problem_id"], r["criteria_score"]) for r in ranked] == [(problem, 4.0)]
