"""Export options: one plan only, no personal data, passphrase; and the device registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocreation_app.errors import UserError
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from cocreation_app.sync.bundle import open_bundle
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import laptop, new_plan


def _person(db: Database, plan: str, name: str, **extra: object) -> str:
    values = {
        "plan_id": plan,
        "name": name,
        "sector": "civil_society",
        "gender": "female",
        "organization": "Colectivo Agua Viva",
        "email": "ana@example.org",
        "phone": "951 123 4567",
        "consent_privacy_notice": True,
        **extra,
    }
    return EntityService(db).create("participants", values)


def test_plan_filter_exports_only_that_plan(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    mine = new_plan(a, "Plan de Oaxaca")
    other = new_plan(a, "Plan de Puebla")
    EntityService(a).create("problems", {"plan_id": mine, "title": "Agua"})
    EntityService(a).create("problems", {"plan_id": other, "title": "Basura"})
    export_bundle(a, tmp_path / "oaxaca.cocrea", plan_id=mine)
    manifest = open_bundle((tmp_path / "oaxaca.cocrea").read_bytes()).manifest
    assert manifest.plan_id == mine
    b = laptop(tmp_path / "b.sqlite3")
    assert import_bundles(b, [tmp_path / "oaxaca.cocrea"])[0].ok
    assert [p["id"] for p in EntityService(b).list_records("plans")] == [mine]
    assert [p["title"] for p in EntityService(b).list_records("problems")] == ["Agua"]


def test_unknown_plan_is_refused(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    with pytest.raises(UserError):
        export_bundle(a, tmp_path / "x.cocrea", plan_id="00000000-0000-0000-0000-000000000000")
    assert not (tmp_path / "x.cocrea").exists()


def test_no_personal_data_uses_stable_pseudonyms(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    plan = new_plan(a)
    person = _person(a, plan, "Ana Pérez", position="Directora", locality="Tlacolula")
    export_bundle(a, tmp_path / "p1.cocrea", personal_data=False)
    export_bundle(a, tmp_path / "p2.cocrea", personal_data=False)
    bundle = open_bundle((tmp_path / "p1.cocrea").read_bytes())
    assert bundle.manifest.personal_data is False
    text = repr(bundle.changes)
    assert "Ana Pérez" not in text and "ana@example.org" not in text and "951 123 4567" not in text
    b = laptop(tmp_path / "b.sqlite3")
    c = laptop(tmp_path / "c.sqlite3")
    import_bundles(b, [tmp_path / "p1.cocrea"])
    import_bundles(c, [tmp_path / "p2.cocrea"])
    seen_b = EntityService(b).get("participants", person)
    seen_c = EntityService(c).get("participants", person)
    assert seen_b["name"].startswith("Participante ")
    assert seen_b["name"] == seen_c["name"]  # stable across exports
    assert seen_b["email"] is None and seen_b["phone"] is None and seen_b["position"] is None
    assert seen_b["locality"] is None
    assert seen_b["sector"] == "civil_society"
    assert seen_b["gender"] == "female"
    assert seen_b["organization"] == "Colectivo Agua Viva"
    assert seen_b["consent_privacy_notice"] is True


def test_passphrase_round_trip(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    new_plan(a)
    export_bundle(a, tmp_path / "secret.cocrea", passphrase="correcto caballo batería")
    data = (tmp_path / "secret.cocrea").read_bytes()
    assert b"Plan de prueba" not in data
    b = laptop(tmp_path / "b.sqlite3")
    (missing,) = import_bundles(b, [tmp_path / "secret.cocrea"])
    assert not missing.ok and "contraseña" in (missing.error or "")
    (wrong,) = import_bundles(b, [tmp_path / "secret.cocrea"], passphrase="otra")
    assert not wrong.ok
    assert EntityService(b).list_records("plans") == []
    (right,) = import_bundles(
        b, [tmp_path / "secret.cocrea"], passphrase="correcto caballo batería"
    )
    assert right.ok and right.new_changes > 0
    assert [p["title"] for p in EntityService(b).list_records("plans")] == ["Plan de prueba"]


def test_sender_is_registered_with_label(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    new_plan(a)
    with a.begin() as session:
        session.connection().exec_driver_sql(
            "UPDATE devices SET label = 'Laptop de Mesa 1' WHERE is_local = 1"
        )
    export_bundle(a, tmp_path / "a.cocrea")
    b = laptop(tmp_path / "b.sqlite3")
    (report,) = import_bundles(b, [tmp_path / "a.cocrea"])
    assert report.device_label == "Laptop de Mesa 1"
    with b.read() as session:
        rows = (
            session.connection()
            .exec_driver_sql("SELECT id, label, is_local FROM devices ORDER BY is_local")
            .fetchall()
        )
    assert (a.device_id, "Laptop de Mesa 1", 0) in [tuple(r) for r in rows]


def test_export_is_atomic_when_folder_missing(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    with pytest.raises(UserError):
        export_bundle(a, tmp_path / "no" / "such" / "a.cocrea")


def test_plain_and_encrypted_files_in_one_import(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    new_plan(a, "Plan cifrado")
    export_bundle(a, tmp_path / "secret.cocrea", passphrase="clave")
    c = laptop(tmp_path / "c.sqlite3")
    new_plan(c, "Plan sin cifrar")
    export_bundle(c, tmp_path / "plain.cocrea")
    b = laptop(tmp_path / "b.sqlite3")
    reports = import_bundles(
        b, [tmp_path / "secret.cocrea", tmp_path / "plain.cocrea"], passphrase="clave"
    )
    assert [r.ok for r in reports] == [True, True]
    titles = sorted(p["title"] for p in EntityService(b).list_records("plans"))
    assert titles == ["Plan cifrado", "Plan sin cifrar"]
