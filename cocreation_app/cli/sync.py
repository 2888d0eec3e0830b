"""The sync subcommands' work and wording; ``cli/bundle_commands.py`` declares them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cocreation_app.cli.output import print_json
from cocreation_app.errors import UserError
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database
from cocreation_app.sync.conflicts import Conflict, list_conflicts, resolve_conflict, resolve_orphan
from cocreation_app.sync.duplicates import find_duplicates, merge_participants
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.format import tr, trn
from cocreation_app.sync.importer import (
    FileReport,
    GroupCounts,
    expand_paths,
    import_one,
    unproven_lines,
)


def read_passphrase(path: str | None) -> str | None:
    """The first line of the passphrase file (so it never appears in the shell history)."""
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UserError(
            tr("No se pudo leer el archivo de contraseña «{path}».").format(path=path)
        ) from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UserError(tr("El archivo de contraseña «{path}» está vacío.").format(path=path))
    return passphrase


def export_command(db: Database, args: argparse.Namespace) -> int:
    target = Path(args.output)
    result = export_bundle(
        db,
        target,
        plan_id=args.plan,
        personal_data=not args.no_personal_data,
        passphrase=read_passphrase(args.passphrase_file),
    )
    print(trn("Paquete guardado en {path}: %Ln cambios.", result.changes).format(path=result.path))
    if not result.personal_data:
        print(tr("Sin datos personales: nombres reemplazados por seudónimos, sin contacto."))
    elif args.passphrase_file is None:
        print(
            tr(
                "Aviso: el paquete contiene datos personales sin cifrar; use --passphrase-file "
                "para cifrarlo o --no-personal-data para dejarlos fuera."
            ),
            file=sys.stderr,
        )
    return 0


def import_command(db: Database, args: argparse.Namespace) -> int:
    """Each file is imported in its own transaction (all or nothing per file, not per command):
    each one's report is printed as soon as it is done, then a summary of what went in."""
    passphrase = read_passphrase(args.passphrase_file)
    paths = expand_paths(Path(p) for p in args.files)
    if not paths:
        raise UserError(tr("No se encontró ningún archivo .cocrea."))
    reports: list[FileReport] = []
    try:
        for path in paths:
            report = import_one(db, path, dry_run=args.dry_run, passphrase=passphrase)
            reports.append(report)
            if not args.json:
                print_report(report, dry_run=args.dry_run)
                sys.stdout.flush()
    except BaseException:
        applied = [str(r.path) for r in reports if r.applied]
        if applied:  # the crash report names the failure; say what is already in
            print(
                tr("Ya importados antes del error: {files}.").format(files=", ".join(applied)),
                file=sys.stderr,
            )
        raise
    if args.json:
        print_json([r.to_json() for r in reports])
    else:
        print(_summary(reports, dry_run=args.dry_run))
    return 0 if all(r.ok for r in reports) else 1


def _summary(reports: list[FileReport], *, dry_run: bool) -> str:
    good = [str(r.path) for r in reports if r.ok]
    bad = [str(r.path) for r in reports if not r.ok]
    if dry_run:
        line = trn("Vista previa de {good} de %n archivos.", len(reports)).format(good=len(good))
    else:
        line = trn("Importados {good} de %n archivos.", len(reports)).format(good=len(good))
    if bad:
        line += " " + tr("Sin importar (de ellos no se escribió nada): {files}.").format(
            files=", ".join(bad)
        )
    return line


def _group_line(group: GroupCounts) -> str:
    where = tr("Plan «{plan}»").format(plan=group.plan_title or group.plan_id or "?")
    if group.plan_id is None:
        where = tr("Sin plan")
    if group.workshop_id is not None:
        where = tr("{where}, taller «{workshop}»").format(
            where=where, workshop=group.workshop_title or group.workshop_id
        )
    return tr("{where}: {new}, {updated}, {unchanged}, {conflicts}").format(
        where=where,
        new=trn("%Ln nuevos", group.new),
        updated=trn("%Ln actualizados", group.updated),
        unchanged=trn("%Ln sin cambios", group.unchanged),
        conflicts=trn("%Ln conflictos", group.conflicts),
    )


