"""The personal-data subcommands: a person's data handed over, or erased; an evidence file
deleted for good."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cocreation_app.cli.common import Command, open_db, tr, trn
from cocreation_app.errors import UserError


def cmd_export_person(args: argparse.Namespace) -> int:
    from cocreation_app.services.privacy import export_person
    from cocreation_app.storage import check_output_path

    target = Path(args.output)
    check_output_path(target)
    json_path, text_path = export_person(open_db(args), args.participant_id, target)
    print(
        tr("Datos de la persona guardados en {json} y {text}").format(
            json=json_path, text=text_path
        )
    )
    return 0


def cmd_erase_person(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService
    from cocreation_app.services.privacy import erase_person

    db = open_db(args)
    name = EntityService(db).get("participants", args.participant_id)["name"]
    question = tr(
        "¿Anonimizar a «{name}» y borrar su historial en esta computadora? [s/N] "
    ).format(name=name)
    if not _confirmed(question, args.yes):
        return 0
    result = erase_person(db, args.participant_id)
    print(
        tr("Datos personales borrados: {people}, {changes}.").format(
            people=trn("%n registros", result.participants),
            changes=trn("%n valores del historial", result.changes_scrubbed),
        )
    )
    return 0


def _confirmed(question: str, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(tr("Para borrar datos personales sin preguntar, agregue --yes."))
    answer = input(question)
    if answer.strip().lower() in ("s", "si", "sí", "y", "yes"):
        return True
    print(tr("Sin cambios."))
    return False


def cmd_purge_evidence(args: argparse.Namespace) -> int:
    from cocreation_app.services.followup import FollowupService

    service = FollowupService(open_db(args))
    name = service.evidence_name(args.evidence_id)
    question = tr(
        "¿Eliminar definitivamente «{name}»? No se puede deshacer, y al sincronizar también se "
        "borra en las demás computadoras. [s/N] "
    ).format(name=name)
    if not _confirmed(question, args.yes):
        return 0
    result = service.purge_evidence(args.evidence_id)
    if result.bytes_removed:
        print(tr("«{name}» se eliminó definitivamente.").format(name=result.filename))
    else:
        print(
            tr(
                "«{name}» se eliminó definitivamente; su contenido se conserva porque otra "
                "evidencia vigente tiene el mismo archivo."
            ).format(name=result.filename)
        )
    return 0


def register(command: Command) -> None:
    p = command("export-person", cmd_export_person, tr("exportar los datos de una persona"))
    p.add_argument("participant_id", metavar="PERSONA")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.json")
    p = command("erase-person", cmd_erase_person, tr("anonimizar a una persona participante"))
    p.add_argument("participant_id", metavar="PERSONA")
    p.add_argument("--yes", action="store_true", help=tr("sin pedir confirmación"))
    p = command(
        "purge-evidence",
        cmd_purge_evidence,
        tr("eliminar definitivamente una evidencia (también en las demás computadoras)"),
    )
    p.add_argument("evidence_id", metavar="EVIDENCIA")
    p.add_argument("--yes", action="store_true", help=tr("sin pedir confirmación"))
