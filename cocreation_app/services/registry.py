"""What each kind of record holds: its fields, their types, labels, and rules.

One declaration serves the services (validation, change log), the CLI (``--set`` and ``--json``
use these names), sync (which fields travel) and the UI (labels). Labels are Spanish source
strings in the ``"fields"`` translation context.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from cocreation_app.i18n import translate
from cocreation_app.models import enums
from cocreation_app.text import fold

if TYPE_CHECKING:
    from cocreation_app.models import Base, Participant

FieldType = Literal[
    "text", "longtext", "date", "bool", "int", "float", "decimal", "enum", "codes", "ref"
]


@dataclass(frozen=True)
class Privacy:
    """What each export that protects people does with a field: declared once, here, and read
    by the bundle export, the erasure of a person and the open-data export alike.

    - ``bundle``, in a bundle exported without personal data: ``keep`` it, replace it by a
      stable ``pseudonym``, or ``remove`` it (empty);
    - ``erasure``, when a person is erased: ``keep``, ``pseudonym`` (the erased name), ``clear``,
      ``revoke`` (an optional consent becomes no), or ``mention`` (a field of another record
      that may name the person: cleared where it does);
    - ``open_data``: ``publish`` it, only ``aggregate`` counts by it, publish it only for people
      who ``consented`` to publication, or ``never``;
    - ``identifies``: its value alone names the person (a name, an e-mail, a phone), so the
      erasure looks for it in the fields of other records that may mention people.
    """

    bundle: Literal["keep", "pseudonym", "remove"] = "keep"
    erasure: Literal["keep", "pseudonym", "clear", "revoke", "mention"] = "keep"
    open_data: Literal["publish", "aggregate", "consented", "never"] = "publish"
    identifies: bool = False


PLAN_CONTENT = Privacy()  # what the plan says: public by design
BOOKKEEPING = Privacy(open_data="never")  # how the data came to be: travels, never published
PERSON_NAME = Privacy(
    bundle="pseudonym", erasure="pseudonym", open_data="consented", identifies=True
)
CONTACT = Privacy(bundle="remove", erasure="clear", open_data="never", identifies=True)
PERSONAL_DETAIL = Privacy(bundle="remove", erasure="clear", open_data="never")
PROFILE = Privacy(erasure="clear", open_data="never")  # kept in bundles for the statistics
STATISTIC = Privacy(erasure="clear", open_data="aggregate")
GROUPING = Privacy(open_data="aggregate")
OPTIONAL_CONSENT = Privacy(erasure="revoke", open_data="never")
CONSENT_RECORD = BOOKKEEPING
MENTION = Privacy(erasure="mention")  # may name a person: a contact, an author


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    label: str
    required: bool = False
    choices: dict[str, str] | None = None
    ref: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    default: Any = None
    privacy: Privacy | None = None  # None: the kind's declaration

    def title(self) -> str:
        return translate("fields", self.label)


@dataclass(frozen=True)
class KindSpec:
    name: str
    model_name: str
    label: str
    label_plural: str
    fields: tuple[FieldSpec, ...]
    # What the exports that protect people do with the fields that declare nothing themselves;
    # None: every field declares its own (participants).
    privacy: Privacy | None = field(kw_only=True)
    display: str = "title"
    parent: str | None = None
    date_pairs: tuple[tuple[str, str], ...] = ()
    children: tuple[tuple[str, str], ...] = ()
    derive: Callable[[Any], None] | None = None
    # Rules across fields, given the value each field will have; raises ValidationError.
    check: Callable[[Callable[[str], Any]], None] | None = None
    order_by: tuple[str, ...] = ("created_clock",)
    # Rows remember the device that created them (column ``recorded_by``, from the change log):
    # each device's rows are its own contribution to an additive fact (a table's dots).
    keeps_origin: bool = False
    field_map: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "field_map", {f.name: f for f in self.fields})

    @property
    def model(self) -> type[Base]:
        """The mapped class, imported on first use: the registry serves the window's first
        page, which is drawn before SQLAlchemy loads."""
        model: type[Base] = getattr(
            importlib.import_module("cocreation_app.models"), self.model_name
        )
        return model

    def privacy_of(self, name: str) -> Privacy:
        declared = self.field_map[name].privacy or self.privacy
        if declared is None:
            raise LookupError(f"{self.name}.{name} declares no privacy")
        return declared

    def title(self) -> str:
        return translate("kinds", self.label)

    def title_plural(self) -> str:
        return translate("kinds", self.label_plural)


def _participant_search_key(row: Participant) -> None:
    row.search_key = " | ".join(fold(v) for v in (row.name, row.organization, row.email))


def _check_evidence(current: Callable[[str], Any]) -> None:
    from cocreation_app.errors import ValidationError

    digest = current("sha256")
    if digest is not None and not _is_sha256(digest):
        raise ValidationError(
            translate("services", "«{value}» no es una huella SHA-256.").format(value=digest)
        )


def _is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def _check_assessment(current: Callable[[str], Any]) -> None:
    from cocreation_app.errors import ValidationError

    indicator, value = current("indicator"), current("value")
    if indicator is None or value is None:
        return
    choices = enums.INDICATOR_CHOICES[indicator]
    codes = value.split(",") if indicator in enums.MULTIPLE_INDICATORS else [value]
    if not codes or any(code not in choices for code in codes) or len(set(codes)) != len(codes):
        raise ValidationError(
            translate(
                "services",
                "«{value}» no es una valoración válida de «{indicator}». Valores: {codes}",
            ).format(
                value=value,
                indicator=enums.label(enums.ASSESSMENT_INDICATORS, indicator),
                codes=", ".join(choices),
            )
        )
    if "none" in codes and len(codes) > 1:
        raise ValidationError(translate("services", "«Ninguno» no se combina con otros valores."))


T = FieldSpec


def _tally_fields(kind: str) -> tuple[FieldSpec, ...]:
    """What every append-only tally declares (services/prioritization.py): the table it counts,
    the paper sheet it was typed from, and the record of ``kind`` it corrects. A tally kind also
    ``keeps_origin``."""
    return (
        T("origin", "text", "Mesa o grupo"),
        T("sheet", "text", "Hoja"),
        T("supersedes_id", "ref", "Corrige a", ref=kind),
    )


KINDS: dict[str, KindSpec] = {}


def _register(spec: KindSpec) -> None:
    KINDS[spec.name] = spec


_register(
    KindSpec(
        name="plans",
        model_name="Plan",
        label="Plan de Acción Local",
        label_plural="Planes de Acción Local",
        privacy=PLAN_CONTENT,
        fields=(
            T("title", "text", "Título", required=True),
            T("state", "text", "Entidad federativa", required=True),
            T("municipality", "text", "Municipio", required=True),
            T("period_start", "date", "Inicio del periodo"),
            T("period_end", "date", "Fin del periodo"),
            T("guarantor_body", "text", "Órgano garante"),
            T("status", "enum", "Estado", choices=enums.PLAN_STATUSES, default="draft"),
            T("context", "longtext", "Contexto"),
            T("privacy_notice_text", "longtext", "Aviso de privacidad simplificado"),
            T("privacy_notice_version", "text", "Versión del aviso de privacidad"),
            T("draft_version", "int", "Versión del borrador", minimum=1, default=1),
        ),
        date_pairs=(("period_start", "period_end"),),
        children=(
            ("workshops", "plan_id"),
            ("participants", "plan_id"),
            ("problems", "plan_id"),
            ("commitments", "plan_id"),
        ),
    )
)
_register(
    KindSpec(
        name="workshops",
        model_name="Workshop",
        label="Taller",
        label_plural="Talleres",
        privacy=PLAN_CONTENT,
        parent="plan_id",
        fields=(
            T("plan_id", "ref", "Plan", required=True, ref="plans"),
            T("title", "text", "Título", required=True),
            T("topic", "text", "Tema"),
            T("date", "date", "Fecha", required=True),
            T("venue", "text", "Sede"),
            T("facilitator", "text", "Facilitación", privacy=MENTION),
            T("minutes", "longtext", "Minuta"),
            T("dots_per_participant", "int", "Puntos por persona", minimum=1, maximum=50),
            T(
                "kind",
                "enum",
                "Tipo de reunión",
                choices=enums.WORKSHOP_KINDS,
                default="cocreation",
            ),
        ),
        order_by=("date", "created_clock"),
        children=(("attendance", "workshop_id"),),
    )
)
_register(
    KindSpec(
        name="participants",
        model_name="Participant",
        label="Persona participante",
        label_plural="Personas participantes",
        privacy=None,
        display="name",
        parent="plan_id",
        fields=(
            T("plan_id", "ref", "Plan", required=True, ref="plans", privacy=BOOKKEEPING),
            T("name", "text", "Nombre", required=True, privacy=PERSON_NAME),
            T("sector", "enum", "Sector", required=True, choices=enums.SECTORS, privacy=GROUPING),
            T("organization", "text", "Organización", privacy=PROFILE),
            T("position", "text", "Cargo", privacy=PERSONAL_DETAIL),
            T("gender", "enum", "Género", choices=enums.GENDERS, privacy=STATISTIC),
            T("locality", "text", "Localidad", privacy=PERSONAL_DETAIL),
            T("email", "text", "Correo electrónico", privacy=CONTACT),
            T("phone", "text", "Teléfono", privacy=CONTACT),
            T("stl_role", "enum", "Papel en el STL", choices=enums.STL_ROLES, privacy=GROUPING),
            T(
                "consent_privacy_notice",
                "bool",
                "Aceptó el aviso de privacidad",
                required=True,
                privacy=CONSENT_RECORD,
            ),
            T(
                "consent_notice_version",
                "text",
                "Versión del aviso aceptada",
                privacy=CONSENT_RECORD,
            ),
            T("consent_date", "date", "Fecha del consentimiento", privacy=CONSENT_RECORD),
            T(
                "consent_contact",
                "bool",
                "Acepta ser contactada",
                default=False,
                privacy=OPTIONAL_CONSENT,
            ),
            T(
                "consent_publish_name",
                "bool",
                "Acepta publicar su nombre",
                default=False,
                privacy=OPTIONAL_CONSENT,
            ),
            T(
                "consent_photos",
                "bool",
                "Acepta fotografías",
                default=False,
                privacy=OPTIONAL_CONSENT,
            ),
            T("merged_into_id", "ref", "Fusionada en", ref="participants", privacy=BOOKKEEPING),
        ),
        derive=_participant_search_key,
        order_by=("name", "created_clock"),
        children=(("attendance", "participant_id"),),
    )
)
_register(
    KindSpec(
        name="attendance",
        model_name="Attendance",
        label="Asistencia",
        label_plural="Asistencias",
        privacy=Privacy(open_data="aggregate"),
        display="participant_id",
        parent="workshop_id",
        fields=(
            T("workshop_id", "ref", "Taller", required=True, ref="workshops"),
            T("participant_id", "ref", "Persona participante", required=True, ref="participants"),
            T("checked_in_at", "text", "Hora de registro"),
        ),
        order_by=("checked_in_at", "created_clock"),
    )
)
_register(
    KindSpec(
        name="problems",
        model_name="Problem",
        label="Problema público",
        label_plural="Problemas públicos",
        privacy=PLAN_CONTENT,
        parent="plan_id",
        fields=(
            T("plan_id", "ref", "Plan", required=True, ref="plans"),
            T("workshop_id", "ref", "Taller", ref="workshops"),
            T("title", "text", "Título", required=True),
            T("description", "longtext", "Descripción"),
            T("affected_population", "longtext", "Población afectada"),
            T("evidence", "longtext", "Evidencia y línea base"),
            T("theme", "text", "Tema"),
            T("status", "enum", "Estado", choices=enums.PROBLEM_STATUSES, default="proposed"),
        ),
        children=(("problem_nodes", "problem_id"), ("solutions", "problem_id")),
    )
)
_register(
    KindSpec(
        name="problem_nodes",
        model_name="ProblemNode",
        label="Causa o efecto",
        label_plural="Causas y efectos",
        privacy=PLAN_CONTENT,
        display="text",
        parent="problem_id",
        fields=(
            T("problem_id", "ref", "Problema", required=True, ref="problems"),
            T("parent_id", "ref", "Nodo superior", ref="problem_nodes"),
            T("kind", "enum", "Tipo", required=True, choices=enums.TREE_NODE_KINDS),
            T("text", "longtext", "Texto", required=True),
            T("position", "int", "Orden", minimum=0),
        ),
        order_by=("position", "created_clock"),
        children=(("problem_nodes", "parent_id"),),
    )
)
_register(
    KindSpec(
        name="solutions",
        model_name="Solution",
        label="Propuesta de solución",
        label_plural="Propuestas de solución",
        privacy=PLAN_CONTENT,
        parent="problem_id",
        fields=(
            T("problem_id", "ref", "Problema", required=True, ref="problems"),
            T("title", "text", "Título", required=True),
            T("description", "longtext", "Descripción"),
        ),
    )
)
_register(
    KindSpec(
        name="commitments",
        model_name="Commitment",
        label="Compromiso",
        label_plural="Compromisos",
        privacy=PLAN_CONTENT,
        parent="plan_id",
        fields=(
            T("plan_id", "ref", "Plan", required=True, ref="plans"),
            T("problem_id", "ref", "Problema público", ref="problems"),
            T("number", "int", "Número", minimum=1),
            T("title", "text", "Título", required=True),
            T("problem_statement", "longtext", "Problema que atiende"),
            T("objective", "longtext", "Objetivo"),
            T("description", "longtext", "Descripción del compromiso"),
            T("contribution", "longtext", "Cómo contribuye a resolver el problema"),
            T("ogp_values", "codes", "Valores de gobierno abierto", choices=enums.OGP_VALUES),
            T("lead_institution", "text", "Institución responsable", required=True),
            T("supporting_government", "longtext", "Actores de apoyo: gobierno"),
            T("supporting_civil_society", "longtext", "Actores de apoyo: sociedad civil"),
            T("supporting_other", "longtext", "Actores de apoyo: otros"),
            T("contact_name", "text", "Nombre del contacto", privacy=MENTION),
            T("contact_position", "text", "Cargo del contacto"),
            T("contact_email", "text", "Correo del contacto", privacy=MENTION),
            T("contact_phone", "text", "Teléfono del contacto", privacy=MENTION),
            T("start_date", "date", "Fecha de inicio"),
            T("end_date", "date", "Fecha de término"),
            T("budget", "decimal", "Presupuesto (MXN)", minimum=0),
            T("sdg_alignment", "text", "Alineación con los ODS"),
            T("status", "enum", "Estado", choices=enums.COMMITMENT_STATUSES, default="draft"),
        ),
        date_pairs=(("start_date", "end_date"),),
        order_by=("number", "created_clock"),
        children=(
            ("milestones", "commitment_id"),
            ("assessments", "commitment_id"),
            ("self_assessments", "commitment_id"),
        ),
    )
)
_register(
    KindSpec(
        name="milestones",
        model_name="Milestone",
        label="Hito",
        label_plural="Hitos",
        privacy=PLAN_CONTENT,
        parent="commitment_id",
        fields=(
            T("commitment_id", "ref", "Compromiso", required=True, ref="commitments"),
            T("title", "text", "Título", required=True),
            T("description", "longtext", "Descripción"),
            T("deliverable", "longtext", "Entregable"),
            T("verification_means", "longtext", "Medio de verificación"),
            T("indicator", "longtext", "Indicador"),
            T("responsible", "text", "Responsable", privacy=MENTION),
            T("start_date", "date", "Fecha de inicio"),
            T("end_date", "date", "Fecha de término"),
            T("status", "enum", "Estado", choices=enums.MILESTONE_STATUSES, default="not_started"),
            T("progress", "int", "Avance (%)", minimum=0, maximum=100, default=0),
            T("completion", "enum", "Nivel de cumplimiento", choices=enums.COMPLETION_LEVELS),
            T("position", "int", "Orden", minimum=0),
            T("weight", "float", "Peso en el avance del compromiso", minimum=0, maximum=1000),
        ),
        date_pairs=(("start_date", "end_date"),),
        order_by=("position", "start_date", "created_clock"),
        children=(("progress_updates", "milestone_id"),),
    )
)
_register(
    KindSpec(
        name="comments",
        model_name="Comment",
        label="Observación",
        label_plural="Observaciones",
        privacy=PLAN_CONTENT,
        display="text",
        fields=(
            T(
                "target_kind",
                "enum",
                "Tipo de elemento",
                required=True,
                choices=enums.COMMENT_TARGETS,
            ),
            T("target_id", "text", "Elemento", required=True),
            T("plan_id", "ref", "Plan", ref="plans"),
            T("text", "longtext", "Texto", required=True),
            T("verdict", "enum", "Dictamen", choices=enums.VERDICTS, default="comment"),
            T("author", "text", "Autoría", required=True, privacy=MENTION),
            T("institution", "text", "Institución"),
            T("draft_version", "int", "Versión del borrador", minimum=1),
            T("reply_to_id", "ref", "Respuesta a", ref="comments"),
            T("addressed", "bool", "Atendida", default=False),
            T("source", "text", "Origen"),
            T("anchor", "text", "Lugar en el borrador"),
        ),
    )
)
_register(
    KindSpec(
        name="review_status_changes",
        model_name="ReviewStatusChange",
        label="Cambio de estado de revisión",
        label_plural="Historial de revisión",
        privacy=PLAN_CONTENT,
        display="to_status",
        parent="plan_id",
        fields=(
            T("plan_id", "ref", "Plan", required=True, ref="plans"),
            T("from_status", "enum", "Estado anterior", choices=enums.PLAN_STATUSES),
            T("to_status", "enum", "Estado nuevo", required=True, choices=enums.PLAN_STATUSES),
            T("author", "text", "Autoría", required=True, privacy=MENTION),
            T("institution", "text", "Institución"),
            T("note", "longtext", "Nota"),
            T("changed_at", "text", "Fecha y hora"),
            T("draft_version", "int", "Versión del borrador", minimum=1),
        ),
        order_by=("changed_at", "created_clock"),
    )
)
_register(
    KindSpec(
        name="draft_issues",
        model_name="DraftIssue",
        label="Versión emitida del borrador",
        label_plural="Versiones emitidas del borrador",
        privacy=BOOKKEEPING,
        display="draft_version",
        parent="plan_id",
        fields=(
            T("plan_id", "ref", "Plan", required=True, ref="plans"),
            T("draft_version", "int", "Versión del borrador", required=True, minimum=1),
            T("clock", "text", "Reloj"),
            T("issued_at", "text", "Fecha de emisión"),
            T("medium", "text", "Medio"),
        ),
        order_by=("draft_version", "created_clock"),
    )
)
_register(
    KindSpec(
        name="dot_votes",
        model_name="DotVote",
        label="Conteo de puntos",
        label_plural="Conteos de puntos",
        privacy=BOOKKEEPING,
        display="dots",
        parent="workshop_id",
        fields=(
            T("workshop_id", "ref", "Taller", required=True, ref="workshops"),
            T("problem_id", "ref", "Problema", required=True, ref="problems"),
            T("dots", "int", "Puntos", required=True, minimum=0, maximum=100_000),
            *_tally_fields("dot_votes"),
        ),
        keeps_origin=True,
    )
)
_register(
    KindSpec(
        name="criteria",
        model_name="Criterion",
        label="Criterio",
        label_plural="Criterios",
        privacy=BOOKKEEPING,
        display="name",
        parent="workshop_id",
        fields=(
            T("workshop_id", "ref", "Taller", required=True, ref="workshops"),
            T("name", "text", "Nombre", required=True),
            T("weight", "float", "Peso", required=True, minimum=0, maximum=100, default=1.0),
            T("position", "int", "Orden", minimum=0),
        ),
        order_by=("position", "created_clock"),
    )
)
_register(
    KindSpec(
        name="criterion_scores",
        model_name="CriterionScore",
        label="Calificación",
        label_plural="Calificaciones",
        privacy=BOOKKEEPING,
        display="score",
        parent="workshop_id",
        fields=(
            T("workshop_id", "ref", "Taller", required=True, ref="workshops"),
            T("problem_id", "ref", "Problema", required=True, ref="problems"),
            T("criterion_id", "ref", "Criterio", required=True, ref="criteria"),
            T("score", "int", "Calificación", required=True, minimum=1, maximum=5),
            *_tally_fields("criterion_scores"),
        ),
        keeps_origin=True,
    )
)

_register(
    KindSpec(
        name="progress_updates",
        privacy=PLAN_CONTENT,
        model_name="ProgressUpdate",
        label="Reporte de avance",
        label_plural="Reportes de avance",
        display="date",
        parent="milestone_id",
        fields=(
            T("milestone_id", "ref", "Hito", required=True, ref="milestones"),
            T("date", "date", "Fecha", required=True),
            T("status", "enum", "Estado", required=True, choices=enums.MILESTONE_STATUSES),
            T("progress", "int", "Avance (%)", required=True, minimum=0, maximum=100),
            T("narrative", "longtext", "Narrativa"),
            T("author", "text", "Autoría", privacy=MENTION),
        ),
        order_by=("date", "created_clock"),
        children=(("evidence_files", "update_id"),),
    )
)
_register(
    KindSpec(
        name="evidence_files",
        privacy=PLAN_CONTENT,
        model_name="EvidenceFile",
        label="Evidencia",
        label_plural="Evidencias",
        display="filename",
        parent="update_id",
        fields=(
            T("update_id", "ref", "Reporte de avance", required=True, ref="progress_updates"),
            T("filename", "text", "Nombre del archivo", required=True),
            T("media_type", "text", "Tipo de archivo"),
            T("size", "int", "Tamaño (bytes)", minimum=0),
            T("sha256", "text", "Huella SHA-256", required=True),
            # A photo of a meeting shows people; an attendance list names them. Only a file
            # someone marked as publishable leaves the database without personal data.
            T("public", "bool", "Se puede publicar", default=False),
        ),
        check=_check_evidence,
        order_by=("filename", "created_clock"),
    )
)
_register(
    KindSpec(
        name="assessments",
        privacy=PLAN_CONTENT,
        model_name="Assessment",
        label="Valoración",
        label_plural="Valoraciones",
        display="indicator",
        parent="commitment_id",
        fields=(
            T("commitment_id", "ref", "Compromiso", required=True, ref="commitments"),
            T(
                "indicator",
                "enum",
                "Indicador",
                required=True,
                choices=enums.ASSESSMENT_INDICATORS,
            ),
            T("value", "text", "Valoración", required=True),
            T("assessor", "text", "Quién valoró", required=True, privacy=MENTION),
            T("assessed_on", "date", "Fecha de la valoración", required=True),
            T("reason", "longtext", "Justificación", required=True),
        ),
        check=_check_assessment,
        order_by=("assessed_on", "created_clock"),
    )
)
_register(
    KindSpec(
        name="self_assessments",
        privacy=PLAN_CONTENT,
        model_name="SelfAssessment",
        label="Autoevaluación",
        label_plural="Autoevaluaciones",
        display="ogp_value",
        parent="commitment_id",
        fields=(
            T("commitment_id", "ref", "Compromiso", required=True, ref="commitments"),
            T(
                "ogp_value",
                "enum",
                "Valor de gobierno abierto",
                required=True,
                choices=enums.OGP_VALUES,
            ),
            T("what_changed", "longtext", "Qué cambió", required=True),
            T("author", "text", "Autoría", privacy=MENTION),
            T("date", "date", "Fecha"),
        ),
        order_by=("date", "created_clock"),
    )
)


def privacy_fields(**rules: str | bool) -> tuple[tuple[str, str], ...]:
    """(kind, field) of every field whose privacy declaration matches ``rules``, e.g.
    ``privacy_fields(erasure="mention")``: the lists the exports and the erasure work from."""
    return tuple(
        (kind, f.name)
        for kind, spec in KINDS.items()
        for f in spec.fields
        if all(getattr(spec.privacy_of(f.name), key) == value for key, value in rules.items())
    )


def participant_fields(**rules: str | bool) -> tuple[str, ...]:
    """The participant fields whose privacy declaration matches ``rules``, in form order."""
    return tuple(name for kind, name in privacy_fields(**rules) if kind == "participants")


def optional_consents() -> tuple[str, ...]:
    """The consents a person may give or not (the privacy notice's is required): the ones an
    erasure revokes."""
    return participant_fields(erasure="revoke")


def spec_for(kind: str) -> KindSpec:
    from cocreation_app.errors import UserError

    try:
        return KINDS[kind]
    except KeyError:
        raise UserError(
            translate("services", "Tipo de registro desconocido: «{kind}».").format(kind=kind)
        ) from None
