"""Opening a Cocrea database: checks, automatic backup, migrations, device identity."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cocreation_app.errors import StorageError
from cocreation_app.i18n import translate
from cocreation_app.storage import identity
from cocreation_app.storage.backup import automatic_backup
from cocreation_app.storage.engine import BUSY_TIMEOUT_MS, connect_existing

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import URL, Connection, CursorResult, Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


def _tr(text: str) -> str:
    return translate("storage", text)


# Alembic is imported only when a database really needs checking or upgrading: importing it
# costs about as much as showing a bare window, and opening an up-to-date database (every start
# of the application) needs no more than the head revision, read from the migration files.


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*(None|\"(\w+)\"|'(\w+)')\s*$", re.M)


@functools.cache
def quick_head_revision() -> str | None:
    """The head revision read from the migration files without Alembic, or None when the
    history is not a plain chain (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        if script.name == "__init__.py":
            continue
        found = {m[0]: m[2] or m[3] or None for m in _REVISION_LINE.findall(script.read_text())}
        if "revision" not in found or "down_revision" not in found or found["revision"] is None:
            return None
        revisions.add(found["revision"])
        if found["down_revision"] is not None:
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def utc_now_iso() -> str:
    now = dt.datetime.now(dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise StorageError(_tr("«{path}» es una carpeta, no una base de datos.").format(path=path))
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except PermissionError as exc:
        raise StorageError(
            _tr("No se puede leer «{path}»: permiso denegado.").format(path=path)
        ) from exc
    except OSError as exc:
        raise StorageError(
            _tr("No se puede leer «{path}»: {reason}").format(path=path, reason=exc.strerror)
        ) from exc
    if header and header != SQLITE_HEADER:
        raise StorageError(_tr("«{path}» no es una base de datos de Cocrea.").format(path=path))


@dataclass(frozen=True)
class _Stored:
    """What the file says about itself, read with the standard library's sqlite3."""

    revision: str | None
    has_tables: bool
    device_id: str | None
    at_home: bool = False  # the identity belongs to this file here, with its signing key


def _read_stored(path: Path) -> _Stored:
    conn = connect_existing(path)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return _Stored(None, bool(tables), None)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        settings: dict[str, str] = {}
        if "local_settings" in tables:
            settings = dict(
                conn.execute(
                    "SELECT key, value FROM local_settings WHERE key IN (?, ?, ?)",
                    (identity.DEVICE_ID, identity.HOME, identity.SIGNING_KEY),
                ).fetchall()
            )
        at_home = identity.SIGNING_KEY in settings and settings.get(
            identity.HOME
        ) == identity.home_of(path)
        return _Stored(row[0] if row else None, True, settings.get(identity.DEVICE_ID), at_home)
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            _tr("«{path}» no es una base de datos de Cocrea o está dañada.").format(path=path)
        ) from exc
    finally:
        conn.close()


def _quick_open(path: Path, stored: _Stored) -> bool:
    """Whether the file can be used without a first write: it has its device id, and it and its
    folder (WAL files) are writable. Otherwise the full open writes, and fails clearly now."""
    return (
        stored.device_id is not None
        and stored.at_home
        and os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK)
    )


class _ServerReader:
    """On a server, what :meth:`Database.reader` hands out: the same ``execute(sql, params)``
    with ``?`` placeholders, on one autocommit connection (each statement sees what is
    committed when it starts, as SQLite's reader does)."""

    def __init__(self, engine: Engine) -> None:
        from cocreation_app.storage.postgres import READER_SETUP

        self._conn: Connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        self._conn.exec_driver_sql(READER_SETUP)

    def execute(self, sql: str, params: Any = ()) -> CursorResult[Any]:
        return self._conn.exec_driver_sql(sql, tuple(params))

    def close(self) -> None:
        self._conn.close()


