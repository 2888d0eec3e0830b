"""The review subcommands' arguments: observations, replies, the plan's review status, the
review file and the comments written on a draft PDF.

Declared here, light to import, because every subcommand builds the whole parser; the work and
its wording are in :mod:`cocreation_app.cli.review`.
"""

from __future__ import annotations

import argparse

from cocreation_app.cli.common import Command, Handler, open_db, tr


def _run(name: str) -> Handler:
    """The handler that opens the database and runs ``cli.review.<name>`` on it."""

    def handler(args: argparse.Namespace) -> int:
        from cocreation_app.cli import review

        return int(getattr(review, name)(open_db(args), args))

    return handler


def register(command: Command) -> None:
    from cocreation_app.models import enums

    p = command(
        "observe", _run("observe_command"), tr("agregar una observación a un elemento del plan")
    )
    p.add_argument("kind", choices=tuple(enums.COMMENT_TARGETS), metavar="TIPO")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("--text", required=True, metavar="TEXTO")
    p.add_argument("--author", required=True, metavar="NOMBRE")
    p.add_argument("--institution", metavar="INSTITUCIÓN")
    p.add_argument("--verdict", choices=enums.CHOSEN_VERDICTS, default="comment")
    p = command("reply", _run("reply_command"), tr("responder una observación"))
    p.add_argument("observation_id", metavar="OBSERVACIÓN")
    p.add_argument("--text", required=True, metavar="TEXTO")
    p.add_argument("--author", required=True, metavar="NOMBRE")
    p.add_argument("--institution", metavar="INSTITUCIÓN")
    p = command("address", _run("address_command"), tr("marcar una observación como atendida"))
    p.add_argument("observation_id", metavar="OBSERVACIÓN")
    p.add_argument("--undo", action="store_true", help=tr("volver a marcarla como pendiente"))
    p = command(
        "review", _run("review_command"), tr("estado, historial y observaciones de un plan")
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("--json", action="store_true")
    p = command(
        "review-status", _run("status_command"), tr("cambiar el estado de revisión del plan")
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("status", choices=tuple(enums.PLAN_STATUSES), metavar="ESTADO")
    p.add_argument("--author", required=True, metavar="NOMBRE")
    p.add_argument("--institution", metavar="INSTITUCIÓN")
    p.add_argument("--note", metavar="NOTA")
    p = command(
        "export-review",
        _run("export_review_command"),
        tr("exportar solo las observaciones (archivo .cocrea)"),
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.cocrea")
    p.add_argument("--passphrase-file", metavar="ARCHIVO")
    p = command(
        "import-pdf-comments",
        _run("import_pdf_comments_command"),
        tr("importar los comentarios escritos sobre el PDF del borrador"),
    )
    p.add_argument("file", metavar="ARCHIVO.pdf")
    p.add_argument("--author", metavar="NOMBRE", help=tr("autoría de todos los comentarios"))
    p.add_argument("--institution", metavar="INSTITUCIÓN")
    p.add_argument("--dry-run", action="store_true", help=tr("mostrar sin guardar"))
    p.add_argument("--json", action="store_true")
