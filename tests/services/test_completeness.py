"""The commitment completeness rules used by the window's indicator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cocreation_app.services.completeness import (
    COMMITMENT_REQUIRED,
    MILESTONE_VERIFIABLE,
    check_commitment,
)
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.sync.helpers import laptop, new_plan

FULL: dict[str, Any] = {
    "id": "c1",
    "title": "Agua transparente",
    "problem_statement": "Cortes de agua sin aviso",
    "objective": "Publicar el calendario de tandeo",
    "description": "Portal y mesas de seguimiento",
    "contribution": "La población sabrá cuándo llega el agua",
    "ogp_values": "transparency",
    "lead_institution": "SAPAM",
    "contact_name": "Ana Ruiz",
    "contact_email": "ana@example.org",
    "start_date": "2026-05-01",
    "end_date": "2027-05-01",
}
MILESTONE: dict[str, Any] = {
    "id": "m1",
    "title": "Portal publicado",
    "deliverable": "Portal",
    "verification_means": "Liga pública",
    "responsible": "SAPAM",
    "start_date": "2026-05-01",
    "end_date": "2026-09-01",
}


def test_full_commitment_is_complete() -> None:
    result = check_commitment(FULL, [MILESTONE])
    assert result.complete
    assert result.messages() == []
    assert result.filled == result.required


def test_missing_fields_are_named_in_spanish() -> None:
    record = {**FULL, "objective": "  ", "contact_email": None}
    result = check_commitment(record, [MILESTONE])
    assert result.missing == ("objective", "contact_email")
    assert not result.complete
    assert result.messages() == ["Faltan campos obligatorios: Objetivo, Correo del contacto."]


def test_no_milestones_and_unverifiable_milestone() -> None:
    assert check_commitment(FULL, []).messages() == ["El compromiso necesita al menos un hito."]
    vague = {"id": "m2", "title": "Difusión", "responsible": "Comunicación"}
    result = check_commitment(FULL, [MILESTONE, vague])
    assert [gap.missing for gap in result.milestone_gaps] == [
        ("deliverable", "verification_means", "start_date", "end_date")
    ]
    assert result.messages() == [
        "El hito «Difusión» no es verificable: falta entregable, medio de verificación, "
        "fecha de inicio, fecha de término."
    ]
    assert result.filled == result.required - 4


def test_milestone_outside_commitment_period() -> None:
    late = {**MILESTONE, "title": "Informe", "end_date": "2027-12-01"}
    result = check_commitment(FULL, [late])
    assert result.milestones_outside_period == ("Informe",)
    assert not result.complete


def test_empty_commitment_counts_every_rule() -> None:
    result = check_commitment({"id": "x"}, [])
    assert result.missing == COMMITMENT_REQUIRED
    assert result.filled == 0
    assert result.required == len(COMMITMENT_REQUIRED) + 1
    assert len(MILESTONE_VERIFIABLE) == 5


def test_demo_records_from_services(demo_db: Database, demo_plan_id: str) -> None:
    service = EntityService(demo_db)
    commitments = service.list_records("commitments", plan_id=demo_plan_id)
    assert commitments
    for commitment in commitments:
        milestones = service.list_records("milestones", where={"commitment_id": commitment["id"]})
        result = check_commitment(commitment, milestones)
        assert 0 < result.filled <= result.required


def test_a_merge_that_leaves_a_milestone_not_started_with_progress_is_flagged(
    tmp_path: Path,
) -> None:
    """Each laptop's edit passes the progress-against-status check; the fields merge one by
    one, so the coordinator gets «No iniciado» at 50 %: the completeness panel says so."""
    a, b, hub = (laptop(tmp_path / f"{name}.sqlite3") for name in ("a", "b", "hub"))
    plan = new_plan(a)
    commitment = EntityService(a).create("commitments", {**_fields(FULL), "plan_id": plan})
    milestone = EntityService(a).create(
        "milestones",
        {**_fields(MILESTONE), "commitment_id": commitment, "status": "in_progress"},
    )
    export_bundle(a, tmp_path / "seed.cocrea")
    assert import_bundles(b, [tmp_path / "seed.cocrea"])[0].ok
    EntityService(a).update("milestones", milestone, {"status": "not_started", "progress": 0})
    EntityService(b).update("milestones", milestone, {"progress": 50})
    for db, name in ((a, "a"), (b, "b")):
        export_bundle(db, tmp_path / f"{name}.cocrea")
    assert all(r.ok for r in import_bundles(hub, [tmp_path / "a.cocrea", tmp_path / "b.cocrea"]))
    merged = EntityService(hub).get("milestones", milestone)
    assert (merged["status"], merged["progress"]) == ("not_started", 50)
    result = check_commitment(EntityService(hub).get("commitments", commitment), [merged])
    assert result.milestones_contradicting == ("Portal publicado",)
    assert not result.complete
    assert result.messages() == [
        "El hito «Portal publicado» dice «No iniciado» pero tiene avance: corrija el estado o "
        "el avance (pasa cuando dos equipos editan el hito por separado)."
    ]
    for db in (a, b, hub):
        db.close()


def _fields(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key != "id"}
