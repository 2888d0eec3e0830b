"""Dates and numbers formatted with Babel for the current language (es_MX by default)."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from cocreation_app.i18n.catalog import current_language

_LOCALES = {"es": "es_MX", "en": "en_US"}


def babel_locale(language: str | None = None) -> Locale:
    return _locale(_LOCALES.get(language or current_language(), "es_MX"))


@functools.cache
def _locale(code: str) -> Locale:
    # Parsing a locale costs about as much as formatting with it 15 times; lists format
    # hundreds of dates.
    return Locale.parse(code)


def format_date(value: dt.date | None, format: str = "long", language: str | None = None) -> str:
    if value is None:
        return ""
    return babel_dates.format_date(value, format=format, locale=babel_locale(language))


def format_datetime(
    value: dt.datetime | None, format: str = "medium", language: str | None = None
) -> str:
    if value is None:
        return ""
    return babel_dates.format_datetime(value, format=format, locale=babel_locale(language))


def format_integer(value: int, language: str | None = None) -> str:
    return babel_numbers.format_decimal(value, locale=babel_locale(language))


def format_decimal(value: Decimal | float, language: str | None = None) -> str:
    return babel_numbers.format_decimal(value, format="#,##0.##", locale=babel_locale(language))


def format_percent(value: float, language: str | None = None) -> str:
    """``value`` is a fraction: 0.25 is 25 %."""
    return babel_numbers.format_percent(value, locale=babel_locale(language))
