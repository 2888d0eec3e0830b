"""The list subcommands through the real command: import a pre-registration list, export."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Run


def test_import_then_export_through_the_command(
    cocreation: Run, demo_target: str, tmp_path: Path
) -> None:
    plan_id = json.loads(cocreation("list", "plans", "--json", db=demo_target, check_rc=0).stdout)[
        0
    ]["id"]
    source = tmp_path / "prerregistro.csv"
    source.write_bytes(
        "Nombre;Apellidos;Dependencia;Tel\n"
        "José;Núñez Peña;Colectivo Jovel;967 123 4567\n"
        ";;Colectivo sin nombre;\n"
        "Lucía;Gómez;;\n".encode("cp1252")
    )
    dry = cocreation(
        "import-participants",
        plan_id,
        str(source),
        "--map",
        "Tel=phone",
        "--dry-run",
        "--json",
        db=demo_target,
        check_rc=0,
    )
    preview = json.loads(dry.stdout)
    assert preview["valid"] == 2 and preview["invalid"][0]["row"] == 3
    assert preview["columns"] == {
        "Nombre": "name",
        "Apellidos": "surname",
        "Dependencia": "organization",
        "Tel": "phone",
    }
    refused = cocreation("import-participants", plan_id, str(source), db=demo_target, check_rc=1)
    assert "--valid-only" in refused.stderr and "Traceback" not in refused.stderr
    done = cocreation(
        "import-participants", plan_id, str(source), "--valid-only", db=demo_target, check_rc=0
    )
    assert "Importadas 2 personas" in done.stdout
    people = json.loads(
        cocreation("list", "participants", "--plan", plan_id, "--json", db=demo_target).stdout
    )
    [jose] = [p for p in people if p["name"] == "José Núñez Peña"]
    assert jose["consent_privacy_notice"] is False and jose["phone"] == "967 123 4567"

    out = tmp_path / "personas.xlsx"
    cocreation("export-participants", plan_id, "-o", str(out), db=demo_target, check_rc=0)
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == len(people) + 1 and "Teléfono" not in rows[0]
    workshops = json.loads(
        cocreation("list", "workshops", "--plan", plan_id, "--json", db=demo_target).stdout
    )
    csv_out = tmp_path / "asistencia.csv"
    cocreation(
        "export-attendance-list",
        workshops[0]["id"],
        "-o",
        str(csv_out),
        "--personal-data",
        db=demo_target,
        check_rc=0,
    )
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf#,Nombre")
    ranking = tmp_path / "ranking.csv"
    cocreation("export-ranking", workshops[0]["id"], "-o", str(ranking), db=demo_target, check_rc=0)
    assert ranking.read_text(encoding="utf-8-sig").startswith("Lugar,Problema,Puntos")
    bad = cocreation(
        "export-ranking", workshops[0]["id"], "-o", str(tmp_path / "r.ods"), db=demo_target
    )
    assert bad.returncode == 1 and ".xlsx" in bad.stderr
    not_a_sheet = tmp_path / "foto.csv"
    not_a_sheet.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    failed = cocreation("import-participants", plan_id, str(not_a_sheet), db=demo_target)
    assert failed.returncode == 1 and "no es una hoja de cálculo" in failed.stderr
