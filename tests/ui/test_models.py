"""Every Qt item model of the window, checked with pytest-qt's qtmodeltester."""

from __future__ import annotations

from typing import Any

import pytest

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from cocreation_app.ui.participants.model import ParticipantTableModel
from cocreation_app.ui.problems.tree_model import ID_ROLE, ProblemTreeModel
from cocreation_app.ui.widgets.records import RecordTableModel

PAGE = 20  # a small page, so paging is exercised with few rows


def test_participant_model(qtmodeltester: Any, demo_db: Database, demo_plan_id: str) -> None:
    workshop = EntityService(demo_db).list_records("workshops", plan_id=demo_plan_id)[0]
    model = ParticipantTableModel(demo_db, with_attendance=True)
    model.set_scope(demo_db, demo_plan_id, workshop["id"])
    assert model.rowCount() == model.count() == 28
    qtmodeltester.check(model, force_py=True)
    model.set_filter("hernandez")
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names and all("Hernández" in name for name in names)
    model.set_filter("nadie se llama así")
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == 28


def test_participant_model_pages(
    qtmodeltester: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cocreation_app.ui.participants.model.PAGE", PAGE)
    service = EntityService(db)
    plan_id = service.create("plans", {"title": "P", "state": "Oaxaca", "municipality": "M"})
    with service.action() as (session, scope):
        from cocreation_app.services.registry import KINDS

        for n in range(3 * PAGE + 10):
            service.create_in(
                session,
                scope,
                KINDS["participants"],
                {
                    "plan_id": plan_id,
                    "name": f"Persona {n:04d}",
                    "sector": "citizen",
                    "consent_privacy_notice": True,
                },
            )
    model = ParticipantTableModel(db)
    model.set_scope(db, plan_id, None)
    assert model.rowCount() == PAGE and model.canFetchMore()
    assert model.count() == 3 * PAGE + 10
    qtmodeltester.check(model, force_py=True)
    fetches = 0
    while model.canFetchMore():
        model.fetchMore()
        fetches += 1
    assert fetches >= 1 and model.rowCount() == 3 * PAGE + 10
    assert model.index(PAGE + 49, 0).data() == "Persona 0069"
    model.set_filter("persona 0030")
    assert model.rowCount() == 1 and not model.canFetchMore()


def test_record_model(qtmodeltester: Any, demo_db: Database, demo_plan_id: str) -> None:
    model = RecordTableModel("commitments", ["number", "title", "status", "start_date", "budget"])
    qtmodeltester.check(model, force_py=True)
    model.set_records(EntityService(demo_db).list_records("commitments", plan_id=demo_plan_id))
    assert model.rowCount() == 5
    assert model.index(0, 2).data() in ("Acordado", "Borrador")


def _first_cause_has_children(nodes: list[dict[str, Any]]) -> bool:
    causes = sorted(
        (n for n in nodes if n["kind"] == "cause" and not n["parent_id"]),
        key=lambda n: n["position"],
    )
    return bool(causes) and any(n["parent_id"] == causes[0]["id"] for n in nodes)


def test_problem_tree_model(qtmodeltester: Any, demo_db: Database, demo_plan_id: str) -> None:
    service = EntityService(demo_db)
    # A problem whose first cause has causes of its own.
    nodes = next(
        found
        for problem in service.list_records("problems", plan_id=demo_plan_id)
        if _first_cause_has_children(
            found := service.list_records("problem_nodes", where={"problem_id": problem["id"]})
        )
    )
    edits: list[tuple[str, str]] = []
    model = ProblemTreeModel(lambda node_id, text: edits.append((node_id, text)) or True)
    model.set_nodes(nodes)
    assert [model.index(r, 0).data() for r in range(2)] == ["Causas", "Efectos"]
    qtmodeltester.check(model, force_py=True)
    causes = model.index(0, 0)
    assert model.rowCount(causes) >= 1
    deep = model.index(0, 0, model.index(0, 0, causes))
    assert deep.isValid() and model.parent(deep).parent() == causes
    first = model.index(0, 0, causes)
    assert model.setData(first, "Otra causa")
    assert edits == [(first.data(ID_ROLE), "Otra causa")]