class _QmarkConnection:
    """A SQLAlchemy connection with sqlite3's ``execute(sql, params)`` (``?`` placeholders):
    what storage/identity.py writes through on a server."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Any = ()) -> CursorResult[Any]:
        return self._conn.exec_driver_sql(sql, tuple(params))


class Database:
    """An open database: its engine, a session factory and this device's identity.

    Services open one session per user action with ``with db.begin() as session:``. The engine
    (and SQLAlchemy with it) is created on first use, so that the window's first page, read
    through :meth:`reader`, does not wait for SQLAlchemy to load.
    """

    def __init__(self, path: Path, device_id: str | None = None, url: URL | None = None) -> None:
        self.path = path
        self.url = url  # a PostgreSQL server's (postgres.py); None for a SQLite file
        self._device_id = device_id
        self._reader: sqlite3.Connection | _ServerReader | None = None

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def sql_false(self) -> str:
        """FALSE in the hand-written SQL of the hot paths: SQLite's partial index is written
        with 0, and its planner matches the query's terms to the index's as written."""
        return "FALSE" if self.on_server else "0"

    def describe(self) -> str:
        """What messages and the window's title call this database (never a password)."""
        from cocreation_app.storage.postgres import safe_url

        return safe_url(self.url) if self.url is not None else str(self.path)

    @property
    def device_id(self) -> str:
        return self.ensure_device()

    @functools.cached_property
    def engine(self) -> Engine:
        if self.url is not None:
            from cocreation_app.storage.postgres import make_pg_engine

            return make_pg_engine(self.url)
        from cocreation_app.storage.engine import make_engine

        return make_engine(self.path)

    @functools.cached_property
    def sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        with self.sessions.begin() as session:
            if self.url is not None:
                from cocreation_app.storage.postgres import take_write_lock

                take_write_lock(session)
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def reader(self) -> sqlite3.Connection | _ServerReader:
        """A read-only connection of the standard library's sqlite3, for the hot read paths
        (participant pages, the navigator's lists), for the thread that opened it.

        In autocommit, each statement sees what is committed when it starts; read every cursor
        to the end (``fetchall``, a comprehension): one left open keeps its old snapshot."""
        if self._reader is None and self.url is not None:
            self._reader = _ServerReader(self.engine)
        if self._reader is None:
            # mode=rw: never create the file (a moved database must not come back empty).
            self._reader = connect_existing(self.path, "rw", isolation_level=None)
            self._reader.execute("PRAGMA query_only = ON")
            self._reader.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return self._reader

    def ensure_device(self) -> str:
        """This laptop's device id, read or created with its ``Device`` row and signing key; a
        new one when the file is a copy (storage/identity.py)."""
        if self._device_id is not None:
            return self._device_id
        with self.begin() as session:
            if self.url is not None:
                conn = session.connection()
                address = identity.address_home(
                    self.url.host, self.url.port, self.url.database or ""
                )
                here = _server_home(conn) or address
                qmark = _QmarkConnection(conn)
                identity.rehome(qmark, address, here)  # a database from before server_home
                self._device_id = identity.establish(qmark, here, utc_now_iso())
                return self._device_id
            raw = session.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            self._device_id = identity.establish(raw, identity.home_of(self.path), utc_now_iso())
        return self._device_id

    def device_label(self) -> str | None:
        from sqlalchemy import select

        from cocreation_app.models import Device

        with self.read() as session:
            return session.scalar(select(Device.label).where(Device.id == self.device_id))

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if "engine" in self.__dict__:
            self.engine.dispose()


def _server_home(conn: Any) -> str | None:
    """:func:`identity.server_home` of the server database ``conn`` is on; ``None`` where the
    server does not let this role read its system identifier (then the address names it)."""
    from sqlalchemy.exc import DBAPIError

    try:
        with conn.begin_nested():
            cluster = conn.exec_driver_sql("SELECT system_identifier FROM pg_control_system()")
            system = cluster.scalar()
    except DBAPIError:
        return None
    oid = conn.exec_driver_sql(
        "SELECT oid FROM pg_database WHERE datname = current_database()"
    ).scalar()
    return identity.server_home(str(system), str(oid))


