"""The ``cocreation`` command's parser: the global options and every subcommand.

Each module listed in ``_COMMANDS`` declares its subcommands with ``register(command)``; a new
group of subcommands is one module and one line here. Those modules stay light to import (their
work loads the data layer when it runs) because every subcommand builds the whole parser.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from cocreation_app import __version__
from cocreation_app.cli import (
    bundle_commands,
    devices,
    exports,
    followup,
    lists,
    prioritization,
    privacy,
    records,
    review_commands,
)
from cocreation_app.cli.common import Handler, tr
from cocreation_app.i18n import LANGUAGES, argparse_text

_COMMANDS = (
    records,
    bundle_commands,
    devices,
    privacy,
    prioritization,
    exports,
    review_commands,
    lists,
    followup,
)


class _Parser(argparse.ArgumentParser):
    """argparse that speaks the user's language (its own words too) and exits with 2.

    Metavars are Spanish source strings (context ``cli``), translated once the parser is built
    (:func:`_translate_metavars`); the extractor reads them from the parser built in Spanish.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        argparse_text.install()
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {tr('uso incorrecto')}: {message}\n")


def _translate_metavars(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Every metavar of the parser and its subcommands, groups included, in the current
    language: help and error messages both read ``action.metavar``."""
    parsers = [parser]
    for each in parsers:
        for action in each._actions:
            if isinstance(action.metavar, str):
                action.metavar = tr(action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
    return parser


def _global_parser() -> argparse.ArgumentParser:
    """The options given before any subcommand."""
    parser = _Parser(
        prog="cocreation",
        description=tr("Cocrea: talleres de cocreación de gobierno abierto, sin conexión."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"cocreation {__version__}",
        help=tr("mostrar la versión y salir"),
    )
    parser.add_argument("--db", metavar="RUTA", help=tr("archivo de base de datos"))
    parser.add_argument("--lang", choices=LANGUAGES, help=tr("idioma: es (predeterminado) o en"))
    return parser


def _opens_the_window(argv: Sequence[str]) -> bool:
    """Only ``--db`` and ``--lang`` with their values: the window, no subcommand."""
    words = iter(argv)
    for word in words:
        name, equals, _value = word.partition("=")
        if name not in ("--db", "--lang") or (not equals and next(words, None) is None):
            return False
    return True


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The window's start parses the global options alone: building the parsers of every
    subcommand costs about 5 ms, 2.5 % of the start (docs/performance.md)."""
    if _opens_the_window(argv):
        parser = _translate_metavars(_global_parser())
        return parser.parse_args(argv, argparse.Namespace(command=None))
    return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMANDO", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(handler=handler)
        return p

    for module in _COMMANDS:
        module.register(command)
    return _translate_metavars(parser)
