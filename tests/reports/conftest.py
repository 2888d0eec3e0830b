"""A small plan whose texts carry every character the PDF must print, and helpers to read PDFs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database, open_database

# Spanish and indigenous-language orthographies: saltillo (U+A78C), barred i, caron, and a
# combining tilde that has no precomposed form (g + U+0303).
SPECIAL = "ñ á ü ¿ ¡ ǎ ɨ ꞌ g\u0303"
LONG_TITLE = (
    "Compromiso con un título muy largo para comprobar que los títulos extensos se ajustan "
    "en varias líneas sin salirse de la página ni del índice: ¿Cómo participa la niñez? ¡Así!"
)


@pytest.fixture(scope="module")
def special_db(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, dict[str, Any]]]:
    """A database holding the special plan, built once per test module (read-only use)."""
    database = open_database(tmp_path_factory.mktemp("special") / "special.sqlite3")
    ids = build_special_plan(database)
    yield database, ids
    database.close()


@pytest.fixture
def special_plan(special_db: tuple[Database, dict[str, Any]]) -> dict[str, Any]:
    return special_db[1]


def build_special_plan(db: Database) -> dict[str, Any]:
    """Ids of a plan with two workshops, people, a problem tree, and commitments with
    milestones (one with enough milestones to split its table across pages)."""
    service = EntityService(db)
    plan = service.create(
        "plans",
        {
            "title": f"Plan de Acción Local de Tlaxcala de Xicohténcatl: {SPECIAL}",
            "state": "Tlaxcala",
            "municipality": "Ixtenco",
            "period_start": "2026-01-15",
            "period_end": "2027-12-31",
            "guarantor_body": "Instituto de Acceso a la Información Pública de Tlaxcala",
            "context": f"Contexto con caracteres especiales: {SPECIAL}.\n\nSegundo párrafo.",
            "privacy_notice_text": f"Aviso de privacidad simplificado de prueba: {SPECIAL}.",
            "privacy_notice_version": "2026-02",
            "draft_version": 3,
        },
    )
    workshops = [
        service.create(
            "workshops",
            {"plan_id": plan, "title": f"Mesa {n}: diagnóstico", "date": f"2026-02-1{n}"},
        )
        for n in (1, 2)
    ]
    people = []
    for n, (sector, gender, publish, role) in enumerate(
        [
            ("government", "female", True, "government"),
            ("civil_society", "male", True, "civil_society"),
            ("guarantor_body", "female", False, "guarantor_body"),
            ("citizen", "female", True, None),
            ("academia", "male", False, None),
        ]
    ):
        people.append(
            service.create(
                "participants",
                {
                    "plan_id": plan,
                    "name": f"Persona {n} Ñúñez Ꞌa{SPECIAL[-2:]}",
                    "sector": sector,
                    "gender": gender,
                    "organization": f"Organización {n}",
                    "email": f"persona{n}@example.org",
                    "stl_role": role,
                    "consent_privacy_notice": "true",
                    "consent_publish_name": "true" if publish else "false",
                },
            )
        )
    for person in people[:3]:
        service.create("attendance", {"workshop_id": workshops[0], "participant_id": person})
    for person in people[2:]:
        service.create("attendance", {"workshop_id": workshops[1], "participant_id": person})
    problem = service.create(
        "problems",
        {
            "plan_id": plan,
            "workshop_id": workshops[0],
            "title": f"Problema con {SPECIAL}",
            "description": "Descripción del problema.",
        },
    )
    cause = service.create(
        "problem_nodes",
        {"problem_id": problem, "kind": "cause", "text": "Causa principal", "position": 0},
    )
    service.create(
        "problem_nodes",
        {"problem_id": problem, "parent_id": cause, "kind": "cause", "text": "Subcausa"},
    )
    service.create("problem_nodes", {"problem_id": problem, "kind": "effect", "text": "Efecto"})
    service.create(
        "dot_votes",
        {"workshop_id": workshops[0], "problem_id": problem, "dots": 7, "origin": "Mesa A"},
    )
    solution = service.create(
        "solutions", {"problem_id": problem, "title": "Solución ǎ", "description": "Detalle"}
    )
    commitments: dict[str, str] = {}
    milestones: dict[str, str] = {}
    for number, (title, count) in enumerate(
        [(f"Compromiso de lenguas {SPECIAL}", 2), (LONG_TITLE, 40), ("Tercer compromiso", 0)],
        start=1,
    ):
        commitment = service.create(
            "commitments",
            {
                "plan_id": plan,
                "problem_id": problem,
                "number": str(number),
                "title": title,
                "objective": f"Objetivo {SPECIAL}",
                "description": "Una descripción larga. " * 40,
                "ogp_values": "transparency,civic_participation",
                "lead_institution": "Ayuntamiento de Ixtenco",
                "start_date": "2026-03-01",
                "end_date": "2027-06-30",
                "budget": "150000.50",
            },
        )
        commitments[commitment] = title
        for m in range(count):
            milestone_title = f"Hito {number}.{m + 1} con ɨ y ꞌ"
            milestones[
                service.create(
                    "milestones",
                    {
                        "commitment_id": commitment,
                        "title": milestone_title,
                        "deliverable": "Entregable verificable",
                        "responsible": "Dirección de Planeación",
                        "start_date": "2026-04-01",
                        "end_date": "2026-09-30",
                        "status": "in_progress",
                        "progress": "40",
                        "position": str(m),
                    },
                )
            ] = milestone_title
    return {
        "plan": plan,
        "workshops": workshops,
        "people": people,
        "problem": problem,
        "solution": solution,
        "commitments": commitments,
        "milestones": milestones,
    }
