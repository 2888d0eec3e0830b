"""The export subcommands as a user runs them: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import open_database


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cocreation_app.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_plan_and_attendance(demo_path: Path, demo_plan_id: str, tmp_path: Path) -> None:
    db = open_database(demo_path)
    workshop = EntityService(db).list_records("workshops", plan_id=demo_plan_id)[0]["id"]
    db.close()
    plan_pdf = tmp_path / "plan.pdf"
    done = _run("--db", str(demo_path), "export-plan", demo_plan_id, "-o", str(plan_pdf))
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(plan_pdf).pages) > 5
    sheet = tmp_path / "sheet.pdf"
    done = _run(
        "--db", str(demo_path), "export-attendance", workshop, "-o", str(sheet),
        "--blank-rows", "3", "--no-prefill", "--paper", "a4",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "3" in done.stdout
    assert len(PdfReader(sheet).pages) == 1


def test_export_errors_are_one_line_and_exit_1(
    demo_path: Path, demo_plan_id: str, tmp_path: Path
) -> None:
    missing = _run("--db", str(demo_path), "export-plan", "nope", "-o", str(tmp_path / "a.pdf"))
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "nope" in missing.stderr
    folder = tmp_path / "missing" / "a.pdf"
    bad = _run("--db", str(demo_path), "export-plan", demo_plan_id, "-o", str(folder))
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    usage = _run("--db", str(demo_path), "export-plan", demo_plan_id, "-o", "a.pdf", "--paper", "x")
    assert usage.returncode == 2
    assert not any(p.suffix in (".pdf", ".tmp") for p in tmp_path.iterdir())
