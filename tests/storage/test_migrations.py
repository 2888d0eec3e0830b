"""Schema migrations: an old database opens with its data, after an automatic backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cocreation_app.errors import StorageError
from cocreation_app.storage import list_automatic_backups, open_database
from cocreation_app.storage.database import head_revision, upgrade
from cocreation_app.storage.engine import make_engine


def _database_at_first_migration(path: Path) -> None:
    engine = make_engine(path)
    upgrade(engine, "0001")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    stamp = "2026-01-01T00:00:00.000Z"
    conn.execute(
        "INSERT INTO plans (id, created_at, updated_at, deleted, title, state, municipality)"
        " VALUES ('p1', ?, ?, 0, 'Plan Oaxaca', 'Oaxaca', 'Santa Lucía del Camino')",
        (stamp, stamp),
    )
    conn.executemany(
        "INSERT INTO participants (id, created_at, updated_at, deleted, plan_id, name, sector,"
        " organization, email, consent_privacy_notice) VALUES (?, ?, ?, 0, 'p1', ?, ?, ?, ?, 1)",
        [
            ("a1", stamp, stamp, "José Ñúñez", "citizen", "Colonia Reforma", "jose@example.mx"),
            ("a2", stamp, stamp, "Ana Pérez", "academia", "UABJO", None),
        ],
    )
    conn.commit()
    conn.close()


def test_database_at_first_migration_upgrades_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _database_at_first_migration(path)

    db = open_database(path)

    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision()
        )
        plans = conn.exec_driver_sql("SELECT id, title, municipality FROM plans").fetchall()
        people = conn.exec_driver_sql(
            "SELECT id, name, sector, organization, email, search_key FROM participants ORDER BY id"
        ).fetchall()
    assert [tuple(row) for row in plans] == [("p1", "Plan Oaxaca", "Santa Lucía del Camino")]
    assert [tuple(row[:5]) for row in people] == [
        ("a1", "José Ñúñez", "citizen", "Colonia Reforma", "jose@example.mx"),
        ("a2", "Ana Pérez", "academia", "UABJO", None),
    ]
    # The migration's data step filled the new column.
    assert people[0][5] == "jose nunez | colonia reforma | jose@example.mx"
    backups = list_automatic_backups(path)
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM participants").fetchone() == (2,)
    db.close()


def test_up_to_date_database_opens_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert list_automatic_backups(path) == []


def test_only_the_newest_ten_automatic_backups_are_kept(tmp_path: Path) -> None:
    from cocreation_app.storage import automatic_backup

    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    for index in range(13):
        automatic_backup(path, f"test{index:02d}")
    assert len(list_automatic_backups(path)) == 10


def test_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StorageError, match="más reciente"):
        open_database(path)


def test_pragmas_protect_the_workshop_data(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"hello, not a database at all" * 10, "no es una base de datos"), (None, "carpeta")],
)
def test_a_path_that_is_not_a_database_is_refused(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "thing"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(StorageError, match=message):
        open_database(path)
    if content is not None:
        assert path.read_bytes() == content


def test_database_before_device_keys_keeps_its_device_and_data(tmp_path: Path) -> None:
    """0004 → 0005 (device keys): the device id stays, a signing key is made for it, known
    devices stay trusted without a key (pinned at their next signed bundle), rows are intact."""
    from cocreation_app.sync.bundle import open_bundle
    from cocreation_app.sync.devices import list_devices
    from cocreation_app.sync.export import export_bundle

    path = tmp_path / "before-keys.sqlite3"
    old_device = "8b122368-b22a-4dcd-9277-141cac811673"
    engine = make_engine(path)
    upgrade(engine, "0004")
    engine.dispose()
    stamp = "2026-01-01T00:00:00.000Z"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO local_settings (key, value) VALUES ('device_id', ?)", (old_device,)
        )
        conn.executemany(
            "INSERT INTO devices (id, label, is_local, first_seen_at) VALUES (?, ?, ?, ?)",
            [
                (old_device, "Mesa 1", 1, stamp),
                ("1b8f7bae-1bac-43ae-9fa5-419dd0f6d6be", "Mesa 2", 0, stamp),
            ],
        )
        conn.execute(
            "INSERT INTO plans (id, created_at, updated_at, deleted, title, state, municipality)"
            " VALUES ('p1', ?, ?, 0, 'Plan Oaxaca', 'Oaxaca', 'Etla')",
            (stamp, stamp),
        )
    conn.close()
    db = open_database(path)
    assert db.device_id == old_device
    devices = {d.id: d for d in list_devices(db)}
    assert devices[old_device].public_key is not None and devices[old_device].is_local
    assert (
        devices["1b8f7bae-1bac-43ae-9fa5-419dd0f6d6be"].public_key is None
        and devices["1b8f7bae-1bac-43ae-9fa5-419dd0f6d6be"].trusted
    )
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT title FROM plans").scalar() == "Plan Oaxaca"
    export_bundle(db, tmp_path / "after.cocrea")
    assert open_bundle((tmp_path / "after.cocrea").read_bytes()).manifest.signed_by == (
        devices[old_device].public_key
    )
    db.close()


def test_tallies_of_an_earlier_release_keep_the_laptop_that_recorded_them(tmp_path: Path) -> None:
    """Migration 0006 fills ``recorded_by`` from the change log and lets an old random-id
    check-in sit beside the same check-in made elsewhere."""
    path = tmp_path / "v4.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0004")
    engine.dispose()
    stamp = "2026-01-01T00:00:00.000Z"
    device = "8b122368-b22a-4dcd-9277-141cac811673"
    clock = f"001767225600000-000001-{device}"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO plans (id, created_at, updated_at, deleted, title, state, municipality)"
            " VALUES ('p1', ?, ?, 0, 'Plan', 'Oaxaca', 'Oaxaca')",
            (stamp, stamp),
        )
        conn.execute(
            "INSERT INTO workshops (id, created_at, updated_at, deleted, plan_id, title, date)"
            " VALUES ('w1', ?, ?, 0, 'p1', 'Taller', '2026-01-01')",
            (stamp, stamp),
        )
        conn.execute(
            "INSERT INTO problems (id, created_at, updated_at, deleted, plan_id, title)"
            " VALUES ('q1', ?, ?, 0, 'p1', 'Agua')",
            (stamp, stamp),
        )
        conn.execute(
            "INSERT INTO dot_votes (id, created_at, updated_at, deleted, workshop_id, problem_id,"
            " dots, origin) VALUES ('v1', ?, ?, 0, 'w1', 'q1', 7, 'Mesa A')",
            (stamp, stamp),
        )
        conn.execute(
            "INSERT INTO changes (id, device_id, seq, clock, entity, row_id, field, value)"
            " VALUES ('c1', ?, 1, ?, 'dot_votes', 'v1', 'deleted', 'false')",
            (device, clock),
        )

    db = open_database(path)

    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT recorded_by FROM dot_votes").scalar() == device
        conn.exec_driver_sql(
            "INSERT INTO participants (id, created_at, updated_at, deleted, plan_id, name,"
            " consent_privacy_notice) VALUES ('a1', 'x', 'x', 0, 'p1', 'Ana', 1)"
        )
        for row_id in ("old-random-id", "canonical-id"):
            conn.exec_driver_sql(
                "INSERT INTO attendance (id, created_at, updated_at, deleted, workshop_id,"
                f" participant_id) VALUES ('{row_id}', 'x', 'x', 0, 'w1', 'a1')"
            )
        assert conn.exec_driver_sql("SELECT count(*) FROM attendance").scalar() == 2
    db.close()


def test_rows_of_an_older_database_get_the_clock_of_their_first_change(tmp_path: Path) -> None:
    """Migration 0012 fills created_clock from the change log (the row's earliest change)."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0008")
    engine.dispose()
    device = "8b122368-b22a-4dcd-9277-141cac811673"
    early = f"001795813100201-000003-{device}"
    late = f"001795813126515-000000-{device}"
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO plans (id, created_at, updated_at, deleted, title) "
        "VALUES ('p1', '2026-11-27T20:48:20.201Z', '2026-11-27T20:48:46.515Z', 0, 'Plan')"
    )
    conn.executemany(
        "INSERT INTO changes (id, device_id, seq, clock, entity, row_id, field, value)"
        " VALUES (?, ?, ?, ?, 'plans', 'p1', ?, ?)",
        [
            ("c2", device, 2, late, "title", '"Plan"'),
            ("c1", device, 1, early, "deleted", "false"),
        ],
    )
    conn.commit()
    conn.close()

    db = open_database(path)

    with db.engine.connect() as connection:
        clock = connection.exec_driver_sql("SELECT created_clock FROM plans").scalar()
    assert clock == early
    db.close()
