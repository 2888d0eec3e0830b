"""Checks a user expects beyond a field's type: a phone that is a phone, a milestone's progress
that agrees with its status (refused), a workshop dated outside its plan's period and a period
moved away from its workshops (warnings: the save goes ahead), a person registered twice under
one name written two ways (offered before saving). Messages name fields by their labels."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import or_, select

from cocreation_app.errors import ValidationError
from cocreation_app.i18n import format_short_date, translate
from cocreation_app.models import Participant, Plan, Workshop, enums
from cocreation_app.services.registry import KindSpec
from cocreation_app.storage import Database
from cocreation_app.text import fold

PHONE_FIELDS = frozenset({"phone", "contact_phone"})
# +52 961 123 4567, (961) 123-45-67, 961.123.4567, then an extension: ext. 12, x12, extensión 12
_PHONE = re.compile(r"\+?[\d\s().\-]+?(?:\s*(?:ext\.?|extensi[oó]n|x|#)\s*\d{1,6})?", re.I)
_EXTENSION = re.compile(r"(?:ext\.?|extensi[oó]n|x|#)\s*\d{1,6}$", re.I)
MIN_DIGITS, MAX_DIGITS = 7, 15  # a local number without area code; E.164's longest
MAX_NAMED_WORKSHOPS = 3  # a warning names a few workshops, then counts


def _tr(text: str) -> str:
    return translate("services", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("services", text, n)


def check_phone(spec: KindSpec, name: str, value: str | None) -> None:
    if not value or name not in PHONE_FIELDS:
        return
    number = _EXTENSION.sub("", value.strip()).strip()
    digits = sum(ch.isdigit() for ch in number)
    if (
        not _PHONE.fullmatch(value.strip())
        or "+" in number[1:]
        or not MIN_DIGITS <= digits <= MAX_DIGITS
    ):
        raise ValidationError(
            _tr(
                "«{field}»: «{value}» no parece un teléfono. Escriba de {low} a {high} dígitos; "
                "puede usar +, espacios, guiones y una extensión (p. ej. +52 961 123 4567 ext. 12)."
            ).format(
                field=spec.field_map[name].title(), value=value, low=MIN_DIGITS, high=MAX_DIGITS
            ),
            (name,),
        )


def check_email(spec: KindSpec, name: str, value: str | None) -> None:
    if value and name.endswith("email") and "@" not in value:
        raise ValidationError(
            _tr("«{field}»: «{value}» no parece un correo electrónico.").format(
                field=spec.field_map[name].title(), value=value
            ),
            (name,),
        )


def check_progress_status(spec: KindSpec, current: Callable[[str], Any]) -> None:
    """Refused, not warned: a milestone "not started" with progress above 0 would be counted
    in the plan's progress while it says nothing was done (milestones, progress reports)."""
    if "progress" not in spec.field_map or "status" not in spec.field_map:
        return
    progress, status = current("progress"), current("status")
    if status == "not_started" and progress:
        raise ValidationError(
            _tr(
                "«{progress}» es {value} % pero «{status}» dice «{label}»: ponga el avance en 0 o "
                "cambie el estado."
            ).format(
                progress=spec.field_map["progress"].title(),
                value=progress,
                status=spec.field_map["status"].title(),
                label=enums.label(enums.MILESTONE_STATUSES, "not_started"),
            ),
            ("progress",),
        )


def workshop_outside_period(
    day: dt.date | None, start: dt.date | None, end: dt.date | None
) -> str | None:
    """A warning when a workshop's date falls outside its plan's period, else None."""
    if day is None or (start is None and end is None):
        return None
    if (start is None or day >= start) and (end is None or day <= end):
        return None
    return _tr(
        "La fecha del taller ({date}) está fuera del periodo del plan ({start} a {end}). "
        "Se guardó; revise la fecha si no es lo que quería."
    ).format(
        date=format_short_date(day),
        start=format_short_date(start) if start else "…",
        end=format_short_date(end) if end else "…",
    )


def same_name(
    db: Database, plan_id: str, name: str, *, exclude: str | None = None
) -> list[tuple[str, str, str | None]]:
    """People of the plan already registered under ``name``, accents, case and spaces aside
    («Maria  lopez» finds «María López»): (id, name, organization), at most 5.

    A range on the indexed search key (``fold(name) | organization | e-mail``, the partial
    index ``ix_participants_live_search``): no person is loaded to compare."""
    key = fold(name)
    if not key:
        return []
    with db.read() as session:
        query = (
            select(Participant.id, Participant.name, Participant.organization)
            .where(
                Participant.plan_id == plan_id,
                Participant.deleted.is_(False),
                Participant.merged_into_id.is_(None),
                Participant.search_key >= f"{key} | ",
                Participant.search_key < f"{key} }}",  # "}" sorts right after "|"
            )
            .order_by(Participant.search_key, Participant.id)
            .limit(5)
        )
        if exclude is not None:
            query = query.where(Participant.id != exclude)
        return [(row.id, row.name, row.organization) for row in session.execute(query)]


def workshop_warnings(db: Database, workshop_id: str) -> list[str]:
    """What to tell the user after a workshop was saved (nothing refused)."""
    with db.read() as session:
        workshop = session.get(Workshop, workshop_id)
        plan = session.get(Plan, workshop.plan_id) if workshop is not None else None
        if workshop is None or plan is None:
            return []
        warning = workshop_outside_period(workshop.date, plan.period_start, plan.period_end)
    return [warning] if warning else []


def plan_warnings(db: Database, plan_id: str) -> list[str]:
    """What to tell the user after a plan was saved: its live workshops that its
    period no longer holds, a few named; found in SQL, none loaded beyond those named."""
    with db.read() as session:
        plan = session.get(Plan, plan_id)
        if plan is None or (plan.period_start is None and plan.period_end is None):
            return []
        outside = []
        if plan.period_start is not None:
            outside.append(Workshop.date < plan.period_start)
        if plan.period_end is not None:
            outside.append(Workshop.date > plan.period_end)
        rows = session.execute(
            select(Workshop.title, Workshop.date)
            .where(
                Workshop.plan_id == plan_id,
                Workshop.deleted.is_(False),
                or_(*outside),
            )
            .order_by(Workshop.date, Workshop.id)
        ).all()
        start, end = plan.period_start, plan.period_end
    if not rows:
        return []
    named = ", ".join(
        f"«{title}» ({format_short_date(day)})" for title, day in rows[:MAX_NAMED_WORKSHOPS]
    )
    if len(rows) > MAX_NAMED_WORKSHOPS:
        named += ", …"
    return [
        _trn(
            "%n talleres quedan fuera del periodo del plan ({start} a {end}): {workshops}. "
            "Se guardó; revise el periodo o la fecha de esos talleres.",
            len(rows),
        ).format(
            start=format_short_date(start) if start else "…",
            end=format_short_date(end) if end else "…",
            workshops=named,
        )
    ]
