"""Turning user input into typed field values, and typed values into JSON and back.

The JSON form is what ``--json`` prints, what the change log stores and what bundles carry:
dates as ``YYYY-MM-DD``, decimals as strings (exact), booleans as ``true``/``false``.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal, InvalidOperation
from typing import Any

from cocreation_app.errors import ValidationError
from cocreation_app.i18n import format_short_date, parse_date, translate
from cocreation_app.services.registry import FieldSpec
from cocreation_app.text import normalize

_TRUE = {"1", "true", "yes", "y", "si", "sí", "s", "verdadero"}
_FALSE = {"0", "false", "no", "n", "falso"}


def _tr(text: str) -> str:
    return translate("services", text)


def _invalid(spec: FieldSpec, reason: str) -> ValidationError:
    """Names the field by its label in the user's language (the window moves the focus to it)."""
    return ValidationError(
        _tr("Valor no válido para «{field}»: {reason}").format(field=spec.title(), reason=reason),
        (spec.name,),
    )


def coerce(spec: FieldSpec, value: Any) -> Any:
    """Validate ``value`` for ``spec`` and return it in the field's Python type.

    Strings are parsed (the CLI's ``--set`` and text boxes); an empty string means "no value".
    Dates are ISO 8601 or the current language's numeric form (15/03/2025; 3/15/2025).
    """
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    kind = spec.type
    if kind in ("text", "longtext", "ref"):
        if not isinstance(value, str):
            raise _invalid(spec, _tr("se esperaba texto"))
        text = normalize(value)
        assert text is not None
        return text.strip() if kind != "longtext" else text
    if kind == "enum":
        code = str(value).strip()
        assert spec.choices is not None
        if code not in spec.choices:
            raise _invalid(
                spec,
                _tr("«{value}» no es una opción; use una de: {choices}").format(
                    value=code, choices=", ".join(spec.choices)
                ),
            )
        return code
    if kind == "codes":
        codes = value if isinstance(value, list | tuple) else str(value).split(",")
        cleaned = [str(c).strip() for c in codes if str(c).strip()]
        assert spec.choices is not None
        unknown = [c for c in cleaned if c not in spec.choices]
        if unknown:
            raise _invalid(
                spec,
                _tr("«{value}» no es una opción; use una de: {choices}").format(
                    value=", ".join(unknown), choices=", ".join(spec.choices)
                ),
            )
        ordered = [c for c in spec.choices if c in cleaned]
        return ",".join(ordered) or None
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value))
        except ValueError:
            example = format_short_date(dt.date(dt.date.today().year, 12, 31))
            raise _invalid(
                spec,
                _tr("se esperaba una fecha como {example} o AAAA-MM-DD").format(example=example),
            ) from None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        word = str(value).strip().casefold()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise _invalid(spec, _tr("se esperaba sí o no"))
    if kind == "int":
        if isinstance(value, bool):
            raise _invalid(spec, _tr("se esperaba un número entero"))
        try:
            number: Any = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise _invalid(spec, _tr("se esperaba un número entero")) from None
        return _check_range(spec, number)
    if kind == "float":
        try:
            number = float(str(value).strip().replace(",", ""))
        except ValueError:
            raise _invalid(spec, _tr("se esperaba un número")) from None
        if not math.isfinite(number):
            raise _invalid(spec, _tr("se esperaba un número"))
        return _check_range(spec, number)
    if kind == "decimal":
        try:
            amount = Decimal(str(value).strip().replace(",", "").replace("$", ""))
        except InvalidOperation:
            raise _invalid(spec, _tr("se esperaba una cantidad")) from None
        if not amount.is_finite() or abs(amount) >= Decimal(10) ** 14:
            raise _invalid(spec, _tr("se esperaba una cantidad"))
        return _check_range(spec, amount.quantize(Decimal("0.01")))
    raise AssertionError(kind)


def _check_range(spec: FieldSpec, number: Any) -> Any:
    if spec.minimum is not None and number < spec.minimum:
        raise _invalid(spec, _tr("debe ser al menos {minimum}").format(minimum=_num(spec.minimum)))
    if spec.maximum is not None and number > spec.maximum:
        raise _invalid(spec, _tr("debe ser a lo más {maximum}").format(maximum=_num(spec.maximum)))
    return number


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def to_json(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.type == "date":
        return value.isoformat()
    if spec.type == "decimal":
        return str(value)
    return value


def from_json(spec: FieldSpec, value: Any) -> Any:
    """The inverse of :func:`to_json`; trusted input (already validated by its reader)."""
    if value is None:
        return None
    if spec.type == "date":
        return dt.date.fromisoformat(value)
    if spec.type == "decimal":
        return Decimal(value)
    if spec.type == "float":
        return float(value)
    return value
