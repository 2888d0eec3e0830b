"""A parent deleted on one laptop while another adds a child under it: an orphan conflict."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cocreation_app.errors import ValidationError
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from cocreation_app.sync.conflicts import (
    Conflict,
    list_conflicts,
    resolve_conflict,
    resolve_orphan,
)
from cocreation_app.sync.content import content_digest
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import laptop, new_plan


@dataclass
class Shared:
    a: Database
    b: Database
    folder: Path
    plan: str
    problem: str
    solution: str
    node: str
    commitment: str
    milestone: str

    def bundle(self, db: Database, name: str) -> Path:
        path = self.folder / f"{name}.cocrea"
        export_bundle(db, path)
        return path

    def coordinator(self, name: str, *paths: Path) -> Database:
        db = laptop(self.folder / f"{name}.sqlite3")
        for path in paths:
            (report,) = import_bundles(db, [path])
            assert report.ok, report.error
        return db


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Shared]:
    """Laptops A and B holding the same plan: a problem with a solution and a cause, and a
    commitment with a milestone."""
    a = laptop(tmp_path / "a.sqlite3")
    b = laptop(tmp_path / "b.sqlite3")
    service = EntityService(a)
    plan = new_plan(a)
    problem = service.create("problems", {"plan_id": plan, "title": "Falta de agua"})
    solution = service.create("solutions", {"problem_id": problem, "title": "Pipas"})
    node = service.create(
        "problem_nodes", {"problem_id": problem, "kind": "cause", "text": "Fugas"}
    )
    commitment = service.create(
        "commitments", {"plan_id": plan, "title": "Agua", "lead_institution": "SAPAO"}
    )
    milestone = service.create("milestones", {"commitment_id": commitment, "title": "Censo"})
    export_bundle(a, tmp_path / "start.cocrea")
    assert import_bundles(b, [tmp_path / "start.cocrea"])[0].ok
    yield Shared(a, b, tmp_path, plan, problem, solution, node, commitment, milestone)
    a.close()
    b.close()


def _orphans(db: Database) -> list[Conflict]:
    return [c for c in list_conflicts(db) if c.type == "orphan"]


def _live(db: Database, kind: str) -> set[str]:
    return {r["id"] for r in EntityService(db).list_records(kind)}


def _diverge(s: Shared) -> tuple[str, str]:
    """A deletes the problem; B, unaware, adds a solution and an effect under it."""
    EntityService(s.a).delete("problems", s.problem)
    service = EntityService(s.b)
    new_solution = service.create("solutions", {"problem_id": s.problem, "title": "Captación"})
    new_node = service.create(
        "problem_nodes",
        {"problem_id": s.problem, "parent_id": s.node, "kind": "effect", "text": "Enfermedades"},
    )
    return new_solution, new_node


@pytest.mark.parametrize("a_first", [True, False])
def test_child_of_a_deleted_parent_is_a_conflict_in_any_order(
    shared: Shared, a_first: bool
) -> None:
    new_solution, new_node = _diverge(shared)
    a_path, b_path = shared.bundle(shared.a, "a"), shared.bundle(shared.b, "b")
    first, second = (a_path, b_path) if a_first else (b_path, a_path)
    coordinator = shared.coordinator("c", first)
    assert _orphans(coordinator) == []
    (preview,) = import_bundles(coordinator, [second], dry_run=True)
    assert (preview.orphans, preview.conflicts) == (2, 2)
    (report,) = import_bundles(coordinator, [second])
    assert (report.orphans, report.conflicts) == (2, 2)
    (group,) = report.groups
    assert (group.plan_id, group.orphans, group.conflicts) == (shared.plan, 2, 2)

    orphans = _orphans(coordinator)
    assert {(c.target_kind, c.target_id, c.field) for c in orphans} == {
        ("solutions", new_solution, "problem_id"),
        ("problem_nodes", new_node, "problem_id"),
    }
    for conflict in orphans:
        assert conflict.orphan is not None
        assert (conflict.orphan.parent_kind, conflict.orphan.parent_id) == (
            "problems",
            shared.problem,
        )
        assert conflict.orphan.parent_label == "Falta de agua"
        assert conflict.orphan.parent_deleted and conflict.orphan.created
        assert conflict.orphan.parent_deleted.device_id == shared.a.device_id
        assert conflict.orphan.created.device_id == shared.b.device_id
        data = conflict.to_json()
        assert data["type"] == "orphan" and data["choices"] == ["restore_parent", "delete_orphan"]
    assert [c.id for c in list_conflicts(coordinator, plan_id=shared.plan)] == [
        c.id for c in orphans
    ]
    # Re-importing changes nothing and reports nothing new.
    before = content_digest(coordinator)
    for again in import_bundles(coordinator, [first, second]):
        assert again.ok and again.new_changes == 0 and again.conflicts == 0
    assert content_digest(coordinator) == before
    # The other order, and both laptops once they swap bundles, end the same.
    other = shared.coordinator("other", second, first)
    import_bundles(shared.a, [b_path])
    import_bundles(shared.b, [a_path])
    assert len({content_digest(db) for db in (coordinator, other, shared.a, shared.b)}) == 1
    assert {c.id for c in _orphans(shared.a)} == {c.id for c in orphans}


def test_restore_parent_brings_back_what_its_delete_took(shared: Shared) -> None:
    new_solution, new_node = _diverge(shared)
    coordinator = shared.coordinator(
        "c", shared.bundle(shared.a, "a"), shared.bundle(shared.b, "b")
    )
    conflict = next(c for c in _orphans(coordinator) if c.target_kind == "solutions")
    changed = resolve_orphan(coordinator, conflict.id, restore_parent=True)
    # The problem, and the solution and cause its delete took along.
    assert changed == 3
    assert _orphans(coordinator) == []
    assert shared.problem in _live(coordinator, "problems")
    assert _live(coordinator, "solutions") == {shared.solution, new_solution}
    assert _live(coordinator, "problem_nodes") == {shared.node, new_node}
    assert list_conflicts(coordinator) == []
    # The restore travels: laptop A sees its problem back, with B's additions.
    assert import_bundles(shared.a, [shared.bundle(coordinator, "resolved")])[0].ok
    assert import_bundles(shared.a, [shared.bundle(shared.b, "b2")])[0].ok
    assert content_digest(shared.a) == content_digest(coordinator)
    assert list_conflicts(shared.a) == []


def test_restore_does_not_bring_back_an_earlier_separate_delete(shared: Shared) -> None:
    EntityService(shared.a).delete("solutions", shared.solution)
    _diverge(shared)
    coordinator = shared.coordinator(
        "c", shared.bundle(shared.a, "a"), shared.bundle(shared.b, "b")
    )
    conflict = _orphans(coordinator)[0]
    assert resolve_orphan(coordinator, conflict.id, restore_parent=True) == 2
    assert shared.solution not in _live(coordinator, "solutions")


def test_restore_after_deleting_another_orphan_on_the_deleting_laptop(shared: Shared) -> None:
    """Laptop A deleted the problem; once B's bundle arrives, A deletes one orphan and restores
    the problem for the other: the deleted orphan stays deleted (it is not part of the delete)."""
    new_solution, new_node = _diverge(shared)
    assert import_bundles(shared.a, [shared.bundle(shared.b, "b")])[0].ok
    conflicts = {c.target_id: c for c in _orphans(shared.a)}
    assert resolve_orphan(shared.a, conflicts[new_solution].id, restore_parent=False) == 1
    assert resolve_orphan(shared.a, conflicts[new_node].id, restore_parent=True) == 3
    assert _live(shared.a, "solutions") == {shared.solution}
    assert _live(shared.a, "problem_nodes") == {shared.node, new_node}
    assert list_conflicts(shared.a) == []


def test_delete_orphan(shared: Shared) -> None:
    new_solution, _new_node = _diverge(shared)
    coordinator = shared.coordinator(
        "c", shared.bundle(shared.a, "a"), shared.bundle(shared.b, "b")
    )
    for conflict in _orphans(coordinator):
        assert resolve_orphan(coordinator, conflict.id, restore_parent=False) == 1
    assert list_conflicts(coordinator) == []
    assert _live(coordinator, "problems") == set()
    assert import_bundles(shared.b, [shared.bundle(coordinator, "resolved")])[0].ok
    assert import_bundles(shared.b, [shared.bundle(shared.a, "a2")])[0].ok
    assert content_digest(shared.b) == content_digest(coordinator)
    with EntityService(shared.b).db.read() as session:
        deleted = session.connection().exec_driver_sql(
            "SELECT count(*) FROM solutions WHERE id = ? AND deleted = 1", (new_solution,)
        )
        assert deleted.scalar() == 1


def test_new_branch_under_a_deleted_plan(shared: Shared) -> None:
    """A deletes the whole plan; B adds a commitment with a milestone and a milestone under the
    old commitment. The new commitment and the old commitment's new milestone are orphans; the
    new milestone under the new commitment is not (its parent is live)."""
    EntityService(shared.a).delete("plans", shared.plan)
    service = EntityService(shared.b)
    commitment = service.create(
        "commitments", {"plan_id": shared.plan, "title": "Luz", "lead_institution": "CFE"}
    )
    service.create("milestones", {"commitment_id": commitment, "title": "Postes"})
    late = service.create("milestones", {"commitment_id": shared.commitment, "title": "Mapa"})
    coordinator = shared.coordinator(
        "c", shared.bundle(shared.b, "b"), shared.bundle(shared.a, "a")
    )
    orphans = {(c.target_kind, c.target_id): c for c in _orphans(coordinator)}
    assert set(orphans) == {("commitments", commitment), ("milestones", late)}
    assert orphans[("milestones", late)].orphan.parent_id == shared.commitment  # type: ignore[union-attr]
    # Restoring the milestone's parent restores the plan above it too, and the whole plan the
    # delete took along; the new commitment is then under a live plan: no conflict left.
    resolve_orphan(coordinator, orphans[("milestones", late)].id, restore_parent=True)
    assert list_conflicts(coordinator) == []
    assert _live(coordinator, "milestones") >= {shared.milestone, late}
    assert shared.problem in _live(coordinator, "problems")


def test_wrong_resolution_for_the_type(shared: Shared) -> None:
    _diverge(shared)
    EntityService(shared.a).update("commitments", shared.commitment, {"title": "A"})
    EntityService(shared.b).update("commitments", shared.commitment, {"title": "B"})
    coordinator = shared.coordinator(
        "c", shared.bundle(shared.a, "a"), shared.bundle(shared.b, "b")
    )
    orphan = _orphans(coordinator)[0]
    value = next(c for c in list_conflicts(coordinator) if c.type == "value")
    with pytest.raises(ValidationError):
        resolve_conflict(coordinator, orphan.id, value="x")
    with pytest.raises(ValidationError):
        resolve_orphan(coordinator, value.id, restore_parent=True)


def test_cli_lists_and_resolves_an_orphan(
    shared: Shared, capsys: pytest.CaptureFixture[str]
) -> None:
    from cocreation_app.cli import main

    _diverge(shared)
    a_path, b_path = shared.bundle(shared.a, "a"), shared.bundle(shared.b, "b")
    db = str(shared.folder / "coordinator.sqlite3")
    assert main(["--db", db, "init"]) == 0
    assert main(["--db", db, "import-bundle", str(a_path), str(b_path)]) == 0
    assert "2 conflictos nuevos" in capsys.readouterr().out
    assert main(["--db", db, "list", "conflicts"]) == 0
    out = capsys.readouterr().out
    assert "Cuelga de Problema público «Falta de agua»" in out and "--restore-parent" in out
    assert main(["--db", db, "list", "conflicts", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["type"] for c in listed] == ["orphan", "orphan"]
    assert {c["parent_id"] for c in listed} == {shared.problem}
    assert main(["--db", db, "resolve-conflict", listed[0]["id"], "--keep", "x"]) == 1
    assert "--delete-orphan" in capsys.readouterr().err
    assert main(["--db", db, "resolve-conflict", listed[0]["id"], "--delete-orphan"]) == 0
    assert "1 registro eliminado." in capsys.readouterr().out  # in the singular
    assert main(["--db", db, "resolve-conflict", listed[1]["id"], "--restore-parent"]) == 0
    assert "3 registros restaurados" in capsys.readouterr().out
    assert main(["--db", db, "list", "conflicts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
