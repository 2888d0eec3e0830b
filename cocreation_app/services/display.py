"""How a stored value reads to a person, the same in the window, the CLI and the reports:
labels for codes, dates (the locale's numeric form with a four-digit year, the one typed in the
forms) and numbers in the locale (Babel), «Sí»/«No» for yes-or-no fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cocreation_app.i18n import format_decimal, format_integer, format_short_date, translate
from cocreation_app.models.enums import label
from cocreation_app.services.registry import KINDS


def yes_no(value: bool) -> str:
    return translate("display", "Sí") if value else translate("display", "No")


def display_value(kind: str, name: str, value: Any) -> str:
    """Field ``name`` of a ``kind`` record as the user reads it (``--json`` keeps raw values)."""
    if value is None or value == "":
        return ""
    spec = KINDS[kind].field_map.get(name)
    if spec is None:
        return str(value)
    if spec.type in ("enum", "codes") and spec.choices:
        codes = [value] if spec.type == "enum" else [c for c in str(value).split(",") if c]
        return ", ".join(label(spec.choices, code) for code in codes)
    if spec.type == "date":
        # The form one types a date in (15/03/2025), in the tables as in the editors.
        return format_short_date(dt.date.fromisoformat(str(value)))
    if spec.type == "bool":
        return yes_no(bool(value))
    # A commitment's number is a name ("Compromiso 1000"), not a quantity to group digits in.
    if spec.type == "int" and isinstance(value, int) and name != "number":
        return format_integer(value)
    if spec.type in ("float", "decimal"):
        return format_decimal(float(value))
    return str(value)
