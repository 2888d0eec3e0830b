"""One home for what the window and the CLI tell a user when something goes wrong."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest

from cocreation_app import __version__, cli, failures
from cocreation_app.cli import records
from cocreation_app.errors import UserError
from cocreation_app.i18n import set_language


@pytest.fixture(autouse=True)
def _logs_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(failures, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setattr(failures, "crash_dir", lambda: tmp_path / "log" / "crashes")
    return tmp_path / "log"


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (UserError("Falta el título."), "Falta el título."),
        (sqlite3.OperationalError("database is locked"), "ocupada por otro programa"),
        (sqlite3.OperationalError("database is busy"), "ocupada por otro programa"),
        (sqlite3.OperationalError("database or disk is full"), "disco está lleno"),
        (PermissionError(13, "Permiso denegado", "/media/usb/plan.pdf"), "«/media/usb/plan.pdf»"),
    ],
)
def test_what_a_user_can_act_on_is_described(exc: BaseException, expected: str) -> None:
    message = failures.describe(exc)
    assert message is not None and expected in message


def test_a_bug_is_not_described() -> None:
    assert failures.describe(KeyError("id")) is None


def test_what_the_user_was_told_is_logged(_logs_here: Path) -> None:
    failures.report(UserError("No existe el taller «x»."))
    failures.report(KeyError("not for the log"))
    text = (_logs_here / "cocrea.log").read_text(encoding="utf-8")
    assert "cocreation.user: No existe el taller «x»." in text
    assert "not for the log" not in text


def _cli_failing_with(exc: BaseException, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(_args: argparse.Namespace) -> int:
        raise exc

    monkeypatch.setattr(records, "cmd_list", fail)


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_cli_says_a_busy_database_is_busy(
    language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _cli_failing_with(sqlite3.OperationalError("database is busy"), monkeypatch)
    assert cli.main(["--lang", language, "--db", "x.sqlite3", "list", "plans"]) == 1
    err = capsys.readouterr().err
    set_language("es")
    expected = "ocupada por otro programa" if language == "es" else "in use by another program"
    assert expected in err and err.count("\n") == 1


def test_the_cli_crash_file_names_the_version(
    _logs_here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _cli_failing_with(RuntimeError("a bug"), monkeypatch)
    assert cli.main(["--db", "x.sqlite3", "list", "plans"]) == 1
    [crash] = (_logs_here / "crashes").iterdir()
    text = crash.read_text(encoding="utf-8")
    assert text.startswith(f"Cocrea {__version__}\n") and "RuntimeError: a bug" in text
    assert str(crash) in capsys.readouterr().err
