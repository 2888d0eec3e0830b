"""Create, edit, delete with validation and the change log."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from cocreation_app.errors import NotFoundError, ValidationError
from cocreation_app.models import Change, FieldVersion
from cocreation_app.services.changes import parse_clock
from cocreation_app.services.entities import EntityService, parse_assignments
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database

PLAN = {"title": "Plan Tlaxcala", "state": "Tlaxcala", "municipality": "Apizaco"}


def _changes(db: Database) -> list[Change]:
    with db.read() as session:
        return list(session.scalars(select(Change).order_by(Change.seq)))


def _snapshot(db: Database) -> tuple[Any, ...]:
    with db.engine.connect() as conn:
        return tuple(
            tuple(conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").fetchall())
            for table in ("plans", "commitments", "participants", "changes", "field_versions")
        )


def test_create_records_one_change_per_field_with_increasing_clocks(db: Database) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", {**PLAN, "period_start": "2026-01-01"})

    record = service.get("plans", plan_id)
    assert record["title"] == "Plan Tlaxcala"
    assert record["period_start"] == "2026-01-01"
    assert record["status"] == "draft"  # the declared default
    changes = _changes(db)
    assert {c.field for c in changes} == {
        "deleted",
        "title",
        "state",
        "municipality",
        "period_start",
        "status",
        "draft_version",
    }
    assert all(c.row_id == plan_id and c.device_id == db.device_id for c in changes)
    assert [c.seq for c in changes] == list(range(1, len(changes) + 1))
    clocks = [c.clock for c in changes]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    assert all(c.base_clock is None for c in changes)


def test_update_records_only_what_changed_with_the_clock_it_replaced(db: Database) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    before = {c.field: c.clock for c in _changes(db)}

    changed = service.update("plans", plan_id, {"title": "Plan Tlaxcala 2027", "state": "Tlaxcala"})

    assert changed == ["title"]
    last = _changes(db)[-1]
    assert (last.field, last.value, last.base_clock) == (
        "title",
        '"Plan Tlaxcala 2027"',
        before["title"],
    )
    with db.read() as session:
        version = session.get(FieldVersion, ("plans", plan_id, "title"))
        assert version is not None and version.change_id == last.id


def test_prefetched_rows_keep_the_change_log_of_rows_looked_up_one_by_one(db: Database) -> None:
    """A batch (ChangeWriter.prefetch) gives the same base clocks and field versions as the
    lookup per field: an existing row's change replaces its winner, a new row's has none, and
    a field written twice in one transaction chains onto the first write."""
    service = EntityService(db)
    old = service.create("plans", PLAN)
    before = {c.field: c.clock for c in _changes(db)}
    with service.action() as (session, scope):
        scope.writer.prefetch("plans", [old, "new-plan-id"])
        service.update_in(session, scope, KINDS["plans"], old, {"title": "Plan 2"})
        service.create_in(session, scope, KINDS["plans"], PLAN, "new-plan-id")
        service.update_in(session, scope, KINDS["plans"], "new-plan-id", {"title": "Plan 3"})

    changes = _changes(db)
    by_row = {(c.row_id, c.field, c.value): c for c in changes}
    assert by_row[(old, "title", '"Plan 2"')].base_clock == before["title"]
    first = by_row[("new-plan-id", "title", '"Plan Tlaxcala"')]
    assert first.base_clock is None
    assert by_row[("new-plan-id", "title", '"Plan 3"')].base_clock == first.clock
    assert service.get("plans", "new-plan-id")["title"] == "Plan 3"
    with db.read() as session:
        versions = session.scalars(select(FieldVersion).where(FieldVersion.field == "title"))
        winners = {v.row_id: v.change_id for v in versions}
    assert winners == {
        old: by_row[(old, "title", '"Plan 2"')].id,
        "new-plan-id": by_row[("new-plan-id", "title", '"Plan 3"')].id,
    }


def test_clock_never_goes_backwards_even_if_the_wall_clock_does(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    import cocreation_app.services.changes as changes_module

    monkeypatch.setattr(changes_module.time, "time", lambda: 1_000_000.0)  # 1970
    service.update("plans", plan_id, {"title": "Otro título"})
    clocks = [parse_clock(c.clock)[:2] for c in _changes(db)]
    assert clocks == sorted(clocks)


@pytest.mark.parametrize(
    ("kind", "values", "message"),
    [
        ("plans", {"title": "x"}, "Faltan datos obligatorios"),
        ("plans", {**PLAN, "status": "borrador"}, "no es una opción"),
        ("plans", {**PLAN, "period_start": "2026-05-01", "period_end": "2026-01-01"}, "anterior"),
        ("plans", {**PLAN, "period_start": "1 de mayo"}, "AAAA-MM-DD"),
        ("plans", {**PLAN, "colour": "red"}, "Campo desconocido"),
        ("workshops", {"plan_id": "nope", "title": "T", "date": "2026-01-01"}, "inexistente"),
        ("milestones", {"commitment_id": "x", "title": "t", "progress": "150"}, "a lo más 100"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    db: Database, kind: str, values: dict[str, str], message: str
) -> None:
    service = EntityService(db)
    service.create("plans", PLAN)
    before = _snapshot(db)
    with pytest.raises(ValidationError, match=message):
        service.create(kind, values)
    assert _snapshot(db) == before


def test_edit_cannot_empty_a_required_field_or_break_date_order(db: Database) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", {**PLAN, "period_start": "2026-01-01"})
    before = _snapshot(db)
    with pytest.raises(ValidationError, match="Faltan datos obligatorios"):
        service.update("plans", plan_id, {"title": "  "})
    with pytest.raises(ValidationError, match="anterior"):
        service.update("plans", plan_id, {"period_end": "2025-12-31"})
    assert _snapshot(db) == before


def test_participant_needs_privacy_consent_and_gets_its_version_and_date(db: Database) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", {**PLAN, "privacy_notice_version": "v3"})
    person = {"plan_id": plan_id, "name": "Ximena Ñuñez", "sector": "citizen"}
    with pytest.raises(ValidationError, match="aviso de privacidad"):
        service.create("participants", person)
    with pytest.raises(ValidationError, match="aviso de privacidad"):
        service.create("participants", {**person, "consent_privacy_notice": "no"})

    person_id = service.create("participants", {**person, "consent_privacy_notice": "sí"})
    record = service.get("participants", person_id)
    assert record["consent_notice_version"] == "v3"
    assert record["consent_date"] == dt.date.today().isoformat()
    assert record["consent_photos"] is False


def test_delete_is_a_tombstone_that_cascades_and_can_be_restored(demo_db: Database) -> None:
    service = EntityService(demo_db)
    commitment = service.list_records("commitments")[0]
    milestones = service.list_records("milestones", where={"commitment_id": commitment["id"]})
    assert len(milestones) == 3
    milestone_ids = {m["id"] for m in milestones}
    updates = [
        u for u in service.list_records("progress_updates") if u["milestone_id"] in milestone_ids
    ]
    evidence = [
        e
        for e in service.list_records("evidence_files")
        if e["update_id"] in {u["id"] for u in updates}
    ]
    assessed = [
        a
        for kind in ("assessments", "self_assessments")
        for a in service.list_records(kind, where={"commitment_id": commitment["id"]})
    ]
    assert updates and evidence and assessed  # the demo's first commitment is followed up

    assert service.delete("commitments", commitment["id"]) == 4 + len(updates) + len(
        evidence
    ) + len(assessed)
    assert (
        service.list_records("progress_updates", where={"milestone_id": milestones[0]["id"]}) == []
    )

    assert commitment["id"] not in {c["id"] for c in service.list_records("commitments")}
    assert service.list_records("milestones", where={"commitment_id": commitment["id"]}) == []
    with pytest.raises(NotFoundError):
        service.get("commitments", commitment["id"])
    with demo_db.read() as session:  # nothing is hard-deleted
        rows = session.scalar(
            select(func.count()).select_from(Change).where(Change.row_id == commitment["id"])
        )
    assert rows

    service.restore("commitments", commitment["id"])
    assert service.get("commitments", commitment["id"])["title"] == commitment["title"]
    assert len(service.list_records("milestones", where={"commitment_id": commitment["id"]})) == 3


def test_list_is_scoped_to_a_plan(demo_db: Database, demo_plan_id: str) -> None:
    service = EntityService(demo_db)
    other = service.create("plans", PLAN)
    service.create("commitments", {"plan_id": other, "title": "Otro", "lead_institution": "X"})
    assert len(service.list_records("commitments", plan_id=demo_plan_id)) == 5
    assert len(service.list_records("milestones", plan_id=demo_plan_id)) == 15
    assert len(service.list_records("milestones", plan_id=other)) == 0
    assert len(service.list_records("commitments")) == 6


def test_parse_assignments_names_the_bad_field() -> None:
    assert parse_assignments("plans", ["title=Agua = vida"]) == {"title": "Agua = vida"}
    with pytest.raises(ValidationError, match="CAMPO=VALOR"):
        parse_assignments("plans", ["title"])
    with pytest.raises(ValidationError, match="«colour»"):
        parse_assignments("plans", ["colour=red"])


def test_text_is_stored_as_typed_in_nfc(db: Database) -> None:
    service = EntityService(db)
    decomposed = "Mitzito\u0301n g\u0303"
    plan_id = service.create("plans", {**PLAN, "title": decomposed})
    assert service.get("plans", plan_id)["title"] == "Mitzitón g\u0303"
