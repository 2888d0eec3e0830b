"""The ``cocreation`` command on a PostgreSQL server (issue 19): the same subcommands, the
server's URL in ``--db``, and no password ever on the command line or in a message."""

from __future__ import annotations

import json
import socket
import subprocess
import threading
from pathlib import Path

import psycopg

from cocreation_app.storage.database import head_revision
from tests.cli.conftest import Run
from tests.pg import Server

INITS = 3  # coordinators running ``init`` at the same time


def test_init_demo_check_list_export_import(cocreation: Run, pg_url: str, tmp_path: Path) -> None:
    assert "postgresql+psycopg://" in cocreation("--db", pg_url, "init", check_rc=0).stdout
    plan_id = cocreation("--db", pg_url, "demo", check_rc=0).stdout.strip()
    plans = json.loads(cocreation("--db", pg_url, "list", "plans", "--json", check_rc=0).stdout)
    assert [p["id"] for p in plans] == [plan_id]
    people = cocreation("--db", pg_url, "list", "participants", "--plan", plan_id, "--json")
    assert json.loads(people.stdout)
    report = json.loads(cocreation("--db", pg_url, "check", "--json", check_rc=0).stdout)
    assert report["ok"] and report["journal_mode"].startswith("PostgreSQL")
    assert report["counts"]["participants"] == len(json.loads(people.stdout))
    bundle = tmp_path / "oficina.cocrea"
    cocreation("--db", pg_url, "export-bundle", "-o", str(bundle), check_rc=0)
    laptop = tmp_path / "laptop.sqlite3"
    cocreation("init", db=laptop, check_rc=0)
    cocreation("import-bundle", str(bundle), db=laptop, check_rc=0)
    on_laptop = json.loads(cocreation("list", "plans", "--json", db=laptop, check_rc=0).stdout)
    assert [p["id"] for p in on_laptop] == [plan_id]
    cocreation("--db", pg_url, "import-bundle", str(bundle), check_rc=0)
    after = json.loads(cocreation("--db", pg_url, "check", "--json", check_rc=0).stdout)
    assert after["changes"] == report["changes"]  # the office's own bundle: nothing new


def test_backup_says_to_use_pg_dump(cocreation: Run, pg_url: str, tmp_path: Path) -> None:
    result = cocreation("--db", pg_url, "backup", "-o", str(tmp_path / "r.sqlite3"), check_rc=1)
    assert "pg_dump" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "r.sqlite3").exists()


def test_a_password_in_the_url_is_refused_and_never_printed(
    cocreation: Run, pg_server: Server
) -> None:
    url = f"postgresql+psycopg://postgres:s3cr3t-clave@127.0.0.1:{pg_server.port}/postgres"
    result = cocreation("--db", url, "check", check_rc=1)
    assert ".pgpass" in result.stderr
    assert "s3cr3t-clave" not in result.stderr + result.stdout


def test_an_unreachable_server_is_one_clear_line(cocreation: Run) -> None:
    with socket.socket() as sock:  # a port where nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = cocreation("--db", f"postgresql+psycopg://nadie@127.0.0.1:{port}/cocrea", "check")
    assert result.returncode == 1
    assert "No se pudo conectar con el servidor" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_inits_at_once_on_an_empty_database_take_turns(cocreation: Run, pg_server: Server) -> None:
    """Several coordinators run ``init`` on the office's new, empty database at the same time:
    every one succeeds and the schema is made once (the migrations hold the write lock)."""
    name = pg_server.new_database()
    url = pg_server.url(name)
    start = threading.Barrier(INITS)
    results: list[subprocess.CompletedProcess[str] | None] = [None] * INITS

    def init(index: int) -> None:
        start.wait()
        results[index] = cocreation("--db", url, "init")

    threads = [threading.Thread(target=init, args=(i,)) for i in range(INITS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.returncode if r else None for r in results] == [0] * INITS, [
        r.stderr for r in results if r
    ]
    report = json.loads(cocreation("--db", url, "check", "--json", check_rc=0).stdout)
    assert report["ok"], report
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        devices = conn.execute("SELECT count(*) FROM devices WHERE is_local").fetchone()
    assert versions == [(head_revision(),)]
    assert devices == (1,)


def test_a_role_that_may_not_create_the_schema_is_told_so(
    cocreation: Run, pg_server: Server
) -> None:
    """Connected, but refused: the server's reason, not "could not connect", and no schema."""
    with pg_server.admin() as conn:
        conn.execute("DROP ROLE IF EXISTS lectora")
        conn.execute("CREATE ROLE lectora LOGIN")
    name = pg_server.new_database()  # owned by the superuser: lectora may not create tables
    url = f"postgresql+psycopg://lectora@127.0.0.1:{pg_server.port}/{name}"
    result = cocreation("--db", url, "init", check_rc=1)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "no permitió la operación" in lines[0] and "permission denied" in lines[0]
    with pg_server.admin(name) as conn:
        assert conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)
