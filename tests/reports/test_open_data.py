"""The open-data package: a valid Frictionless Data Package, in both languages, with no
personal data, written all or nothing as a folder or a zip."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import frictionless
import pytest

from cocreation_app.errors import UserError
from cocreation_app.i18n import set_language
from cocreation_app.reports.open_data import export_open_data
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database


def _valid(path: Path) -> frictionless.Report:
    return frictionless.validate(str(path))


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_demo_package_validates(
    demo_db: Database, demo_plan_id: str, tmp_path: Path, language: str
) -> None:
    set_language(language)
    result = export_open_data(demo_db, demo_plan_id, tmp_path / "datos")
    report = _valid(tmp_path / "datos" / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((tmp_path / "datos" / "datapackage.json").read_text("utf-8"))
    names = {r["name"] for r in descriptor["resources"]}
    assert names >= {
        "plan", "workshops", "problems", "solutions", "commitments", "milestones",
        "progress_updates", "assessments", "participants_by_group", "attendance_by_group",
    }  # fmt: skip
    assert result.resources == len(names)
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    card = (tmp_path / "datos" / "datacard.md").read_text("utf-8")
    title = {"es": "Ficha de datos", "en": "Data card"}[language]
    assert card.startswith(f"# {title}")
    assert (tmp_path / "datos" / "LICENSE.md").is_file()
    milestones = {r["name"]: r for r in descriptor["resources"]}["milestones"]
    description = milestones["schema"]["fields"][-1]["description"]
    assert ("Vencido" in description) == (language == "es")


def test_the_zip_validates_too(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> None:
    export_open_data(demo_db, demo_plan_id, tmp_path / "datos.zip")
    assert _valid(tmp_path / "datos.zip").valid
    with zipfile.ZipFile(tmp_path / "datos.zip") as archive:
        assert "datapackage.json" in archive.namelist()


def test_validation_can_fail(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> None:
    """The check is real: a damaged table (a broken reference, a word as a number) is caught."""
    export_open_data(demo_db, demo_plan_id, tmp_path / "datos")
    path = tmp_path / "datos" / "data" / "milestones.csv"
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
    rows[1][1] = "00000000-0000-4000-8000-000000000000"  # commitment_id: no such commitment
    rows[2][rows[0].index("progress")] = "mucho"
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), "utf-8")
    report = _valid(tmp_path / "datos" / "datapackage.json")
    assert not report.valid
    kinds = {error.type for task in report.tasks for error in task.errors}
    assert {"foreign-key", "type-error"} <= kinds


def test_no_personal_data_and_only_consented_names(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    export_open_data(demo_db, demo_plan_id, tmp_path / "datos.zip")
    with zipfile.ZipFile(tmp_path / "datos.zip") as archive:
        text = "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    people = EntityService(demo_db).list_records("participants", plan_id=demo_plan_id)
    assert any(not p["consent_publish_name"] for p in people)
    for person in people:
        for field in ("email", "phone"):
            if person[field]:
                assert person[field] not in text, (field, person[field])
        assert (person["name"] in text) == bool(person["consent_publish_name"]), person["name"]
    workshops = EntityService(demo_db).list_records("workshops", plan_id=demo_plan_id)
    assert all(w["facilitator"] not in text for w in workshops if w["facilitator"])
    assert all(w["minutes"] not in text for w in workshops if w["minutes"])


def test_counts_by_sector_and_gender_add_up(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    export_open_data(demo_db, demo_plan_id, tmp_path / "datos")
    text = (tmp_path / "datos/data/participants_by_group.csv").read_text("utf-8")
    table = list(csv.DictReader(io.StringIO(text)))
    people = EntityService(demo_db).list_records("participants", plan_id=demo_plan_id)
    assert sum(int(r["people"]) for r in table) == len(people)
    assert set(table[0]) == {"sector", "gender", "people"}


def test_a_folder_with_other_files_is_not_touched(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    (tmp_path / "mis-datos").mkdir()
    (tmp_path / "mis-datos" / "tesis.docx").write_bytes(b"importante")
    with pytest.raises(UserError, match="otros archivos"):
        export_open_data(demo_db, demo_plan_id, tmp_path / "mis-datos")
    assert [p.name for p in (tmp_path / "mis-datos").iterdir()] == ["tesis.docx"]
    export_open_data(demo_db, demo_plan_id, tmp_path / "datos")
    export_open_data(demo_db, demo_plan_id, tmp_path / "datos")  # an earlier export: replaced
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite3"))
    assert left == ["datos", "mis-datos"]  # no temporary or previous folder left behind


def test_published_columns_follow_the_registrys_privacy(
    demo_db: Database, demo_plan_id: str
) -> None:
    """Every column taken from a record is one the registry declares public; participants'
    fields appear only as aggregates, and names only for people who consented."""
    from cocreation_app.reports.public_data import load_public
    from cocreation_app.services.registry import KINDS

    data = load_public(demo_db, demo_plan_id)
    kinds = {"plan": "plans", **{name: name for name in KINDS}}
    for table in data.tables:
        kind = kinds.get(table.name)
        for column in table.columns:
            if kind is not None and column.name in KINDS[kind].field_map:
                privacy = KINDS[kind].privacy_of(column.name)
                assert privacy.open_data == "publish", (table.name, column.name)
    participants = KINDS["participants"]
    for name in ("participants_by_group", "attendance_by_group"):
        grouped = [c.name for c in data.table(name).columns if c.name in participants.field_map]
        assert grouped and all(participants.privacy_of(c).open_data == "aggregate" for c in grouped)
    people = [c.name for c in data.table("people").columns]
    assert [participants.privacy_of(c).open_data for c in people] == ["consented"]


def test_unpublishable_evidence_is_counted_not_published(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    """The demo's attendance list of a training names people and nobody marked it publishable:
    the package counts it on its progress update and holds nothing of it."""
    export_open_data(demo_db, demo_plan_id, tmp_path / "datos")
    data = tmp_path / "datos" / "data"
    files = list(csv.DictReader(io.StringIO((data / "evidence_files.csv").read_text("utf-8"))))
    names = {row["filename"] for row in files}
    assert "calendario_tandeo.csv" in names
    assert "lista_asistencia_capacitacion.csv" not in names
    updates = list(csv.DictReader(io.StringIO((data / "progress_updates.csv").read_text("utf-8"))))
    withheld = {row["narrative"]: row["unpublished_evidence"] for row in updates}
    assert withheld["10 de 40 comités capacitados."] == "1"
    assert withheld["Calendario publicado para 14 de las 27 colonias."] == "0"
    text = "\n".join(p.read_text("utf-8") for p in (tmp_path / "datos").rglob("*.*"))
    assert "Rosa Hernández Gómez" not in text
