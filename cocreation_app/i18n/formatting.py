"""Dates and numbers formatted with Babel for the current language (es_MX by default).

Babel is imported, and its locale data loaded (about 20 ms), on the first use, not with this
module: the window's first frame formats nothing with it (docs/performance.md, start-up).
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import TYPE_CHECKING

from cocreation_app.i18n.catalog import locale_code

if TYPE_CHECKING:
    from babel import Locale


def babel_locale(language: str | None = None) -> Locale:
    return _locale(locale_code(language))


@functools.cache
def _locale(code: str) -> Locale:
    # Parsed once: parsing costs about as much as formatting 15 dates, and lists format hundreds.
    from babel import Locale

    return Locale.parse(code)


def format_date(value: dt.date | None, format: str = "long", language: str | None = None) -> str:
    if value is None:
        return ""
    from babel import dates

    return dates.format_date(value, format=format, locale=babel_locale(language))


def format_datetime(
    value: dt.datetime | None, format: str = "medium", language: str | None = None
) -> str:
    if value is None:
        return ""
    from babel import dates

    return dates.format_datetime(value, format=format, locale=babel_locale(language))


def format_integer(value: int, language: str | None = None) -> str:
    from babel import numbers

    return numbers.format_decimal(value, locale=babel_locale(language))


def format_decimal(value: Decimal | float, language: str | None = None) -> str:
    from babel import numbers

    return numbers.format_decimal(value, format="#,##0.##", locale=babel_locale(language))


def format_percent(value: float, language: str | None = None) -> str:
    """``value`` is a fraction: 0.25 is 25 %."""
    from babel import numbers

    return numbers.format_percent(value, locale=babel_locale(language))
