"""Signed bundles: keys pinned on first use, forgeries and distrusted devices refused."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cocreation_app.cli import main
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from cocreation_app.storage.identity import new_signing_key
from cocreation_app.sync.bundle import build_bundle, open_bundle
from cocreation_app.sync.content import content_digest
from cocreation_app.sync.devices import list_devices, set_trusted
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.format import BundleError
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import as_earlier_release, laptop, new_plan, reseal, unpack


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Database, Database, str]:
    """Laptop X (with a plan) and a coordinator that already imported a bundle of X."""
    x, coordinator = laptop(tmp_path / "x.sqlite3"), laptop(tmp_path / "coord.sqlite3")
    plan = new_plan(x)
    export_bundle(x, tmp_path / "x0.cocrea")
    assert import_bundles(coordinator, [tmp_path / "x0.cocrea"])[0].ok
    return x, coordinator, plan


def _forge(x: Database, plan: str, key: str, title: str) -> bytes:
    """A bundle that claims to be X, with X's next sequence number, signed with ``key``."""
    with x.read() as session:
        seq, clock, base = (
            session.connection()
            .exec_driver_sql(
                "SELECT max(seq), max(clock), (SELECT clock FROM field_versions WHERE "
                "entity = 'plans' AND field = 'title') FROM changes"
            )
            .one()
        )
    later = f"{int(clock[:15]) + 1:015d}-000000-{x.device_id}"
    change = (str(uuid.uuid4()), x.device_id, seq + 1, later, "plans", plan, "title", title, base)
    return build_bundle(
        [change],
        device_id=x.device_id,
        device_label=None,
        created_at="2026-12-01T00:00:00.000Z",
        plan_id=None,
        personal_data=True,
        devices=[(x.device_id, None)],
        signing_key=key,
    )


def test_a_forged_bundle_of_a_known_device_is_refused(
    tmp_path: Path, pair: tuple[Database, Database, str]
) -> None:
    x, coordinator, plan = pair
    (tmp_path / "forged.cocrea").write_bytes(_forge(x, plan, new_signing_key()[0], "Falso"))
    before = content_digest(coordinator)
    (report,) = import_bundles(coordinator, [tmp_path / "forged.cocrea"])
    assert not report.ok and report.error is not None
    assert "firmado con otra clave" in report.error
    assert content_digest(coordinator) == before
    # X's real next edit still arrives: nothing was taken by the forgery.
    EntityService(x).update("plans", plan, {"title": "Verdadero"})
    export_bundle(x, tmp_path / "x1.cocrea")
    assert import_bundles(coordinator, [tmp_path / "x1.cocrea"])[0].ok
    assert EntityService(coordinator).get("plans", plan)["title"] == "Verdadero"


def test_a_bundle_from_an_unknown_device_is_accepted_and_its_key_pinned(
    pair: tuple[Database, Database, str],
) -> None:
    x, coordinator, _plan = pair
    known = {d.id: d for d in list_devices(coordinator)}
    mine = {d.id: d for d in list_devices(x)}
    assert known[x.device_id].public_key == mine[x.device_id].public_key is not None
    assert known[x.device_id].trusted


def test_a_distrusted_device_is_refused_until_trusted_again(
    tmp_path: Path, pair: tuple[Database, Database, str]
) -> None:
    x, coordinator, plan = pair
    EntityService(x).update("plans", plan, {"title": "Otro"})
    export_bundle(x, tmp_path / "x1.cocrea")
    set_trusted(coordinator, x.device_id, False)
    (report,) = import_bundles(coordinator, [tmp_path / "x1.cocrea"])
    assert not report.ok and "no confiable" in (report.error or "")
    set_trusted(coordinator, x.device_id, True)
    assert import_bundles(coordinator, [tmp_path / "x1.cocrea"])[0].ok


def test_a_file_imported_before_is_refused_once_its_device_is_distrusted(
    tmp_path: Path, pair: tuple[Database, Database, str]
) -> None:
    x, coordinator, plan = pair
    EntityService(x).update("plans", plan, {"title": "Otro"})
    export_bundle(x, tmp_path / "x1.cocrea")
    assert import_bundles(coordinator, [tmp_path / "x1.cocrea"])[0].ok
    set_trusted(coordinator, x.device_id, False)
    (report,) = import_bundles(coordinator, [tmp_path / "x1.cocrea"])
    assert not report.ok and "no confiable" in (report.error or "")


def test_a_changed_signature_is_refused(tmp_path: Path) -> None:
    db = laptop(tmp_path / "a.sqlite3")
    new_plan(db)
    export_bundle(db, tmp_path / "a.cocrea")
    manifest, members = unpack((tmp_path / "a.cocrea").read_bytes())
    manifest["created_at"] = "2026-12-01T00:00:00.000Z"  # signed: any edit breaks it
    with pytest.raises(BundleError, match="firma"):
        open_bundle(reseal(members, manifest=manifest, resign=False))
    del manifest["signature"]
    with pytest.raises(BundleError, match="firma"):
        open_bundle(reseal(members, manifest=manifest))


def test_an_unsigned_version_1_bundle(tmp_path: Path, pair: tuple[Database, Database, str]) -> None:
    """Read as before from an unknown device; refused from a device whose key is pinned."""
    _x, coordinator, _plan = pair
    manifest, members = as_earlier_release((tmp_path / "x0.cocrea").read_bytes(), version=1)
    (tmp_path / "v1.cocrea").write_bytes(reseal(members, manifest=manifest))
    fresh = laptop(tmp_path / "fresh.sqlite3")
    assert import_bundles(fresh, [tmp_path / "v1.cocrea"])[0].ok
    (report,) = import_bundles(coordinator, [tmp_path / "v1.cocrea"])
    assert not report.ok and "no está firmado" in (report.error or "")


def test_cli_lists_devices_and_distrusts_one(
    tmp_path: Path, pair: tuple[Database, Database, str], capsys: pytest.CaptureFixture[str]
) -> None:
    x, coordinator, _plan = pair
    db = str(coordinator.path)
    assert main(["--db", db, "list", "devices", "--json"]) == 0
    devices = {d["id"]: d for d in json.loads(capsys.readouterr().out)}
    assert devices[x.device_id]["trusted"] is True
    assert len(devices[x.device_id]["key_fingerprint"]) == 19
    assert devices[coordinator.device_id]["is_local"] is True
    assert main(["--db", db, "distrust-device", x.device_id]) == 0
    assert main(["--db", db, "list", "devices"]) == 0
    out = capsys.readouterr().out
    assert "no confiable" in out and x.device_id in out
