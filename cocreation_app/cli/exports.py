"""The PDF subcommands: the action-plan draft and the attendance sign-in sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from cocreation_app.cli.common import Command, open_db, tr, trn


def cmd_export_plan(args: argparse.Namespace) -> int:
    from cocreation_app.reports import export_plan

    db = open_db(args)
    export_plan(
        db,
        args.plan_id,
        Path(args.output),
        paper=args.paper,
        include_observations=args.with_observations,
    )
    print(tr("Borrador del plan guardado en {path}").format(path=args.output))
    return 0


def cmd_export_attendance(args: argparse.Namespace) -> int:
    from cocreation_app.reports import export_attendance

    db = open_db(args)
    rows = export_attendance(
        db,
        args.workshop_id,
        Path(args.output),
        blank_rows=args.blank_rows,
        prefill=not args.no_prefill,
        paper=args.paper,
    )
    print(trn("Lista de asistencia (%n filas) guardada en {path}", rows).format(path=args.output))
    return 0


def register(command: Command) -> None:
    p = command("export-plan", cmd_export_plan, tr("exportar el borrador del plan en PDF"))
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    p.add_argument(
        "--with-observations",
        action="store_true",
        help=tr("agregar un anexo con las observaciones y sus respuestas"),
    )
    p = command(
        "export-attendance", cmd_export_attendance, tr("exportar la lista de asistencia en PDF")
    )
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")
    p.add_argument("--blank-rows", type=int, default=15, metavar="N")
    p.add_argument("--no-prefill", action="store_true", help=tr("sin personas registradas"))
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
