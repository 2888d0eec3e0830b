"""Deleting an evidence file for good: the row is gone from every list, its bytes leave the
database file, it cannot be restored, and it is written as changes that travel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cocreation_app.errors import NotFoundError, UserError
from cocreation_app.models import Change, EvidenceBlob, EvidenceFile
from cocreation_app.services.entities import EntityService
from cocreation_app.services.evidence import evidence_input
from cocreation_app.services.followup import FollowupService
from cocreation_app.storage import Database
from cocreation_app.sync.content import content_digest

PHOTO = b"\xff\xd8\xff\xe0 foto de Ana en la mesa " * 300


def _update(db: Database) -> tuple[str, str]:
    entities = EntityService(db)
    plan = entities.create("plans", {"title": "P", "state": "Oaxaca", "municipality": "Tlacolula"})
    commitment = entities.create(
        "commitments", {"plan_id": plan, "title": "C", "lead_institution": "DIF"}
    )
    milestone = entities.create("milestones", {"commitment_id": commitment, "title": "H"})
    service = FollowupService(db)
    update = service.report_progress(
        milestone, date="2026-10-01", status="in_progress", progress=10
    )
    (photo,) = service.attach_evidence(update, [evidence_input("ana.jpg", PHOTO)])
    return update, photo


def _on_disk(db: Database) -> bytes:
    files = [Path(db.path), Path(f"{db.path}-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_a_purge_removes_the_file_for_good(db: Database) -> None:
    _update_id, photo = _update(db)
    service = FollowupService(db)
    assert service.evidence_name(photo) == "ana.jpg"
    result = service.purge_evidence(photo)
    assert (result.filename, result.bytes_removed) == ("ana.jpg", True)
    assert EntityService(db).list_records("evidence_files") == []
    with pytest.raises(NotFoundError):
        EntityService(db).get("evidence_files", photo)
    with pytest.raises(UserError, match="No existe"):
        service.evidence_data(photo)
    before = content_digest(db)
    with pytest.raises(UserError, match="definitivamente"):
        EntityService(db).restore("evidence_files", photo)
    with pytest.raises(NotFoundError, match="definitivamente"):
        service.purge_evidence(photo)  # once is enough
    assert content_digest(db) == before
    with db.read() as session:
        written = [
            (c.field, json.loads(c.value))
            for c in session.scalars(
                select(Change).where(Change.row_id == photo).order_by(Change.seq)
            )
        ][-2:]
    assert written == [("deleted", True), ("sha256", None)]  # ordinary changes: they travel


@pytest.mark.sqlite_only
def test_the_bytes_leave_the_database_file(db: Database) -> None:
    _update_id, photo = _update(db)
    assert PHOTO[:64] in _on_disk(db)
    FollowupService(db).purge_evidence(photo)
    assert PHOTO[:64] not in _on_disk(db)


def test_a_deleted_file_can_be_purged_and_its_update_restored_without_it(db: Database) -> None:
    update, photo = _update(db)
    entities = EntityService(db)
    entities.delete("progress_updates", update)  # takes the photo along
    FollowupService(db).purge_evidence(photo)
    entities.restore("progress_updates", update)  # the undo of that delete
    assert entities.get("progress_updates", update)["id"] == update
    assert entities.list_records("evidence_files") == []
    with db.read() as session:
        assert session.scalars(select(EvidenceBlob)).all() == []
        assert session.get(EvidenceFile, photo).deleted


def test_an_unknown_file_cannot_be_purged(db: Database) -> None:
    before = content_digest(db)
    with pytest.raises(NotFoundError):
        FollowupService(db).purge_evidence("00000000-0000-4000-8000-000000000000")
    assert content_digest(db) == before
