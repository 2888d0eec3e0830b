"""The draft lists rows in the order the application lists them: the registry's ``order_by``."""

from __future__ import annotations

from cocreation_app.reports.plan_data import load_plan
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database


def test_rows_come_in_the_registry_order(db: Database) -> None:
    service = EntityService(db)
    plan = service.create(
        "plans", {"title": "Plan", "state": "Oaxaca", "municipality": "Tlacolula"}
    )
    # Same date, same number, same position: only the registry's later keys (created_clock before
    # id) decide, so an order by id alone would shuffle them.
    for n in range(8):
        service.create("workshops", {"plan_id": plan, "title": f"Mesa {n}", "date": "2026-02-01"})
        service.create(
            "participants",
            {
                "plan_id": plan,
                "name": "Ana",
                "organization": f"Org {n}",
                "sector": "citizen",
                "consent_privacy_notice": "true",
                "consent_publish_name": "true",
            },
        )
        commitment = service.create(
            "commitments",
            {"plan_id": plan, "title": f"C{n}", "number": "1", "lead_institution": "Ayuntamiento"},
        )
        for m in range(3):
            service.create("milestones", {"commitment_id": commitment, "title": f"Hito {m}"})
        problem = service.create("problems", {"plan_id": plan, "title": f"Problema {n}"})
    # Under the last problem: solutions, and tree nodes all at the same position.
    for n in range(8):
        service.create("solutions", {"problem_id": problem, "title": f"Propuesta {n}"})
        node = {"problem_id": problem, "kind": "cause", "text": f"Causa {n}", "position": "0"}
        service.create("problem_nodes", node)
    data = load_plan(db, plan)

    def listed(kind: str, **where: str) -> list[str]:
        if where:
            return [r["id"] for r in service.list_records(kind, where=where)]
        return [r["id"] for r in service.list_records(kind, plan_id=plan)]

    assert [w.id for w in data.workshops] == listed("workshops")
    assert [c.id for c in data.commitments] == listed("commitments")
    for c in data.commitments:
        assert [m.id for m in c.milestones] == listed("milestones", commitment_id=c.id)
    # Not prioritized, so the problems keep the registry's order (a ranking would go first).
    assert [p.id for p in data.problems] == listed("problems")
    last = data.problems[-1]
    assert [s.id for s in last.solutions] == listed("solutions", problem_id=problem)
    nodes = service.list_records("problem_nodes", where={"problem_id": problem})
    assert [c.text for c in last.causes] == [r["text"] for r in nodes]
    organizations = [p.organization for p in data.published_people]
    people = service.list_records("participants", plan_id=plan)
    assert organizations == [r["organization"] for r in people]
