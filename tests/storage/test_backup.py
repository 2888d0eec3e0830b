from __future__ import annotations

import sqlite3
from pathlib import Path

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import backup_to


def test_backup_is_a_complete_database_and_leaves_no_temporary_file(demo_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "copy.sqlite3"
    target.parent.mkdir()
    backup_to(demo_db.path, target)
    assert [p.name for p in target.parent.iterdir()] == ["copy.sqlite3"]
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        people = conn.execute("SELECT count(*) FROM participants WHERE deleted = 0").fetchone()
    assert people == (EntityService(demo_db).count("participants"),)
