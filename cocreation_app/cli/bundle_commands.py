"""The bundle subcommands' arguments: export, import, conflicts and duplicate people.

Declared here, light to import, because every subcommand builds the whole parser; the work and
its wording are in :mod:`cocreation_app.cli.sync`, which loads the sync layer when it runs.
"""

from __future__ import annotations

import argparse

from cocreation_app.cli.common import Command, Handler, open_db, tr


def _run(name: str) -> Handler:
    """The handler that opens the database and runs ``cli.sync.<name>`` on it."""

    def handler(args: argparse.Namespace) -> int:
        from cocreation_app.cli import sync

        return int(getattr(sync, name)(open_db(args), args))

    return handler


def register(command: Command) -> None:
    p = command("export-bundle", _run("export_command"), tr("exportar un paquete .cocrea"))
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO")
    p.add_argument("--plan", metavar="ID", help=tr("solo los registros de este plan"))
    p.add_argument(
        "--no-personal-data",
        action="store_true",
        help=tr("seudónimos en lugar de nombres; sin correo ni teléfono"),
    )
    p.add_argument("--passphrase-file", metavar="ARCHIVO", help=tr("cifrar con esta contraseña"))
    p = command("import-bundle", _run("import_command"), tr("importar paquetes .cocrea"))
    p.add_argument("files", nargs="+", metavar="ARCHIVO", help=tr("archivos o carpetas"))
    p.add_argument("--dry-run", action="store_true", help=tr("solo mostrar la vista previa"))
    p.add_argument("--passphrase-file", metavar="ARCHIVO")
    p.add_argument("--json", action="store_true")
    p = command("resolve-conflict", _run("resolve_command"), tr("resolver un conflicto"))
    p.add_argument("id", metavar="CONFLICTO")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", metavar="VALOR_ID", help=tr("conservar este valor"))
    choice.add_argument("--value", metavar="TEXTO", help=tr("escribir un valor nuevo"))
    choice.add_argument(
        "--restore-parent",
        action="store_true",
        help=tr("restaurar el registro superior eliminado"),
    )
    choice.add_argument("--delete-orphan", action="store_true", help=tr("eliminar el huérfano"))
    p = command(
        "merge-participants", _run("merge_command"), tr("fusionar dos registros de una persona")
    )
    p.add_argument("keep_id", metavar="CONSERVAR_ID")
    p.add_argument("other_id", metavar="OTRO_ID")
