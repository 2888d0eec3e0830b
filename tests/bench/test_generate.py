"""The benchmark generator at size S: the counts it promises, and data the services accept."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bench.generate import SIZES, generate
from cocreation_app.models import Change, FieldVersion
from cocreation_app.services import lists
from cocreation_app.services.check import check_database
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import open_database


def test_size_s_has_the_promised_rows_and_a_consistent_change_log(tmp_path: Path) -> None:
    size = SIZES["S"]
    generated = generate("S", tmp_path, bundles=False, quiet=True)

    assert generated.counts["plans"] == 1
    assert generated.counts["workshops"] == size.workshops
    assert generated.counts["participants"] == size.participants
    assert generated.counts["problems"] == size.problems
    assert generated.counts["commitments"] == size.commitments
    assert generated.counts["milestones"] == size.milestones

    db = open_database(generated.plan_db, create=False)
    try:
        assert check_database(db).ok
        with db.read() as session:
            changes = session.scalar(select(func.count()).select_from(Change))
            versions = session.scalar(select(func.count()).select_from(FieldVersion))
        # Nothing was edited after creation: every change is its field's current value.
        assert changes == versions == generated.counts["changes"]
        assert lists.count_participants(db, generated.plan_id) == size.participants
        first = lists.participant_page(db, generated.plan_id, limit=1)[0]
        # The services accept the generated rows: an edit goes through validation and logs.
        service = EntityService(db)
        assert service.update("participants", first.id, {"phone": "+52 967 000 0000"}) == ["phone"]
        assert service.get("participants", first.id)["phone"] == "+52 967 000 0000"
    finally:
        db.close()


def test_size_s_bundles_carry_the_promised_changes_and_import(tmp_path: Path) -> None:
    from cocreation_app.sync.importer import import_bundles

    size = SIZES["S"]
    generated = generate("S", tmp_path, quiet=True)
    assert len(generated.bundles) == size.bundles
    assert generated.bundle_changes == size.bundle_changes
    db = open_database(tmp_path / "coordinator.sqlite3")
    try:
        reports = import_bundles(db, generated.bundles)
        assert all(report.ok for report in reports)
        # Both laptops carry the coordinator's plan; only its changes are shared.
        shared = size.bundle_changes - sum(report.new_changes for report in reports)
        assert 0 < shared < size.bundle_changes // size.bundles
        # Every laptop edited the plan's context without seeing the others: a kept conflict.
        assert sum(report.conflicts for report in reports) == 1
        assert check_database(db).ok
    finally:
        db.close()


def test_generation_is_cached_by_size(tmp_path: Path) -> None:
    first = generate("S", tmp_path, bundles=False, quiet=True)
    stamp = first.plan_db.stat().st_mtime_ns
    again = generate("S", tmp_path, bundles=False, quiet=True)
    assert again.plan_id == first.plan_id
    assert again.plan_db.stat().st_mtime_ns == stamp
