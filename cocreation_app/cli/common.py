"""What every subcommand module shares: the wording helper, opening the database, and the
shape of a subcommand's registration (:func:`cocreation_app.cli.parser.build_parser`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cocreation_app.i18n import translate
from cocreation_app.paths import default_db_path
from cocreation_app.storage import Database, open_database

Handler = Callable[[argparse.Namespace], int]
# ``command(name, handler, help)``: adds a subcommand and returns its parser for the arguments.
Command = Callable[[str, Handler, str], argparse.ArgumentParser]


def tr(text: str) -> str:
    return translate("cli", text)


def trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("cli", text, n)


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database ``--db`` names (a file or a server's URL), or the user's default one (its
    folder made when creating)."""
    from cocreation_app.storage.postgres import is_url

    if is_url(args.db):
        return open_database(args.db, create=create)
    path = Path(args.db) if args.db else default_db_path()
    if create and not args.db:
        path.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path, create=create)
