"""The follow-up subcommands: progress, assess, and the exports of the follow-up.

``register`` adds them to the parser (:mod:`cocreation_app.cli.parser`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cocreation_app.cli.common import Command, open_db
from cocreation_app.cli.common import tr as _tr
from cocreation_app.cli.common import trn as _trn
from cocreation_app.cli.output import print_json
from cocreation_app.errors import UserError
from cocreation_app.models import enums
from cocreation_app.models.licences import DEFAULT_LICENSE, LICENSES
from cocreation_app.storage import Database


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _tr("«{value}» no es una fecha AAAA-MM-DD").format(value=text)
        ) from None


def register(command: Command) -> None:
    def handler(work: Callable[[Database, argparse.Namespace], int]) -> Any:
        return lambda args: work(open_db(args), args)

    p = command(
        "progress",
        handler(progress_command),
        _tr("avance de un plan; con --status, reportar el avance de un hito"),
    )
    p.add_argument("item_id", metavar="PLAN|HITO")
    p.add_argument("--as-of", type=_date, metavar="FECHA", help=_tr("avance a esta fecha (hoy)"))
    p.add_argument("--status", choices=tuple(enums.MILESTONE_STATUSES), metavar="ESTADO")
    p.add_argument("--percent", type=int, metavar="AVANCE", help=_tr("avance del hito, 0 a 100"))
    p.add_argument("--date", type=_date, metavar="FECHA", help=_tr("fecha del reporte (hoy)"))
    p.add_argument("--narrative", metavar="TEXTO", help=_tr("qué se hizo"))
    p.add_argument("--author", metavar="NOMBRE")
    p.add_argument(
        "--evidence",
        action="append",
        metavar="ARCHIVO",
        help=_tr("archivo de evidencia (PDF, foto, hoja de cálculo); se puede repetir"),
    )
    p.add_argument(
        "--public-evidence",
        action="store_true",
        help=_tr(
            "las evidencias se pueden publicar (no muestran ni nombran a personas, o dieron su "
            "consentimiento); sin esto no van a los datos abiertos ni al sitio"
        ),
    )
    p.add_argument("--json", action="store_true")
    p = command(
        "assess",
        handler(assess_command),
        _tr("valoraciones de un compromiso; con --indicator o --ogp-value, agregar una"),
    )
    p.add_argument("commitment_id", metavar="COMPROMISO")
    p.add_argument("--indicator", choices=tuple(enums.ASSESSMENT_INDICATORS), metavar="INDICADOR")
    p.add_argument("--value", metavar="VALOR", help=_tr("valoración del indicador"))
    p.add_argument(
        "--ogp-value",
        choices=tuple(enums.OGP_VALUES),
        metavar="VALOR_OGP",
        help=_tr("autoevaluación al cierre: valor de gobierno abierto"),
    )
    p.add_argument("--what-changed", metavar="TEXTO", help=_tr("autoevaluación: qué cambió"))
    p.add_argument("--by", metavar="NOMBRE", help=_tr("quién valora"))
    p.add_argument("--reason", metavar="TEXTO", help=_tr("por qué"))
    p.add_argument("--date", type=_date, metavar="FECHA", help=_tr("fecha de la valoración (hoy)"))
    p.add_argument("--json", action="store_true")
    p = command(
        "export-progress",
        handler(export_progress_command),
        _tr("exportar el informe de avance de un periodo en PDF"),
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")
    p.add_argument(
        "--from", dest="since", type=_date, metavar="FECHA", help=_tr("inicio del periodo")
    )
    p.add_argument(
        "--to", dest="until", type=_date, metavar="FECHA", help=_tr("fin del periodo (hoy)")
    )
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    p.add_argument("--json", action="store_true")
    p = command(
        "export-site",
        handler(export_site_command),
        _tr("exportar el sitio de seguimiento: HTML sin conexión, para una memoria USB o la web"),
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("-o", "--output", required=True, metavar="CARPETA")
    p.add_argument("--as-of", type=_date, metavar="FECHA", help=_tr("avance a esta fecha (hoy)"))
    p.add_argument("--json", action="store_true")
    p = command(
        "export-open-data",
        handler(export_open_data_command),
        _tr(
            "exportar los datos abiertos del plan (Frictionless Data Package), sin datos personales"
        ),
    )
    p.add_argument("plan_id", metavar="PLAN")
    p.add_argument("-o", "--output", required=True, metavar="CARPETA|ARCHIVO.zip")
    p.add_argument("--as-of", type=_date, metavar="FECHA", help=_tr("avance a esta fecha (hoy)"))
    p.add_argument(
        "--license",
        choices=tuple(LICENSES),
        default=DEFAULT_LICENSE,
        help=_tr("licencia de los datos ({default})").format(default=DEFAULT_LICENSE),
    )
    p.add_argument("--json", action="store_true")


# -- progress ------------------------------------------------------------------------------------


def progress_command(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.services.followup import FollowupService, read_evidence_files

    service = FollowupService(db)
    if args.status is None:
        if args.percent is not None or args.evidence or args.narrative:
            raise UserError(_tr("Para reportar el avance de un hito, indique --status."))
        return _show_progress(service, args)
    if args.percent is None:
        raise UserError(_tr("Indique el avance del hito con --percent (0 a 100)."))
    paths = [Path(p) for p in args.evidence or []]
    evidence = read_evidence_files(paths, public=args.public_evidence)
    update_id = service.report_progress(
        args.item_id,
        date=args.date or dt.date.today(),
        status=args.status,
        progress=args.percent,
        narrative=args.narrative,
        author=args.author,
        evidence=evidence,
    )
    print(update_id)
    return 0


def _show_progress(service: Any, args: argparse.Namespace) -> int:
    from cocreation_app.i18n import format_date
    from cocreation_app.services.followup import progress_json

    plan = service.plan_progress(args.item_id, as_of=args.as_of)
    if args.json:
        print_json(progress_json(plan))
        return 0
    print(
        _tr("{title}: avance {progress} al {date}").format(
            title=plan.title, progress=_percent(plan.progress), date=format_date(plan.as_of)
        )
    )
    for c in plan.commitments:
        overdue = _tr(" · hitos vencidos: {count}").format(count=c.overdue) if c.overdue else ""
        print(
            _tr("{number}. {title}: {progress}{overdue}  {id}").format(
                number=c.number or "—",
                title=c.title,
                progress=_percent(c.progress),
                overdue=overdue,
                id=c.id,
            )
        )
        for m in c.milestones:
            mark = _tr(" [vencido]") if m.overdue else ""
            print(
                f"   {_percent(float(m.progress))}  "
                f"{enums.label(enums.MILESTONE_STATUSES, m.status)}{mark}  {m.title}  {m.id}"
            )
    return 0


def _percent(value: float | None) -> str:
    from cocreation_app.i18n import format_percent

    return "—" if value is None else format_percent(value / 100)


# -- assessments ---------------------------------------------------------------------------------


def assess_command(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.services.followup import FollowupService

    service = FollowupService(db)
    day = args.date or dt.date.today()
    if args.indicator is not None:
        if args.value is None or not args.by or not args.reason:
            raise UserError(
                _tr("Una valoración necesita --value, --by (quién) y --reason (por qué).")
            )
        print(
            service.assess(
                args.commitment_id,
                args.indicator,
                args.value,
                assessor=args.by,
                assessed_on=day,
                reason=args.reason,
            )
        )
        return 0
    if args.ogp_value is not None:
        if not args.what_changed:
            raise UserError(_tr("Una autoevaluación necesita --what-changed (qué cambió)."))
        print(
            service.self_assess(
                args.commitment_id, args.ogp_value, args.what_changed, author=args.by, date=day
            )
        )
        return 0
    return _show_assessments(db, args)


def _show_assessments(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.services.entities import EntityService

    entities = EntityService(db)
    entities.get("commitments", args.commitment_id)
    where = {"commitment_id": args.commitment_id}
    assessments = entities.list_records("assessments", where=where)
    selves = entities.list_records("self_assessments", where=where)
    if args.json:
        print_json({"assessments": assessments, "self_assessments": selves})
        return 0
    if not assessments and not selves:
        print(_tr("Sin valoraciones."))
    for a in assessments:
        print(
            _tr("{date}  {indicator}: {value} — {assessor}: {reason}").format(
                date=a["assessed_on"],
                indicator=enums.label(enums.ASSESSMENT_INDICATORS, a["indicator"]),
                value=indicator_value(a["indicator"], a["value"]),
                assessor=a["assessor"],
                reason=a["reason"],
            )
        )
    for s in selves:
        print(
            _tr("{date}  autoevaluación, {value}: {text}").format(
                date=s["date"] or "—",
                value=enums.label(enums.OGP_VALUES, s["ogp_value"]),
                text=s["what_changed"],
            )
        )
    return 0


def indicator_value(indicator: str | None, value: str | None) -> str:
    choices = enums.INDICATOR_CHOICES.get(indicator or "", {})
    return ", ".join(enums.label(choices, code) for code in (value or "").split(",") if code)


# -- exports -------------------------------------------------------------------------------------


def export_progress_command(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.reports.exports import export_progress
    from cocreation_app.reports.progress_data import semester_start

    until = args.until or dt.date.today()
    since = args.since or semester_start(until)
    pages = export_progress(
        db, args.plan_id, Path(args.output), since=since, until=until, paper=args.paper
    )
    if args.json:
        print_json(
            {
                "path": args.output,
                "pages": pages,
                "since": since.isoformat(),
                "until": until.isoformat(),
            }
        )
    else:
        print(
            _trn("Informe de avance (%n páginas) guardado en {path}", pages).format(
                path=args.output
            )
        )
    return 0


def export_site_command(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.reports.site import export_site

    result = export_site(db, args.plan_id, Path(args.output), as_of=args.as_of)
    if args.json:
        print_json({"path": str(result.path), "pages": result.pages, "files": result.files})
    else:
        print(
            _trn("Sitio guardado en {path}: %n páginas; abra index.html.", result.pages).format(
                path=result.path
            )
        )
    return 0


def export_open_data_command(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.reports.open_data import export_open_data

    result = export_open_data(
        db, args.plan_id, Path(args.output), as_of=args.as_of, license_code=args.license
    )
    if args.json:
        print_json({"path": str(result.path), "resources": result.resources, "rows": result.rows})
    else:
        print(
            _tr("Datos abiertos guardados en {path}: {tables}, {rows}.").format(
                path=result.path,
                tables=_trn("%Ln tablas", result.resources),
                rows=_trn("%Ln filas", result.rows),
            )
        )
    return 0
