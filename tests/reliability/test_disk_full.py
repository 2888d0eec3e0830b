"""A full disk during a save, an import, and an export or backup: a clear message, the data
unchanged, and no partial file left behind.

The database filling up is ``PRAGMA max_page_count`` set on every connection of the engine the
command opens. A full target folder is the real thing seen by the process: the CLI runs in a
subprocess whose largest writable file size (``RLIMIT_FSIZE``) is smaller than what it writes,
so the operating system refuses the write half-way, exactly as on a full USB stick.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from cocreation_app import cli
from cocreation_app.cli import common as cli_common
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database, open_database
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.importer import import_bundles
from tests.reliability.content import file_hash

ROOT = Path(__file__).resolve().parents[2]
FULL = "lleno"


def _cap_pages(db: Database) -> None:
    """Make the database full: no page may be added beyond its current size."""
    with db.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def _limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", _limit)
    db.engine.dispose()


@pytest.fixture
def full_cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI's databases open already full."""
    real = cli_common.open_database

    def open_full(path: Path, **kwargs: Any) -> Database:
        db = real(path, **kwargs)
        _cap_pages(db)
        return db

    monkeypatch.setattr(cli_common, "open_database", open_full)
    yield


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))}


def test_save_on_a_full_disk(
    demo_path: Path, full_cli: None, capsys: pytest.CaptureFixture[str], demo_plan_id: str
) -> None:
    before, files = file_hash(demo_path), _files(demo_path.parent)
    long_text = "Diagnóstico participativo. " * 20_000
    code = cli.main(
        [
            *("--db", str(demo_path), "add", "problems", "--set", f"plan_id={demo_plan_id}"),
            *("--set", "title=Agua", "--set", f"description={long_text}"),
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert FULL in err and "no se guardó nada" in err and "Traceback" not in err
    assert file_hash(demo_path) == before
    assert _files(demo_path.parent) == files


def test_edit_on_a_full_disk_changes_nothing(demo_db: Database) -> None:
    _cap_pages(demo_db)
    before = file_hash(demo_db.path)
    service = EntityService(demo_db)
    problem = service.list_records("problems")[0]
    with pytest.raises(Exception, match="full"):
        service.update("problems", problem["id"], {"description": "x" * 400_000})
    assert file_hash(demo_db.path) == before
    assert service.get("problems", problem["id"]) == problem


def test_import_on_a_full_disk(demo_db: Database, tmp_path: Path) -> None:
    bundle = tmp_path / "demo.cocrea"
    export_bundle(demo_db, bundle)
    target = open_database(tmp_path / "target.sqlite3")
    try:
        _cap_pages(target)
        before = file_hash(target.path)
        (report,) = import_bundles(target, [bundle])
        assert not report.ok and not report.applied
        assert report.error is not None
        assert "full" in report.error or FULL in report.error, report.error
        assert file_hash(target.path) == before
    finally:
        target.close()


def _limited(limit: int) -> Any:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _run_cli_with_small_disk(args: list[str], limit: int) -> subprocess.CompletedProcess[str]:
    """The CLI with files capped at ``limit`` bytes (Python ignores SIGXFSZ, so the write
    fails with EFBIG as it would with ENOSPC on a full stick)."""
    env = {**os.environ, "COCREATION_LANG": "es"}
    return subprocess.run(
        [sys.executable, "-m", "cocreation_app.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=_limited(limit),
        timeout=120,
    )


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["backup", "-o"], "respaldo.sqlite3"),
        (["export-bundle", "-o"], "taller.cocrea"),
        (["export-bundle", "--no-personal-data", "-o"], "anonimo.cocrea"),
    ],
)
def test_export_and_backup_to_a_full_folder(
    demo_path: Path, tmp_path: Path, command: list[str], name: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    # The first export without personal data stores this laptop's pseudonym secret (a local
    # setting); do it once beforehand so the hash below compares only the failed export.
    assert cli.main(["--db", str(demo_path), *command, str(tmp_path / name)]) == 0
    before = file_hash(demo_path)
    result = _run_cli_with_small_disk(
        ["--db", str(demo_path), *command, str(out / name)], limit=40 * 1024
    )
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and ("espacio" in lines[0] or "lleno" in lines[0]), result.stderr
    assert "No se pudo guardar" in lines[0]
    assert list(out.iterdir()) == []  # no partial file, no temporary file
    assert file_hash(demo_path) == before


def test_plan_pdf_to_a_full_folder(demo_path: Path, tmp_path: Path, demo_plan_id: str) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    result = _run_cli_with_small_disk(
        ["--db", str(demo_path), "export-plan", demo_plan_id, "-o", str(out / "plan.pdf")],
        limit=40 * 1024,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "espacio" in result.stderr and "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_person_export_to_a_full_folder(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text file fails after the JSON one was written: neither a partial file is left."""
    from cocreation_app.services import privacy

    person = EntityService(demo_db).list_records("participants")[0]
    out = tmp_path / "usb"
    out.mkdir()
    real_write = Path.write_bytes

    def write_half(self: Path, data: bytes) -> int:
        if ".persona.txt." in self.name:
            real_write(self, data[: len(data) // 2])
            raise OSError(28, "No space left on device", str(self))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_half)
    with pytest.raises(OSError):
        privacy.export_person(demo_db, str(person["id"]), out / "persona.json")
    assert list(out.iterdir()) == []
