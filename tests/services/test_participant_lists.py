"""Participants in from a pre-registration spreadsheet, lists out to XLSX and CSV; adversarial
files (huge, empty, not a spreadsheet, formulas, merged cells, Excel dates, Latin-1, BOM, ;)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from cocreation_app.errors import UserError, ValidationError
from cocreation_app.reports.lists import (
    export_attendance_list,
    export_participants,
    export_ranking,
)
from cocreation_app.services import lists
from cocreation_app.services.entities import EntityService
from cocreation_app.services.participant_import import (
    apply_import,
    guess_mapping,
    parse_mapping,
    preview,
    read_import,
)
from cocreation_app.services.participants import ParticipantService
from cocreation_app.services.spreadsheets import read_table
from cocreation_app.storage import Database

HEADER = ["Nombre completo", "Organización", "Correo electrónico", "Teléfono", "Sector", "Género"]


def _plan(db: Database) -> str:
    service = EntityService(db)
    return service.create(
        "plans",
        {
            "title": "Plan de Teopisca",
            "state": "Chiapas",
            "municipality": "Teopisca",
            "guarantor_body": "Órgano Garante de Chiapas",
            "privacy_notice_version": "2026-01",
        },
    )


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _count(db: Database, plan_id: str) -> int:
    return lists.count_participants(db, plan_id)


def _import(db: Database, plan_id: str, path: Path, **kw: bool) -> object:
    source = read_import(path)
    checked = preview(db, plan_id, source, guess_mapping(source.headers))
    return apply_import(db, plan_id, checked, **kw)


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ";", True), ("utf-8", ",", False), ("cp1252", ";", False), ("latin-1", "\t", False)],
)
def test_csv_dialects_keep_the_accents(
    db: Database, tmp_path: Path, encoding: str, delimiter: str, bom: bool
) -> None:
    plan_id = _plan(db)
    text = delimiter.join(HEADER) + "\r\n"
    text += delimiter.join(["José Núñez Peña", "Colectivo Jovel, A.C.", "", "", "OSC", "Mujer"])
    text = text.replace("Colectivo Jovel, A.C.", '"Colectivo Jovel, A.C."')
    data = ("\ufeff" if bom else "") + text
    path = tmp_path / "lista.csv"
    path.write_bytes(data.encode(encoding))
    source = read_import(path)
    assert source.table.delimiter == delimiter
    mapping = guess_mapping(source.headers)
    assert sorted(mapping.values()) == sorted(
        ["name", "organization", "email", "phone", "sector", "gender"]
    )
    checked = preview(db, plan_id, source, mapping)
    [row] = checked.valid
    assert row.values["name"] == "José Núñez Peña"
    assert row.values["organization"] == "Colectivo Jovel, A.C."
    assert (row.values["sector"], row.values["gender"]) == ("civil_society", "female")


def test_forty_names_import_without_consent_and_check_in_asks_for_it(
    db: Database, tmp_path: Path
) -> None:
    plan_id = _plan(db)
    workshop_id = EntityService(db).create(
        "workshops", {"plan_id": plan_id, "title": "Mesa 1", "date": "2026-03-15"}
    )
    rows: list[list[object]] = [["Pre-registro del taller"], HEADER]  # a title row first
    rows += [
        [f"Persona {n:02d}", "Colectivo", f"p{n}@example.org", "", "Ciudadanía", ""]
        for n in range(40)
    ]
    path = _xlsx(tmp_path / "prerregistro.xlsx", rows)
    result = _import(db, plan_id, path)
    assert result.created == 40 and _count(db, plan_id) == 40
    person = lists.participant_page(db, plan_id, "Persona 07")[0]
    record = EntityService(db).get("participants", person.id)
    assert record["consent_privacy_notice"] is False
    assert not any(record[c] for c in ("consent_contact", "consent_publish_name", "consent_photos"))
    people = ParticipantService(db)
    assert people.needs_consent(person.id)
    with pytest.raises(ValidationError, match="aún no acepta el aviso de privacidad"):
        people.check_in(workshop_id, person.id)
    EntityService(db).update("participants", person.id, {"consent_privacy_notice": True})
    assert people.check_in(workshop_id, person.id)


def test_duplicates_against_the_plan_and_within_the_file(db: Database, tmp_path: Path) -> None:
    plan_id = _plan(db)
    EntityService(db).create(
        "participants",
        {
            "plan_id": plan_id,
            "name": "María López",
            "sector": "citizen",
            "consent_privacy_notice": True,
        },
    )
    path = _xlsx(
        tmp_path / "l.xlsx",
        [
            HEADER,
            ["Maria  LOPEZ", "", "", "", "", ""],
            ["Ana Ruiz", "", "ana@example.org", "", "", ""],
            ["Ana R.", "", "ANA@example.org ", "", "", ""],
            ["Luis Pérez", "", "", "967 123 4567", "", ""],
            ["Luis P", "", "", "+52 (967) 123-4567", "", ""],
        ],
    )
    source = read_import(path)
    checked = preview(db, plan_id, source, guess_mapping(source.headers))
    assert [r.row for r in checked.valid] == [3, 5]
    reasons = {r.row: r.duplicate_of for r in checked.duplicates}
    assert "ya está en el plan" in reasons[2] and "María López" in reasons[2]
    assert "fila 3" in reasons[4] and "correo" in reasons[4]
    assert "fila 5" in reasons[6] and "teléfono" in reasons[6]
    assert apply_import(db, plan_id, checked).created == 2
    assert _count(db, plan_id) == 3


def test_bad_rows_are_numbered_and_a_refused_row_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    plan_id = _plan(db)
    path = tmp_path / "l.csv"
    path.write_text(
        "Nombre;Correo;Sector\n"
        "Ana;ana@example.org;Gobierno\n"
        ";nadie@example.org;\n"
        "Beto;no-es-correo;\n"
        "Carla;;Marte\n"
        f"{'x' * 5_000_000};;\n",  # a 5 MB cell
        encoding="utf-8",
    )
    source = read_import(path)
    checked = preview(db, plan_id, source, guess_mapping(source.headers))
    assert [r.row for r in checked.valid] == [2]
    issues = {i.row: i.message for i in checked.invalid}
    assert sorted(issues) == [3, 4, 5, 6]
    assert "falta el nombre" in issues[3] and "correo" in issues[4] and "Marte" in issues[5]
    assert "5000000 caracteres" in issues[6]
    assert _count(db, plan_id) == 0  # a preview writes nothing


def test_one_transaction(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = _plan(db)
    path = tmp_path / "l.csv"
    path.write_text("Nombre\n" + "".join(f"P{n}\n" for n in range(10)), encoding="utf-8")
    source = read_import(path)
    checked = preview(db, plan_id, source, guess_mapping(source.headers))
    calls = []
    original = EntityService.create_in

    def failing(self: EntityService, *args: object, **kwargs: object) -> str:
        calls.append(1)
        if len(calls) == 7:
            raise ValidationError("la base de datos lo rechaza")
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(EntityService, "create_in", failing)
    with pytest.raises(UserError, match="Fila 8: la base de datos lo rechaza No se importó nada"):
        apply_import(db, plan_id, checked)
    assert _count(db, plan_id) == 0


def test_ten_thousand_rows(db: Database, tmp_path: Path) -> None:
    plan_id = _plan(db)
    path = tmp_path / "grande.csv"
    path.write_text(
        "nombre,email\n" + "".join(f"Persona {n},p{n}@example.org\n" for n in range(10_000)),
        encoding="utf-8",
    )
    assert _import(db, plan_id, path).created == 10_000
    assert _count(db, plan_id) == 10_000
    out = tmp_path / "salida.xlsx"
    assert export_participants(db, plan_id, out) == 10_000
    sheet = load_workbook(out, read_only=True).worksheets[0]
    assert sum(1 for _ in sheet.iter_rows()) == 10_001


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("vacio.csv", b""),
        ("espacios.csv", b"  \n\n "),
        ("foto.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20),
        ("otro.xlsx", b"PK\x03\x04 not really a zip"),
        ("utf16.csv", "Nombre\nAna\n".encode("utf-16")),
    ],
)
def test_what_is_not_a_list_is_a_clear_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        read_table(path)
    assert name in caught.value.message


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "paquete.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hola.txt", "hola")
    with pytest.raises(UserError, match="no es una hoja de cálculo"):
        read_table(path)


def test_merged_cells_and_excel_dates(db: Database, tmp_path: Path) -> None:
    plan_id = _plan(db)
    book = Workbook()
    sheet = book.active
    sheet.append(["Lista de preregistro (merged title)"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Nombre", "Fecha de registro", "Teléfono", "Localidad"])
    sheet.append(["Ana", dt.datetime(2026, 3, 15), 9671234567, "Teopisca"])
    sheet.append(["Beto", 46096, 9671234568.0, "San Cristóbal"])  # a date as a bare serial
    sheet.append(["Carla", dt.date(2026, 3, 16), "", "Teopisca"])
    sheet.append(["", "", "", "Teopisca"])
    sheet.merge_cells("A5:A6")  # a name merged over two rows: the lower row has none
    sheet.cell(3, 2).number_format = "dd/mm/yyyy"
    path = tmp_path / "fusionadas.xlsx"
    book.save(path)
    source = read_import(path)
    assert source.header_row == 2
    mapping = guess_mapping(source.headers)
    assert mapping == {0: "name", 2: "phone", 3: "locality"}
    checked = preview(db, plan_id, source, mapping)
    assert [r.values["phone"] for r in checked.valid] == ["9671234567", "9671234568", None]
    assert [i.row for i in checked.invalid] == [6]
    mapping = parse_mapping(source.headers, ["B=locality", "Localidad="], mapping)
    checked = preview(db, plan_id, source, mapping)
    assert [r.values["locality"] for r in checked.valid] == ["2026-03-15", "46096", "2026-03-16"]


def test_mapping_errors_are_clear() -> None:
    headers = ["Nombre", "Correo"]
    assert parse_mapping(headers, ["2=phone"], {}) == {1: "phone"}
    assert parse_mapping(headers, ["A=name", "correo=email"], {}) == {0: "name", 1: "email"}
    with pytest.raises(UserError, match="No hay una columna «Edad»"):
        parse_mapping(headers, ["Edad=name"], {})
    with pytest.raises(UserError, match="no es un campo"):
        parse_mapping(headers, ["Nombre=consent_privacy_notice"], {})


def test_formulas_are_neutralised_on_export(db: Database, tmp_path: Path) -> None:
    plan_id = _plan(db)
    path = tmp_path / "formulas.csv"
    path.write_text(
        "Nombre,Organización,Teléfono\n"
        '"=HYPERLINK(""http://evil"",""x"")",+cmd|calc,-961 555 0101\n'
        "@SUM(A1),=1+1,+52 967 123 4567\n",
        encoding="utf-8",
    )
    assert _import(db, plan_id, path).created == 2
    csv_out, xlsx_out = tmp_path / "p.csv", tmp_path / "p.xlsx"
    export_participants(db, plan_id, csv_out, personal_data=True)
    export_participants(db, plan_id, xlsx_out, personal_data=True)
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel shows the accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    cells = [c for row in rows[1:] for c in row]
    assert '\'=HYPERLINK("http://evil","x")' in cells and "'@SUM(A1)" in cells
    # (a phone must be a phone since issue 17: "-1" is refused at import; a leading dash is not)
    assert "'+cmd|calc" in cells and "'=1+1" in cells and "'-961 555 0101" in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    sheet = load_workbook(xlsx_out).worksheets[0]
    values = [(c.value, c.data_type) for row in sheet.iter_rows(min_row=2) for c in row]
    assert ('=HYPERLINK("http://evil","x")', "s") in values
    assert all(t != "f" for _v, t in values)  # no cell is a formula


def test_personal_data_only_when_chosen(
    demo_db: Database, demo_plan_id: str, tmp_path: Path
) -> None:
    workshop_id = lists.workshops(demo_db, demo_plan_id)[0].id
    plain, full = tmp_path / "a.csv", tmp_path / "b.xlsx"
    count = export_attendance_list(demo_db, workshop_id, plain)
    assert count == ParticipantService(demo_db).room_count(workshop_id).total > 0
    header = plain.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Nombre" in header and "Correo" not in header and "Teléfono" not in header
    assert "Género" not in header
    export_attendance_list(demo_db, workshop_id, full, personal_data=True)
    first = [c.value for c in next(load_workbook(full).worksheets[0].iter_rows())]
    assert {"Correo electrónico", "Teléfono", "Género"} <= set(first)
    emails = [p.email for p in lists.participant_page(demo_db, demo_plan_id) if p.email]
    assert emails and not any(e in plain.read_text(encoding="utf-8-sig") for e in emails)


def test_ranking_export(demo_db: Database, demo_plan_id: str, tmp_path: Path) -> None:
    from cocreation_app.services.prioritization import rank_problems

    workshop_id = lists.workshops(demo_db, demo_plan_id)[0].id
    ranked = rank_problems(demo_db, workshop_id)
    out = tmp_path / "r.xlsx"
    assert export_ranking(demo_db, workshop_id, out) == len(ranked) > 0
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("Lugar", "Problema", "Puntos")
    assert [r[1] for r in rows[1:]] == [r.title for r in ranked]
    assert rows[1][2] == ranked[0].dots


def test_export_refuses_other_formats(db: Database, tmp_path: Path) -> None:
    plan_id = _plan(db)
    with pytest.raises(UserError, match=r"\.xlsx \(Excel\) o \.csv"):
        export_participants(db, plan_id, tmp_path / "p.ods")
