"""Language selection, message translation without Qt, and Babel formatting.

Source strings are written in Spanish (the default language). Translations live in Qt Linguist
``.ts`` files under ``translations/``; the Qt UI loads the compiled ``.qm`` files, and the layers
that must not import Qt (services, CLI, reports) read the same ``.ts`` files through
:mod:`cocreation_app.i18n.catalog`, so there is one catalog for the whole application.
"""

from __future__ import annotations

from cocreation_app.i18n.catalog import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    current_language,
    set_language,
    translate,
    translate_noop,
)
from cocreation_app.i18n.formatting import (
    babel_locale,
    date_entry_pattern,
    format_date,
    format_datetime,
    format_decimal,
    format_integer,
    format_percent,
    format_short_date,
    format_time_of_day,
    format_timestamp,
    local_day,
    local_time,
    parse_date,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "babel_locale",
    "current_language",
    "date_entry_pattern",
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_integer",
    "format_percent",
    "format_short_date",
    "format_time_of_day",
    "format_timestamp",
    "local_day",
    "local_time",
    "parse_date",
    "set_language",
    "translate",
    "translate_noop",
]
