"""Fixtures shared by every test package: a fresh database, and one with the demo plan.

Both are built once per test session and copied for each test (SQLite's backup API): running
every migration costs 0.3-1.3 s, the demo more, and tests start from the same data either way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from cocreation_app.i18n import set_language
from cocreation_app.storage import Database, open_database
from cocreation_app.storage.identity import HOME, home_of


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
def db(tmp_path: Path, _empty_template: Path) -> Iterator[Database]:
    """A fresh, migrated database of its own (a copy of the session's template)."""
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
def demo_plan_id(_demo_template: tuple[Path, str]) -> str:
    return _demo_template[1]


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    database = open_database(demo_path)
    yield database
    database.close()
