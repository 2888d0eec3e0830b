"""Checks a user expects: phones, progress against status, a workshop outside its plan's period,
the same person typed two ways; every refusal names fields by their label, never the code."""

from __future__ import annotations

import pytest

from cocreation_app.errors import ValidationError
from cocreation_app.i18n import set_language
from cocreation_app.services.checks import plan_warnings, same_name, workshop_warnings
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.services.values import coerce
from cocreation_app.storage import Database

PLAN = {
    "title": "Plan",
    "state": "Chiapas",
    "municipality": "Teopisca",
    "period_start": "2026-01-01",
    "period_end": "2026-12-31",
}


def _person(name: str, **values: str) -> dict[str, object]:
    return {"name": name, "sector": "citizen", "consent_privacy_notice": True, **values}


@pytest.mark.parametrize(
    "phone",
    ["+52 961 123 4567", "961-123-4567", "(961) 123 45 67", "961 123 4567 ext. 12", "5551234 x3"],
)
def test_phones_people_write_are_accepted(db: Database, phone: str) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    row = service.create("participants", {"plan_id": plan_id, **_person("Ana", phone=phone)})
    assert service.get("participants", row)["phone"] == phone


@pytest.mark.parametrize("phone", ["abc", "12345", "ana@correo.mx", "+52 961 +123", "9" * 16])
def test_what_is_not_a_phone_is_refused_by_label(db: Database, phone: str) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    with pytest.raises(ValidationError) as raised:
        service.create("participants", {"plan_id": plan_id, **_person("Ana", phone=phone)})
    assert str(raised.value).startswith("«Teléfono»: ") and "no parece un teléfono" in str(
        raised.value
    )
    assert raised.value.fields == ("phone",)
    assert service.count("participants") == 0


def test_a_bad_contact_phone_and_email_are_named_by_label(db: Database) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    base = {"plan_id": plan_id, "title": "C", "lead_institution": "Tesorería"}
    with pytest.raises(ValidationError, match="«Teléfono del contacto»"):
        service.create("commitments", {**base, "contact_phone": "llamar"})
    with pytest.raises(ValidationError, match="«Correo del contacto»") as raised:
        service.create("commitments", {**base, "contact_email": "sin-arroba"})
    assert raised.value.fields == ("contact_email",)


@pytest.mark.parametrize("kind", ["milestones", "progress_updates"])
def test_progress_above_zero_while_not_started_is_refused(db: Database, kind: str) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    commitment = service.create(
        "commitments", {"plan_id": plan_id, "title": "C", "lead_institution": "Tesorería"}
    )
    milestone = service.create("milestones", {"commitment_id": commitment, "title": "H"})
    values = (
        {"commitment_id": commitment, "title": "H2", "progress": "30", "status": "not_started"}
        if kind == "milestones"
        else {"milestone_id": milestone, "date": "2026-03-01", "status": "not_started"}
        | {"progress": "30"}
    )
    with pytest.raises(ValidationError) as raised:
        service.create(kind, values)
    message = str(raised.value)
    assert "«Avance (%)» es 30 %" in message and "«Estado» dice «No iniciado»" in message
    assert "progress" not in message and "status" not in message
    # an edit that makes them disagree is refused too; agreeing values are saved
    with pytest.raises(ValidationError):
        service.update("milestones", milestone, {"progress": "10"})
    service.update("milestones", milestone, {"progress": "10", "status": "in_progress"})
    assert service.get("milestones", milestone)["progress"] == 10


def test_every_type_refusal_names_the_field_by_its_label() -> None:
    bad = {"date": "mañana", "int": "x", "float": "x", "decimal": "x", "bool": "quizá"}
    for kind in KINDS.values():
        for field in kind.fields:
            if field.type in bad:
                value = bad[field.type]
            elif field.type in ("enum", "codes"):
                value = "no-es-codigo"
            else:
                continue
            with pytest.raises(ValidationError) as raised:
                coerce(field, value)
            assert f"«{field.title()}»" in str(raised.value), (kind.name, field.name)
            if field.title() != field.name:
                assert f"«{field.name}»" not in str(raised.value)
            assert raised.value.fields == (field.name,)


def test_the_labels_follow_the_language() -> None:
    set_language("en")
    with pytest.raises(ValidationError, match="“Progress \\(%\\)”"):
        coerce(KINDS["milestones"].field_map["progress"], "mucho")


def test_the_same_name_written_another_way_is_found_in_sql(db: Database) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    other_plan = service.create("plans", {**PLAN, "title": "Otro"})
    maria = service.create(
        "participants", {"plan_id": plan_id, **_person("María López", organization="Colectivo")}
    )
    service.create("participants", {"plan_id": plan_id, **_person("María López Ruiz")})
    service.create("participants", {"plan_id": other_plan, **_person("Maria Lopez")})
    assert same_name(db, plan_id, "maria  LOPEZ") == [(maria, "María López", "Colectivo")]
    assert same_name(db, plan_id, "Mario Lopez") == []
    assert same_name(db, plan_id, "María López", exclude=maria) == []
    service.delete("participants", maria)
    assert same_name(db, plan_id, "Maria Lopez") == []


def test_a_workshop_outside_the_plan_period_is_saved_with_a_warning(db: Database) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    inside = service.create("workshops", {"plan_id": plan_id, "title": "A", "date": "2026-05-02"})
    outside = service.create("workshops", {"plan_id": plan_id, "title": "B", "date": "2027-02-01"})
    assert workshop_warnings(db, inside) == []
    (warning,) = workshop_warnings(db, outside)
    assert "01/02/2027" in warning and "01/01/2026 a 31/12/2026" in warning
    assert service.get("workshops", outside)["date"] == "2027-02-01"


def test_moving_the_plan_period_away_from_its_workshops_is_saved_with_a_warning(
    db: Database,
) -> None:
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    for title, day in (("A", "2026-03-02"), ("B", "2026-05-02"), ("C", "2026-06-01")):
        service.create("workshops", {"plan_id": plan_id, "title": title, "date": day})
    gone = service.create("workshops", {"plan_id": plan_id, "title": "D", "date": "2026-02-01"})
    service.delete("workshops", gone)
    assert plan_warnings(db, plan_id) == []
    service.update("plans", plan_id, {"period_start": "2026-04-01"})
    (warning,) = plan_warnings(db, plan_id)
    assert warning.startswith("1 taller queda fuera del periodo del plan (01/04/2026 a 31/12/2026)")
    assert "«A» (02/03/2026)" in warning and "«B»" not in warning
    service.update("plans", plan_id, {"period_start": "2026-07-01", "period_end": None})
    (warning,) = plan_warnings(db, plan_id)
    assert warning.startswith("3 talleres quedan fuera del periodo del plan (01/07/2026 a …)")
    assert "«A»" in warning and "«C» (01/06/2026)" in warning
    service.update("plans", plan_id, {"period_start": None})
    assert plan_warnings(db, plan_id) == []
