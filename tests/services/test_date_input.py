"""Dates reach the services as the user typed them: the locale's form or ISO; a refusal names
the field by its label and shows the form expected."""

from __future__ import annotations

import pytest

from cocreation_app.errors import ValidationError
from cocreation_app.i18n import set_language
from cocreation_app.services.display import display_value
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database

PLAN = {"title": "Plan Tlaxcala", "state": "Tlaxcala", "municipality": "Apizaco"}


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("es", "15/03/2025", "15/03/2025"),
        ("es", "2025-03-15", "15/03/2025"),
        ("en", "3/15/2025", "3/15/2025"),
        ("en", "2025-03-15", "3/15/2025"),
    ],
)
def test_a_date_typed_in_the_locale_form_is_stored_in_iso(
    db: Database, language: str, typed: str, shown: str
) -> None:
    set_language(language)
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    workshop = service.create("workshops", {"plan_id": plan_id, "title": "Mesa", "date": typed})
    assert service.get("workshops", workshop)["date"] == "2025-03-15"
    assert display_value("workshops", "date", "2025-03-15") == shown


@pytest.mark.parametrize(
    ("language", "typed", "label", "example", "iso"),
    [
        ("es", "3/15/2025", "«Fecha»", "31/12/", "AAAA-MM-DD"),
        ("en", "15/03/2025", "“Date”", "12/31/", "YYYY-MM-DD"),
    ],
)
def test_a_date_in_the_other_order_is_refused_by_label(
    db: Database, language: str, typed: str, label: str, example: str, iso: str
) -> None:
    set_language(language)
    service = EntityService(db)
    plan_id = service.create("plans", PLAN)
    with pytest.raises(ValidationError) as raised:
        service.create("workshops", {"plan_id": plan_id, "title": "Mesa", "date": typed})
    message = str(raised.value)
    assert label in message and "«date»" not in message and "“date”" not in message
    assert example in message and iso in message
    assert raised.value.fields == ("date",)
    assert service.count("workshops") == 0


def test_date_order_message_shows_dates_as_the_window_does(db: Database) -> None:
    service = EntityService(db)
    with pytest.raises(ValidationError) as raised:
        service.create("plans", {**PLAN, "period_start": "01/05/2026", "period_end": "1/1/2026"})
    assert "01/01/2026" in str(raised.value) and "01/05/2026" in str(raised.value)
    assert raised.value.fields == ("period_end",)
