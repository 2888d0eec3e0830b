"""Additive facts across laptops: dot tallies, criteria scores and check-ins (issue 15, 2 and 3).

A tally, a score and a check-in are facts that several laptops add to at the same time. Each
laptop's contribution is kept with its origin (the device that recorded it) and the coordinator
sums (or, for scores, averages) them, on every import order; the same check-in made on two
laptops is one fact.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cocreation_app.errors import ValidationError
from cocreation_app.services import prioritization as prio
from cocreation_app.services.entities import EntityService
from cocreation_app.services.participants import ParticipantService, attendance_id
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database
from cocreation_app.sync.content import content_digest
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import laptop, new_plan


def _share(source: Database, target: Database, path: Path) -> None:
    export_bundle(source, path)
    (report,) = import_bundles(target, [path])
    assert report.ok, report.error


@pytest.fixture
def room(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Laptops A and B holding one workshop with two problems and one person."""
    a = laptop(tmp_path / "a.sqlite3")
    b = laptop(tmp_path / "b.sqlite3")
    plan = new_plan(a)
    service = EntityService(a)
    workshop = service.create(
        "workshops", {"plan_id": plan, "title": "Taller 1", "date": "2026-12-02"}
    )
    water = service.create("problems", {"plan_id": plan, "workshop_id": workshop, "title": "Agua"})
    roads = service.create(
        "problems", {"plan_id": plan, "workshop_id": workshop, "title": "Calles"}
    )
    person = service.create(
        "participants",
        {"plan_id": plan, "name": "Ana Pérez", "sector": "citizen", "consent_privacy_notice": True},
    )
    _share(a, b, tmp_path / "start.cocrea")
    yield {
        "a": a,
        "b": b,
        "workshop": workshop,
        "water": water,
        "roads": roads,
        "person": person,
        "tmp": tmp_path,
    }
    a.close()
    b.close()


def _coordinators(room: dict[str, Any]) -> list[Database]:
    """Two fresh coordinators importing A's and B's bundles in both orders."""
    tmp: Path = room["tmp"]
    export_bundle(room["a"], tmp / "from_a.cocrea")
    export_bundle(room["b"], tmp / "from_b.cocrea")
    out = []
    for index, order in enumerate((("from_a", "from_b"), ("from_b", "from_a"))):
        coordinator = laptop(tmp / f"coordinator{index}.sqlite3")
        reports = import_bundles(coordinator, [tmp / f"{name}.cocrea" for name in order])
        assert all(r.ok for r in reports), [r.error for r in reports]
        out.append(coordinator)
    assert content_digest(out[0]) == content_digest(out[1])
    return out


def _dots(db: Database, workshop: str) -> dict[str, int]:
    return {r.title: r.dots for r in prio.rank_problems(db, workshop)}


def test_concurrent_voter_dots_at_one_table_sum(room: dict[str, Any]) -> None:
    a, b, w, water = room["a"], room["b"], room["workshop"], room["water"]
    prio.record_sheet(a, w, {water: 2}, origin="Mesa A")
    _share(a, b, room["tmp"] / "tally.cocrea")
    # Neither laptop has seen the other's voter: 2 + 1 + 1 dots were cast.
    prio.add_voter_dots(a, w, {water: 1}, origin="Mesa A")
    prio.add_voter_dots(b, w, {water: 1}, origin="Mesa A")
    for coordinator in _coordinators(room):
        assert _dots(coordinator, w)["Agua"] == 4
        assert prio.current_tallies(coordinator, w)[water] == {"Mesa A": 4}
    for db in (a, b):  # every laptop that sees both bundles agrees
        for name in ("from_a", "from_b"):
            import_bundles(db, [room["tmp"] / f"{name}.cocrea"])
        assert _dots(db, w)["Agua"] == 4


def test_first_counts_of_one_table_on_two_laptops_sum(room: dict[str, Any]) -> None:
    a, b, w, water, roads = room["a"], room["b"], room["workshop"], room["water"], room["roads"]
    prio.record_sheet(a, w, {water: 3, roads: 1}, origin="Mesa A", sheet="Hoja 1")
    prio.record_sheet(b, w, {water: 2}, origin="Mesa A", sheet="Hoja 2")
    for coordinator in _coordinators(room):
        assert _dots(coordinator, w) == {"Agua": 5, "Calles": 1}
        ranked = prio.rank_problems(coordinator, w)
        assert [r.tables for r in ranked] == [1, 1]  # one table, whatever the laptops


