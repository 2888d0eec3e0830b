"""The ``cocreation`` command. With no subcommand it opens the window; subcommands run headless
on top of the services and never import Qt widgets.

Exit status: 0 success, 1 an error (one clear line on stderr), 2 bad usage. The parser is
:mod:`cocreation_app.cli.parser`; each group of subcommands is a module of this package.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cocreation_app.cli.common import tr
from cocreation_app.cli.parser import build_parser, parse_arguments
from cocreation_app.failures import report, write_crash_file
from cocreation_app.i18n import set_language

__all__ = ["build_parser", "main", "parse_arguments"]


def _language_from(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("COCREATION_LANG")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_from(argv) or "es")
    args = parse_arguments(argv)
    if args.command is None:
        from cocreation_app.storage.postgres import is_url
        from cocreation_app.ui.app import run_app

        target = args.db if is_url(args.db) else Path(args.db) if args.db else None
        return run_app(db_path=target, language=_language_from(argv))
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        # The reader went away (``cocreation list participants | head``): not worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = report(exc)
        if message is None:
            crash = write_crash_file()
            print(
                "cocreation: "
                + tr("error inesperado; los detalles se guardaron en {path}").format(
                    path=crash or "?"
                ),
                file=sys.stderr,
            )
        else:
            print(f"cocreation: {tr('error')}: {message}", file=sys.stderr)
        return 1
