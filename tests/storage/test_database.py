"""Opening a database: the quick path (sqlite3 alone) and what makes it take the full one."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from cocreation_app.storage import Database, open_database


def test_an_up_to_date_database_opens_without_an_engine(demo_path: Path) -> None:
    db = open_database(demo_path)
    try:
        assert "engine" not in db.__dict__  # created on first use
        assert db.reader().execute("SELECT count(*) FROM plans").fetchone()[0] == 1
        assert db.device_id
        assert db.device_label() is None  # the engine comes when asked for
        assert "engine" in db.__dict__
    finally:
        db.close()


def test_a_database_without_its_device_id_gets_one_at_open(demo_path: Path) -> None:
    with sqlite3.connect(demo_path) as conn:
        old = conn.execute("SELECT value FROM local_settings WHERE key = 'device_id'").fetchone()
        conn.execute("DELETE FROM local_settings WHERE key = 'device_id'")
    conn.close()
    db = open_database(demo_path)
    try:
        assert "engine" in db.__dict__  # the full open, which writes the new identity
        with sqlite3.connect(demo_path) as conn:
            stored = conn.execute(
                "SELECT value FROM local_settings WHERE key = 'device_id'"
            ).fetchone()
            local = conn.execute("SELECT id FROM devices WHERE is_local = 1").fetchall()
        conn.close()
        assert stored == (db.device_id,) and stored != old
        assert (db.device_id,) in local
    finally:
        db.close()


def test_the_reader_never_creates_a_missing_file(db: Database) -> None:
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db.path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(sqlite3.OperationalError):
        db.reader()
    assert not db.path.exists()


def test_opening_loads_no_sqlalchemy_for_an_up_to_date_file(demo_path: Path) -> None:
    """In a fresh interpreter: the window's first frame relies on it (docs/performance.md)."""
    import subprocess

    code = (
        "import sys; from pathlib import Path; from cocreation_app.storage import open_database;"
        f"db = open_database(Path({str(demo_path)!r}));"
        "from cocreation_app.services import lists;"
        "plan = lists.plans(db)[0]; assert lists.participant_page(db, plan.id);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("folder", ["Taller #3", "Avance 50%", "Mesa 50%25", "¿Qué pasó?"])
def test_folder_names_with_uri_characters(tmp_path: Path, folder: str) -> None:
    """'#', '?' and '%' are ordinary in folder names; a URI or URL built by hand broke them
    (SQLAlchemy took the rest after '?' for options and created the file elsewhere)."""
    from cocreation_app.services import lists
    from cocreation_app.services.entities import EntityService
    from cocreation_app.storage import backup_to
    from cocreation_app.storage.restore import check_backup_file

    path = tmp_path / folder / "cocrea.sqlite3"
    path.parent.mkdir()
    db = open_database(path)  # created: the full open
    EntityService(db).create("plans", {"title": "P", "state": "Puebla", "municipality": "Tepeaca"})
    db.close()
    db = open_database(path)  # up to date: sqlite3 alone
    try:
        assert [plan.title for plan in lists.plans(db)] == ["P"]
        assert EntityService(db).count("plans") == 1
        copy = tmp_path / folder / "copia.sqlite3"
        backup_to(path, copy)
        check_backup_file(copy)
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # nothing created beside it
    assert {p.name for p in path.parent.iterdir()} >= {"cocrea.sqlite3", "copia.sqlite3"}
