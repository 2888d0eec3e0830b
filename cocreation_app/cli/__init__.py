"""The ``cocreation`` command. With no subcommand it opens the window; subcommands run headless
on top of the services and never import Qt widgets.

Exit status: 0 success, 1 an error (one clear line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from cocreation_app import __version__
from cocreation_app.cli.output import print_json
from cocreation_app.errors import UserError
from cocreation_app.i18n import LANGUAGES, argparse_text, set_language, translate
from cocreation_app.paths import crash_dir, default_db_path
from cocreation_app.storage import Database, open_database

LIST_KINDS = (
    "plans",
    "workshops",
    "participants",
    "attendance",
    "problems",
    "problem_nodes",
    "solutions",
    "commitments",
    "milestones",
    "comments",
    "dot_votes",
    "criteria",
    "criterion_scores",
    "review_status_changes",
    "draft_issues",
)
EDIT_KINDS = LIST_KINDS
SYNC_LIST_KINDS = ("conflicts", "duplicates")  # derived views, listed by cocreation_app.sync

Handler = Callable[[argparse.Namespace], int]


def _tr(text: str) -> str:
    return translate("cli", text)


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
        self.exit(2, f"{self.prog}: {_tr('uso incorrecto')}: {message}\n")


def _translate_metavars(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Every metavar of the parser and its subcommands, groups included, in the current
    language: help and error messages both read ``action.metavar``."""
    parsers = [parser]
    for each in parsers:
        for action in each._actions:
            if isinstance(action.metavar, str):
                action.metavar = _tr(action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
    return parser


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    path = Path(args.db) if args.db else default_db_path()
    if create and not args.db:
        path.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path, create=create)


# -- foundation subcommands -------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    db = _open(args, create=True)
    print(_tr("Base de datos lista: {path}").format(path=db.path))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from cocreation_app.services.demo import load_demo

    db = _open(args, create=True)
    plan_id = load_demo(db)
    print(plan_id)
    return 0


def _shown(kind: str, name: str, value: Any) -> str:
    """A value as a person reads it in the current language (``--json`` keeps the raw value):
    labels for codes, dates and numbers formatted with Babel."""
    import datetime as dt

    from cocreation_app.i18n import format_date, format_decimal, format_integer
    from cocreation_app.models.enums import label
    from cocreation_app.services.registry import KINDS

    spec = KINDS[kind].field_map.get(name)
    if value is None or value == "" or spec is None:
        return "" if value is None else str(value)
    if spec.type == "enum" and spec.choices:
        return label(spec.choices, value)
    if spec.type == "codes" and spec.choices:
        return ", ".join(label(spec.choices, code) for code in str(value).split(",") if code)
    if spec.type == "date":
        return format_date(dt.date.fromisoformat(str(value)), "medium")
    if spec.type == "bool":
        return _tr("sí") if value else _tr("no")
    if spec.type == "int" and isinstance(value, int) and name != "number":
        return format_integer(value)
    if spec.type in ("float", "decimal"):
        return format_decimal(float(value))
    return str(value)


def _summary(record: dict[str, Any], kind: str) -> str:
    from cocreation_app.services.registry import KINDS

    spec = KINDS[kind]
    extra = [
        f.name for f in spec.fields if f.type in ("enum", "date", "int") and f.name != spec.display
    ]
    shown = [spec.display, *extra[:3]]
    parts = [
        _shown(kind, name, record.get(name)) for name in shown if record.get(name) not in (None, "")
    ]
    return "\t".join([record["id"], *parts])


