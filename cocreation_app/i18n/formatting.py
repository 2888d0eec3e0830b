"""Dates and numbers formatted with Babel for the current language (es_MX by default).

Babel is imported, and its locale data loaded (about 20 ms), on the first use, not with this
module: the window's first frame formats nothing with it (docs/performance.md, start-up).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
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


@functools.cache
def _entry_pattern(code: str) -> str:
    """The locale's short date pattern with a four-digit year (es_MX ``dd/MM/yyyy``, en_US
    ``M/d/yyyy``): the one form dates are shown in and typed in the window."""
    from babel import dates

    return re.sub(r"y+", "yyyy", dates.get_date_format("short", locale=_locale(code)).pattern)


def date_entry_pattern(language: str | None = None) -> str:
    return _entry_pattern(locale_code(language))


def format_short_date(value: dt.date | None, language: str | None = None) -> str:
    """``value`` as the window shows it and as one types it (15/03/2025; 3/15/2025 in English)."""
    if value is None:
        return ""
    from babel import dates

    return dates.format_date(
        value, format=date_entry_pattern(language), locale=babel_locale(language)
    )


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMERIC = re.compile(r"(\d{1,4})[/.\- ](\d{1,2})[/.\- ](\d{1,4})")


def parse_date(text: str, language: str | None = None) -> dt.date:
    """A typed date: ISO 8601 (2025-03-15) always, or the locale's numeric form in the order
    of its short pattern (15/03/2025 in Spanish, 3/15/2025 in English; a two-digit year is
    Babel's nearest century). Raises ValueError for anything else, including a day and month
    in the wrong order (Babel would swap them silently when the month is above 12)."""
    text = text.strip()
    if _ISO.fullmatch(text):
        return dt.date.fromisoformat(text)
    match = _NUMERIC.fullmatch(text)
    if match is None:
        raise ValueError(text)
    from babel import dates

    pattern = date_entry_pattern(language)
    try:
        day = dates.parse_date(text, locale=babel_locale(language), format=pattern)
    except (dates.ParseError, ValueError, IndexError):
        raise ValueError(text) from None
    order = sorted("dMy", key=pattern.index)  # the fields in the order they are typed
    typed = dict(zip(order, match.groups(), strict=True))
    if (int(typed["d"]), int(typed["M"])) != (day.day, day.month) or len(typed["y"]) not in (2, 4):
        raise ValueError(text)
    return day


def format_datetime(
    value: dt.datetime | None, format: str = "medium", language: str | None = None
) -> str:
    if value is None:
        return ""
    from babel import dates

    return dates.format_datetime(value, format=format, locale=babel_locale(language))


def local_time(iso: str) -> dt.datetime | None:
    """A stored timestamp (ISO 8601 in UTC, ``2026-03-14T16:05:00.000Z``) on this computer's
    clock, or None when ``iso`` is not one. Stored times are UTC so that laptops agree; people
    read them in their own time zone (16:05 UTC is 10:05 in Chiapas)."""
    try:
        value = dt.datetime.fromisoformat(iso)  # Python 3.11 reads the trailing "Z"
    except (TypeError, ValueError):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def local_day(iso: str) -> dt.date | None:
    """The day, on this computer's clock, of a stored timestamp: a note written at 19:30 in
    Chiapas (01:30Z the next day) belongs to the day people lived."""
    value = local_time(iso)
    return value.date() if value is not None else None


def format_timestamp(iso: str, format: str = "short", language: str | None = None) -> str:
    """A stored timestamp as people read it: local time, the language's pattern; the text
    itself when it is not a timestamp (a hand-edited bundle)."""
    value = local_time(iso)
    return iso if value is None else format_datetime(value, format, language)


def format_time_of_day(iso: str, language: str | None = None) -> str:
    """Only the local hour and minute of a stored timestamp (10:05 a.m.)."""
    value = local_time(iso)
    if value is None:
        return iso
    from babel import dates

    return dates.format_time(value, "short", locale=babel_locale(language))


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
