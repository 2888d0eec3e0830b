from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cocreation(tmp_path: Path) -> Run:
    """Run the real ``cocreation`` command in a subprocess, with its data folders in tmp_path."""

    def run(
        *args: str, db: Path | None = None, check_rc: int | None = None
    ) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        env.pop("COCREATION_LANG", None)
        prefix = ["--db", str(db)] if db is not None else []
        result = subprocess.run(
            [sys.executable, "-m", "cocreation_app.cli", *prefix, *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        if check_rc is not None:
            assert result.returncode == check_rc, result.stderr
        return result

    return run
