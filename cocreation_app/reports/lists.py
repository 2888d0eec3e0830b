"""Lists as spreadsheets (XLSX or CSV, chosen by the file name): the plan's participants, a
workshop's attendance, a workshop's ranking of problems.

Personal data (gender, e-mail, phone) goes out only with ``personal_data=True``; without it a
list has the name, sector, organization, position and locality that an attendance record for
the municipality needs. Values that a spreadsheet would run as formulas are neutralised
(:mod:`cocreation_app.services.spreadsheets`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cocreation_app.errors import NotFoundError
from cocreation_app.i18n import translate
from cocreation_app.models import Attendance, Participant, Plan, Workshop, enums
from cocreation_app.services.spreadsheets import table_format, write_table
from cocreation_app.storage import Database, check_output_path

PAGE = 2000  # rows read per query: a 50,000-person plan is written without holding it all


def _tr(text: str) -> str:
    return translate("lists", text)


def _yes_no(value: bool | None) -> str:
    return _tr("Sí") if value else _tr("No")


def _live_people() -> Any:
    return (Participant.deleted.is_(False), Participant.merged_into_id.is_(None))


def _plan_title(db: Database, plan_id: str) -> str:
    with db.read() as session:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.deleted:
            raise NotFoundError(_tr("No existe el plan con id «{id}».").format(id=plan_id))
        return plan.title or ""


def _workshop(db: Database, workshop_id: str) -> tuple[str, str]:
    with db.read() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.deleted:
            raise NotFoundError(_tr("No existe el taller con id «{id}».").format(id=workshop_id))
        return workshop.title or "", workshop.plan_id or ""


def _person_headers(personal_data: bool) -> list[str]:
    headers = [_tr("Nombre"), _tr("Sector"), _tr("Organización"), _tr("Cargo"), _tr("Localidad")]
    if personal_data:
        headers += [_tr("Género"), _tr("Correo electrónico"), _tr("Teléfono")]
    return headers


def _person_cells(p: Participant, personal_data: bool) -> list[Any]:
    cells: list[Any] = [
        p.name,
        enums.label(enums.SECTORS, p.sector),
        p.organization,
        p.position,
        p.locality,
    ]
    if personal_data:
        cells += [enums.label(enums.GENDERS, p.gender), p.email, p.phone]
    return cells


def export_participants(
    db: Database, plan_id: str, target: Path | str, *, personal_data: bool = False
) -> int:
    """Every live participant of the plan with their consents and workshops attended."""
    target = Path(target)
    table_format(target)
    check_output_path(target)
    title = _plan_title(db, plan_id)
    visits = (
        select(func.count())
        .where(Attendance.participant_id == Participant.id, Attendance.deleted.is_(False))
        .scalar_subquery()
    )
    headers = [
        *_person_headers(personal_data),
        _tr("Aceptó el aviso de privacidad"),
        _tr("Versión del aviso"),
        _tr("Fecha del consentimiento"),
        _tr("Acepta ser contactada"),
        _tr("Acepta publicar su nombre"),
        _tr("Acepta fotografías"),
        _tr("Talleres a los que asistió"),
    ]

    def rows() -> Iterator[list[Any]]:
        last: tuple[str, str] | None = None
        sort_key = func.coalesce(Participant.search_key, "")
        while True:
            query = (
                select(Participant, visits)
                .where(Participant.plan_id == plan_id, *_live_people())
                .order_by(sort_key, Participant.id)
                .limit(PAGE)
            )
            if last is not None:  # keyset paging: each page starts after the last row read
                key, row_id = last
                query = query.where(
                    (sort_key > key) | ((sort_key == key) & (Participant.id > row_id))
                )
            with db.read() as session:
                page = session.execute(query).all()
            for person, count in page:
                yield [
                    *_person_cells(person, personal_data),
                    _yes_no(person.consent_privacy_notice),
                    person.consent_notice_version,
                    person.consent_date,
                    _yes_no(person.consent_contact),
                    _yes_no(person.consent_publish_name),
                    _yes_no(person.consent_photos),
                    count,
                ]
            if len(page) < PAGE:
                return
            last = (page[-1][0].search_key or "", page[-1][0].id)

    return write_table(target, headers, rows(), sheet_title=title or _tr("Participantes"))


def export_attendance_list(
    db: Database, workshop_id: str, target: Path | str, *, personal_data: bool = False
) -> int:
    """Who was checked in at the workshop, in the order they arrived."""
    target = Path(target)
    table_format(target)
    check_output_path(target)
    title, _plan_id = _workshop(db, workshop_id)
    query = (
        select(Participant, Attendance.checked_in_at)
        .join(Attendance, Attendance.participant_id == Participant.id)
        .where(Attendance.workshop_id == workshop_id, Attendance.deleted.is_(False))
        .order_by(Attendance.checked_in_at, Participant.search_key, Participant.id)
    )
    with db.read() as session:
        found = session.execute(query).all()
    headers = ["#", *_person_headers(personal_data), _tr("Hora de registro")]
    rows = (
        [n, *_person_cells(person, personal_data), checked_in_at]
        for n, (person, checked_in_at) in enumerate(found, start=1)
    )
    return write_table(target, headers, rows, sheet_title=title or _tr("Asistencia"))


def export_ranking(db: Database, workshop_id: str, target: Path | str) -> int:
    """The workshop's problems in ranking order with dots, criteria and combined score."""
    from cocreation_app.services.prioritization import rank_problems

    target = Path(target)
    table_format(target)
    check_output_path(target)
    title, _plan_id = _workshop(db, workshop_id)
    ranked = rank_problems(db, workshop_id)
    headers = [
        _tr("Lugar"),
        _tr("Problema"),
        _tr("Puntos"),
        _tr("Mesas que dieron puntos"),
        _tr("Calificación de criterios (1 a 5)"),
        _tr("Puntaje combinado (0 a 100)"),
        _tr("Desempate"),
    ]
    rows = (
        [
            r.rank,
            r.title,
            r.dots,
            r.tables,
            None if r.criteria_score is None else round(float(r.criteria_score), 2),
            round(float(r.combined_score), 2),
            r.tie_break_reason(),
        ]
        for r in ranked
    )
    return write_table(target, headers, rows, sheet_title=title or _tr("Priorización"))
