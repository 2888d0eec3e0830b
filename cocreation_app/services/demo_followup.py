"""The demo plan half implemented: progress reports with evidence, two follow-up meetings of the
STL, IRM-style assessments and one self-assessment (Spanish, like the rest of the demo)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from cocreation_app.services.evidence import evidence_input, store_blob
from cocreation_app.services.participants import attendance_id

Add = Callable[..., str]

MEETINGS = [
    {
        "title": "Reunión de seguimiento del STL: primer semestre",
        "topic": "Presentación de avances a la sociedad civil",
        "date": "2026-07-15",
        "venue": "Auditorio del Palacio Municipal",
        "facilitator": "Mariana Gómez Pérez",
        "minutes": (
            "El SAPAM presentó el calendario de tandeo de 14 colonias. Las organizaciones "
            "pidieron publicar también la calidad del agua por colonia."
        ),
        "kind": "followup",
    },
    {
        "title": "Reunión de seguimiento del STL: segundo semestre",
        "topic": "Rendición de cuentas de los compromisos",
        "date": "2026-11-20",
        "venue": "Casa de la Cultura El Carmen",
        "facilitator": "Mariana Gómez Pérez",
        "minutes": (
            "Se revisaron los cinco compromisos. La iluminación de paradas está retrasada por la "
            "licitación; los lineamientos de convocatoria juvenil siguen sin aprobarse."
        ),
        "kind": "followup",
    },
]


def _table(rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


CALENDARIO = _table(
    [("colonia", "dias", "horario")]
    + [(f"Colonia {n}", "lunes, jueves", "06:00-12:00") for n in range(1, 15)]
)
PADRON = _table(
    [("obra", "monto_mxn", "avance_fisico")]
    + [
        (f"Obra {n}: pavimentación", 850_000 + n * 12_500, f"{10 * (n % 10)} %")
        for n in range(1, 21)
    ]
)
PARADAS = _table(
    [("parada", "iluminacion", "prioridad")]
    + [(f"Parada {n}", "sin luz" if n % 3 else "parcial", 1 + n % 3) for n in range(1, 31)]
)
ACTA = (
    "Acta de entrega del calendario de tandeo\n"
    "San Cristóbal de las Casas, 28 de agosto de 2026\n"
    "El SAPAM entrega al STL el calendario de tandeo de las 27 colonias del norte.\n"
).encode()
# An attendance list names people: kept for the STL, never published.
LISTA_CAPACITACION = _table(
    [
        ("comite", "nombre", "firma"),
        ("Comité de obra El Cerrillo", "Rosa Hernández Gómez", "sí"),
        ("Comité de obra El Cerrillo", "Juan Pérez Díaz", "sí"),
        ("Comité de obra Barrio de Guadalupe", "Ana López Ruiz", "sí"),
    ]
)
CONVENIO = (
    "Convenio de colaboración para intérpretes comunitarios en tsotsil y tseltal, firmado el "
    "25 de noviembre de 2026.\n"
).encode()

# (commitment, milestone, date, status, progress, narrative, [(file name, bytes, publishable)])
UPDATES: list[tuple[int, int, str, str, int, str, list[tuple[str, bytes, bool]]]] = [
    (
        0,
        0,
        "2026-06-15",
        "in_progress",
        50,
        "Calendario publicado para 14 de las 27 colonias.",
        [("calendario_tandeo.csv", CALENDARIO, True)],
    ),
    (
        0,
        0,
        "2026-08-28",
        "completed",
        100,
        "Calendario completo publicado y entregado al STL.",
        [("acta_entrega_calendario.txt", ACTA, True)],
    ),
    (
        0,
        1,
        "2026-10-20",
        "in_progress",
        40,
        "Contrato del servicio de SMS firmado; pruebas en dos colonias.",
        [],
    ),
    (1, 0, "2026-09-30", "in_progress", 30, "Primeras 6 obras capturadas en el padrón.", []),
    (
        1,
        0,
        "2026-11-25",
        "in_progress",
        55,
        "Padrón con 20 obras publicado en el portal.",
        [("padron_obra_2026.csv", PADRON, True)],
    ),
    (
        1,
        1,
        "2026-11-10",
        "in_progress",
        25,
        "10 de 40 comités capacitados.",
        [("lista_asistencia_capacitacion.csv", LISTA_CAPACITACION, False)],
    ),
    (
        2,
        0,
        "2026-10-30",
        "completed",
        100,
        "Diagnóstico de 30 paradas con recorridos vecinales.",
        [("diagnostico_paradas.csv", PARADAS, True)],
    ),
    (
        2,
        1,
        "2026-11-28",
        "delayed",
        20,
        "La licitación de luminarias se declaró desierta; se convocará de nuevo en enero.",
        [],
    ),
    (3, 0, "2026-11-15", "in_progress", 60, "6 de 10 trámites traducidos y validados.", []),
    (
        3,
        1,
        "2026-11-28",
        "completed",
        100,
        "Convenio firmado con la red de intérpretes.",
        [("convenio_interpretes.txt", CONVENIO, True)],
    ),
    (4, 0, "2026-09-30", "in_progress", 50, "Borrador de lineamientos en revisión jurídica.", []),
]

REVIEWER = "Equipo de revisión del STL"
DESIGN_DATE = "2026-05-15"
# (commitment, indicator, value, date, reason)
ASSESSMENTS: list[tuple[int, str, str, str, str]] = [
    (0, "verifiable", "yes", DESIGN_DATE, "Cada hito tiene un entregable público verificable."),
    (
        0,
        "relevance",
        "transparency,civic_participation,public_accountability",
        DESIGN_DATE,
        "Abre información del servicio de agua y la pone a discusión con las colonias.",
    ),
    (
        0,
        "potential_results",
        "substantial",
        DESIGN_DATE,
        "Cambia la relación de las colonias con el SAPAM: información antes inexistente.",
    ),
    (0, "completion", "limited", "2026-11-20", "Un hito de tres completo; el segundo en curso."),
    (
        0,
        "opened_government",
        "marginal",
        "2026-11-20",
        "El calendario ya se consulta, pero la calidad del agua aún no se publica.",
    ),
    (1, "verifiable", "yes", DESIGN_DATE, "Padrón y capacitaciones son verificables."),
    (
        1,
        "relevance",
        "transparency,public_accountability",
        DESIGN_DATE,
        "Publica el gasto en obra y lo somete a contraloría social.",
    ),
    (1, "potential_results", "modest", DESIGN_DATE, "Depende de que los comités se mantengan."),
    (2, "verifiable", "yes", DESIGN_DATE, "Paradas iluminadas y registro público medibles."),
    (
        2,
        "relevance",
        "transparency,technology_innovation",
        DESIGN_DATE,
        "Registro público del transporte en datos abiertos.",
    ),
    (2, "potential_results", "modest", DESIGN_DATE, "Mejora acotada a 30 paradas."),
    (2, "completion", "limited", "2026-11-20", "Diagnóstico completo; iluminación retrasada."),
    (3, "verifiable", "yes", DESIGN_DATE, "Trámites traducidos y ventanillas verificables."),
    (
        3,
        "relevance",
        "civic_participation,transparency",
        DESIGN_DATE,
        "Acerca los trámites a la población hablante de lenguas indígenas.",
    ),
    (
        3,
        "potential_results",
        "substantial",
        DESIGN_DATE,
        "Atiende una exclusión histórica de la población tsotsil y tseltal.",
    ),
    (
        4,
        "verifiable",
        "no",
        DESIGN_DATE,
        "El primer hito no define cuándo se publican las convocatorias.",
    ),
    (4, "relevance", "civic_participation", DESIGN_DATE, "Abre espacios de decisión a jóvenes."),
    (4, "potential_results", "unclear", DESIGN_DATE, "El alcance del cabildo juvenil no es claro."),
]

SELF_ASSESSMENTS: list[tuple[int, str, str]] = [
    (0, "transparency", "Las colonias del norte conocen por primera vez su calendario de tandeo."),
    (
        0,
        "civic_participation",
        "Las organizaciones vecinales revisaron el calendario antes de publicarlo.",
    ),
]


def load_followup(
    session: Session,
    add: Add,
    plan_id: str,
    people_ids: Sequence[str],
    commitments: Sequence[tuple[str, Sequence[str]]],
) -> None:
    """Add the follow-up to the demo plan inside its transaction; ``commitments`` lists each
    commitment's id with its milestones' ids in order."""
    for index, meeting in enumerate(MEETINGS):
        workshop_id = add("workshops", {"plan_id": plan_id, **meeting})
        for person_id in people_ids[: 10 + 2 * index]:
            add(
                "attendance",
                {"workshop_id": workshop_id, "participant_id": person_id},
                row_id=attendance_id(workshop_id, person_id),
            )
    for c_index, m_index, date, status, progress, narrative, files in UPDATES:
        update_id = add(
            "progress_updates",
            {
                "milestone_id": commitments[c_index][1][m_index],
                "date": date,
                "status": status,
                "progress": progress,
                "narrative": narrative,
                "author": "Secretaría técnica del STL",
            },
        )
        for name, data, public in files:
            item = evidence_input(name, data, public=public)
            add(
                "evidence_files",
                {
                    "update_id": update_id,
                    "filename": item.filename,
                    "media_type": item.media_type,
                    "size": len(data),
                    "sha256": store_blob(session, data),
                    "public": item.public,
                },
            )
    for c_index, indicator, value, date, reason in ASSESSMENTS:
        add(
            "assessments",
            {
                "commitment_id": commitments[c_index][0],
                "indicator": indicator,
                "value": value,
                "assessor": REVIEWER,
                "assessed_on": date,
                "reason": reason,
            },
        )
    for c_index, value, text in SELF_ASSESSMENTS:
        add(
            "self_assessments",
            {
                "commitment_id": commitments[c_index][0],
                "ogp_value": value,
                "what_changed": text,
                "author": "SAPAM",
                "date": "2026-11-20",
            },
        )
