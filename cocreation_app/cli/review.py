"""The review subcommands' work and wording; ``cli/review_commands.py`` declares them."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from cocreation_app.cli.output import print_json
from cocreation_app.i18n import format_timestamp, translate
from cocreation_app.models import enums
from cocreation_app.services.entities import EntityService
from cocreation_app.services.registry import KINDS
from cocreation_app.services.review import Observation, ReviewService
from cocreation_app.storage import Database


def _tr(text: str) -> str:
    return translate("review", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("review", text, n)


def observe_command(db: Database, args: argparse.Namespace) -> int:
    obs_id = ReviewService(db).add_observation(
        args.kind,
        args.item_id,
        args.text,
        author=args.author,
        institution=args.institution,
        verdict=args.verdict,
    )
    print(obs_id)
    return 0


def reply_command(db: Database, args: argparse.Namespace) -> int:
    print(
        ReviewService(db).reply(
            args.observation_id, args.text, author=args.author, institution=args.institution
        )
    )
    return 0


def address_command(db: Database, args: argparse.Namespace) -> int:
    ReviewService(db).set_addressed(args.observation_id, not args.undo)
    if args.undo:
        print(_tr("Observación marcada como pendiente."))
    else:
        print(_tr("Observación atendida."))
    return 0


def status_command(db: Database, args: argparse.Namespace) -> int:
    ReviewService(db).set_status(
        args.plan_id, args.status, author=args.author, institution=args.institution, note=args.note
    )
    plan = EntityService(db).get("plans", args.plan_id)
    print(
        _tr("Estado del plan: {status} (borrador, versión {version}).").format(
            status=enums.label(enums.PLAN_STATUSES, plan["status"]), version=plan["draft_version"]
        )
    )
    return 0


def review_command(db: Database, args: argparse.Namespace) -> int:
    """The plan's review at a glance: status, history, and every observation by item."""
    review = ReviewService(db)
    plan = EntityService(db).get("plans", args.plan_id)
    history = review.status_history(args.plan_id)
    observations = review.observations(args.plan_id)
    if args.json:
        print_json(
            {
                "plan_id": plan["id"],
                "status": plan["status"],
                "draft_version": plan["draft_version"],
                "history": [dataclasses.asdict(step) for step in history],
                "observations": [dataclasses.asdict(o) for o in observations],
            }
        )
        return 0
    print(
        _tr("{title}: {status}, borrador versión {version}.").format(
            title=plan["title"],
            status=enums.label(enums.PLAN_STATUSES, plan["status"]),
            version=plan["draft_version"],
        )
    )
    for step in history:
        print(
            _tr("  {when}  {source} → {target}  {author}  {note}")
            .format(
                when=format_timestamp(step.changed_at),
                source=enums.label(enums.PLAN_STATUSES, step.from_status),
                target=enums.label(enums.PLAN_STATUSES, step.to_status),
                author=step.author,
                note=step.note or "",
            )
            .rstrip()
        )
    if not observations:
        print(_tr("Sin observaciones."))
    for obs in observations:
        _print_observation(obs)
    return 0


def _print_observation(obs: Observation) -> None:
    flags = []
    if obs.addressed:
        flags.append(_tr("atendida"))
    if obs.changed_since_draft:
        flags.append(_tr("cambió desde el borrador {version}").format(version=obs.draft_version))
    print(
        _tr("[{kind}] {title}").format(kind=KINDS[obs.target_kind].title(), title=obs.target_title)
    )
    print(
        _tr("  {id}  {verdict} · {author} · v{version}{flags}").format(
            id=obs.id,
            verdict=enums.label(enums.VERDICTS, obs.verdict),
            author=", ".join(a for a in (obs.author, obs.institution) if a),
            version=obs.draft_version,
            flags="".join(f" · {flag}" for flag in flags),
        )
    )
    if obs.verdict.startswith("proposed_"):
        print(
            _tr(
                "    (dictamen propuesto por sus palabras; confírmelo en la ventana o con "
                "«cocreation edit comments {id} --set verdict={verdict}»)"
            ).format(id=obs.id, verdict=obs.verdict.removeprefix("proposed_"))
        )
    print(f"    {obs.text}")
    _print_replies(obs.replies, 1)


def _print_replies(replies: list[Observation], depth: int) -> None:
    """Replies, and replies to replies, indented by thread depth."""
    for reply in replies:
        line = _tr("↳ {author}: {text}").format(author=reply.author, text=reply.text)
        print("    " + "  " * (depth - 1) + line)
        _print_replies(reply.replies, depth + 1)


def export_review_command(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.cli.sync import read_passphrase
    from cocreation_app.sync.review_file import export_review_file

    result = export_review_file(
        db, args.plan_id, Path(args.output), passphrase=read_passphrase(args.passphrase_file)
    )
    print(
        _trn(
            "Archivo de revisión guardado en {path}: %n observaciones.", result.observations
        ).format(path=result.path)
    )
    return 0


def import_pdf_comments_command(db: Database, args: argparse.Namespace) -> int:
    from cocreation_app.reports.pdf_comments import import_pdf_comments, kind_label, reason_text

    result = import_pdf_comments(
        db,
        Path(args.file),
        author=args.author,
        institution=args.institution,
        dry_run=args.dry_run,
    )
    if args.json:
        print_json(
            {
                "plan_id": result.plan_id,
                "draft_version": result.draft_version,
                "dry_run": args.dry_run,
                "comments": [dataclasses.asdict(c) for c in result.comments],
            }
        )
        return 0
    if args.dry_run:
        summary = _trn(
            "Se agregarían %n observaciones; ya estaban importadas: {existing}.",
            result.count("added"),
        )
    else:
        summary = _tr("Observaciones agregadas: {added}; ya estaban importadas: {existing}.")
    print(summary.format(added=result.count("added"), existing=result.count("existing")))
    for comment in result.comments:
        if comment.status == "added":
            print(
                _tr("  p. {page}  {kind}: {title} ← {author}: {text} [{verdict}]").format(
                    page=comment.exported_page or comment.page,
                    kind=KINDS[comment.target_kind or "plans"].title(),
                    title=comment.target_title,
                    author=comment.author,
                    text=_short(comment.text),
                    verdict=enums.label(enums.VERDICTS, comment.verdict),
                )
            )
    if result.unplaced:
        print(
            _tr(
                "Comentarios sin elemento ({count}): no se pudieron ubicar sobre un problema, "
                "solución, compromiso o hito; agréguelos a mano si hace falta:"
            ).format(count=len(result.unplaced))
        )
        for comment in result.unplaced:
            print(
                _tr("  p. {page}  {kind} · {author}: {text} ({reason})").format(
                    page=comment.page,
                    kind=kind_label(comment.subtype),
                    author=comment.author or "—",
                    text=_short(comment.text) or "—",
                    reason=reason_text(comment),
                )
            )
    return 0


def _short(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
