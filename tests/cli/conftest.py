from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cocreation(tmp_path: Path) -> Run:
    """Run the real ``cocreation`` command in a subprocess, with its data folders in tmp_path."""

    def run(
        *args: str, db: Path | str | None = None, check_rc: int | None = None
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


# The subcommands a coordination office runs on its server (import-bundle, export, check, list)
# are tested on both: a SQLite file and the PostgreSQL server the session starts (tests/pg.py).
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def office_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A coordinator's database for ``--db``: a new SQLite file, or an empty, migrated database
    on the server."""
    if request.param == "sqlite":
        return str(tmp_path / "office.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=BACKENDS)
def demo_target(request: pytest.FixtureRequest) -> Iterator[str]:
    """``--db`` of a database holding the demo plan: a SQLite file, or a server database."""
    if request.param == "sqlite":
        yield str(request.getfixturevalue("demo_path"))
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database(template=request.getfixturevalue("_pg_demo_template")[0])
    yield server.url(name)
    server.drop_database(name)
