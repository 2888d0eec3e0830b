"""Access to and erasure of a participant's personal data, and how the erasure travels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cocreation_app.cli import main
from cocreation_app.errors import NotFoundError
from cocreation_app.models import Attendance, Change, Participant
from cocreation_app.services.entities import EntityService
from cocreation_app.services.privacy import (
    erase_person,
    erased_name,
    export_person,
    person_report,
    person_text,
    scrub_erased,
)
from cocreation_app.storage import Database, open_database
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles


def _person(db: Database) -> dict[str, object]:
    """A demo participant with e-mail, phone and at least one check-in."""
    with db.read() as session:
        attended = {a.participant_id for a in session.query(Attendance)}
    people = EntityService(db).list_records("participants")
    return next(p for p in people if p["email"] and p["phone"] and p["id"] in attended)


def _raw_bytes(db: Database) -> bytes:
    data = db.path.read_bytes()
    wal = db.path.with_name(db.path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_report_holds_everything_about_the_person(demo_db: Database) -> None:
    person = _person(demo_db)
    report = person_report(demo_db, str(person["id"]))
    assert report["participant"]["email"] == person["email"]
    assert report["participant"]["consent_notice_version"] == "2026-01"
    assert report["plan"]["privacy_notice_version"] == "2026-01"
    assert "Unidad de Transparencia" in report["plan"]["privacy_notice_text"]
    assert report["attendance"] and all(a["workshop_title"] for a in report["attendance"])
    assert {c["field"] for c in report["history"]} >= {"name", "email", "phone"}
    text = person_text(report)
    for expected in (person["name"], person["email"], report["attendance"][0]["workshop_title"]):
        assert str(expected) in text
    assert "Aviso de privacidad" in text


def test_export_person_writes_json_and_text(demo_db: Database, tmp_path: Path) -> None:
    person = _person(demo_db)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "persona.json"
    assert (
        main(["--db", demo_db.describe(), "export-person", str(person["id"]), "-o", str(target)])
        == 0
    )
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["participant"]["id"] == person["id"]
    assert str(person["email"]) in target.with_suffix(".txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["persona.json", "persona.txt"]


def test_unknown_person(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_person(demo_db, "00000000-0000-0000-0000-000000000000", tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


@pytest.mark.sqlite_only  # reads the database file's bytes
def test_erasure_anonymizes_keeps_statistics_and_leaves_no_trace(demo_db: Database) -> None:
    person = _person(demo_db)
    pid = str(person["id"])
    service = EntityService(demo_db)
    attendance_before = service.count("attendance")
    people_before = service.count("participants")

    result = erase_person(demo_db, pid)

    after = service.get("participants", pid)
    assert after["name"] == erased_name(pid)
    assert after["email"] is None and after["phone"] is None and after["organization"] is None
    assert after["consent_contact"] is False and after["consent_publish_name"] is False
    assert after["sector"] == person["sector"]
    assert service.count("attendance") == attendance_before
    assert service.count("participants") == people_before
    assert result.changes_scrubbed > 0
    with demo_db.read() as session:
        values = [
            c.value
            for c in session.query(Change).filter(
                Change.entity == "participants", Change.row_id == pid
            )
        ]
        row = session.get(Participant, pid)
        assert row is not None and str(person["name"]).lower() not in (row.search_key or "")
    assert not any(str(person["email"]) in v or str(person["name"]) in v for v in values)
    raw = _raw_bytes(demo_db)
    for secret in (person["email"], person["phone"], person["name"]):
        assert str(secret).encode() not in raw


def test_erasure_travels_and_the_other_laptop_scrubs_too(demo_db: Database, tmp_path: Path) -> None:
    person = _person(demo_db)
    pid = str(person["id"])
    other = open_database(tmp_path / "other.sqlite3")
    try:
        export_bundle(demo_db, tmp_path / "before.cocrea")
        (report,) = import_bundles(other, [tmp_path / "before.cocrea"])
        assert report.ok, report.error
        assert EntityService(other).get("participants", pid)["email"] == person["email"]

        erase_person(demo_db, pid)
        export_bundle(demo_db, tmp_path / "after.cocrea")
        assert str(person["email"]).encode() not in (tmp_path / "after.cocrea").read_bytes()
        (report,) = import_bundles(other, [tmp_path / "after.cocrea"])
        assert report.ok, report.error
        travelled = EntityService(other).get("participants", pid)
        assert travelled["name"] == erased_name(pid) and travelled["email"] is None

        # The import finished the erasure: the other laptop's own history is scrubbed too.
        assert scrub_erased(other) == 0
        for secret in (person["email"], person["phone"], person["name"]):
            assert str(secret).encode() not in _raw_bytes(other)
        # A later bundle from the laptop that still had the originals changes nothing back.
        export_bundle(other, tmp_path / "back.cocrea")
        (report,) = import_bundles(demo_db, [tmp_path / "back.cocrea"])
        assert report.ok, report.error
        assert EntityService(demo_db).get("participants", pid)["name"] == erased_name(pid)
    finally:
        other.close()


@pytest.mark.sqlite_only  # reads the database file's bytes
def test_merged_duplicates_are_erased_with_the_person(demo_db: Database) -> None:
    person = _person(demo_db)
    pid = str(person["id"])
    service = EntityService(demo_db)
    duplicate = service.create(
        "participants",
        {
            "plan_id": person["plan_id"],
            "name": f"{person['name']} (dup)",
            "email": "dup@example.org",
            "sector": person["sector"],
            "consent_privacy_notice": True,
        },
    )
    service.update("participants", duplicate, {"merged_into_id": pid})
    service.delete("participants", duplicate)
    result = erase_person(demo_db, pid)
    assert result.participants == 2
    assert b"dup@example.org" not in _raw_bytes(demo_db)


def test_cli_erase_needs_confirmation(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    person = _person(demo_db)
    pid = str(person["id"])
    assert main(["--db", demo_db.describe(), "erase-person", pid]) == 1
    assert "--yes" in capsys.readouterr().err
    assert EntityService(demo_db).get("participants", pid)["email"] == person["email"]
    assert main(["--db", demo_db.describe(), "erase-person", pid, "--yes"]) == 0
    assert EntityService(demo_db).get("participants", pid)["email"] is None
