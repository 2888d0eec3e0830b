"""The sync subcommands end to end: export, import (preview, dry run, several files), conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cocreation_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_two_laptops_conflict_and_resolution(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office_db: str
) -> None:
    a, b = str(tmp_path / "a.sqlite3"), office_db  # b: the coordinator
    start, a1, b1 = (str(tmp_path / n) for n in ("start.cocrea", "a1.cocrea", "b1.cocrea"))
    run(capsys, "--db", a, "init")
    run(capsys, "--db", b, "init")
    _c, plan, _e = run(
        capsys,
        "--db",
        a,
        "add",
        "plans",
        "--set",
        "title=Plan",
        "--set",
        "state=Oaxaca",
        "--set",
        "municipality=Etla",
    )
    _c, commitment, _e = run(
        capsys,
        "--db",
        a,
        "add",
        "commitments",
        "--set",
        f"plan_id={plan.strip()}",
        "--set",
        "title=Agua",
        "--set",
        "lead_institution=SAPAO",
    )
    commitment = commitment.strip()
    assert run(capsys, "--db", a, "export-bundle", "-o", start)[0] == 0
    code, out, _err = run(capsys, "--db", b, "import-bundle", start, "--dry-run")
    assert code == 0 and "2 nuevos" in out and "no se guardó nada" in out
    assert json.loads(run(capsys, "--db", b, "list", "plans", "--json")[1]) == []
    code, out, _err = run(capsys, "--db", b, "import-bundle", start)
    assert code == 0 and "Importado" in out
    code, out, _err = run(capsys, "--db", b, "import-bundle", start)
    assert code == 0 and "Nada nuevo" in out

    run(capsys, "--db", a, "edit", "commitments", commitment, "--set", "title=Agua potable")
    run(capsys, "--db", b, "edit", "commitments", commitment, "--set", "title=Agua limpia")
    run(capsys, "--db", a, "export-bundle", "-o", a1)
    run(capsys, "--db", b, "export-bundle", "-o", b1)
    run(capsys, "--db", a, "import-bundle", b1)
    code, out, _err = run(capsys, "--db", b, "import-bundle", a1)
    assert "1 conflicto nuevo." in out  # one conflict, in the singular

    code, out, _err = run(capsys, "--db", b, "list", "conflicts", "--json")
    (conflict,) = json.loads(out)
    assert conflict["target_kind"] == "commitments" and conflict["target_id"] == commitment
    assert conflict["field"] == "title"
    assert {v["value"] for v in conflict["values"]} == {"Agua potable", "Agua limpia"}
    assert all(v["device_id"] and v["time"] for v in conflict["values"])
    keep = next(v for v in conflict["values"] if v["value"] == "Agua potable")
    code, _out, _err = run(
        capsys, "--db", b, "resolve-conflict", conflict["id"], "--keep", keep["value_id"]
    )
    assert code == 0
    assert json.loads(run(capsys, "--db", b, "list", "conflicts", "--json")[1]) == []
    shown = json.loads(run(capsys, "--db", b, "show", "commitments", commitment, "--json")[1])
    assert shown["title"] == "Agua potable"


def test_bad_file_reported_others_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office_db: str
) -> None:
    a, b = str(tmp_path / "a.sqlite3"), office_db  # b: the coordinator
    good, bad = tmp_path / "good.cocrea", tmp_path / "bad.cocrea"
    run(capsys, "--db", a, "init")
    run(capsys, "--db", b, "init")
    run(
        capsys,
        "--db",
        a,
        "add",
        "plans",
        "--set",
        "title=Plan",
        "--set",
        "state=Oaxaca",
        "--set",
        "municipality=Etla",
    )
    run(capsys, "--db", a, "export-bundle", "-o", str(good))
    data = bytearray(good.read_bytes())
    data[40] ^= 1
    bad.write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", b, "import-bundle", str(bad), str(good))
    assert code == 1
    assert "Importado" in out
    assert err.count("\n") == 1 and err.startswith("cocreation: error:") and str(bad) in err
    assert "Traceback" not in out + err
    titles = [p["title"] for p in json.loads(run(capsys, "--db", b, "list", "plans", "--json")[1])]
    assert titles == ["Plan"]


def test_passphrase_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office_db: str
) -> None:
    a, b = str(tmp_path / "a.sqlite3"), office_db
    secret = tmp_path / "clave.txt"
    secret.write_text("una frase larga\n", encoding="utf-8")
    run(capsys, "--db", a, "init")
    run(capsys, "--db", b, "init")
    target = str(tmp_path / "c.cocrea")
    assert (
        run(capsys, "--db", a, "export-bundle", "-o", target, "--passphrase-file", str(secret))[0]
        == 0
    )
    assert run(capsys, "--db", b, "import-bundle", target)[0] == 1
    assert run(capsys, "--db", b, "import-bundle", target, "--passphrase-file", str(secret))[0] == 0


def test_duplicates_and_merge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "init")
    plan = run(
        capsys,
        "--db",
        db,
        "add",
        "plans",
        "--set",
        "title=Plan",
        "--set",
        "state=Oaxaca",
        "--set",
        "municipality=Etla",
    )[1].strip()
    ids = [
        run(
            capsys,
            "--db",
            db,
            "add",
            "participants",
            "--set",
            f"plan_id={plan}",
            "--set",
            f"name={name}",
            "--set",
            "sector=citizen",
            "--set",
            "consent_privacy_notice=sí",
        )[1].strip()
        for name in ("Rosa Martínez", "ROSA MARTINEZ")
    ]
    (group,) = json.loads(run(capsys, "--db", db, "list", "duplicates", "--json")[1])
    assert {p["id"] for p in group["participants"]} == set(ids)
    code, _out, _err = run(capsys, "--db", db, "merge-participants", ids[0], ids[1])
    assert code == 0
    assert json.loads(run(capsys, "--db", db, "list", "duplicates", "--json")[1]) == []


def test_export_with_personal_data_in_the_clear_warns_and_offers_the_ways_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "demo")
    code, _out, err = run(capsys, "--db", db, "export-bundle", "-o", str(tmp_path / "a.cocrea"))
    assert code == 0
    assert "datos personales sin cifrar" in err and "--passphrase-file" in err
    secret = tmp_path / "clave.txt"
    secret.write_text("una frase larga de paso\n", encoding="utf-8")
    for extra in (["--no-personal-data"], ["--passphrase-file", str(secret)]):
        code, _out, err = run(
            capsys, "--db", db, "export-bundle", "-o", str(tmp_path / "b.cocrea"), *extra
        )
        assert code == 0 and err == ""


def _two_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str, str]:
    """(target database, a good bundle, a truncated one)."""
    a, b = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    good, bad = tmp_path / "good.cocrea", tmp_path / "bad.cocrea"
    for db in (a, b):
        run(capsys, "--db", db, "init")
    run(
        capsys,
        "--db",
        a,
        "add",
        "plans",
        "--set",
        "title=P",
        "--set",
        "state=O",
        "--set",
        "municipality=M",
    )
    run(capsys, "--db", a, "export-bundle", "-o", str(good))
    bad.write_bytes(good.read_bytes()[:300])
    return b, str(good), str(bad)


def test_several_files_say_exactly_what_went_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """All or nothing per file: the good file is in, the bad one changed nothing, and the
    output ends with a summary naming both."""
    db, good, bad = _two_files(tmp_path, capsys)
    code, out, err = run(capsys, "--db", db, "import-bundle", good, bad)
    assert code == 1
    assert f"== {good} ==" in out and bad in err
    assert out.strip().splitlines()[-1] == (
        f"Importados 1 de 2 archivos. Sin importar (de ellos no se escribió nada): {bad}."
    )
    assert len(json.loads(run(capsys, "--db", db, "list", "plans", "--json")[1])) == 1


def test_an_unexpected_failure_after_a_good_file_names_what_is_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cocreation_app.cli import sync as cli_sync

    db, good, bad = _two_files(tmp_path, capsys)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    real = cli_sync.import_one

    def failing(db_: object, path: Path, **kwargs: object) -> object:
        if str(path) == bad:
            raise RuntimeError("a bug")
        return real(db_, path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_sync, "import_one", failing)
    code, out, err = run(capsys, "--db", db, "import-bundle", good, bad)
    assert code == 1
    assert f"== {good} ==" in out
    assert f"Ya importados antes del error: {good}." in err
