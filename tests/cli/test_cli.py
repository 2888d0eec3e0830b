"""The ``cocreation`` command through a subprocess, as scripts and facilitators use it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from cocreation_app import __version__


def _hash(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        dump = "\n".join(conn.iterdump())
    return hashlib.sha256(dump.encode()).hexdigest()


@pytest.fixture
def demo(cocreation, tmp_path: Path) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    db = tmp_path / "x.db"
    plan_id = cocreation("demo", db=db, check_rc=0).stdout.strip()
    return db, plan_id


def test_version(cocreation) -> None:  # type: ignore[no-untyped-def]
    result = cocreation("--version", check_rc=0)
    assert result.stdout.strip() == f"cocreation {__version__}"


def test_demo_then_list_commitments_json(cocreation, demo) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo
    commitments = json.loads(cocreation("list", "commitments", "--json", db=db, check_rc=0).stdout)
    assert len(commitments) == 5
    assert [c["number"] for c in commitments] == [1, 2, 3, 4, 5]
    for key in (
        "id",
        "created_at",
        "updated_at",
        "plan_id",
        "number",
        "title",
        "lead_institution",
        "start_date",
        "end_date",
        "status",
    ):
        assert key in commitments[0]
    assert {c["plan_id"] for c in commitments} == {plan_id}
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_demo_is_big_enough_to_train_with(cocreation, demo) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo

    def count(kind: str) -> int:
        out = cocreation("list", kind, "--plan", plan_id, "--json", db=db, check_rc=0).stdout
        return len(json.loads(out))

    assert count("workshops") == 4  # two co-creation workshops, two follow-up meetings
    assert count("participants") >= 25
    assert count("problems") >= 6
    assert count("solutions") >= 10
    assert count("commitments") >= 5
    assert count("milestones") >= 15
    people = json.loads(cocreation("list", "participants", "--json", db=db).stdout)
    assert len({p["sector"] for p in people}) >= 5
    assert {p["consent_publish_name"] for p in people} == {True, False}


def test_add_show_edit_delete_round_trip(cocreation, demo) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo
    new_id = cocreation(
        "add",
        "workshops",
        "--set",
        f"plan_id={plan_id}",
        "--set",
        "title=Mesa 3: Seguimiento",
        "--set",
        "date=2026-06-20",
        db=db,
        check_rc=0,
    ).stdout.strip()
    shown = json.loads(cocreation("show", "workshops", new_id, "--json", db=db, check_rc=0).stdout)
    assert shown["title"] == "Mesa 3: Seguimiento" and shown["date"] == "2026-06-20"

    cocreation(
        "edit", "workshops", new_id, "--set", "venue=Biblioteca Fray Bartolomé", db=db, check_rc=0
    )
    shown = json.loads(cocreation("show", "workshops", new_id, "--json", db=db).stdout)
    assert shown["venue"] == "Biblioteca Fray Bartolomé"

    cocreation("delete", "workshops", new_id, db=db, check_rc=0)
    listed = json.loads(cocreation("list", "workshops", "--json", db=db).stdout)
    assert new_id not in {w["id"] for w in listed}
    assert cocreation("show", "workshops", new_id, db=db).returncode == 1


def test_json_field_names_are_the_ones_set_accepts(cocreation, demo) -> None:  # type: ignore[no-untyped-def]
    db, _plan_id = demo
    milestone = json.loads(cocreation("list", "milestones", "--json", db=db).stdout)[0]
    settable = {k: v for k, v in milestone.items() if k not in ("id", "created_at", "updated_at")}
    args = [item for k, v in settable.items() if v is not None for item in ("--set", f"{k}={v}")]
    new_id = cocreation("add", "milestones", *args, db=db, check_rc=0).stdout.strip()
    copy = json.loads(cocreation("show", "milestones", new_id, "--json", db=db).stdout)
    assert {k: copy[k] for k in settable} == settable


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["add", "plans", "--set", "colour=red"], "Campo desconocido"),
        (
            [
                "add",
                "plans",
                "--set",
                "title=x",
                "--set",
                "state=y",
                "--set",
                "municipality=z",
                "--set",
                "status=borrador",
            ],
            "no es una opción",
        ),
        (
            [
                "add",
                "plans",
                "--set",
                "title=x",
                "--set",
                "state=y",
                "--set",
                "municipality=z",
                "--set",
                "period_start=2026-05-01",
                "--set",
                "period_end=2026-01-01",
            ],
            "anterior",
        ),
        (["show", "commitments", "00000000-0000-0000-0000-000000000000"], "No existe"),
        (["edit", "plans", "nope", "--set", "title=x"], "No existe"),
        (["delete", "milestones", "nope"], "No existe"),
        (["add", "plans", "--set", "title"], "CAMPO=VALOR"),
    ],
)
def test_bad_input_exits_1_with_one_clear_line_and_changes_nothing(
    cocreation,
    demo,
    args: list[str],
    needle: str,  # type: ignore[no-untyped-def]
) -> None:
    db, _plan_id = demo
    before = _hash(db)
    result = cocreation(*args, db=db)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert _hash(db) == before


def test_a_file_that_is_not_a_database(cocreation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "notes.db"
    bogus.write_text("minuta del taller\n" * 50, encoding="utf-8")
    result = cocreation("list", "plans", db=bogus)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"cocreation: error: «{bogus}» no es una base de datos de Cocrea."
    ]
    assert bogus.read_text(encoding="utf-8") == "minuta del taller\n" * 50


def test_an_unreadable_file(cocreation, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    db, _plan_id = demo
    if os.geteuid() == 0:
        # root reads anything; an unreadable path for root is a folder in place of the file.
        target = tmp_path / "folder.db"
        target.mkdir()
    else:
        target = db
        target.chmod(0)
    result = cocreation("list", "plans", db=target)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_missing_database_is_not_created_by_list(cocreation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "typo.db"
    result = cocreation("list", "plans", db=missing)
    assert result.returncode == 1
    assert "cocreation init" in result.stderr
    assert not missing.exists()


def test_bad_usage_exits_2(cocreation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cocreation("list", "bogus", db=tmp_path / "x.db").returncode == 2
    assert cocreation("frobnicate").returncode == 2
    assert cocreation("show", "plans").returncode == 2


def test_init_check_and_backup(cocreation, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _plan_id = demo
    assert cocreation("init", db=db, check_rc=0)
    report = json.loads(cocreation("check", "--json", db=db, check_rc=0).stdout)
    assert report["ok"] is True and report["integrity"] == "ok"
    assert report["counts"]["commitments"] == 5
    target = tmp_path / "respaldo.sqlite3"
    cocreation("backup", "-o", str(target), db=db, check_rc=0)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM commitments").fetchone() == (5,)
    result = cocreation("backup", "-o", str(tmp_path / "no" / "such" / "dir.db"), db=db)
    assert result.returncode == 1 and "No existe la carpeta" in result.stderr


@pytest.mark.parametrize(
    "argv", [[], ["--db", "x.sqlite3"], ["--db=x.sqlite3", "--lang", "en"], ["--lang=es"]]
)
def test_the_window_start_parses_as_the_whole_parser(argv: list[str]) -> None:
    from cocreation_app.cli import build_parser, parse_arguments

    assert vars(parse_arguments(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["list", "plans"], ["--db", "x", "list", "plans"], ["--db", "x", "--json"]]
)
def test_anything_else_goes_through_the_whole_parser(argv: list[str]) -> None:
    from cocreation_app.cli import build_parser, parse_arguments

    try:
        expected = vars(build_parser().parse_args(argv))
    except SystemExit as exc:
        with pytest.raises(SystemExit) as raised:
            parse_arguments(argv)
        assert raised.value.code == exc.code == 2
    else:
        assert vars(parse_arguments(argv)) == expected


def test_dates_outside_the_plan_period_are_saved_and_warned_on_stderr(  # type: ignore[no-untyped-def]
    cocreation, tmp_path: Path
) -> None:
    db = tmp_path / "p.db"
    cocreation("init", db=db, check_rc=0)
    plan_id = cocreation(
        "add",
        "plans",
        "--set",
        "title=Plan",
        "--set",
        "state=Chiapas",
        "--set",
        "municipality=Teopisca",
        "--set",
        "period_start=2026-01-01",
        "--set",
        "period_end=2026-12-31",
        db=db,
        check_rc=0,
    ).stdout.strip()
    added = cocreation(
        "add",
        "workshops",
        "--set",
        f"plan_id={plan_id}",
        "--set",
        "title=Mesa",
        "--set",
        "date=2027-02-01",
        db=db,
        check_rc=0,
    )
    assert "fuera del periodo del plan" in added.stderr
    edited = cocreation(
        "edit", "plans", plan_id, "--set", "period_end=2027-03-31", db=db, check_rc=0
    )
    assert edited.stderr == ""
    edited = cocreation(
        "edit", "plans", plan_id, "--set", "period_end=2026-06-30", db=db, check_rc=0
    )
    assert edited.stderr.startswith("1 taller queda fuera del periodo del plan"), edited.stderr
    assert "«Mesa» (01/02/2027)" in edited.stderr and "Traceback" not in edited.stderr
