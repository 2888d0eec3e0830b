"""A process killed while it writes a file never leaves a half-written file under the target's
name: the previous file stays whole until the new one is complete and renamed over it.

The CLI runs in a subprocess that SIGKILLs itself at a chosen step of
``storage.atomic_target``: at the flush of the temporary file, at the rename, or just after it.
The target already holds an older export; it must be that older file, byte for byte, or the new
complete one — never anything in between.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cocreation_app import cli
from cocreation_app.sync.bundle import open_bundle

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import os, signal, sys
point = sys.argv[1]
calls = {"fsync": 0}
real_fsync, real_replace = os.fsync, os.replace

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def fsync(fd):
    calls["fsync"] += 1
    if point == "flush" or (point == "after-rename" and calls["fsync"] == 2):
        die()
    real_fsync(fd)

def replace(src, dst):
    if point == "rename":
        die()
    real_replace(src, dst)

os.fsync, os.replace = fsync, replace
from cocreation_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _valid(kind: str, path: Path) -> bool:
    data = path.read_bytes()
    if kind == "bundle":
        open_bundle(data)
        return True
    if kind == "pdf":
        return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    finally:
        conn.close()


@pytest.mark.parametrize("point", ["flush", "rename", "after-rename"])
@pytest.mark.parametrize("kind", ["bundle", "backup", "pdf"])
def test_killed_while_writing(
    demo_path: Path, demo_plan_id: str, tmp_path: Path, kind: str, point: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    target = out / {"bundle": "taller.cocrea", "backup": "copia.sqlite3", "pdf": "plan.pdf"}[kind]
    args = {
        "bundle": ["export-bundle", "-o", str(target)],
        "backup": ["backup", "-o", str(target)],
        "pdf": ["export-plan", demo_plan_id, "-o", str(target)],
    }[kind]
    assert cli.main(["--db", str(demo_path), *args]) == 0  # the older file
    cli.main(["--db", str(demo_path), "edit", "plans", demo_plan_id, "--set", "context=Nuevo"])
    old = target.read_bytes()

    result = subprocess.run(
        [sys.executable, "-c", CHILD, point, "--db", str(demo_path), *args],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == -9, result.stderr.decode()
    if point == "after-rename":
        assert target.read_bytes() != old and _valid(kind, target)
    else:
        assert target.read_bytes() == old
    others = [p.name for p in out.iterdir() if p != target]
    # A kill before the rename can leave the hidden temporary file (".taller.cocrea.XXXX.tmp"),
    # never a file under the target's name.
    assert all(name.startswith(f".{target.name}.") and name.endswith(".tmp") for name in others)
