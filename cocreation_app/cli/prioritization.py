"""The prioritization subcommands: ranking, dot-vote tallies, criteria and their scores."""

from __future__ import annotations

import argparse

from cocreation_app.cli.common import Command, open_db, tr, trn
from cocreation_app.cli.output import print_json
from cocreation_app.errors import UserError


def cmd_ranking(args: argparse.Namespace) -> int:
    from cocreation_app.i18n import format_decimal
    from cocreation_app.services.prioritization import rank_problems
    from cocreation_app.services.ranking import Weights, explanation

    weights = Weights.of(args.dots_weight, args.criteria_weight)
    ranked = rank_problems(open_db(args), args.workshop_id, weights)
    if args.json:
        print_json([problem.as_json() for problem in ranked])
        return 0
    for problem in ranked:
        criteria = problem.criteria_score
        print(
            tr("{rank}. {title} — {dots}, criterios {criteria}, combinado {combined}  {id}").format(
                rank=problem.rank,
                title=problem.title,
                dots=trn("%n puntos", problem.dots),
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

    db = open_db(args)
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
    print(new_ids[0] if new_ids else tr("Sin cambios."))
    return 0


def cmd_vote_log(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from cocreation_app.services.prioritization import tally_history

    entries = tally_history(open_db(args), args.workshop_id, args.problem)
    if args.json:
        print_json([asdict(entry) for entry in entries])
        return 0
    for entry in entries:
        values = {
            "when": entry.created_at,
            "origin": entry.origin or "—",
            "sheet": entry.sheet or "—",
            "problem": entry.problem_id,
            "dots": trn("%n puntos", entry.dots),
            "previous": entry.previous_dots,
            "mark": "" if entry.current else tr("[corregido]"),
        }
        if entry.previous_dots is None:
            line = tr("{when}  {origin} ({sheet})  {problem}: {dots}  {mark}")
        else:
            line = tr("{when}  {origin} ({sheet})  {problem}: {dots} (antes {previous})  {mark}")
        print(line.format(**values).rstrip())
    return 0


def cmd_criteria(args: argparse.Namespace) -> int:
    from cocreation_app.services import prioritization

    db = open_db(args)
    if args.defaults:
        weights: dict[str, float] = {}
        for item in args.weight or []:
            name, _sep, value = item.partition("=")
            try:
                weights[name.strip()] = float(value)
            except ValueError:
                raise UserError(
                    tr("«{item}» no tiene la forma CRITERIO=PESO.").format(item=item)
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
        open_db(args),
        args.workshop_id,
        {(args.problem_id, args.criterion_id): args.score},
        origin=args.origin,
        sheet=args.sheet,
    )
    print(new_ids[0] if new_ids else tr("Sin cambios."))
    return 0


def register(command: Command) -> None:
    p = command("ranking", cmd_ranking, tr("priorización: problemas ordenados por puntaje"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument(
        "--dots-weight",
        type=float,
        default=1.0,
        metavar="PESO",
        help=tr("peso de los puntos en el puntaje combinado (1)"),
    )
    p.add_argument(
        "--criteria-weight",
        type=float,
        default=1.0,
        metavar="PESO",
        help=tr("peso de los criterios en el puntaje combinado (1)"),
    )
    p.add_argument("--json", action="store_true")
    p = command("vote", cmd_vote, tr("registrar el conteo de puntos de una mesa"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("problem_id", metavar="PROBLEMA")
    p.add_argument("dots", type=int, metavar="PUNTOS")
    p.add_argument("--origin", required=True, metavar="MESA", help=tr("mesa o grupo"))
    p.add_argument("--sheet", metavar="HOJA", help=tr("hoja de papel de donde viene el conteo"))
    p.add_argument(
        "--people",
        type=int,
        metavar="PERSONAS",
        help=tr("personas que votaron en la mesa: su tope es personas × puntos por persona"),
    )
    p.add_argument("--add", action="store_true", help=tr("sumar los puntos de una persona"))
    p = command("vote-log", cmd_vote_log, tr("historial de conteos de puntos"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("--problem", metavar="ID", help=tr("solo los conteos de este problema"))
    p.add_argument("--json", action="store_true")
    p = command("criteria", cmd_criteria, tr("criterios de priorización de un taller"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument(
        "--defaults",
        action="store_true",
        help=tr("crear impacto, urgencia y factibilidad"),
    )
    p.add_argument(
        "--weight",
        action="append",
        metavar="CRITERIO=PESO",
        help=tr("con --defaults: peso de impact, urgency o feasibility (1)"),
    )
    p.add_argument("--json", action="store_true")
    p = command("score", cmd_score, tr("registrar la calificación (1–5) de una mesa"))
    p.add_argument("workshop_id", metavar="TALLER")
    p.add_argument("problem_id", metavar="PROBLEMA")
    p.add_argument("criterion_id", metavar="CRITERIO")
    p.add_argument("score", type=int, metavar="CALIFICACIÓN")
    p.add_argument("--origin", required=True, metavar="MESA", help=tr("mesa o grupo"))
    p.add_argument("--sheet", metavar="HOJA", help=tr("hoja de papel de donde viene el conteo"))
