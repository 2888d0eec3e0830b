"""Backups taken while another connection writes, and restoring a backup (CLI and function)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from cocreation_app.cli import main
from cocreation_app.errors import StorageError
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import backup_to, list_automatic_backups, open_database
from cocreation_app.storage.backup import automatic_backup
from cocreation_app.storage.restore import restore_backup
from tests.reliability.content import file_hash

PLAN = {"title": "Plan", "state": "Oaxaca", "municipality": "Tlacolula"}


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0])
    finally:
        conn.close()


def test_backup_while_another_connection_writes_is_a_consistent_snapshot(tmp_path: Path) -> None:
    """Every write transaction adds a problem and sets the plan's context to the number of
    problems; in each backup, taken mid-stream, the two must agree and quick_check must pass."""
    path = tmp_path / "busy.sqlite3"
    db = open_database(path)
    service = EntityService(db)
    plan = service.create("plans", PLAN)
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        while not stop.is_set():
            with service.action() as (session, scope):
                service.create_in(
                    session, scope, KINDS["problems"], {"plan_id": plan, "title": "P"}
                )
                written[0] += 1
                service.update_in(
                    session, scope, KINDS["plans"], plan, {"context": str(written[0])}
                )

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        snapshots = []
        while len(snapshots) < 8:
            if written[0] <= len(snapshots) * 3:
                stop.wait(0.01)
                continue
            target = tmp_path / f"snap{len(snapshots)}.sqlite3"
            backup_to(path, target)
            snapshots.append(target)
    finally:
        stop.set()
        thread.join()
        db.close()
    counts = []
    for snap in snapshots:
        conn = sqlite3.connect(snap)
        try:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            problems = conn.execute("SELECT count(*) FROM problems").fetchone()[0]
            context = conn.execute("SELECT context FROM plans").fetchone()[0]
            assert (context or "0") == str(problems)
            counts.append(problems)
        finally:
            conn.close()
    assert counts == sorted(counts) and counts[-1] > counts[0]


def _two_states(tmp_path: Path) -> tuple[Path, Path]:
    """A database with two plans, and a backup of it taken when it had one."""
    path = tmp_path / "cocrea.sqlite3"
    db = open_database(path)
    EntityService(db).create("plans", PLAN)
    backup = tmp_path / "respaldo.sqlite3"
    backup_to(path, backup)
    EntityService(db).create("plans", {**PLAN, "title": "Segundo"})
    db.close()
    return path, backup


def test_restore_replaces_and_keeps_the_previous_database(tmp_path: Path) -> None:
    path, backup = _two_states(tmp_path)
    saved = restore_backup(backup, path)
    assert _count(path, "plans") == 1
    assert saved is not None and _count(saved, "plans") == 2
    assert saved in list_automatic_backups(path)
    assert not path.with_name(path.name + "-wal").exists()
    db = open_database(path)
    assert [p["title"] for p in EntityService(db).list_records("plans")] == ["Plan"]
    db.close()


def test_restore_from_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, backup = _two_states(tmp_path)
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "restaurado" in out and "anterior" in out
    assert _count(path, "plans") == 1


def test_restore_the_oldest_automatic_backup(tmp_path: Path) -> None:
    """Restoring makes a new automatic backup, which rotates out the oldest: the one chosen
    must still be restored whole."""
    path = tmp_path / "cocrea.sqlite3"
    db = open_database(path)
    service = EntityService(db)
    for index in range(10):
        service.create("plans", {**PLAN, "title": f"Plan {index}"})
        automatic_backup(path, f"test{index}")
    db.close()
    oldest = list_automatic_backups(path)[-1]
    restore_backup(oldest, path)
    assert _count(path, "plans") == 1
    assert not oldest.exists()  # rotated out after it was copied in


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"hola, no soy una base de datos", "no es una base de datos de Cocrea"),
        (b"", "no es una base de datos de Cocrea"),
    ],
)
def test_restore_refuses_files_that_are_not_databases(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path, _backup = _two_states(tmp_path)
    before = file_hash(path)
    bad = tmp_path / "malo.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(StorageError, match=reason):
        restore_backup(bad, path)
    assert file_hash(path) == before
    assert list_automatic_backups(path) == []


def test_restore_refuses_other_sqlite_damaged_and_newer(tmp_path: Path) -> None:
    path, backup = _two_states(tmp_path)
    before = file_hash(path)
    other = tmp_path / "otra.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="no es una base de datos de Cocrea"):
        restore_backup(other, path)

    newer = tmp_path / "nueva.sqlite3"
    backup_to(backup, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="más reciente"):
        restore_backup(newer, path)

    damaged = tmp_path / "dañada.sqlite3"
    data = bytearray(backup.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):
        data[offset : offset + 8] = b"\xff" * 8  # every b-tree page header but the first
    damaged.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        restore_backup(damaged, path)
    assert file_hash(path) == before


def test_restore_refuses_while_the_database_is_open_elsewhere(tmp_path: Path) -> None:
    path, backup = _two_states(tmp_path)
    before = file_hash(path)
    db = open_database(path)
    with db.read() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM plans").fetchall()
        with pytest.raises(StorageError, match="abierta en otra ventana"):
            restore_backup(backup, path)
    db.close()
    assert file_hash(path) == before
    assert _count(path, "plans") == 2


def test_restored_laptop_keeps_syncing_after_editing_first(tmp_path: Path) -> None:
    """Laptop A sends edits made after its backup to B, is restored from the backup, edits
    again *before* importing anything, and the two still exchange bundles both ways."""
    from cocreation_app.sync.export import export_bundle
    from cocreation_app.sync.importer import import_bundles

    a_path = tmp_path / "a.sqlite3"
    a = open_database(a_path)
    plan = EntityService(a).create("plans", PLAN)
    old_device = a.device_id
    backup = tmp_path / "respaldo.sqlite3"
    backup_to(a_path, backup)
    EntityService(a).update("plans", plan, {"title": "Después del respaldo"})
    export_bundle(a, tmp_path / "a1.cocrea")
    a.close()
    b = open_database(tmp_path / "b.sqlite3")
    assert import_bundles(b, [tmp_path / "a1.cocrea"])[0].ok

    restore_backup(backup, a_path)
    restored = open_database(a_path)
    try:
        assert restored.device_id != old_device
        EntityService(restored).update("plans", plan, {"context": "Editado tras restaurar"})
        export_bundle(restored, tmp_path / "r1.cocrea")
        (report,) = import_bundles(b, [tmp_path / "r1.cocrea"])
        assert report.ok, report.error
        export_bundle(b, tmp_path / "b1.cocrea")
        (report,) = import_bundles(restored, [tmp_path / "b1.cocrea"])
        assert report.ok, report.error
        for db in (restored, b):
            record = EntityService(db).get("plans", plan)
            assert record["title"] == "Después del respaldo"
            assert record["context"] == "Editado tras restaurar"
    finally:
        restored.close()
        b.close()
