"""Lists in and out as spreadsheets: export participants, a workshop's attendance and its
ranking to XLSX or CSV; import participants from a pre-registration list.

``register`` declares the subcommands (:mod:`cocreation_app.cli.parser` lists this module).
"""

from __future__ import annotations

import argparse

from cocreation_app.cli.common import Command, open_db, tr, trn
from cocreation_app.cli.output import print_json
from cocreation_app.storage import Database


def register(command: Command) -> None:
    def export_participants(args: argparse.Namespace) -> int:
        from cocreation_app.reports.lists import export_participants as export

        rows = export(open_db(args), args.plan_id, args.output, personal_data=args.personal_data)
        print(trn("%Ln personas guardadas en {path}", rows).format(path=args.output))
        return 0

    def export_attendance_list(args: argparse.Namespace) -> int:
        from cocreation_app.reports.lists import export_attendance_list as export

        rows = export(
            open_db(args), args.workshop_id, args.output, personal_data=args.personal_data
        )
        print(trn("%Ln asistencias guardadas en {path}", rows).format(path=args.output))
        return 0

    def export_ranking(args: argparse.Namespace) -> int:
        from cocreation_app.reports.lists import export_ranking as export

        rows = export(open_db(args), args.workshop_id, args.output)
        print(trn("%Ln problemas guardados en {path}", rows).format(path=args.output))
        return 0

    personal = tr("incluir género, correo y teléfono (datos personales)")
    p = command(
        "export-participants",
        export_participants,
        tr("exportar las personas participantes de un plan (XLSX o CSV)"),
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.xlsx|.csv")
    p.add_argument("--personal-data", action="store_true", help=personal)
    p = command(
        "export-attendance-list",
        export_attendance_list,
        tr("exportar la asistencia de un taller (XLSX o CSV)"),
    )
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.xlsx|.csv")
    p.add_argument("--personal-data", action="store_true", help=personal)
    p = command(
        "export-ranking", export_ranking, tr("exportar la priorización de un taller (XLSX o CSV)")
    )
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.xlsx|.csv")
    p = command(
        "import-participants",
        lambda args: import_participants(open_db(args), args),
        tr("importar personas de una lista de preregistro (CSV o XLSX)"),
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("file", metavar="ARCHIVO")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMNA=CAMPO",
        help=tr("qué campo tiene una columna (encabezado, letra o número); CAMPO vacío la ignora"),
    )
    p.add_argument("--dry-run", action="store_true", help=tr("solo mostrar la vista previa"))
    p.add_argument(
        "--valid-only",
        action="store_true",
        help=tr("importar las filas válidas aunque otras tengan errores"),
    )
    p.add_argument(
        "--include-duplicates",
        action="store_true",
        help=tr("importar también a quien parece estar ya en el plan o repetido"),
    )
    p.add_argument("--json", action="store_true")


def import_participants(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.errors import UserError
    from cocreation_app.services.participant_import import (
        apply_import,
        field_label,
        guess_mapping,
        parse_mapping,
        preview,
        read_import,
    )

    source = read_import(args.file)
    mapping = parse_mapping(source.headers, args.map, guess_mapping(source.headers))
    checked = preview(db, args.plan_id, source, mapping)
    columns = {source.headers[i] or f"#{i + 1}": name for i, name in sorted(mapping.items())}
    if args.json:
        print_json({"columns": columns, **checked.to_json()})
    else:
        print(
            tr("Columnas: {columns}").format(
                columns=", ".join(f"{c} → {field_label(f)}" for c, f in columns.items())
            )
        )
        print(
            tr("Filas válidas: {valid}; posibles duplicadas: {dup}; con errores: {bad}.").format(
                valid=len(checked.valid), dup=len(checked.duplicates), bad=len(checked.invalid)
            )
        )
        for row in checked.duplicates:
            print(
                tr("  fila {row}: {name}: {reason}").format(
                    row=row.row, name=row.values.get("name"), reason=row.duplicate_of
                )
            )
        for issue in checked.invalid:
            print(tr("  fila {row}: {message}").format(row=issue.row, message=issue.message))
    if args.dry_run:
        return 0
    if checked.invalid and not args.valid_only:
        raise UserError(
            trn(
                "No se importó nada: %n filas tienen errores. Corríjalas o use "
                "--valid-only para importar solo las válidas.",
                len(checked.invalid),
            )
        )
    result = apply_import(db, args.plan_id, checked, include_duplicates=args.include_duplicates)
    if not args.json:
        print(
            trn(
                "Importadas %Ln personas; deberán aceptar el aviso de privacidad al "
                "registrar su asistencia.",
                result.created,
            )
        )
    return 0
