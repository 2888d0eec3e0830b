"""Fixtures shared by every test package: a fresh database, and one with the demo plan.

Both are built once per test session and copied for each test (SQLite's backup API): running
every migration costs 0.3-1.3 s, the demo more, and tests start from the same data either way.

In the suites of SERVER_SUITES, every test that takes ``db`` or ``demo_db`` runs twice: on a
SQLite file and on a real PostgreSQL server that the session starts (tests/pg.py), each test on
its own copy of a migrated template database.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cocreation_app.i18n import set_language
from cocreation_app.storage import Database, open_database
from cocreation_app.storage.identity import HOME, home_of
from tests.pg import Server, running_server

SERVER_SUITES = ("services", "sync")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    suite = Path(metafunc.definition.path).parent.name
    if suite in SERVER_SUITES and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Where ``db`` and ``demo_db`` live: "sqlite" or "postgresql"."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    with running_server() as server:
        yield server


def _server_template(server: Server, fill: bool) -> tuple[str, str]:
    name = server.new_database()
    database = open_database(server.url(name))
    plan_id = ""
    if fill:
        from cocreation_app.services.demo import load_demo

        plan_id = load_demo(database)
    database.close()
    return name, plan_id


@pytest.fixture(scope="session")
def _pg_empty_template(pg_server: Server) -> str:
    return _server_template(pg_server, fill=False)[0]


@pytest.fixture(scope="session")
def _pg_demo_template(pg_server: Server) -> tuple[str, str]:
    return _server_template(pg_server, fill=True)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest, pg_server: Server) -> Iterator[str]:
    """The URL of a fresh, migrated database of its own on the test server."""
    name = pg_server.new_database(template=request.getfixturevalue("_pg_empty_template"))
    yield pg_server.url(name)
    pg_server.drop_database(name)


def _server_db(request: pytest.FixtureRequest, template: str) -> Iterator[Database]:
    server: Server = request.getfixturevalue("pg_server")
    name = server.new_database(template=template)
    database = open_database(server.url(name))
    yield database
    database.close()
    server.drop_database(name)


@pytest.fixture
def in_chiapas(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """UTC-6 all year, as Mexico since 2022; a POSIX rule needs no time-zone database."""
    monkeypatch.setenv("TZ", "CST+6")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def _spanish_by_default() -> Iterator[None]:
    set_language("es")
    yield
    set_language("es")


def _copy_database(source: Path, target: Path) -> Path:
    """A copy that keeps the template's device identity (a real copy would start a device of
    its own when opened, storage/identity.py: tests of the quick open need it at home)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    with dst:
        dst.execute("UPDATE local_settings SET value = ? WHERE key = ?", (home_of(target), HOME))
    dst.close()
    src.close()
    return target


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database without a device identity: each copy opens as a new laptop."""
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM local_settings")
        conn.execute("DELETE FROM devices")
    conn.close()
    return path


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> Iterator[Database]:
    """A fresh, migrated database of its own (a copy of the session's template)."""
    if backend == "postgresql":
        yield from _server_db(request, request.getfixturevalue("_pg_empty_template"))
        return
    _empty_template = request.getfixturevalue("_empty_template")
    database = open_database(_copy_database(_empty_template, tmp_path / "cocrea.sqlite3"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from cocreation_app.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    plan_id = load_demo(database)
    database.close()
    return path, plan_id


@pytest.fixture
def demo_path(tmp_path: Path, _demo_template: tuple[Path, str]) -> Path:
    """A private copy of the demo database file."""
    source, _plan_id = _demo_template
    return _copy_database(source, tmp_path / "demo.sqlite3")


@pytest.fixture
def demo_plan_id(request: pytest.FixtureRequest, backend: str) -> str:
    if backend == "postgresql":
        return str(request.getfixturevalue("_pg_demo_template")[1])
    return str(request.getfixturevalue("_demo_template")[1])


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, backend: str) -> Iterator[Database]:
    if backend == "postgresql":
        yield from _server_db(request, request.getfixturevalue("_pg_demo_template")[0])
        return
    database = open_database(request.getfixturevalue("demo_path"))
    yield database
    database.close()
