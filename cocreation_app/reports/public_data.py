"""What a plan publishes: its tables without personal data, for the open-data package and the
static tracker site.

Never published: participants' names (except of people who consented to publication), e-mails,
phones, positions, localities and consents; and every free-text field that names people who did
not consent (facilitators, minutes, commitment contacts, who reported or assessed). Participants
appear only as counts by sector and gender. Rows under a deleted parent are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from cocreation_app.i18n import translate, translate_noop
from cocreation_app.models import Attendance, Participant, Workshop, enums
from cocreation_app.services.entities import EntityService
from cocreation_app.services.followup import FollowupService, PlanProgress
from cocreation_app.storage import Database

ColumnType = Literal["string", "integer", "number", "date", "boolean"]


def _tr(text: str) -> str:
    return translate("open_data", text)


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description: str  # Spanish source string, translated when written


@dataclass(frozen=True)
class Table:
    name: str
    title: str  # Spanish source string
    description: str  # Spanish source string
    columns: tuple[Column, ...]
    rows: list[dict[str, Any]]
    primary_key: tuple[str, ...] = ("id",)
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (field, table, field)


@dataclass(frozen=True)
class PublicData:
    plan: dict[str, Any]
    progress: PlanProgress
    tables: tuple[Table, ...]

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)


C = Column


_OD = "open_data"  # the translation context of everything published

ID = C("id", "string", translate_noop(_OD, "Identificador (UUID)"))
_COUNT = C("people", "integer", translate_noop(_OD, "Número de personas"))


def _pick(record: dict[str, Any], columns: tuple[Column, ...]) -> dict[str, Any]:
    return {c.name: record.get(c.name) for c in columns}


PLAN_COLUMNS = (
    ID,
    C("title", "string", translate_noop(_OD, "Título del plan")),
    C("state", "string", translate_noop(_OD, "Entidad federativa")),
    C("municipality", "string", translate_noop(_OD, "Municipio")),
    C("period_start", "date", translate_noop(_OD, "Inicio del periodo")),
    C("period_end", "date", translate_noop(_OD, "Fin del periodo")),
    C("guarantor_body", "string", translate_noop(_OD, "Órgano garante")),
    C("status", "string", translate_noop(_OD, "Estado del plan (código, ver codes.csv)")),
    C(
        "progress",
        "number",
        translate_noop(_OD, "Avance del plan (%): promedio de sus compromisos"),
    ),
)
WORKSHOP_COLUMNS = (
    ID,
    C("title", "string", translate_noop(_OD, "Título")),
    C(
        "kind",
        "string",
        translate_noop(_OD, "Tipo: cocreation (taller) o followup (reunión de seguimiento)"),
    ),
    C("topic", "string", translate_noop(_OD, "Tema")),
    C("date", "date", translate_noop(_OD, "Fecha")),
    C("venue", "string", translate_noop(_OD, "Sede")),
    C("attendees", "integer", translate_noop(_OD, "Personas que asistieron")),
)
GROUP_COLUMNS = (
    C("sector", "string", translate_noop(_OD, "Sector (código, ver codes.csv)")),
    C(
        "gender",
        "string",
        translate_noop(_OD, "Género (código, ver codes.csv; vacío si no se registró)"),
    ),
)
PROBLEM_COLUMNS = (
    ID,
    C("title", "string", translate_noop(_OD, "Título")),
    C("description", "string", translate_noop(_OD, "Descripción")),
    C("affected_population", "string", translate_noop(_OD, "Población afectada")),
    C("evidence", "string", translate_noop(_OD, "Evidencia y línea base")),
    C("theme", "string", translate_noop(_OD, "Tema")),
    C("status", "string", translate_noop(_OD, "Estado (código, ver codes.csv)")),
)
SOLUTION_COLUMNS = (
    ID,
    C("problem_id", "string", translate_noop(_OD, "Problema público que atiende")),
    C("title", "string", translate_noop(_OD, "Título")),
    C("description", "string", translate_noop(_OD, "Descripción")),
)
COMMITMENT_COLUMNS = (
    ID,
    C("number", "integer", translate_noop(_OD, "Número")),
    C("title", "string", translate_noop(_OD, "Título")),
    C("problem_id", "string", translate_noop(_OD, "Problema público que atiende")),
    C("problem_statement", "string", translate_noop(_OD, "Problema que atiende")),
    C("objective", "string", translate_noop(_OD, "Objetivo")),
    C("description", "string", translate_noop(_OD, "Descripción del compromiso")),
    C("contribution", "string", translate_noop(_OD, "Cómo contribuye a resolver el problema")),
    C(
        "ogp_values",
        "string",
        translate_noop(_OD, "Valores de gobierno abierto (códigos separados por comas)"),
    ),
    C("lead_institution", "string", translate_noop(_OD, "Institución responsable")),
    C("supporting_government", "string", translate_noop(_OD, "Actores de apoyo: gobierno")),
    C(
        "supporting_civil_society",
        "string",
        translate_noop(_OD, "Actores de apoyo: sociedad civil"),
    ),
    C("supporting_other", "string", translate_noop(_OD, "Actores de apoyo: otros")),
    C("start_date", "date", translate_noop(_OD, "Fecha de inicio")),
    C("end_date", "date", translate_noop(_OD, "Fecha de término")),
    C("budget", "number", translate_noop(_OD, "Presupuesto (MXN)")),
    C("sdg_alignment", "string", translate_noop(_OD, "Alineación con los ODS")),
    C("status", "string", translate_noop(_OD, "Estado (código, ver codes.csv)")),
    C("progress", "number", translate_noop(_OD, "Avance (%): promedio ponderado de sus hitos")),
    C("overdue_milestones", "integer", translate_noop(_OD, "Hitos vencidos")),
)
MILESTONE_COLUMNS = (
    ID,
    C("commitment_id", "string", translate_noop(_OD, "Compromiso")),
    C("position", "integer", translate_noop(_OD, "Orden")),
    C("title", "string", translate_noop(_OD, "Título")),
    C("deliverable", "string", translate_noop(_OD, "Entregable")),
    C("verification_means", "string", translate_noop(_OD, "Medio de verificación")),
    C("responsible", "string", translate_noop(_OD, "Responsable (institución)")),
    C("start_date", "date", translate_noop(_OD, "Fecha de inicio")),
    C("end_date", "date", translate_noop(_OD, "Fecha de término")),
    C("weight", "number", translate_noop(_OD, "Peso en el avance del compromiso")),
    C(
        "status",
        "string",
        translate_noop(_OD, "Estado según su último reporte (código, ver codes.csv)"),
    ),
    C("progress", "integer", translate_noop(_OD, "Avance (%) según su último reporte")),
    C(
        "overdue",
        "boolean",
        translate_noop(_OD, "Vencido: pasó su fecha de término sin completarse"),
    ),
)
UPDATE_COLUMNS = (
    ID,
    C("milestone_id", "string", translate_noop(_OD, "Hito")),
    C("date", "date", translate_noop(_OD, "Fecha del reporte")),
    C("status", "string", translate_noop(_OD, "Estado reportado (código, ver codes.csv)")),
    C("progress", "integer", translate_noop(_OD, "Avance reportado (%)")),
    C("narrative", "string", translate_noop(_OD, "Narrativa")),
    C(
        "unpublished_evidence",
        "integer",
        translate_noop(_OD, "Evidencias no publicadas (pueden mostrar o nombrar personas)"),
    ),
)
EVIDENCE_COLUMNS = (
    ID,
    C("update_id", "string", translate_noop(_OD, "Reporte de avance")),
    C("filename", "string", translate_noop(_OD, "Nombre del archivo")),
    C("media_type", "string", translate_noop(_OD, "Tipo de archivo")),
    C("size", "integer", translate_noop(_OD, "Tamaño (bytes)")),
    C("sha256", "string", "Huella SHA-256 del archivo"),
)
ASSESSMENT_COLUMNS = (
    ID,
    C("commitment_id", "string", translate_noop(_OD, "Compromiso")),
    C("indicator", "string", translate_noop(_OD, "Indicador del IRM (código, ver codes.csv)")),
    C("value", "string", translate_noop(_OD, "Valoración (código o códigos, ver codes.csv)")),
    C("assessed_on", "date", translate_noop(_OD, "Fecha de la valoración")),
    C("reason", "string", translate_noop(_OD, "Justificación")),
)
SELF_ASSESSMENT_COLUMNS = (
    ID,
    C("commitment_id", "string", translate_noop(_OD, "Compromiso")),
    C(
        "ogp_value",
        "string",
        translate_noop(_OD, "Valor de gobierno abierto (código, ver codes.csv)"),
    ),
    C("what_changed", "string", translate_noop(_OD, "Qué cambió")),
    C("date", "date", translate_noop(_OD, "Fecha")),
)
PEOPLE_COLUMNS = (
    C("name", "string", translate_noop(_OD, "Nombre (solo de quien aceptó publicarlo)")),
)
CODE_COLUMNS = (
    C("field", "string", translate_noop(_OD, "Lista de códigos")),
    C("code", "string", translate_noop(_OD, "Código")),
    C("label", "string", translate_noop(_OD, "Significado")),
)

# The code lists the tables use, in codes.csv with their labels in the package's language.
CODE_LISTS: dict[str, dict[str, str]] = {
    "plan_status": enums.PLAN_STATUSES,
    "workshop_kind": enums.WORKSHOP_KINDS,
    "sector": enums.SECTORS,
    "gender": enums.GENDERS,
    "problem_status": enums.PROBLEM_STATUSES,
    "commitment_status": enums.COMMITMENT_STATUSES,
    "ogp_value": enums.OGP_VALUES,
    "milestone_status": enums.MILESTONE_STATUSES,
    "assessment_indicator": enums.ASSESSMENT_INDICATORS,
    **{f"assessment_{name}": choices for name, choices in enums.INDICATOR_CHOICES.items()},
}


def load_public(db: Database, plan_id: str, *, as_of: dt.date | None = None) -> PublicData:
    """Read the plan's public tables (state of the follow-up at ``as_of``, today by default)."""
    entities = EntityService(db)
    plan = entities.get("plans", plan_id)
    progress = FollowupService(db).plan_progress(plan_id, as_of=as_of)

    def rows(kind: str) -> list[dict[str, Any]]:
        return entities.list_records(kind, plan_id=plan_id)

    workshops = rows("workshops")
    attendees, by_workshop, by_plan = _counts(db, plan_id)
    problems = rows("problems")
    problem_ids = {p["id"] for p in problems}
    solutions = [s for s in rows("solutions") if s["problem_id"] in problem_ids]
    commitments = {c.id: c for c in progress.commitments}
    milestones = {m.id: m for c in progress.commitments for m in c.milestones}
    updates = [u for u in rows("progress_updates") if u["milestone_id"] in milestones]
    update_ids = {u["id"] for u in updates}
    attached = [e for e in rows("evidence_files") if e["update_id"] in update_ids]
    evidence = [e for e in attached if e["public"]]
    unpublished = Counter(e["update_id"] for e in attached if not e["public"])
    assessments = [a for a in rows("assessments") if a["commitment_id"] in commitments]
    selves = [s for s in rows("self_assessments") if s["commitment_id"] in commitments]

    def commitment_row(record: dict[str, Any]) -> dict[str, Any]:
        derived = commitments[record["id"]]
        linked = record["problem_id"] if record["problem_id"] in problem_ids else None
        return {
            **_pick(record, COMMITMENT_COLUMNS),
            "problem_id": linked,
            "budget": None if record["budget"] is None else float(record["budget"]),
            "progress": None if derived.progress is None else round(derived.progress, 1),
            "overdue_milestones": derived.overdue,
        }

    def milestone_row(record: dict[str, Any]) -> dict[str, Any]:
        derived = milestones[record["id"]]
        return {
            **_pick(record, MILESTONE_COLUMNS),
            "weight": derived.weight,
            "status": derived.status,
            "progress": derived.progress,
            "overdue": derived.overdue,
        }

    plan_row = {
        **_pick(plan, PLAN_COLUMNS),
        "progress": None if progress.progress is None else round(progress.progress, 1),
    }
    tables = (
        Table(
            "plan",
            translate_noop(_OD, "Plan"),
            translate_noop(_OD, "El Plan de Acción Local."),
            PLAN_COLUMNS,
            [plan_row],
        ),
        Table(
            "workshops",
            translate_noop(_OD, "Talleres y reuniones de seguimiento"),
            translate_noop(
                _OD,
                "Talleres de cocreación y reuniones de seguimiento del STL, con su asistencia "
                "total.",
            ),
            WORKSHOP_COLUMNS,
            [{**_pick(w, WORKSHOP_COLUMNS), "attendees": attendees[w["id"]]} for w in workshops],
        ),
        Table(
            "attendance_by_group",
            translate_noop(_OD, "Asistencia por sector y género"),
            translate_noop(
                _OD,
                "Personas que asistieron a cada taller o reunión, contadas por sector y género.",
            ),
            (
                C("workshop_id", "string", translate_noop(_OD, "Taller o reunión")),
                *GROUP_COLUMNS,
                _COUNT,
            ),
            by_workshop,
            primary_key=(),  # an unrecorded gender is empty, which a key may not be
            foreign_keys=(("workshop_id", "workshops", "id"),),
        ),
        Table(
            "participants_by_group",
            translate_noop(_OD, "Personas participantes por sector y género"),
            translate_noop(
                _OD, "Personas registradas en el ejercicio, contadas por sector y género."
            ),
            (*GROUP_COLUMNS, _COUNT),
            by_plan,
            primary_key=(),
        ),
        Table(
            "people",
            translate_noop(_OD, "Personas que aceptaron publicar su nombre"),
            translate_noop(
                _OD, "Solo las personas participantes que aceptaron que su nombre se publique."
            ),
            PEOPLE_COLUMNS,
            _published_people(db, plan_id),
            primary_key=(),
        ),
        Table(
            "problems",
            translate_noop(_OD, "Problemas públicos"),
            translate_noop(_OD, "Problemas públicos identificados en los talleres."),
            PROBLEM_COLUMNS,
            [_pick(p, PROBLEM_COLUMNS) for p in problems],
        ),
        Table(
            "solutions",
            translate_noop(_OD, "Propuestas de solución"),
            translate_noop(_OD, "Propuestas de solución a los problemas públicos."),
            SOLUTION_COLUMNS,
            [_pick(s, SOLUTION_COLUMNS) for s in solutions],
            foreign_keys=(("problem_id", "problems", "id"),),
        ),
        Table(
            "commitments",
            translate_noop(_OD, "Compromisos"),
            translate_noop(_OD, "Compromisos del plan, con su avance derivado de sus hitos."),
            COMMITMENT_COLUMNS,
            [commitment_row(c) for c in rows("commitments")],
            foreign_keys=(("problem_id", "problems", "id"),),
        ),
        Table(
            "milestones",
            translate_noop(_OD, "Hitos"),
            translate_noop(
                _OD, "Hitos de cada compromiso, con su estado y avance según su último reporte."
            ),
            MILESTONE_COLUMNS,
            [milestone_row(m) for m in rows("milestones") if m["id"] in milestones],
            foreign_keys=(("commitment_id", "commitments", "id"),),
        ),
        Table(
            "progress_updates",
            translate_noop(_OD, "Reportes de avance"),
            translate_noop(_OD, "Lo que se reportó de cada hito en cada fecha."),
            UPDATE_COLUMNS,
            [
                {**_pick(u, UPDATE_COLUMNS), "unpublished_evidence": unpublished[u["id"]]}
                for u in updates
            ],
            foreign_keys=(("milestone_id", "milestones", "id"),),
        ),
        Table(
            "evidence_files",
            translate_noop(_OD, "Evidencias"),
            translate_noop(
                _OD,
                "Archivos de evidencia de los reportes de avance que se marcaron como publicables "
                "(nombre, tipo, tamaño y huella).",
            ),
            EVIDENCE_COLUMNS,
            [_pick(e, EVIDENCE_COLUMNS) for e in evidence],
            foreign_keys=(("update_id", "progress_updates", "id"),),
        ),
        Table(
            "assessments",
            translate_noop(_OD, "Valoraciones"),
            translate_noop(
                _OD,
                "Valoraciones de cada compromiso con los indicadores del IRM, con fecha y "
                "justificación.",
            ),
            ASSESSMENT_COLUMNS,
            [_pick(a, ASSESSMENT_COLUMNS) for a in assessments],
            foreign_keys=(("commitment_id", "commitments", "id"),),
        ),
        Table(
            "self_assessments",
            translate_noop(_OD, "Autoevaluaciones"),
            translate_noop(
                _OD,
                "Autoevaluación al cierre de cada compromiso: qué cambió en cada valor de gobierno "
                "abierto.",
            ),
            SELF_ASSESSMENT_COLUMNS,
            [_pick(s, SELF_ASSESSMENT_COLUMNS) for s in selves],
            foreign_keys=(("commitment_id", "commitments", "id"),),
        ),
        Table(
            "codes",
            translate_noop(_OD, "Códigos"),
            translate_noop(_OD, "Significado de cada código que usan las otras tablas."),
            CODE_COLUMNS,
            [
                {"field": name, "code": code, "label": enums.label(choices, code)}
                for name, choices in CODE_LISTS.items()
                for code in choices
            ],
            primary_key=("field", "code"),
        ),
    )
    return PublicData(plan, progress, tables)