def test_a_recount_replaces_only_its_own_laptops_contribution(room: dict[str, Any]) -> None:
    a, b, w, water = room["a"], room["b"], room["workshop"], room["water"]
    prio.record_sheet(a, w, {water: 3}, origin="Mesa A")
    prio.record_sheet(b, w, {water: 2}, origin="Mesa A")
    _share(a, b, room["tmp"] / "a1.cocrea")
    assert prio.current_tallies(b, w)[water] == {"Mesa A": 5}
    assert prio.own_tallies(b, w)[water] == {"Mesa A": 2}
    prio.record_sheet(b, w, {water: 4}, origin="Mesa A")  # B recounts its own sheet
    assert prio.current_tallies(b, w)[water] == {"Mesa A": 7}
    prio.record_sheet(a, w, {water: 1}, origin="Mesa A")  # and A, concurrently, its own
    for coordinator in _coordinators(room):
        assert _dots(coordinator, w)["Agua"] == 5
        log = prio.tally_history(coordinator, w, water)
        assert sorted((e.dots, e.current) for e in log) == [
            (1, True),
            (2, False),
            (3, False),
            (4, True),
        ]


def test_withdrawing_another_laptops_count_removes_only_it(room: dict[str, Any]) -> None:
    a, b, w, water = room["a"], room["b"], room["workshop"], room["water"]
    (from_a,) = prio.record_sheet(a, w, {water: 3}, origin="Mesa A")
    prio.record_sheet(b, w, {water: 2}, origin="Mesa A")
    _share(a, b, room["tmp"] / "a1.cocrea")
    prio.withdraw(b, "dot_votes", [from_a])
    assert prio.current_tallies(b, w)[water] == {"Mesa A": 2}


def test_scores_of_one_table_on_two_laptops_are_averaged(room: dict[str, Any]) -> None:
    a, b, w, water, roads = room["a"], room["b"], room["workshop"], room["water"], room["roads"]
    impact, _urgency, _feasibility = prio.create_default_criteria(a, w)
    _share(a, b, room["tmp"] / "criteria.cocrea")
    prio.record_scores(a, w, {(water, impact): 5}, origin="Mesa A")
    prio.record_scores(b, w, {(water, impact): 2}, origin="Mesa A")
    prio.record_scores(b, w, {(water, impact): 4, (roads, impact): 3}, origin="Mesa B")
    for coordinator in _coordinators(room):
        ranked = {r.title: r for r in prio.rank_problems(coordinator, w)}
        # Mesa A's score is the mean of its two laptops' (3.5), then the tables' mean: 3.75.
        assert ranked["Agua"].criteria_score == pytest.approx(3.75)
        assert ranked["Calles"].criteria_score == 3
        assert prio.current_scores(coordinator, w)[(water, impact)] == {
            "Mesa A": pytest.approx(3.5),
            "Mesa B": 4,
        }


def test_default_criteria_created_on_two_laptops_are_the_same_rows(room: dict[str, Any]) -> None:
    a, b, w, water = room["a"], room["b"], room["workshop"], room["water"]
    criteria_a = prio.create_default_criteria(a, w)
    criteria_b = prio.create_default_criteria(b, w)
    assert criteria_a == criteria_b
    prio.record_scores(a, w, {(water, criteria_a[0]): 5}, origin="Mesa A")
    prio.record_scores(b, w, {(water, criteria_b[0]): 3}, origin="Mesa B")
    for coordinator in _coordinators(room):
        assert len(prio.list_criteria(coordinator, w)) == 3
        (ranked,) = [r for r in prio.rank_problems(coordinator, w) if r.title == "Agua"]
        assert ranked.criteria_score == 4


# -- check-ins ----------------------------------------------------------------------------------


