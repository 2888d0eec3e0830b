"""Compile ``translations/*.ts`` to ``.qm`` with pyside6-lrelease (``make translations``).

Our catalogs (``cocreation_*.ts``) and our corrections to Qt's own (``qtoverride_*.ts``, see
:mod:`cocreation_app.i18n.qt`). Only files whose ``.qm`` is missing or older than the ``.ts``
are rebuilt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from cocreation_app.paths import translations_dir


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    return [found]


def build(folder: Path | None = None) -> list[Path]:
    folder = folder or translations_dir()
    built = []
    for ts in sorted([*folder.glob("cocreation_*.ts"), *folder.glob("qtoverride_*.ts")]):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"built {path}")
