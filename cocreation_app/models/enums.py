"""Enumerations stored as stable codes; labels are Spanish source strings, translated on display.

Labels are kept here, not in the UI, so that the CLI, the PDF and the window all say the same.
The ``"enum"`` translation context holds them all.
"""

from __future__ import annotations

from cocreation_app.i18n import translate

_CONTEXT = "enum"

SECTORS: dict[str, str] = {
    "government": "Gobierno",
    "guarantor_body": "Órgano garante",
    "civil_society": "Sociedad civil",
    "academia": "Academia",
    "private_sector": "Sector privado",
    "citizen": "Ciudadanía",
    "other": "Otro",
}

GENDERS: dict[str, str] = {
    "female": "Mujer",
    "male": "Hombre",
    "non_binary": "No binario",
    "other": "Otro",
    "prefer_not_to_say": "Prefiere no decir",
}

PLAN_STATUSES: dict[str, str] = {
    "draft": "Borrador",
    "in_review": "En revisión",
    "changes_requested": "Cambios solicitados",
    "approved": "Aprobado",
    "in_implementation": "En implementación",
    "closed": "Concluido",
}

PROBLEM_STATUSES: dict[str, str] = {
    "proposed": "Propuesto",
    "prioritized": "Priorizado",
    "selected": "Seleccionado",
    "discarded": "Descartado",
}

TREE_NODE_KINDS: dict[str, str] = {
    "cause": "Causa",
    "effect": "Efecto",
}

COMMITMENT_STATUSES: dict[str, str] = {
    "draft": "Borrador",
    "agreed": "Acordado",
    "in_progress": "En curso",
    "completed": "Cumplido",
    "cancelled": "Cancelado",
}

OGP_VALUES: dict[str, str] = {
    "transparency": "Transparencia",
    "civic_participation": "Participación ciudadana",
    "public_accountability": "Rendición de cuentas",
    "technology_innovation": "Tecnología e innovación",
}

MILESTONE_STATUSES: dict[str, str] = {
    "not_started": "No iniciado",
    "in_progress": "En curso",
    "completed": "Completado",
    "delayed": "Retrasado",
}

COMPLETION_LEVELS: dict[str, str] = {
    "no_evidence": "Sin evidencia",
    "not_started": "No iniciado",
    "limited": "Limitado",
    "substantial": "Sustancial",
    "complete": "Completo",
}

WORKSHOP_KINDS: dict[str, str] = {
    "cocreation": "Taller de cocreación",
    "followup": "Reunión de seguimiento",
}

# The IRM's indicators of a commitment (OGP Independent Reporting Mechanism vocabulary).
ASSESSMENT_INDICATORS: dict[str, str] = {
    "verifiable": "Verificable",
    "relevance": "Relevancia para los valores de gobierno abierto",
    "potential_results": "Potencial de resultados",
    "completion": "Nivel de cumplimiento",
    "opened_government": "¿Abrió el gobierno?",
}

VERIFIABLE: dict[str, str] = {"yes": "Sí", "no": "No"}

RELEVANCE: dict[str, str] = {**OGP_VALUES, "none": "Ninguno"}

POTENTIAL_RESULTS: dict[str, str] = {
    "unclear": "Poco claro",
    "modest": "Modesto",
    "substantial": "Sustancial",
}

OPENED_GOVERNMENT: dict[str, str] = {
    "worsened": "Empeoró",
    "did_not_change": "No cambió",
    "marginal": "Marginal",
    "major": "Mayor",
    "outstanding": "Sobresaliente",
}

# What each indicator accepts; relevance takes several OGP values at once (comma-separated).
INDICATOR_CHOICES: dict[str, dict[str, str]] = {
    "verifiable": VERIFIABLE,
    "relevance": RELEVANCE,
    "potential_results": POTENTIAL_RESULTS,
    "completion": COMPLETION_LEVELS,
    "opened_government": OPENED_GOVERNMENT,
}
MULTIPLE_INDICATORS = frozenset({"relevance"})

VERDICTS: dict[str, str] = {
    "comment": "Comentario",
    "approve": "Aprobar",
    "request_changes": "Solicitar cambios",
    # Inferred from the words of an imported PDF comment; the facilitator confirms them
    # (docs/review.md, «Dictámenes»).
    "proposed_approve": "Aprobar (propuesto, por confirmar)",
    "proposed_request_changes": "Solicitar cambios (propuesto, por confirmar)",
}
# The verdicts a person chooses; the others are proposals.
CHOSEN_VERDICTS = ("comment", "approve", "request_changes")

STL_ROLES: dict[str, str] = {
    "government": "Representación de gobierno",
    "guarantor_body": "Representación del órgano garante",
    "civil_society": "Representación de sociedad civil",
    "technical_secretary": "Secretaría técnica",
}

COMMENT_TARGETS: dict[str, str] = {
    "plans": "Plan",
    "problems": "Problema",
    "solutions": "Solución",
    "commitments": "Compromiso",
    "milestones": "Hito",
}


# A question left blank ("" in counts of people), told apart from every answer given.
UNKNOWN_ANSWER: dict[str, str] = {"": "Sin dato"}


def count_label(choices: dict[str, str], code: str | None) -> str:
    """The label of ``code`` in a count of people: a blank answer is "Sin dato", apart from
    every answer given (window, CLI and PDF count the same)."""
    return label(choices, code) if code else label(UNKNOWN_ANSWER, "")


def label(choices: dict[str, str], code: str | None) -> str:
    """The translated label of ``code``; an unknown code is shown as is, never hidden."""
    if code is None:
        return ""
    source = choices.get(code)
    return translate(_CONTEXT, source) if source is not None else code
