"""Two or three laptops exchanging bundles: the examples of the issue's "Done when"."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocreation_app.errors import UserError
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from cocreation_app.sync import importer
from cocreation_app.sync.bundle import open_bundle
from cocreation_app.sync.conflicts import list_conflicts, resolve_conflict
from cocreation_app.sync.content import content_digest, content_snapshot
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import laptop, new_plan


def _share(source: Database, target: Database, path: Path) -> None:
    export_bundle(source, path)
    (report,) = import_bundles(target, [path])
    assert report.ok, report.error


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Database, Database, str]:
    """Laptops A and B that both hold the same plan with one commitment."""
    a = laptop(tmp_path / "a.sqlite3")
    b = laptop(tmp_path / "b.sqlite3")
    plan = new_plan(a)
    EntityService(a).create(
        "commitments", {"plan_id": plan, "title": "Agua potable", "lead_institution": "SAPAO"}
    )
    _share(a, b, tmp_path / "start.cocrea")
    yield a, b, plan
    a.close()
    b.close()


def _commitment(db: Database) -> str:
    return str(EntityService(db).list_records("commitments")[0]["id"])


def test_demo_plan_travels_whole(tmp_path: Path, demo_db: Database) -> None:
    other = laptop(tmp_path / "other.sqlite3")
    _share(demo_db, other, tmp_path / "demo.cocrea")
    assert content_snapshot(other) == content_snapshot(demo_db)
    assert content_snapshot(other)["rows"]["participants"]


@pytest.mark.parametrize("a_first", [True, False])
def test_same_commitment_edited_on_two_laptops(
    tmp_path: Path, pair: tuple[Database, Database, str], a_first: bool
) -> None:
    a, b, plan = pair
    commitment = _commitment(a)
    EntityService(a).update("commitments", commitment, {"title": "Agua potable para todos"})
    EntityService(b).update("commitments", commitment, {"title": "Agua y saneamiento"})
    export_bundle(a, tmp_path / "a.cocrea")
    export_bundle(b, tmp_path / "b.cocrea")
    order = ["a.cocrea", "b.cocrea"] if a_first else ["b.cocrea", "a.cocrea"]
    coordinator = laptop(tmp_path / "coordinator.sqlite3")
    for name in order:
        assert import_bundles(coordinator, [tmp_path / name])[0].ok
    import_bundles(a, [tmp_path / "b.cocrea"])
    import_bundles(b, [tmp_path / "a.cocrea"])

    digests = {content_digest(db) for db in (a, b, coordinator)}
    assert len(digests) == 1
    for db in (a, b, coordinator):
        (conflict,) = list_conflicts(db)
        assert conflict.target_kind == "commitments"
        assert conflict.target_id == commitment
        assert conflict.field == "title"
        assert {v.value for v in conflict.values} == {
            "Agua potable para todos",
            "Agua y saneamiento",
        }
        assert len({v.device_id for v in conflict.values}) == 2
        assert [c.id for c in list_conflicts(db, plan_id=plan)] == [conflict.id]
    other_plan = new_plan(coordinator, "Otro plan")
    assert list_conflicts(coordinator, plan_id=other_plan) == []


def test_resolution_travels(tmp_path: Path, pair: tuple[Database, Database, str]) -> None:
    a, b, _plan = pair
    commitment = _commitment(a)
    EntityService(a).update("commitments", commitment, {"title": "Versión A"})
    EntityService(b).update("commitments", commitment, {"title": "Versión B"})
    _share(a, b, tmp_path / "a1.cocrea")
    _share(b, a, tmp_path / "b1.cocrea")
    (conflict,) = list_conflicts(a)
    kept = resolve_conflict(a, conflict.id, value="Versión acordada")
    assert kept == "Versión acordada"
    assert list_conflicts(a) == []
    assert EntityService(a).get("commitments", commitment)["title"] == "Versión acordada"
    _share(a, b, tmp_path / "a2.cocrea")
    assert list_conflicts(b) == []
    assert EntityService(b).get("commitments", commitment)["title"] == "Versión acordada"
    assert content_digest(a) == content_digest(b)


def test_keep_one_of_the_values(tmp_path: Path, pair: tuple[Database, Database, str]) -> None:
    a, b, _plan = pair
    commitment = _commitment(a)
    EntityService(a).update("commitments", commitment, {"status": "in_progress"})
    EntityService(b).update("commitments", commitment, {"status": "completed"})
    _share(b, a, tmp_path / "b1.cocrea")
    (conflict,) = list_conflicts(a)
    older = next(v for v in conflict.values if not v.current)
    resolve_conflict(a, conflict.id, keep=older.value_id)
    assert EntityService(a).get("commitments", commitment)["status"] == older.value
    assert list_conflicts(a) == []


def test_reimport_reports_nothing_new(tmp_path: Path, pair: tuple[Database, Database, str]) -> None:
    a, b, _plan = pair
    EntityService(a).update("commitments", _commitment(a), {"title": "Otro título"})
    export_bundle(a, tmp_path / "a.cocrea")
    first = import_bundles(b, [tmp_path / "a.cocrea"])[0]
    assert first.new_changes == 1
    before = content_digest(b)
    again = import_bundles(b, [tmp_path / "a.cocrea"])[0]
    assert again.ok and again.new_changes == 0 and again.conflicts == 0
    assert sum(g.new + g.updated for g in again.groups) == 0
    assert content_digest(b) == before


def test_a_file_imported_in_full_is_known_by_its_seal(
    tmp_path: Path, pair: tuple[Database, Database, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing the same file again reports it as before, with nothing new, without reading
    its records again (imported_bundles); a preview (--dry-run) imports nothing, so it does
    not count."""
    a, b, _plan = pair
    EntityService(a).update("commitments", _commitment(a), {"title": "Otro título"})
    export_bundle(a, tmp_path / "a.cocrea")
    preview = import_bundles(b, [tmp_path / "a.cocrea"], dry_run=True)[0]
    first = import_bundles(b, [tmp_path / "a.cocrea"])[0]
    assert preview.new_changes == first.new_changes == 1
    before = content_digest(b)

    def not_again(_data: bytes) -> None:
        raise AssertionError("the records of a file imported in full were read again")

    monkeypatch.setattr(importer, "read_sealed", not_again)
    again = import_bundles(b, [tmp_path / "a.cocrea"])[0]
    assert again.ok and again.applied and again.error is None
    assert (again.new_changes, again.conflicts, again.groups) == (0, 0, [])
    described = ("device_id", "device_label", "created_at", "personal_data", "changes")
    assert [getattr(again, k) for k in described] == [getattr(first, k) for k in described]
    assert content_digest(b) == before
    # A file with one byte changed is not taken for the one imported: its seal is refused.
    damaged = bytearray((tmp_path / "a.cocrea").read_bytes())
    damaged[100] ^= 1
    (tmp_path / "damaged.cocrea").write_bytes(bytes(damaged))
    assert not import_bundles(b, [tmp_path / "damaged.cocrea"])[0].ok