def open_database(path: Path | str, *, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database at ``path``: a SQLite file, or a
    PostgreSQL server's URL (``postgresql+psycopg://user@host/dbname``).

    An existing database at an older schema is backed up first, then migrated. A database made
    by a newer release, or a file that is not a Cocrea database, is refused with a clear message.
    """
    from cocreation_app.storage.postgres import is_url

    if is_url(path):
        return _open_server(str(path), create=create)
    path = Path(path).expanduser()
    if path.exists():
        _check_file(path)
        stored = _read_stored(path)
        revision = stored.revision
        if revision is None and stored.has_tables:
            raise StorageError(_tr("«{path}» no es una base de datos de Cocrea.").format(path=path))
        if revision is not None and revision == quick_head_revision() and _quick_open(path, stored):
            # Up to date, the common case: decided without Alembic or SQLAlchemy.
            return Database(path, stored.device_id)
        else:
            if revision is not None and revision not in known_revisions():
                raise StorageError(
                    _tr(
                        "«{path}» fue creada por una versión más reciente de Cocrea; "
                        "actualice la aplicación para abrirla."
                    ).format(path=path)
                )
            needs_upgrade = revision != head_revision()
            if needs_upgrade and revision is not None:
                automatic_backup(path, f"before-{head_revision()}")
    elif not create:
        raise StorageError(
            _tr("No existe la base de datos «{path}». Créela con «cocreation init».").format(
                path=path
            )
        )
    else:
        if not path.parent.is_dir():
            raise StorageError(_tr("No existe la carpeta «{folder}».").format(folder=path.parent))
        needs_upgrade = True

    from sqlalchemy.exc import OperationalError

    db = Database(path)
    try:
        if needs_upgrade:
            upgrade(db.engine)
        db.ensure_device()  # here, where a failure is reported as a StorageError
        return db
    except OperationalError as exc:
        db.close()
        raise StorageError(
            _tr("No se pudo abrir «{path}»: {reason}").format(path=path, reason=exc.orig)
        ) from exc


def _open_server(text: str, *, create: bool) -> Database:
    """The server's database, migrated to the head revision. No automatic backup here: a
    server is backed up with its own tools (pg_dump, docs/install.md)."""
    from psycopg import OperationalError
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    from cocreation_app.storage.postgres import (
        busy_error,
        connection_error,
        parse_url,
        safe_url,
        server_refused,
        waited_too_long,
    )

    url = parse_url(text)
    db = Database(Path(url.database or ""), url=url)
    try:
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError as exc:
        db.close()
        raise connection_error(url, exc) from exc
    try:
        if tables and revision is None:
            raise StorageError(
                _tr("«{path}» no es una base de datos de Cocrea.").format(path=safe_url(url))
            )
        if not tables and not create:
            raise StorageError(
                _tr("No existe la base de datos «{path}». Créela con «cocreation init».").format(
                    path=safe_url(url)
                )
            )
        if revision is not None and revision not in known_revisions():
            raise StorageError(
                _tr(
                    "«{path}» fue creada por una versión más reciente de Cocrea; "
                    "actualice la aplicación para abrirla."
                ).format(path=safe_url(url))
            )
        if revision != head_revision():
            upgrade(db.engine)
        db.ensure_device()
        return db
    except DBAPIError as exc:
        db.close()
        if waited_too_long(exc):
            raise busy_error() from exc  # another coordinator's import held the write lock
        if isinstance(exc.orig, OperationalError) or exc.connection_invalidated:
            raise connection_error(url, exc) from exc  # the connection was lost
        raise server_refused(url, exc) from exc
    except BaseException:
        db.close()
        raise


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision`` in one transaction. On a server, the transaction first takes the
    write lock: two ``cocreation init`` at once take turns, and the second, reading the version
    only once the first has committed, finds nothing left to do."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            from cocreation_app.storage.postgres import take_write_lock

            take_write_lock(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