def test_add_attendance_and_check_in_of_the_same_person_merge(room: dict[str, Any]) -> None:
    a, b, w, person = room["a"], room["b"], room["workshop"], room["person"]
    # `cocreation add attendance --set ... --set checked_in_at=...` on A, a check-in on B.
    added = EntityService(a).create(
        "attendance",
        {"workshop_id": w, "participant_id": person, "checked_in_at": "2026-12-02T10:00:00Z"},
    )
    assert added == attendance_id(w, person)
    assert ParticipantService(b).check_in(w, person)
    for coordinator in _coordinators(room):
        assert ParticipantService(coordinator).room_count(w).total == 1
        rows = EntityService(coordinator).list_records("attendance")
        assert [r["id"] for r in rows] == [attendance_id(w, person)]


def test_adding_the_same_attendance_twice_is_refused(room: dict[str, Any]) -> None:
    a, w, person = room["a"], room["workshop"], room["person"]
    ParticipantService(a).check_in(w, person)
    with pytest.raises(ValidationError, match="ya tiene registrada la asistencia"):
        EntityService(a).create("attendance", {"workshop_id": w, "participant_id": person})


def test_the_person_of_a_check_in_cannot_be_changed(room: dict[str, Any]) -> None:
    a, w, person = room["a"], room["workshop"], room["person"]
    other = EntityService(a).create(
        "participants",
        {"plan_id": _plan(a), "name": "Luis", "sector": "citizen", "consent_privacy_notice": True},
    )
    ParticipantService(a).check_in(w, person)
    with pytest.raises(ValidationError, match="no se cambian"):
        EntityService(a).update("attendance", attendance_id(w, person), {"participant_id": other})


def _plan(db: Database) -> str:
    return str(EntityService(db).list_records("plans")[0]["id"])


def _legacy_check_in(db: Database, workshop: str, person: str) -> str:
    """A check-in as the earlier release's `add attendance` wrote it: a random row id."""
    service = EntityService(db)
    with service.action() as (session, scope):
        row_id = str(uuid.uuid4())
        model: Any = KINDS["attendance"].model
        session.add(
            model(
                id=row_id,
                created_at="2026-12-01T10:00:00.000Z",
                updated_at="2026-12-01T10:00:00.000Z",
                deleted=False,
                workshop_id=workshop,
                participant_id=person,
                checked_in_at="2026-12-01T10:00:00Z",
            )
        )
        for field, value in (
            ("deleted", False),
            ("workshop_id", workshop),
            ("participant_id", person),
            ("checked_in_at", "2026-12-01T10:00:00Z"),
        ):
            scope.writer.record("attendance", row_id, field, value)
    return row_id


def test_an_old_random_id_check_in_still_merges(room: dict[str, Any]) -> None:
    a, b, w, person = room["a"], room["b"], room["workshop"], room["person"]
    _legacy_check_in(a, w, person)
    ParticipantService(b).check_in(w, person)
    coordinators = _coordinators(room)
    for coordinator in coordinators:
        people = ParticipantService(coordinator)
        assert people.room_count(w).total == 1
        assert not people.check_in(w, person)  # already in the room
    # Withdrawing the check-in withdraws the fact, whichever row holds it.
    people = ParticipantService(coordinators[0])
    assert people.undo_check_in(w, person)
    assert people.room_count(w).total == 0
    assert people.check_in(w, person)
    assert people.room_count(w).total == 1


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_laptops_checking_in_one_person_any_order(
    room: dict[str, Any], order: tuple[int, ...]
) -> None:
    a, b, w, person = room["a"], room["b"], room["workshop"], room["person"]
    tmp: Path = room["tmp"]
    c = laptop(tmp / "c.sqlite3")
    _share(a, c, tmp / "to_c.cocrea")
    ParticipantService(a).check_in(w, person)
    _legacy_check_in(b, w, person)
    EntityService(c).create("attendance", {"workshop_id": w, "participant_id": person})
    paths = []
    for name, db in (("a", a), ("b", b), ("c", c)):
        export_bundle(db, tmp / f"{name}.cocrea")
        paths.append(tmp / f"{name}.cocrea")
    coordinator = laptop(tmp / f"coordinator{''.join(map(str, order))}.sqlite3")
    reports = import_bundles(coordinator, [paths[i] for i in order])
    assert all(r.ok for r in reports), [r.error for r in reports]
    assert ParticipantService(coordinator).room_count(w).total == 1
    c.close()
