"""Changes relayed by another laptop carry their author's signature (sync/authorship.py,
sync/relays.py): a relayer cannot change them, invent them, or pass off an edit as a redaction,
and honest relays — plan-limited, pseudonymized, after an erasure, history from before
signatures — still come in whole."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from cocreation_app.cli import main
from cocreation_app.services.entities import EntityService
from cocreation_app.services.privacy import erase_person, erased_name
from cocreation_app.storage import Database
from cocreation_app.storage.identity import SIGNING_KEY
from cocreation_app.sync.devices import list_devices
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import FileReport, import_bundles, unproven_lines
from tests.sync.helpers import as_earlier_release, laptop, new_plan, reseal

PERSON = {
    "name": "Ana Ruiz Pérez",
    "phone": "9511234567",
    "sector": "civil_society",
    "consent_privacy_notice": True,
}


def _carry(source: Database, target: Database, path: Path, **options: object) -> FileReport:
    export_bundle(source, path, **options)  # type: ignore[arg-type]
    (report,) = import_bundles(target, [path])
    assert report.ok, report.error
    return report


def _raw(db: Database, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        with conn:
            return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def trio(tmp_path: Path) -> tuple[Database, Database, Database, str]:
    """Author A, relayer R, coordinator C; C has seen A directly (A's key is pinned there)."""
    a, r, c = (laptop(tmp_path / f"{n}.sqlite3") for n in "arc")
    plan = new_plan(a)
    _carry(a, c, tmp_path / "a0.cocrea")
    return a, r, c, plan


def _relay_a_new_title(tmp_path: Path, a: Database, r: Database, plan: str) -> str:
    """A retitles the plan; R receives it; C has not. Returns the change's id at R."""
    EntityService(a).update("plans", plan, {"title": "Título de A"})
    _carry(a, r, tmp_path / "a1.cocrea")
    ((change_id,),) = _raw(
        r,
        "SELECT id FROM changes WHERE device_id = ? AND field = 'title' ORDER BY seq DESC LIMIT 1",
        (a.device_id,),
    )
    return str(change_id)


def test_an_honest_relay_is_taken_with_its_authors_signature(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    a, r, c, plan = trio
    _relay_a_new_title(tmp_path, a, r, plan)
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {}
    assert EntityService(c).get("plans", plan)["title"] == "Título de A"
    proofs = _raw(c, "SELECT proof FROM changes WHERE device_id = ?", (a.device_id,))
    assert proofs and all(p[0] is not None for p in proofs)  # kept, to relay on


def test_a_relayed_change_altered_by_the_relayer_is_left_out_and_the_rest_comes_in(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    a, r, c, plan = trio
    change_id = _relay_a_new_title(tmp_path, a, r, plan)
    _raw(r, "UPDATE changes SET value = ? WHERE id = ?", (json.dumps("Falso"), change_id))
    _raw(r, "UPDATE plans SET title = 'Falso' WHERE id = ?", (plan,))
    workshop = EntityService(r).create(
        "workshops", {"plan_id": plan, "title": "Mesa de R", "date": "2026-05-02"}
    )
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {a.device_label() or a.device_id: 1}
    assert "Se dejó fuera 1 cambio" in unproven_lines(report)[0]
    assert EntityService(c).get("plans", plan)["title"] != "Falso"
    assert EntityService(c).get("workshops", workshop)["title"] == "Mesa de R"  # R's own work
    # A's real change still arrives from A: nothing was taken by the forgery.
    _carry(a, c, tmp_path / "a2.cocrea")
    assert EntityService(c).get("plans", plan)["title"] == "Título de A"


def _forge_unsigned(r: Database, a: Database, plan: str, title: str) -> None:
    """R writes into its own file a change of A's with A's next number and no proof."""
    ((seq, clock),) = _raw(
        r, "SELECT max(seq), max(clock) FROM changes WHERE device_id = ?", (a.device_id,)
    )
    later = f"{int(str(clock)[:15]) + 1:015d}-000000-{a.device_id}"
    _raw(
        r,
        "INSERT INTO changes (id, device_id, seq, clock, entity, row_id, field, value, "
        "base_clock, proof) VALUES (?, ?, ?, ?, 'plans', ?, 'title', ?, ?, NULL)",
        (str(uuid.uuid4()), a.device_id, int(str(seq)) + 1, later, plan, json.dumps(title), clock),
    )


def test_a_change_invented_for_another_device_is_left_out(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    a, r, c, plan = trio
    _relay_a_new_title(tmp_path, a, r, plan)
    _forge_unsigned(r, a, plan, "Inventado")
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {a.device_label() or a.device_id: 1}
    assert EntityService(c).get("plans", plan)["title"] == "Título de A"
    # Left out, not remembered: importing the file again says so again.
    (again,) = import_bundles(c, [tmp_path / "r.cocrea"])
    assert again.ok and again.unproven == report.unproven


def test_an_edit_passed_off_as_a_redaction_is_left_out(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    """A redaction's proof keeps the signed digest in place of the value; it stands only where
    the value is one an erasure or a pseudonymized export writes, never on a plan's title."""
    from cocreation_app.sync.authorship import redacted

    a, r, c, plan = trio
    change_id = _relay_a_new_title(tmp_path, a, r, plan)
    ((value, proof),) = _raw(r, "SELECT value, proof FROM changes WHERE id = ?", (change_id,))
    _raw(
        r,
        "UPDATE changes SET value = ?, proof = ? WHERE id = ?",
        (json.dumps("Falso"), redacted(str(proof), str(value)), change_id),
    )
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {a.device_label() or a.device_id: 1}
    assert EntityService(c).get("plans", plan)["title"] != "Falso"


def test_a_change_of_this_very_database_it_does_not_hold_is_left_out(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    _a, r, c, plan = trio
    EntityService(c).update("plans", plan, {"title": "Título de C"})
    _carry(c, r, tmp_path / "c.cocrea")
    _forge_unsigned(r, c, plan, "Escrito por R a nombre de C")
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {c.device_label() or c.device_id: 1}


def test_an_author_first_seen_through_a_relay_is_pinned_and_then_protected(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    a, r, _c, plan = trio
    fresh = laptop(tmp_path / "fresh.sqlite3")
    _relay_a_new_title(tmp_path, a, r, plan)
    assert _carry(r, fresh, tmp_path / "r.cocrea").unproven == {}
    pinned = {d.id: d.public_key for d in list_devices(fresh)}
    assert pinned[a.device_id] == {d.id: d.public_key for d in list_devices(a)}[a.device_id]
    # A second relayer, F, invents a change of A: refused by the key learnt through R.
    f = laptop(tmp_path / "f.sqlite3")
    _carry(r, f, tmp_path / "r1.cocrea")
    _forge_unsigned(f, a, plan, "Inventado por F")
    assert _carry(f, fresh, tmp_path / "f.cocrea").unproven == {a.device_label() or a.device_id: 1}


def test_a_device_entry_with_another_key_does_not_replace_the_pinned_one(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    """R claims A's key is one of its own, and signs A's changes with it."""
    from cocreation_app.storage.identity import new_signing_key

    a, r, c, plan = trio
    change_id = _relay_a_new_title(tmp_path, a, r, plan)
    private, public = new_signing_key()
    _raw(
        r,
        "UPDATE devices SET public_key = ?, since_signature = NULL WHERE id = ?",
        (public, a.device_id),
    )
    from cocreation_app.sync.authorship import sign_changes

    ((header, _value),) = [
        (tuple(row[:8]), str(row[8]))
        for row in _raw(
            r,
            "SELECT id, device_id, seq, clock, entity, row_id, field, base_clock, value "
            "FROM changes WHERE id = ?",
            (change_id,),
        )
    ]
    forged = json.dumps("Firmado por R")
    (proof,) = sign_changes(private, [(header, forged)])  # type: ignore[list-item]
    _raw(r, "UPDATE changes SET value = ?, proof = ? WHERE id = ?", (forged, proof, change_id))
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {a.device_label() or a.device_id: 1}
    assert {d.id: d.public_key for d in list_devices(c)}[a.device_id] != public


def test_pseudonymized_and_plan_limited_relays_come_in_whole(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    a, r, c, plan = trio
    person = EntityService(a).create("participants", {**PERSON, "plan_id": plan})
    _carry(a, r, tmp_path / "a1.cocrea")
    report = _carry(r, c, tmp_path / "r.cocrea", personal_data=False)
    assert report.unproven == {}
    got = EntityService(c).get("participants", person)
    assert got["name"].startswith("Participante ") and got["phone"] is None
    other = laptop(tmp_path / "other.sqlite3")
    _carry(a, other, tmp_path / "a-other.cocrea")
    EntityService(a).update("plans", plan, {"title": "Sólo este plan"})
    _carry(a, r, tmp_path / "a2.cocrea")
    assert _carry(r, other, tmp_path / "r-plan.cocrea", plan_id=plan).unproven == {}
    assert EntityService(other).get("plans", plan)["title"] == "Sólo este plan"


def test_a_relay_after_an_erasure_keeps_its_authors_signatures(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    """R erases a person A registered: A's old values are scrubbed in R's log, and their proofs
    become those of a redaction, which C takes."""
    a, r, c, plan = trio
    person = EntityService(a).create("participants", {**PERSON, "plan_id": plan})
    _carry(a, r, tmp_path / "a1.cocrea")
    erase_person(r, person)
    scrubbed = _raw(
        r,
        "SELECT value, proof FROM changes WHERE device_id = ? AND row_id = ? AND field = 'phone'",
        (a.device_id, person),
    )
    assert scrubbed == [("null", scrubbed[0][1])] and "=" in str(scrubbed[0][1])
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {}
    assert EntityService(c).get("participants", person)["name"] == erased_name(person)
    values = _raw(c, "SELECT value FROM changes WHERE row_id = ?", (person,))
    assert not any("9511234567" in str(v[0]) or "Ana Ruiz" in str(v[0]) for v in values)


def test_history_from_before_signatures_is_taken_up_to_the_authors_statement(
    tmp_path: Path,
) -> None:
    """A wrote two plans with an earlier release and sent them to R unsigned. After upgrading
    (its statement: nothing above that number went out unsigned), A sends only plan 1 to C.
    R's relay of A's plan 2 comes in unsigned; a change of A numbered above the statement
    without a proof is left out."""
    a, r, c = (laptop(tmp_path / f"{n}.sqlite3") for n in "arc")
    plan1, plan2 = new_plan(a, "Plan uno"), new_plan(a, "Plan dos")
    ((top,),) = _raw(a, "SELECT max(seq) FROM changes")
    _raw(a, "UPDATE devices SET signs_since = ?, since_signature = NULL WHERE is_local", (top,))
    ((key,),) = _raw(a, "SELECT value FROM local_settings WHERE key = ?", (SIGNING_KEY,))
    export_bundle(a, tmp_path / "a-new.cocrea")
    manifest, members = as_earlier_release((tmp_path / "a-new.cocrea").read_bytes(), key=str(key))
    (tmp_path / "a-old.cocrea").write_bytes(reseal(members, manifest=manifest, resign=False))
    assert import_bundles(r, [tmp_path / "a-old.cocrea"])[0].ok
    assert _raw(r, "SELECT count(*) FROM changes WHERE proof IS NOT NULL") == [(0,)]
    _carry(a, c, tmp_path / "a-plan1.cocrea", plan_id=plan1)
    assert EntityService(c).get("plans", plan1)["title"] == "Plan uno"
    _forge_unsigned(r, a, plan2, "Después de la actualización, sin firma")
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {a.device_label() or a.device_id: 1}
    assert EntityService(c).get("plans", plan2)["title"] == "Plan dos"


def test_the_command_line_names_what_was_left_out(
    tmp_path: Path,
    trio: tuple[Database, Database, Database, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    a, r, c, plan = trio
    _relay_a_new_title(tmp_path, a, r, plan)
    _forge_unsigned(r, a, plan, "Inventado")
    export_bundle(r, tmp_path / "r.cocrea")
    assert main(["--db", str(c.path), "import-bundle", str(tmp_path / "r.cocrea")]) == 0
    captured = capsys.readouterr()
    assert "Se dejó fuera 1 cambio de" in captured.err and "falsificación" in captured.err


def test_a_copy_relays_with_their_proofs_the_changes_its_original_never_sent(
    tmp_path: Path, trio: tuple[Database, Database, Database, str]
) -> None:
    """A's file is copied to a new laptop (a device of its own) before A exported its last
    edit: the copy still holds A's key, signs that edit as A's, and C takes it."""
    from tests.sync.test_properties import copy_file, open_fast

    a, _r, c, plan = trio
    EntityService(a).update("plans", plan, {"title": "Antes de copiar"})
    assert _raw(a, "SELECT count(*) FROM changes WHERE proof IS NULL") == [(1,)]
    copy_file(a.path, tmp_path / "copy.sqlite3")
    copy = open_fast(tmp_path / "copy.sqlite3")
    assert copy.device_id != a.device_id
    report = _carry(copy, c, tmp_path / "copy.cocrea")
    assert report.unproven == {}
    assert EntityService(c).get("plans", plan)["title"] == "Antes de copiar"


def test_a_large_relay_is_checked_on_several_threads_with_the_same_verdicts(
    tmp_path: Path,
    trio: tuple[Database, Database, Database, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cocreation_app.sync import relays

    monkeypatch.setattr(relays, "PARALLEL_FROM", 2)
    monkeypatch.setattr(relays.os, "cpu_count", lambda: 4)
    a, r, c, plan = trio
    for n in range(5):
        EntityService(a).create(
            "workshops", {"plan_id": plan, "title": f"Mesa {n}", "date": "2026-05-02"}
        )
    _relay_a_new_title(tmp_path, a, r, plan)
    _forge_unsigned(r, a, plan, "Inventado")
    report = _carry(r, c, tmp_path / "r.cocrea")
    assert report.unproven == {a.device_label() or a.device_id: 1}
    assert len(EntityService(c).list_records("workshops")) == 5
    assert EntityService(c).get("plans", plan)["title"] == "Título de A"