def print_report(report: FileReport, *, dry_run: bool) -> None:
    if not report.ok:
        # Like every CLI error: one line on stderr (the exit status is 1), naming the file.
        reason = tr("«{path}»: {reason}").format(path=report.path, reason=report.error)
        print("cocreation: " + tr("error: {reason}").format(reason=reason), file=sys.stderr)
        return
    print(f"== {report.path} ==")
    origin = report.device_label or report.device_id
    print(
        tr("Origen: {origin}; creado: {created}").format(origin=origin, created=report.created_at)
    )
    if not report.personal_data:
        print(tr("El paquete no trae datos personales (seudónimos)."))
    for group in report.groups:
        print("  " + _group_line(group))
    for line in unproven_lines(report):
        print(line, file=sys.stderr)
    if report.new_changes == 0:
        print(trn("Nada nuevo: los %Ln cambios ya estaban en esta base de datos.", report.changes))
    elif dry_run:
        print(
            tr("Vista previa: {new}, {conflicts}; no se guardó nada.").format(
                new=trn("%Ln cambios nuevos", report.new_changes),
                conflicts=trn("%Ln conflictos", report.conflicts),
            )
        )
    else:
        print(
            tr("Importado: {new}, {conflicts}.").format(
                new=trn("%Ln cambios nuevos", report.new_changes),
                conflicts=trn("%Ln conflictos nuevos", report.conflicts),
            )
        )


def list_command(db: Database, args: argparse.Namespace) -> int:
    if args.kind == "devices":
        from cocreation_app.cli.devices import list_devices_command

        return list_devices_command(db, args)
    if args.kind == "conflicts":
        conflicts = list_conflicts(db, plan_id=args.plan)
        if args.json:
            print_json([c.to_json() for c in conflicts])
            return 0
        for conflict in conflicts:
            label = conflict.target_label or conflict.target_id
            print(f"{conflict.id}\t{conflict.target_kind}\t{label}\t{conflict.field}")
            if conflict.orphan is not None:
                print("  " + _orphan_line(conflict))
            for value in conflict.values:
                mark = "*" if value.current else " "
                who = value.device_label or value.device_id
                print(
                    f"  {mark} {value.value_id}\t{json.dumps(value.value, ensure_ascii=False)}"
                    f"\t{who}\t{value.time}"
                )
        return 0
    groups = find_duplicates(db, plan_id=args.plan)
    if args.json:
        print_json([g.to_json() for g in groups])
        return 0
    for group in groups:
        print(tr("Posible duplicado ({reasons}):").format(reasons=group.reason_text()))
        for person in group.participants:
            mark = "*" if person["id"] == group.keep_id else " "
            details = "\t".join(
                str(person[k]) for k in ("name", "email", "phone") if person[k] is not None
            )
            print(f"  {mark} {person['id']}\t{details}")
    return 0


def _orphan_line(conflict: Conflict) -> str:
    orphan = conflict.orphan
    assert orphan is not None
    deleted, created = orphan.parent_deleted, orphan.created
    return tr(
        "Cuelga de {kind} «{parent}», eliminado en {deleted_by} ({deleted_at}); creado en "
        "{created_by} ({created_at}). Resuelva con --restore-parent o --delete-orphan."
    ).format(
        kind=KINDS[orphan.parent_kind].title(),
        parent=orphan.parent_label or orphan.parent_id,
        deleted_by=(deleted.device_label or deleted.device_id) if deleted else "?",
        deleted_at=deleted.time if deleted else "?",
        created_by=(created.device_label or created.device_id) if created else "?",
        created_at=created.time if created else "?",
    )


def resolve_command(db: Database, args: argparse.Namespace) -> int:
    if args.restore_parent or args.delete_orphan:
        count = resolve_orphan(db, args.id, restore_parent=args.restore_parent)
        if args.restore_parent:
            print(trn("Conflicto resuelto: %n registros restaurados.", count))
        else:
            print(trn("Conflicto resuelto: %n registros eliminados.", count))
        return 0
    value = resolve_conflict(db, args.id, keep=args.keep, value=args.value)
    print(tr("Conflicto resuelto: {value}").format(value=json.dumps(value, ensure_ascii=False)))
    return 0


def merge_command(db: Database, args: argparse.Namespace) -> int:
    carried = merge_participants(db, args.keep_id, args.other_id)
    print(tr("Registros fusionados; asistencias trasladadas: {count}").format(count=carried))
    return 0
