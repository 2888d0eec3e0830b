"""argparse's own words (``usage:``, headings, errors) in the user's language.

argparse looks its messages up through the module-level ``_``/``ngettext`` (gettext) at the
moment it uses them. :func:`install` replaces both with a lookup in our catalog: each English
message of argparse maps to a Spanish source string (context ``argparse``), translated like any
other. Placeholders such as ``%(value)r`` and ``%s`` must be kept in every translation.
"""

from __future__ import annotations

import argparse

from cocreation_app.i18n.catalog import translate

CONTEXT = "argparse"

# argparse's message -> our Spanish source string.
MESSAGES: dict[str, str] = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos posicionales",
    "options": "opciones",
    "show this help message and exit": "mostrar esta ayuda y salir",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "the following arguments are required: %s": "faltan argumentos obligatorios: %s",
    "one of the arguments %s is required": "se requiere uno de los argumentos %s",
    "expected one argument": "se esperaba un argumento",
    "expected at most one argument": "se esperaba como máximo un argumento",
    "expected at least one argument": "se esperaba al menos un argumento",
    "expected %s argument": "se esperaba %s argumento",
    "expected %s arguments": "se esperaban %s argumentos",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opción ambigua: %(option)s puede ser %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "valor no válido (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "opción no válida: %(value)r (elija entre %(choices)s)"
    ),
    "not allowed with argument %s": "no se permite junto con el argumento %s",
    "ignored explicit argument %r": "se ignoró el argumento explícito %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "subcomando desconocido %(parser_name)r (opciones: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "no se puede abrir «%(filename)s»: %(error)s",
    "unexpected option string: %s": "opción inesperada: %s",
}


def gettext(message: str) -> str:
    source = MESSAGES.get(message)
    return translate(CONTEXT, source) if source is not None else message


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak the current language (idempotent; affects the whole process)."""
    setattr(argparse, "_", gettext)  # noqa: B010 - argparse's stubs do not declare these
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