def _counts(
    db: Database, plan_id: str
) -> tuple[Counter[str], list[dict[str, Any]], list[dict[str, Any]]]:
    """Attendance per workshop, and by sector and gender per workshop and for the plan (merged
    duplicates counted once, in the record they were merged into)."""
    live = Participant.deleted.is_(False) & Participant.merged_into_id.is_(None)
    with db.read() as session:
        plan_groups = session.execute(
            select(Participant.sector, Participant.gender).where(
                Participant.plan_id == plan_id, live
            )
        ).all()
        attended = session.execute(
            select(Attendance.workshop_id, Participant.sector, Participant.gender)
            .join(Participant, Participant.id == Attendance.participant_id)
            .join(Workshop, Workshop.id == Attendance.workshop_id)
            .where(Workshop.plan_id == plan_id, Attendance.deleted.is_(False), live)
        ).all()
    totals: Counter[str] = Counter(w for w, _s, _g in attended)
    return (
        totals,
        _grouped(attended, ("workshop_id", "sector", "gender")),
        _grouped(plan_groups, ("sector", "gender")),
    )


def _grouped(items: Sequence[Any], names: tuple[str, ...]) -> list[dict[str, Any]]:
    counts = Counter(tuple("" if v is None else v for v in item) for item in items)
    return [
        {**dict(zip(names, key, strict=True)), "people": n} for key, n in sorted(counts.items())
    ]


def _published_people(db: Database, plan_id: str) -> list[dict[str, Any]]:
    with db.read() as session:
        found = session.execute(
            select(Participant.name)
            .where(
                Participant.plan_id == plan_id,
                Participant.deleted.is_(False),
                Participant.merged_into_id.is_(None),
                Participant.consent_publish_name.is_(True),
            )
            .order_by(Participant.name, Participant.id)
        ).all()
    return [{"name": name} for (name,) in found]
