"""The same person registered on two laptops: found, merged, and the merge travels."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocreation_app.errors import UserError
from cocreation_app.services.entities import EntityService
from cocreation_app.services.participants import ParticipantService
from cocreation_app.storage import Database
from cocreation_app.sync.content import content_digest
from cocreation_app.sync.duplicates import find_duplicates, merge_participants
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import laptop, new_plan


def _register(db: Database, plan: str, name: str, **extra: object) -> str:
    values = {
        "plan_id": plan,
        "name": name,
        "sector": "citizen",
        "consent_privacy_notice": True,
        **extra,
    }
    return EntityService(db).create("participants", values)


@pytest.fixture
def two_registrations(tmp_path: Path) -> tuple[Database, Database, str, str, str, str]:
    """María registered on laptop A (workshop 1) and again on laptop B (workshop 2)."""
    a = laptop(tmp_path / "a.sqlite3")
    b = laptop(tmp_path / "b.sqlite3")
    plan = new_plan(a)
    first = EntityService(a).create(
        "workshops", {"plan_id": plan, "title": "Mesa 1", "date": "2026-03-01"}
    )
    second = EntityService(a).create(
        "workshops", {"plan_id": plan, "title": "Mesa 2", "date": "2026-03-08"}
    )
    export_bundle(a, tmp_path / "start.cocrea")
    import_bundles(b, [tmp_path / "start.cocrea"])
    on_a = _register(
        a, plan, "María José Núñez", consent_contact=True, consent_photos=True, phone="951-555-0101"
    )
    on_b = _register(
        b,
        plan,
        "maria  jose nuñez",
        email="mj@example.org",
        consent_contact=True,
        consent_photos=False,
    )
    ParticipantService(a).check_in(first, on_a)
    ParticipantService(b).check_in(second, on_b)
    export_bundle(b, tmp_path / "b.cocrea")
    import_bundles(a, [tmp_path / "b.cocrea"])
    return a, b, plan, on_a, on_b, second


def test_found_by_folded_name(two_registrations: tuple) -> None:
    a, _b, plan, on_a, on_b, _w = two_registrations
    (group,) = find_duplicates(a, plan_id=plan)
    assert {p["id"] for p in group.participants} == {on_a, on_b}
    assert group.reasons == ("name",)
    assert group.keep_id == on_a  # the first registered


def test_found_by_email_or_phone(tmp_path: Path) -> None:
    db = laptop(tmp_path / "x.sqlite3")
    plan = new_plan(db)
    one = _register(db, plan, "Pedro Ruiz", email="Pedro@Example.org")
    two = _register(db, plan, "P. Ruiz López", email="pedro@example.org ")
    three = _register(db, plan, "Juana", phone="+52 (951) 555 0199")
    four = _register(db, plan, "Juana Díaz", phone="951 555 0199")
    _register(db, plan, "Otra persona")
    groups = {frozenset(p["id"] for p in g.participants): g.reasons for g in find_duplicates(db)}
    assert groups == {frozenset({one, two}): ("email",), frozenset({three, four}): ("phone",)}


def test_merge_keeps_attendance_and_most_protective_consent(
    tmp_path: Path, two_registrations: tuple
) -> None:
    a, b, plan, on_a, on_b, second = two_registrations
    carried = merge_participants(a, on_a, on_b)
    assert carried == 1
    kept = EntityService(a).get("participants", on_a)
    other = EntityService(a).get("participants", on_b)
    assert other["merged_into_id"] == on_a
    assert kept["email"] == "mj@example.org"  # filled from the other record
    assert kept["phone"] == "951-555-0101"
    assert kept["consent_contact"] is True  # both said yes
    assert kept["consent_photos"] is False  # one said no: the most protective answer
    visits = {
        (r["workshop_id"], r["participant_id"]) for r in EntityService(a).list_records("attendance")
    }
    assert (second, on_a) in visits
    assert all(person != on_b for _w, person in visits)
    assert find_duplicates(a, plan_id=plan) == []
    # The merge travels: B gets the same result.
    export_bundle(a, tmp_path / "merged.cocrea")
    import_bundles(b, [tmp_path / "merged.cocrea"])
    assert EntityService(b).get("participants", on_b)["merged_into_id"] == on_a
    assert content_digest(a) == content_digest(b)


def test_merge_refuses_nonsense(two_registrations: tuple) -> None:
    a, _b, _plan, on_a, on_b, _w = two_registrations
    with pytest.raises(UserError):
        merge_participants(a, on_a, on_a)
    merge_participants(a, on_a, on_b)
    with pytest.raises(UserError):
        merge_participants(a, on_a, on_b)
