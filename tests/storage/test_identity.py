"""A device identity never travels with a copy of the database file (storage/identity.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import backup_to, open_database
from cocreation_app.storage import identity as identity_module
from cocreation_app.storage.restore import restore_backup
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.pg import Server
from tests.sync.helpers import laptop, new_plan


def _device(path: Path) -> str:
    db = open_database(path)
    try:
        return db.device_id
    finally:
        db.close()


def _local_devices(path: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, is_local FROM devices ORDER BY is_local").fetchall()
    finally:
        conn.close()


@pytest.fixture
def original(tmp_path: Path) -> Path:
    path = tmp_path / "mesa.sqlite3"
    db = laptop(path)
    new_plan(db)
    db.close()
    return path


def test_reopening_the_same_file_keeps_its_device(original: Path) -> None:
    assert _device(original) == _device(original)


def test_a_copied_file_starts_a_device_of_its_own(original: Path, tmp_path: Path) -> None:
    before = _device(original)
    copy = tmp_path / "otra-laptop.sqlite3"
    shutil.copy(original, copy)
    new = _device(copy)
    assert new != before
    assert _device(original) == before
    # The old device's history stays: its changes and its row, now as another device.
    assert dict(_local_devices(copy)) == {before: 0, new: 1}
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM changes WHERE device_id = ?", (before,)).fetchone()[0]
    conn.close()


def test_a_file_opened_on_another_machine_starts_a_device_of_its_own(
    original: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _device(original)
    monkeypatch.setenv("COCREA_MACHINE_ID", "otra-maquina")
    identity_module.machine_id.cache_clear()
    try:
        assert _device(original) != before
    finally:
        monkeypatch.delenv("COCREA_MACHINE_ID")
        identity_module.machine_id.cache_clear()


def test_a_backup_copied_back_over_the_database_is_a_new_device(
    original: Path, tmp_path: Path
) -> None:
    """Restored by hand (same path, same inode: the bytes copied into the file)."""
    before = _device(original)
    backup_to(original, tmp_path / "respaldo.sqlite3")
    with open(original, "r+b") as handle:
        handle.truncate(0)
        handle.write((tmp_path / "respaldo.sqlite3").read_bytes())
    assert _device(original) != before


def test_restore_command_gives_a_new_device(original: Path, tmp_path: Path) -> None:
    before = _device(original)
    backup_to(original, tmp_path / "respaldo.sqlite3")
    restore_backup(tmp_path / "respaldo.sqlite3", original)
    assert _device(original) != before


def test_a_database_from_the_earlier_release_keeps_its_device(original: Path) -> None:
    """Before device homes and keys: the identity stays and gets a key."""
    before = _device(original)
    conn = sqlite3.connect(original)
    with conn:
        conn.execute(
            "DELETE FROM local_settings WHERE key IN ('device_home', 'device_signing_key')"
        )
    conn.close()
    assert _device(original) == before
    conn = sqlite3.connect(original)
    assert conn.execute(
        "SELECT count(*) FROM local_settings WHERE key = 'device_signing_key'"
    ).fetchone() == (1,)
    conn.close()


def test_two_copies_keep_both_laptops_edits(original: Path, tmp_path: Path) -> None:
    """The facilitator copies the file to a second laptop; both keep working; the coordinator
    gets every edit of both, in either order."""
    copy = tmp_path / "segunda.sqlite3"
    shutil.copy(original, copy)
    bundles = []
    for which, (path, word) in enumerate(((original, "uno"), (copy, "dos"))):
        db = open_database(path)
        service = EntityService(db)
        plan = service.list_records("plans")[0]["id"]
        service.create("problems", {"plan_id": plan, "title": word})
        bundles.append(tmp_path / f"b{which}.cocrea")
        export_bundle(db, bundles[-1])
        db.close()
    for order in (bundles, bundles[::-1]):
        coordinator = laptop(tmp_path / f"coordinador{order[0].stem}.sqlite3")
        reports = import_bundles(coordinator, order)
        assert all(r.ok for r in reports), [r.error for r in reports]
        titles = {r["title"] for r in EntityService(coordinator).list_records("problems")}
        assert titles == {"uno", "dos"}
        coordinator.close()


def test_copies_that_shared_an_identity_are_refused_not_dropped(
    original: Path, tmp_path: Path
) -> None:
    """Copies made before identities stayed home (both kept one device id): the second bundle's
    clashing change is refused with a reason naming the laptops, never silently dropped."""
    copy = tmp_path / "segunda.sqlite3"
    shutil.copy(original, copy)
    conn = sqlite3.connect(copy)
    with conn:  # as if the copy had been made by the earlier release
        conn.execute("DELETE FROM local_settings WHERE key = 'device_home'")
    conn.close()
    bundles = []
    for which, (path, word) in enumerate(((original, "uno"), (copy, "dos"))):
        db = open_database(path)
        service = EntityService(db)
        plan = service.list_records("plans")[0]["id"]
        service.update("plans", plan, {"title": word})
        bundles.append(tmp_path / f"b{which}.cocrea")
        export_bundle(db, bundles[-1])
        db.close()
    coordinator = laptop(tmp_path / "coordinador.sqlite3")
    first, second = import_bundles(coordinator, bundles)
    assert first.ok
    assert not second.ok and second.error is not None
    assert "misma identidad" in second.error and "se descartó en silencio" in second.error
    coordinator.close()


def _server_device(url: str) -> str:
    db = open_database(url)
    try:
        return db.device_id
    finally:
        db.close()


def test_a_server_database_is_one_device_by_any_address(pg_url: str, pg_server: Server) -> None:
    """Coordinators reach the same server database as «127.0.0.1» or «localhost»: one device
    (by address it started a new device each time the other name opened it). A database made
    from it on the same server (CREATE DATABASE … TEMPLATE, a restored dump) is a copy."""
    first = _server_device(pg_url)
    assert _server_device(pg_url.replace("@127.0.0.1:", "@localhost:")) == first
    assert _server_device(pg_url) == first
    name = pg_url.rsplit("/", 1)[1]
    copy = pg_server.new_database(template=name)
    try:
        assert _server_device(pg_server.url(copy)) != first
    finally:
        pg_server.drop_database(copy)


def test_a_server_database_fingerprinted_by_address_keeps_its_device(
    pg_url: str, pg_server: Server
) -> None:
    """A database first opened by the earlier release holds its address fingerprint: it is
    renamed to the server's own, not taken for a copy."""
    device = _server_device(pg_url)
    name = pg_url.rsplit("/", 1)[1]
    old = identity_module.address_home("127.0.0.1", pg_server.port, name)
    with pg_server.admin(name) as conn:
        conn.execute("UPDATE local_settings SET value = %s WHERE key = 'device_home'", (old,))
    assert _server_device(pg_url) == device
    with pg_server.admin(name) as conn:
        query = "SELECT value FROM local_settings WHERE key = 'device_home'"
        (home,) = conn.execute(query).fetchone()
    assert home != old
