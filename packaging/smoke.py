"""Smoke test of the frozen application (``make package-smoke``), the way release builds are
checked before they ship: run the real binary headless through a facilitator's round trip and
check exit codes, files and counts.

    .venv/bin/python packaging/smoke.py [dist/cocrea]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Never inside a build meant for facilitators: test and build tools, unused Qt modules.
FORBIDDEN = (
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "PyInstaller",
    "PySide6/QtNetwork.abi3.so",
    "PySide6/QtQml.abi3.so",
    "PySide6/QtQuick.abi3.so",
    "PySide6/QtSql.abi3.so",
)


class SmokeError(Exception):
    pass


PASSED = [0]  # checks and commands that passed, for the closing line


def run(binary: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(binary), *args], capture_output=True, text=True, timeout=600, env=env
    )
    shown = " ".join(args)
    if result.returncode != 0:
        raise SmokeError(f"`cocreation {shown}` exit {result.returncode}: {result.stderr.strip()}")
    print(f"ok  cocreation {shown}")
    PASSED[0] += 1
    return result.stdout


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeError(message)
    print(f"ok  {message}")
    PASSED[0] += 1


def smoke(app_dir: Path) -> None:
    binary = app_dir / ("cocreation.exe" if os.name == "nt" else "cocreation")
    check(binary.is_file(), f"{binary} exists")
    inside = app_dir / "_internal"
    for name in FORBIDDEN:
        check(not (inside / name).exists(), f"no {name} inside the app")
    from cocreation_app import __version__

    check(__version__ in run(binary, "--version"), f"--version says {__version__}")
    with tempfile.TemporaryDirectory(prefix="cocrea-smoke-") as folder:
        work = Path(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_STATE_HOME": str(work / "state"),
        }
        first, second = str(work / "first.sqlite3"), str(work / "second.sqlite3")
        plan_id = run(binary, "--db", first, "demo", env=env).strip().splitlines()[-1]
        plans = json.loads(run(binary, "--db", first, "list", "plans", "--json", env=env))
        check([p["id"] for p in plans] == [plan_id], "demo made one plan")
        counts = {
            kind: len(
                json.loads(
                    run(binary, "--db", first, "list", kind, "--plan", plan_id, "--json", env=env)
                )
            )
            for kind in ("participants", "commitments", "milestones")
        }
        check(all(counts.values()), f"demo plan has {counts}")

        pdf = work / "plan.pdf"
        run(binary, "--db", first, "export-plan", plan_id, "-o", str(pdf), env=env)
        check(pdf.read_bytes()[:5] == b"%PDF-", "export-plan wrote a PDF")
        check(pdf.stat().st_size > 20_000, f"the PDF has content ({pdf.stat().st_size} bytes)")

        bundle = work / "demo.cocrea"
        run(binary, "--db", first, "export-bundle", "-o", str(bundle), env=env)
        check(bundle.stat().st_size > 0, "export-bundle wrote a bundle")
        run(binary, "--db", second, "init", env=env)
        run(binary, "--db", second, "import-bundle", str(bundle), env=env)
        for kind, count in counts.items():
            listed = run(binary, "--db", second, "list", kind, "--plan", plan_id, "--json", env=env)
            check(len(json.loads(listed)) == count, f"imported {count} {kind}")
        run(binary, "--db", second, "import-bundle", str(bundle), env=env)
        run(binary, "--db", second, "check", env=env)

        # The window starts frozen (Qt plugins, translations, fonts found) and becomes usable.
        ready = run(binary, "--db", first, "--lang", "es", env={**env, "COCREA_BENCH_READY": "1"})
        check("COCREA_READY" in ready, "the window opened and loaded the participants")
        # Qt's own Spanish (file dialogs, message box buttons) and our corrections to it.
        catalogs = next((line for line in ready.splitlines() if "COCREA_CATALOGS" in line), "")
        for name in ("cocreation_es.qm", "qtbase_es.qm", "qtoverride_es.qm"):
            check(name in catalogs.split(), f"the window installed {name}")


def main() -> int:
    app_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "cocrea"
    try:
        smoke(app_dir)
    except (SmokeError, subprocess.TimeoutExpired, OSError, ValueError) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        print(f"smoke: {PASSED[0]} passed, 1 failed")
        return 1
    print(f"smoke: {PASSED[0]} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
