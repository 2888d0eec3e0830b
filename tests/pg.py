"""A real PostgreSQL server for the tests, started by the suite itself.

Debian's ``postgresql`` package (installed by ``make test`` when missing) provides the binaries.
The server refuses to run as root, so as root (CI) it runs as the ``postgres`` user through
``runuser``; its data folder is a fresh temporary one, it listens on 127.0.0.1 only, on a free
port, and it is stopped at the end of the session. Each test gets its own database, a copy of a
migrated template (``CREATE DATABASE … TEMPLATE``), which takes a fraction of a migration.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg

SUPERUSER = "postgres"


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"PostgreSQL's {name} is missing: run `make test` (it installs it)")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", SUPERUSER, "--", *command] if os.geteuid() == 0 else command


class Server:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self._names = itertools.count(1)

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, SUPERUSER)
        initdb = [_bin("initdb"), "-D", str(self.data), "-A", "trust", "-E", "UTF8"]
        initdb += ["--locale=C.UTF-8", "-U", SUPERUSER]
        subprocess.run(_as_server_user(initdb), check=True, capture_output=True)
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = str(self.folder / "server.log")
        subprocess.run(
            _as_server_user(
                [_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-l", log, "start"]
            ),
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        subprocess.run(
            _as_server_user([_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
            capture_output=True,
        )

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        )

    def new_database(self, template: str | None = None) -> str:
        name = f"test_{os.getpid()}_{next(self._names)}"
        with self.admin() as conn:
            if template:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            else:
                conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def add_password_role(self, name: str, password: str) -> None:
        """A login role that must give its password (scram-sha-256) over TCP; the other roles
        stay trusted. Its rule goes first in pg_hba.conf (the first matching line wins)."""
        hba = self.data / "pg_hba.conf"
        rule = f"host all {name} 127.0.0.1/32 scram-sha-256\n"
        if rule not in hba.read_text():
            hba.write_text(rule + hba.read_text())
        with self.admin() as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')
            conn.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")
            conn.execute("SELECT pg_reload_conf()")

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def running_server() -> Iterator[Server]:
    folder = Path(tempfile.mkdtemp(prefix="cocrea-pg-"))
    server = Server(folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
