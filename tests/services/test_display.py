"""A value reads the same in the window's tables, the CLI and the reports."""

from __future__ import annotations

import pytest

from cocreation_app.i18n import set_language
from cocreation_app.services.display import display_value


@pytest.mark.parametrize(
    ("language", "kind", "name", "value", "expected"),
    [
        ("es", "participants", "consent_photos", True, "Sí"),
        ("es", "participants", "consent_photos", False, "No"),
        ("en", "participants", "consent_photos", True, "Yes"),
        ("es", "participants", "sector", "civil_society", "Sociedad civil"),
        ("en", "participants", "sector", "civil_society", "Civil society"),
        ("es", "dot_votes", "dots", 1500, "1,500"),
        ("es", "commitments", "number", 1500, "1500"),
        ("es", "workshops", "date", "2027-04-19", "19/04/2027"),
        ("en", "workshops", "date", "2027-04-19", "4/19/2027"),
        ("es", "participants", "name", None, ""),
    ],
)
def test_display_value(language: str, kind: str, name: str, value: object, expected: str) -> None:
    set_language(language)
    assert display_value(kind, name, value) == expected
