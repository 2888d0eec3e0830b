"""The record subcommands: create the database, load the demo, list, show, add, edit and delete
any kind of the registry, check, back up and restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cocreation_app.cli.common import Command, open_db, tr, trn
from cocreation_app.cli.output import print_json
from cocreation_app.errors import UserError
from cocreation_app.paths import default_db_path
from cocreation_app.storage.postgres import is_url, no_file_backup

SYNC_LIST_KINDS = ("conflicts", "duplicates", "devices")  # listed by cocreation_app.sync


def _kinds() -> tuple[str, ...]:
    """Every kind the registry declares: ``list``, ``show``, ``add``, ``edit`` and ``delete``
    take them all."""
    from cocreation_app.services.registry import KINDS

    return tuple(KINDS)


def cmd_init(args: argparse.Namespace) -> int:
    db = open_db(args, create=True)
    print(tr("Base de datos lista: {path}").format(path=db.describe()))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from cocreation_app.services.demo import load_demo

    db = open_db(args, create=True)
    plan_id = load_demo(db)
    print(plan_id)
    return 0


def _summary(record: dict[str, Any], kind: str) -> str:
    from cocreation_app.services.display import display_value
    from cocreation_app.services.registry import KINDS

    spec = KINDS[kind]
    extra = [
        f.name for f in spec.fields if f.type in ("enum", "date", "int") and f.name != spec.display
    ]
    shown = [spec.display, *extra[:3]]
    parts = [
        display_value(kind, name, record.get(name))
        for name in shown
        if record.get(name) not in (None, "")
    ]
    return "\t".join([record["id"], *parts])


def cmd_list(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService

    db = open_db(args)
    if args.kind in SYNC_LIST_KINDS:
        from cocreation_app.cli.sync import list_command

        if args.plan:
            EntityService(db).get("plans", args.plan)
        return list_command(db, args)
    service = EntityService(db)
    if args.plan:
        service.get("plans", args.plan)
    records = service.list_records(args.kind, plan_id=args.plan)
    if args.json:
        print_json(records)
    else:
        for record in records:
            print(_summary(record, args.kind))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from cocreation_app.services.display import display_value
    from cocreation_app.services.entities import EntityService
    from cocreation_app.services.registry import KINDS

    db = open_db(args)
    record = EntityService(db).get(args.kind, args.id)
    if args.json:
        print_json(record)
        return 0
    spec = KINDS[args.kind]
    width = max(len(name) for name in record)
    for name, value in record.items():
        title = spec.field_map[name].title() if name in spec.field_map else name
        shown = display_value(args.kind, name, value)
        print(
            f"{name:<{width}}  {shown}\t({title})"
            if name in spec.field_map
            else f"{name:<{width}}  {shown}"
        )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService, parse_assignments
    from cocreation_app.services.natural_ids import attendance_id
    from cocreation_app.services.participants import ParticipantService

    db = open_db(args)
    values = parse_assignments(args.kind, args.set or [])
    if args.kind == "attendance" and set(values) == {"workshop_id", "participant_id"}:
        ParticipantService(db).check_in(values["workshop_id"], values["participant_id"])
        print(attendance_id(values["workshop_id"], values["participant_id"]))
        return 0
    row_id = EntityService(db).create(args.kind, values)
    print(row_id)
    _warn(db, args.kind, row_id)
    return 0


def _warn(db: Any, kind: str, row_id: str) -> None:
    """What was saved but looks wrong (a workshop outside its plan's period), on stderr."""
    from cocreation_app.services.checks import plan_warnings, workshop_warnings

    warnings = {"workshops": workshop_warnings, "plans": plan_warnings}.get(kind)
    for warning in warnings(db, row_id) if warnings else ():
        print(warning, file=sys.stderr)


def cmd_edit(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService, parse_assignments

    db = open_db(args)
    values = parse_assignments(args.kind, args.set or [])
    if not values:
        raise UserError(tr("Indique al menos un --set CAMPO=VALOR."))
    changed = EntityService(db).update(args.kind, args.id, values)
    if changed:
        print(tr("Guardado: {fields}").format(fields=", ".join(changed)))
        _warn(db, args.kind, args.id)
    else:
        print(tr("Sin cambios."))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService

    db = open_db(args)
    count = EntityService(db).delete(args.kind, args.id)
    print(trn("Eliminados: %n registros", count))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from cocreation_app.services.check import check_database

    db = open_db(args)
    report = check_database(db)
    if args.json:
        print_json({**asdict(report), "ok": report.ok})
    else:
        print(tr("Integridad: {value}").format(value=report.integrity))
        print(tr("Problemas de llaves foráneas: {value}").format(value=report.foreign_key_problems))
        print(
            tr("Esquema: {value} (versión de la aplicación: {head})").format(
                value=report.schema_revision, head=report.head_revision
            )
        )
        print(tr("Diario: {value}").format(value=report.journal_mode))
        print(tr("Cambios registrados: {value}").format(value=report.changes))
        for kind, count in report.counts.items():
            print(f"  {kind}: {count}")
        print(tr("Resultado: correcto") if report.ok else tr("Resultado: con problemas"))
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from cocreation_app.storage import backup_to, check_output_path

    db = open_db(args)
    if db.on_server:
        raise no_file_backup()
    target = Path(args.output)
    check_output_path(target)
    backup_to(db.path, target)
    print(tr("Respaldo guardado en {path}").format(path=target))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from cocreation_app.storage.restore import restore_backup

    if is_url(args.db):
        raise no_file_backup()
    path = Path(args.db) if args.db else default_db_path()
    if not args.db:
        path.parent.mkdir(parents=True, exist_ok=True)
    saved = restore_backup(Path(args.file), path)
    print(tr("Respaldo restaurado en {path}").format(path=path))
    if saved is not None:
        print(tr("La base de datos anterior se guardó en {path}").format(path=saved))
    return 0


def register(command: Command) -> None:
    command("init", cmd_init, tr("crear o actualizar la base de datos"))
    command("demo", cmd_demo, tr("cargar un plan de demostración"))
    p = command("list", cmd_list, tr("listar registros"))
    p.add_argument("kind", choices=(*_kinds(), *SYNC_LIST_KINDS), metavar="TIPO")
    p.add_argument("--plan", metavar="ID")
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_show, tr("mostrar un registro"))
    p.add_argument("kind", choices=_kinds(), metavar="TIPO")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("add", cmd_add, tr("agregar un registro; imprime su id"))
    p.add_argument("kind", choices=_kinds(), metavar="TIPO")
    p.add_argument("--set", action="append", metavar="CAMPO=VALOR")
    p = command("edit", cmd_edit, tr("editar un registro"))
    p.add_argument("kind", choices=_kinds(), metavar="TIPO")
    p.add_argument("id")
    p.add_argument("--set", action="append", metavar="CAMPO=VALOR")
    p = command("delete", cmd_delete, tr("eliminar un registro"))
    p.add_argument("kind", choices=_kinds(), metavar="TIPO")
    p.add_argument("id")
    p = command("check", cmd_check, tr("revisar integridad y esquema"))
    p.add_argument("--json", action="store_true")
    p = command("backup", cmd_backup, tr("respaldar la base de datos"))
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO")
    p = command("restore", cmd_restore, tr("restaurar un respaldo de la base de datos"))
    p.add_argument("file", metavar="ARCHIVO")