def test_one_flipped_byte_is_rejected(tmp_path: Path, pair: tuple[Database, Database, str]) -> None:
    a, b, _plan = pair
    EntityService(a).update("commitments", _commitment(a), {"title": "Cambio que no debe llegar"})
    export_bundle(a, tmp_path / "a.cocrea")
    data = (tmp_path / "a.cocrea").read_bytes()
    for position in range(len(data)):  # every single byte: the seal covers the whole file
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises(UserError):
            open_bundle(bytes(damaged))
    before = content_digest(b)
    damaged = bytearray(data)
    damaged[len(data) // 2] ^= 0xFF
    (tmp_path / "damaged.cocrea").write_bytes(bytes(damaged))
    (report,) = import_bundles(b, [tmp_path / "damaged.cocrea"])
    assert not report.ok
    assert "dañado" in (report.error or "")
    assert content_digest(b) == before


def test_older_bundle_never_resurrects_a_delete(
    tmp_path: Path, pair: tuple[Database, Database, str]
) -> None:
    a, b, _plan = pair
    commitment = _commitment(a)
    EntityService(a).create("milestones", {"commitment_id": commitment, "title": "Diagnóstico"})
    export_bundle(a, tmp_path / "old.cocrea")
    _share(a, b, tmp_path / "a1.cocrea")
    EntityService(b).delete("commitments", commitment)
    _share(b, a, tmp_path / "b1.cocrea")
    for db in (a, b):
        assert EntityService(db).list_records("commitments") == []
        assert EntityService(db).list_records("milestones") == []
        assert import_bundles(db, [tmp_path / "old.cocrea"])[0].ok
        assert EntityService(db).list_records("commitments") == []
        assert EntityService(db).list_records("milestones") == []
    rows = content_snapshot(a)["rows"]["commitments"]
    assert rows[commitment]["deleted"] is True  # a tombstone, not a hard delete


def test_dry_run_writes_nothing(tmp_path: Path, pair: tuple[Database, Database, str]) -> None:
    a, b, _plan = pair
    EntityService(a).create(
        "commitments", {"plan_id": _plan, "title": "Nuevo", "lead_institution": "DIF"}
    )
    export_bundle(a, tmp_path / "a.cocrea")
    before = content_digest(b)
    (report,) = import_bundles(b, [tmp_path / "a.cocrea"], dry_run=True)
    assert report.ok and not report.applied
    assert report.new_changes > 0
    assert sum(g.new for g in report.groups) == 1
    assert content_digest(b) == before


def test_bad_file_skipped_others_import(
    tmp_path: Path, pair: tuple[Database, Database, str]
) -> None:
    a, b, _plan = pair
    EntityService(a).update("commitments", _commitment(a), {"title": "Llega"})
    export_bundle(a, tmp_path / "good.cocrea")
    (tmp_path / "bad.cocrea").write_bytes(b"PK\x03\x04 esto no es un paquete")
    reports = import_bundles(b, [tmp_path / "bad.cocrea", tmp_path / "good.cocrea"])
    assert [r.ok for r in reports] == [False, True]
    assert EntityService(b).get("commitments", _commitment(b))["title"] == "Llega"


def test_folder_import(tmp_path: Path, pair: tuple[Database, Database, str]) -> None:
    a, b, _plan = pair
    folder = tmp_path / "usb"
    folder.mkdir()
    EntityService(a).update("commitments", _commitment(a), {"title": "Desde la memoria USB"})
    export_bundle(a, folder / "a.cocrea")
    (folder / "notas.txt").write_text("no es un paquete")
    reports = import_bundles(b, [folder])
    assert [r.path.name for r in reports] == ["a.cocrea"]
    assert content_digest(a) == content_digest(b)


def test_hlc_moves_past_imported_clocks(
    tmp_path: Path, pair: tuple[Database, Database, str]
) -> None:
    a, b, _plan = pair
    commitment = _commitment(a)
    EntityService(a).update("commitments", commitment, {"title": "Primero en A"})
    _share(a, b, tmp_path / "a1.cocrea")
    EntityService(b).update("commitments", commitment, {"title": "Después en B"})
    _share(b, a, tmp_path / "b1.cocrea")
    assert list_conflicts(a) == []  # B saw A's edit: a replacement, not a conflict
    assert EntityService(a).get("commitments", commitment)["title"] == "Después en B"


def test_restored_backup_gets_its_own_changes_back(
    tmp_path: Path, pair: tuple[Database, Database, str]
) -> None:
    """A laptop restored from an old copy of its file starts a device of its own
    (storage/identity.py), imports a bundle holding its old device's later edits as anyone
    else's, and keeps working: no sequence number is ever used twice."""
    import shutil

    a, b, _plan = pair
    commitment = _commitment(a)
    a.close()
    shutil.copy(tmp_path / "a.sqlite3", tmp_path / "backup.sqlite3")
    a = laptop_reopen(tmp_path / "a.sqlite3")
    EntityService(a).update("commitments", commitment, {"title": "Después del respaldo"})
    _share(a, b, tmp_path / "a1.cocrea")
    a.close()
    restored = laptop_reopen(tmp_path / "backup.sqlite3")
    assert restored.device_id != a.device_id
    export_bundle(b, tmp_path / "b1.cocrea")
    assert import_bundles(restored, [tmp_path / "b1.cocrea"])[0].ok
    EntityService(restored).update("commitments", commitment, {"title": "Sigue funcionando"})
    _share(restored, b, tmp_path / "r1.cocrea")
    assert EntityService(b).get("commitments", commitment)["title"] == "Sigue funcionando"
    restored.close()


def laptop_reopen(path: Path) -> Database:
    from cocreation_app.storage import open_database

    return open_database(path)