def cmd_list(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService

    db = _open(args)
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
    from cocreation_app.services.entities import EntityService
    from cocreation_app.services.registry import KINDS

    db = _open(args)
    record = EntityService(db).get(args.kind, args.id)
    if args.json:
        print_json(record)
        return 0
    spec = KINDS[args.kind]
    width = max(len(name) for name in record)
    for name, value in record.items():
        title = spec.field_map[name].title() if name in spec.field_map else name
        shown = _shown(args.kind, name, value)
        print(
            f"{name:<{width}}  {shown}\t({title})"
            if name in spec.field_map
            else f"{name:<{width}}  {shown}"
        )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService, parse_assignments
    from cocreation_app.services.participants import ParticipantService, attendance_id

    db = _open(args)
    values = parse_assignments(args.kind, args.set or [])
    if args.kind == "attendance" and set(values) == {"workshop_id", "participant_id"}:
        ParticipantService(db).check_in(values["workshop_id"], values["participant_id"])
        print(attendance_id(values["workshop_id"], values["participant_id"]))
        return 0
    print(EntityService(db).create(args.kind, values))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService, parse_assignments

    db = _open(args)
    values = parse_assignments(args.kind, args.set or [])
    if not values:
        raise UserError(_tr("Indique al menos un --set CAMPO=VALOR."))
    changed = EntityService(db).update(args.kind, args.id, values)
    if changed:
        print(_tr("Guardado: {fields}").format(fields=", ".join(changed)))
    else:
        print(_tr("Sin cambios."))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService

    db = _open(args)
    count = EntityService(db).delete(args.kind, args.id)
    print(_tr("Eliminados: {count} registros").format(count=count))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from cocreation_app.services.check import check_database

    db = _open(args)
    report = check_database(db)
    if args.json:
        print_json({**asdict(report), "ok": report.ok})
    else:
        print(_tr("Integridad: {value}").format(value=report.integrity))
        print(
            _tr("Problemas de llaves foráneas: {value}").format(value=report.foreign_key_problems)
        )
        print(
            _tr("Esquema: {value} (versión de la aplicación: {head})").format(
                value=report.schema_revision, head=report.head_revision
            )
        )
        print(_tr("Diario: {value}").format(value=report.journal_mode))
        print(_tr("Cambios registrados: {value}").format(value=report.changes))
        for kind, count in report.counts.items():
            print(f"  {kind}: {count}")
        print(_tr("Resultado: correcto") if report.ok else _tr("Resultado: con problemas"))
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from cocreation_app.storage import backup_to, check_output_path

    db = _open(args)
    target = Path(args.output)
    check_output_path(target)
    backup_to(db.path, target)
    print(_tr("Respaldo guardado en {path}").format(path=target))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from cocreation_app.storage.restore import restore_backup

    path = Path(args.db) if args.db else default_db_path()
    if not args.db:
        path.parent.mkdir(parents=True, exist_ok=True)
    saved = restore_backup(Path(args.file), path)
    print(_tr("Respaldo restaurado en {path}").format(path=path))
    if saved is not None:
        print(_tr("La base de datos anterior se guardó en {path}").format(path=saved))
    return 0


def cmd_export_person(args: argparse.Namespace) -> int:
    from cocreation_app.services.privacy import export_person
    from cocreation_app.storage import check_output_path

    target = Path(args.output)
    check_output_path(target)
    json_path, text_path = export_person(_open(args), args.participant_id, target)
    print(
        _tr("Datos de la persona guardados en {json} y {text}").format(
            json=json_path, text=text_path
        )
    )
    return 0


def cmd_erase_person(args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService
    from cocreation_app.services.privacy import erase_person

    db = _open(args)
    name = EntityService(db).get("participants", args.participant_id)["name"]
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(_tr("Para borrar datos personales sin preguntar, agregue --yes."))
        answer = input(
            _tr("¿Anonimizar a «{name}» y borrar su historial en esta computadora? [s/N] ").format(
                name=name
            )
        )
        if answer.strip().lower() not in ("s", "si", "sí", "y", "yes"):
            print(_tr("Sin cambios."))
            return 0
    result = erase_person(db, args.participant_id)
    print(
        _tr(
            "Datos personales borrados: {people} registros, {changes} valores del historial."
        ).format(people=result.participants, changes=result.changes_scrubbed)
    )
    return 0


# -- prioritization ---------------------------------------------------------------------------


def cmd_ranking(args: argparse.Namespace) -> int:
    from cocreation_app.i18n import format_decimal
    from cocreation_app.services.prioritization import rank_problems
    from cocreation_app.services.ranking import Weights, explanation

    weights = Weights.of(args.dots_weight, args.criteria_weight)
    ranked = rank_problems(_open(args), args.workshop_id, weights)
    if args.json:
        print_json([problem.as_json() for problem in ranked])
        return 0
    for problem in ranked:
        criteria = problem.criteria_score
        print(
            _tr(
                "{rank}. {title} — {dots} puntos, criterios {criteria}, combinado {combined}  {id}"
            ).format(
                rank=problem.rank,
                title=problem.title,
                dots=problem.dots,
                criteria="—" if criteria is None else format_decimal(float(criteria)),
                combined=format_decimal(float(problem.combined_score)),
                id=problem.problem_id,
            )
        )
        reason = problem.tie_break_reason()
        if reason:
            print(f"   {reason}")
    print()
    print(explanation(weights))
    return 0


def cmd_vote(args: argparse.Namespace) -> int:
    from cocreation_app.services import prioritization

    db = _open(args)
    if args.add:
        new_ids = prioritization.add_voter_dots(
            db, args.workshop_id, {args.problem_id: args.dots}, origin=args.origin, sheet=args.sheet
        )
    else:
        new_ids = prioritization.record_sheet(
            db,
            args.workshop_id,
            {args.problem_id: args.dots},
            origin=args.origin,
            sheet=args.sheet,
            people=args.people,
        )
    print(new_ids[0] if new_ids else _tr("Sin cambios."))
    return 0


def cmd_vote_log(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from cocreation_app.services.prioritization import tally_history

    entries = tally_history(_open(args), args.workshop_id, args.problem)
    if args.json:
        print_json([asdict(entry) for entry in entries])
        return 0
    for entry in entries:
        values = {
            "when": entry.created_at,
            "origin": entry.origin or "—",
            "sheet": entry.sheet or "—",
            "problem": entry.problem_id,
            "dots": entry.dots,
            "previous": entry.previous_dots,
            "mark": "" if entry.current else _tr("[corregido]"),
        }
        if entry.previous_dots is None:
            line = _tr("{when}  {origin} ({sheet})  {problem}: {dots} puntos  {mark}")
        else:
            line = _tr(
                "{when}  {origin} ({sheet})  {problem}: {dots} puntos (antes {previous})  {mark}"
            )
        print(line.format(**values).rstrip())
    return 0


def cmd_criteria(args: argparse.Namespace) -> int:
    from cocreation_app.services import prioritization

    db = _open(args)
    if args.defaults:
        weights: dict[str, float] = {}
        for item in args.weight or []:
            name, _sep, value = item.partition("=")
            try:
                weights[name.strip()] = float(value)
            except ValueError:
                raise UserError(
                    _tr("«{item}» no tiene la forma CRITERIO=PESO.").format(item=item)
                ) from None
        prioritization.create_default_criteria(db, args.workshop_id, weights)
    criteria = prioritization.list_criteria(db, args.workshop_id)
    if args.json:
        print_json(criteria)
    else:
        for criterion in criteria:
            print(f"{criterion['id']}\t{criterion['name']}\t{criterion['weight']}")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from cocreation_app.services import prioritization

    new_ids = prioritization.record_scores(
        _open(args),
        args.workshop_id,
        {(args.problem_id, args.criterion_id): args.score},
        origin=args.origin,
        sheet=args.sheet,
    )
    print(new_ids[0] if new_ids else _tr("Sin cambios."))
    return 0


def cmd_export_plan(args: argparse.Namespace) -> int:
    from cocreation_app.reports import export_plan

    db = _open(args)
    export_plan(
        db,
        args.plan_id,
        Path(args.output),
        paper=args.paper,
        include_observations=args.with_observations,
    )
    print(_tr("Borrador del plan guardado en {path}").format(path=args.output))
    return 0


def cmd_export_attendance(args: argparse.Namespace) -> int:
    from cocreation_app.reports import export_attendance

    db = _open(args)
    rows = export_attendance(
        db,
        args.workshop_id,
        Path(args.output),
        blank_rows=args.blank_rows,
        prefill=not args.no_prefill,
        paper=args.paper,
    )
    print(
        _tr("Lista de asistencia ({rows} filas) guardada en {path}").format(
            rows=rows, path=args.output
        )
    )
    return 0


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from cocreation_app.cli.sync import export_command

    return export_command(_open(args), args)


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from cocreation_app.cli.sync import import_command

    return import_command(_open(args), args)


def cmd_resolve_conflict(args: argparse.Namespace) -> int:
    from cocreation_app.cli.sync import resolve_command

    return resolve_command(_open(args), args)


def cmd_merge_participants(args: argparse.Namespace) -> int:
    from cocreation_app.cli.sync import merge_command

    return merge_command(_open(args), args)


# -- review round trip (issue 7) ---------------------------------------------------------------


def cmd_observe(args: argparse.Namespace) -> int:
    from cocreation_app.cli.review import observe_command

    return observe_command(_open(args), args)


def cmd_reply(args: argparse.Namespace) -> int:
    from cocreation_app.cli.review import reply_command

    return reply_command(_open(args), args)


def cmd_address(args: argparse.Namespace) -> int:
    from cocreation_app.cli.review import address_command

    return address_command(_open(args), args)


def cmd_review(args: argparse.Namespace) -> int:
    from cocreation_app.cli.review import review_command

    return review_command(_open(args), args)


def cmd_review_status(args: argparse.Namespace) -> int:
    from cocreation_app.cli.review import status_command

    return status_command(_open(args), args)


def cmd_export_review(args: argparse.Namespace) -> int:
    from cocreation_app.cli.review import export_review_command

    return export_review_command(_open(args), args)


def cmd_import_pdf_comments(args: argparse.Namespace) -> int:
    from cocreation_app.cli.review import import_pdf_comments_command

    return import_pdf_comments_command(_open(args), args)


# -- the parser ---------------------------------------------------------------------------------


def _global_parser() -> argparse.ArgumentParser:
    """The options given before any subcommand."""
    parser = _Parser(
        prog="cocreation",
        description=_tr("Cocrea: talleres de cocreación de gobierno abierto, sin conexión."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"cocreation {__version__}",
        help=_tr("mostrar la versión y salir"),
    )
    parser.add_argument("--db", metavar="RUTA", help=_tr("archivo de base de datos"))
    parser.add_argument("--lang", choices=LANGUAGES, help=_tr("idioma: es (predeterminado) o en"))
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

    command("init", cmd_init, _tr("crear o actualizar la base de datos"))
    command("demo", cmd_demo, _tr("cargar un plan de demostración"))
    p = command("list", cmd_list, _tr("listar registros"))
    p.add_argument("kind", choices=(*LIST_KINDS, *SYNC_LIST_KINDS), metavar="TIPO")
    p.add_argument("--plan", metavar="ID")
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_show, _tr("mostrar un registro"))
    p.add_argument("kind", choices=EDIT_KINDS, metavar="TIPO")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("add", cmd_add, _tr("agregar un registro; imprime su id"))
    p.add_argument("kind", choices=EDIT_KINDS, metavar="TIPO")
    p.add_argument("--set", action="append", metavar="CAMPO=VALOR")
    p = command("edit", cmd_edit, _tr("editar un registro"))
    p.add_argument("kind", choices=EDIT_KINDS, metavar="TIPO")
    p.add_argument("id")
    p.add_argument("--set", action="append", metavar="CAMPO=VALOR")
    p = command("delete", cmd_delete, _tr("eliminar un registro"))
    p.add_argument("kind", choices=EDIT_KINDS, metavar="TIPO")
    p.add_argument("id")
    p = command("export-bundle", cmd_export_bundle, _tr("exportar un paquete .cocrea"))
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO")
    p.add_argument("--plan", metavar="ID", help=_tr("solo los registros de este plan"))
    p.add_argument(
        "--no-personal-data",
        action="store_true",
        help=_tr("seudónimos en lugar de nombres; sin correo ni teléfono"),
    )
    p.add_argument("--passphrase-file", metavar="ARCHIVO", help=_tr("cifrar con esta contraseña"))
    p = command("import-bundle", cmd_import_bundle, _tr("importar paquetes .cocrea"))
    p.add_argument("files", nargs="+", metavar="ARCHIVO", help=_tr("archivos o carpetas"))
    p.add_argument("--dry-run", action="store_true", help=_tr("solo mostrar la vista previa"))
    p.add_argument("--passphrase-file", metavar="ARCHIVO")
    p.add_argument("--json", action="store_true")
    p = command("resolve-conflict", cmd_resolve_conflict, _tr("resolver un conflicto"))
    p.add_argument("id", metavar="CONFLICTO")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", metavar="VALOR_ID", help=_tr("conservar este valor"))
    choice.add_argument("--value", metavar="TEXTO", help=_tr("escribir un valor nuevo"))
    choice.add_argument(
        "--restore-parent",
        action="store_true",
        help=_tr("restaurar el registro superior eliminado"),
    )
    choice.add_argument("--delete-orphan", action="store_true", help=_tr("eliminar el huérfano"))
    p = command(
        "merge-participants", cmd_merge_participants, _tr("fusionar dos registros de una persona")
    )
    p.add_argument("keep_id", metavar="CONSERVAR_ID")
    p.add_argument("other_id", metavar="OTRO_ID")
    p = command("check", cmd_check, _tr("revisar integridad y esquema"))
    p.add_argument("--json", action="store_true")
    p = command("backup", cmd_backup, _tr("respaldar la base de datos"))
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO")
    p = command("restore", cmd_restore, _tr("restaurar un respaldo de la base de datos"))
    p.add_argument("file", metavar="ARCHIVO")
    p = command("export-person", cmd_export_person, _tr("exportar los datos de una persona"))
    p.add_argument("participant_id", metavar="PERSONA")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.json")
    p = command("erase-person", cmd_erase_person, _tr("anonimizar a una persona participante"))
    p.add_argument("participant_id", metavar="PERSONA")
    p.add_argument("--yes", action="store_true", help=_tr("sin pedir confirmación"))
    p = command("ranking", cmd_ranking, _tr("priorización: problemas ordenados por puntaje"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument(
        "--dots-weight",
        type=float,
        default=1.0,
        metavar="PESO",
        help=_tr("peso de los puntos en el puntaje combinado (1)"),
    )
    p.add_argument(
        "--criteria-weight",
        type=float,
        default=1.0,
        metavar="PESO",
        help=_tr("peso de los criterios en el puntaje combinado (1)"),
    )
    p.add_argument("--json", action="store_true")
    p = command("vote", cmd_vote, _tr("registrar el conteo de puntos de una mesa"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("problem_id", metavar="PROBLEMA")
    p.add_argument("dots", type=int, metavar="PUNTOS")
    p.add_argument("--origin", required=True, metavar="MESA", help=_tr("mesa o grupo"))
    p.add_argument("--sheet", metavar="HOJA", help=_tr("hoja de papel de donde viene el conteo"))
    p.add_argument(
        "--people",
        type=int,
        metavar="PERSONAS",
        help=_tr("personas que votaron en la mesa: su tope es personas × puntos por persona"),
    )
    p.add_argument("--add", action="store_true", help=_tr("sumar los puntos de una persona"))
    p = command("vote-log", cmd_vote_log, _tr("historial de conteos de puntos"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("--problem", metavar="ID", help=_tr("solo los conteos de este problema"))
    p.add_argument("--json", action="store_true")
    p = command("criteria", cmd_criteria, _tr("criterios de priorización de un taller"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument(
        "--defaults",
        action="store_true",
        help=_tr("crear impacto, urgencia y factibilidad"),
    )
    p.add_argument(
        "--weight",
        action="append",
        metavar="CRITERIO=PESO",
        help=_tr("con --defaults: peso de impact, urgency o feasibility (1)"),
    )
    p.add_argument("--json", action="store_true")
    p = command("score", cmd_score, _tr("registrar la calificación (1–5) de una mesa"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("problem_id", metavar="PROBLEMA")
    p.add_argument("criterion_id", metavar="CRITERIO")
    p.add_argument("score", type=int, metavar="CALIFICACIÓN")
    p.add_argument("--origin", required=True, metavar="MESA", help=_tr("mesa o grupo"))
    p.add_argument("--sheet", metavar="HOJA", help=_tr("hoja de papel de donde viene el conteo"))
    p = command("export-plan", cmd_export_plan, _tr("exportar el borrador del plan en PDF"))
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    p.add_argument(
        "--with-observations",
        action="store_true",
        help=_tr("agregar un anexo con las observaciones y sus respuestas"),
    )
    p = command(
        "export-attendance", cmd_export_attendance, _tr("exportar la lista de asistencia en PDF")
    )
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")
    p.add_argument("--blank-rows", type=int, default=15, metavar="N")
    p.add_argument("--no-prefill", action="store_true", help=_tr("sin personas registradas"))
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    _review_commands(command)
    return _translate_metavars(parser)


def _review_commands(command: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    from cocreation_app.models import enums

    p = command("observe", cmd_observe, _tr("agregar una observación a un elemento del plan"))
    p.add_argument("kind", choices=tuple(enums.COMMENT_TARGETS), metavar="TIPO")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("--text", required=True, metavar="TEXTO")
    p.add_argument("--author", required=True, metavar="NOMBRE")
    p.add_argument("--institution", metavar="INSTITUCIÓN")
    p.add_argument("--verdict", choices=tuple(enums.VERDICTS), default="comment")
    p = command("reply", cmd_reply, _tr("responder una observación"))
    p.add_argument("observation_id", metavar="OBSERVACIÓN")
    p.add_argument("--text", required=True, metavar="TEXTO")
    p.add_argument("--author", required=True, metavar="NOMBRE")
    p.add_argument("--institution", metavar="INSTITUCIÓN")
    p = command("address", cmd_address, _tr("marcar una observación como atendida"))
    p.add_argument("observation_id", metavar="OBSERVACIÓN")
    p.add_argument("--undo", action="store_true", help=_tr("volver a marcarla como pendiente"))
    p = command("review", cmd_review, _tr("estado, historial y observaciones de un plan"))
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("--json", action="store_true")
    p = command("review-status", cmd_review_status, _tr("cambiar el estado de revisión del plan"))
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("status", choices=tuple(enums.PLAN_STATUSES), metavar="ESTADO")
    p.add_argument("--author", required=True, metavar="NOMBRE")
    p.add_argument("--institution", metavar="INSTITUCIÓN")
    p.add_argument("--note", metavar="NOTA")
    p = command(
        "export-review", cmd_export_review, _tr("exportar solo las observaciones (archivo .cocrea)")
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.cocrea")
    p.add_argument("--passphrase-file", metavar="ARCHIVO")
    p = command(
        "import-pdf-comments",
        cmd_import_pdf_comments,
        _tr("importar los comentarios escritos sobre el PDF del borrador"),
    )
    p.add_argument("file", metavar="ARCHIVO.pdf")
    p.add_argument("--author", metavar="NOMBRE", help=_tr("autoría de todos los comentarios"))
    p.add_argument("--institution", metavar="INSTITUCIÓN")
    p.add_argument("--dry-run", action="store_true", help=_tr("mostrar sin guardar"))
    p.add_argument("--json", action="store_true")


def _write_crash_file() -> Path | None:
    import datetime as dt
    import traceback

    try:
        from cocreation_app.storage.files import write_bytes_atomic

        folder = crash_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}.txt"
        write_bytes_atomic(path, traceback.format_exc().encode("utf-8"))
        return path
    except OSError:
        return None


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
        from cocreation_app.ui.app import run_app

        return run_app(db_path=Path(args.db) if args.db else None, language=_language_from(argv))
    # Imported here, not at the top: the window draws its first page before SQLAlchemy loads.
    from sqlalchemy.exc import OperationalError

    try:
        return int(args.handler(args))
    except UserError as exc:
        print(f"cocreation: {_tr('error')}: {exc.message}", file=sys.stderr)
        return 1
    except (OperationalError, sqlite3.OperationalError) as exc:
        text = str(getattr(exc, "orig", exc))
        if "locked" in text:
            message = _tr("la base de datos está ocupada por otro programa; intente de nuevo.")
        elif "full" in text:
            message = _tr("el disco está lleno; no se guardó nada.")
        else:
            message = _tr("no se pudo usar la base de datos: {reason}").format(reason=text)
        print(f"cocreation: {_tr('error')}: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``cocreation list participants | head``): not worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.filename:
            reason = _tr("«{path}»: {reason}").format(path=exc.filename, reason=reason)
        print(f"cocreation: {_tr('error')}: {reason}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        crash = _write_crash_file()
        message = _tr("error inesperado; los detalles se guardaron en {path}").format(
            path=crash or "?"
        )
        print(f"cocreation: {message}", file=sys.stderr)
        return 1
