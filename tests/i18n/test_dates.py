"""Dates typed and shown in the locale's numeric form (Babel's short pattern, four-digit year),
ISO 8601 accepted in every language."""

from __future__ import annotations

import datetime as dt

import pytest

from cocreation_app.i18n import date_entry_pattern, format_short_date, parse_date

MARCH_15 = dt.date(2025, 3, 15)


@pytest.mark.parametrize(
    ("language", "pattern", "shown"),
    [("es", "dd/MM/yyyy", "05/03/2025"), ("en", "M/d/yyyy", "3/5/2025")],
)
def test_the_form_shown_is_the_locale_short_pattern_with_the_full_year(
    language: str, pattern: str, shown: str
) -> None:
    assert date_entry_pattern(language) == pattern
    assert format_short_date(dt.date(2025, 3, 5), language) == shown


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "15/03/2025"),
        ("es", "15/3/2025"),
        ("es", " 15-03-2025 "),
        ("es", "15.03.2025"),
        ("es", "15/03/25"),
        ("es", "2025-03-15"),
        ("en", "3/15/2025"),
        ("en", "03/15/2025"),
        ("en", "3/15/25"),
        ("en", "2025-03-15"),
    ],
)
def test_typed_dates_read_in_the_locale_order(language: str, text: str) -> None:
    assert parse_date(text, language) == MARCH_15


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "3/15/2025"),  # month 15: Babel would swap day and month silently
        ("en", "15/03/2025"),
        ("es", "31/02/2025"),
        ("es", "15/03"),
        ("es", "15/03/2025 y algo"),
        ("es", "1/1/1"),
        ("es", "15/03/202"),
        ("es", "2025-13-01"),
        ("es", "15 de marzo"),
        ("es", ""),
    ],
)
def test_what_is_not_a_date_is_refused(language: str, text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, language)


def test_the_same_numbers_mean_different_days_by_language() -> None:
    assert parse_date("05/03/2025", "es") == dt.date(2025, 3, 5)
    assert parse_date("05/03/2025", "en") == dt.date(2025, 5, 3)


@pytest.mark.parametrize("language", ["es", "en"])
def test_what_is_shown_reads_back(language: str) -> None:
    for day in (dt.date(2025, 1, 2), dt.date(2026, 12, 31), dt.date(1999, 7, 4)):
        assert parse_date(format_short_date(day, language), language) == day
