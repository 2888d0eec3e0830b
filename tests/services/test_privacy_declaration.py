"""What a field is for privacy is declared once, in the registry, and the bundle export and the
erasure of a person do what it says for every field (a field added later cannot leak)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cocreation_app.services.entities import EntityService
from cocreation_app.services.privacy import erase_person, erased_name
from cocreation_app.services.registry import KINDS, optional_consents, participant_fields
from cocreation_app.sync.bundle import open_bundle
from cocreation_app.sync.export import export_bundle
from tests.sync.helpers import laptop, new_plan


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_field_of_every_kind_declares_its_privacy(kind: str) -> None:
    spec = KINDS[kind]
    for field in spec.fields:
        spec.privacy_of(field.name)  # raises LookupError when nothing is declared


def test_every_participant_field_declares_its_own() -> None:
    spec = KINDS["participants"]
    assert spec.privacy is None
    assert [f.name for f in spec.fields if f.privacy is None] == []


def test_the_optional_consents_are_the_three_a_person_may_refuse() -> None:
    assert optional_consents() == ("consent_contact", "consent_publish_name", "consent_photos")


def _filled_person(db: Any, plan: str) -> tuple[str, dict[str, Any]]:
    values = {
        "plan_id": plan,
        "name": "Ana Pérez",
        "sector": "civil_society",
        "organization": "Colectivo Agua Viva",
        "position": "Directora",
        "gender": "female",
        "locality": "Tlacolula",
        "email": "ana@example.org",
        "phone": "951 123 4567",
        "stl_role": None,
        "consent_privacy_notice": True,
        "consent_notice_version": "2026-01",
        "consent_date": "2026-03-01",
        "consent_contact": True,
        "consent_publish_name": True,
        "consent_photos": True,
    }
    values = {k: v for k, v in values.items() if v is not None}
    person = EntityService(db).create("participants", values)
    return person, EntityService(db).get("participants", person)


def test_a_bundle_without_personal_data_follows_the_declaration(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    person, stored = _filled_person(a, new_plan(a))
    export_bundle(a, tmp_path / "anon.cocrea", personal_data=False)
    sent = {
        change[6]: change[7]
        for change in open_bundle((tmp_path / "anon.cocrea").read_bytes()).changes
        if change[4] == "participants" and change[5] == person
    }
    spec = KINDS["participants"]
    checked = 0
    for name, value in sent.items():
        if name not in spec.field_map or stored.get(name) is None:
            continue
        rule = spec.privacy_of(name).bundle
        if rule == "keep":
            assert value == stored[name], name
        elif rule == "remove":
            assert value is None, name
        else:
            assert value != stored[name] and str(value).startswith("Participante "), name
        checked += 1
    assert checked >= 14


def test_an_erasure_follows_the_declaration(tmp_path: Path) -> None:
    a = laptop(tmp_path / "a.sqlite3")
    person, before = _filled_person(a, new_plan(a))
    erase_person(a, person)
    after = EntityService(a).get("participants", person)
    spec = KINDS["participants"]
    for field in spec.fields:
        rule = spec.privacy_of(field.name).erasure
        if rule == "keep":
            assert after[field.name] == before[field.name], field.name
        elif rule == "pseudonym":
            assert after[field.name] == erased_name(person), field.name
        elif rule == "clear":
            assert after[field.name] is None, field.name
        elif rule == "revoke":
            assert after[field.name] is False, field.name
    assert set(participant_fields(erasure="clear")) >= {"email", "phone", "organization"}
