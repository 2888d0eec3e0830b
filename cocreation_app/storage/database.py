"""Opening a Cocrea database: checks, automatic backup, migrations, device identity."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cocreation_app.errors import StorageError
from cocreation_app.i18n import translate
from cocreation_app.models import Device, LocalSetting
from cocreation_app.storage.backup import automatic_backup
from cocreation_app.storage.engine import make_engine

if TYPE_CHECKING:
    from alembic.config import Config

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


def _stored_revision(path: Path) -> tuple[str | None, bool]:
    """(alembic revision, whether the file holds any table at all)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            _tr("«{path}» no es una base de datos de Cocrea o está dañada.").format(path=path)
        ) from exc
    finally:
        conn.close()


class Database:
    """An open database: its engine, a session factory and this device's identity.

    Services open one session per user action with ``with db.begin() as session:``.
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.device_id = self._ensure_device()

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        with self.sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def _ensure_device(self) -> str:
        with self.begin() as session:
            setting = session.get(LocalSetting, "device_id")
            if setting is not None:
                return setting.value
            device_id = str(uuid.uuid4())
            session.add(LocalSetting(key="device_id", value=device_id))
            session.add(
                Device(id=device_id, label=None, is_local=True, first_seen_at=utc_now_iso())
            )
            return device_id

    def device_label(self) -> str | None:
        with self.read() as session:
            return session.scalar(select(Device.label).where(Device.id == self.device_id))

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database at ``path``.

    An existing database at an older schema is backed up first, then migrated. A database made
    by a newer release, or a file that is not a Cocrea database, is refused with a clear message.
    """
    path = Path(path).expanduser()
    if path.exists():
        _check_file(path)
        revision, has_tables = _stored_revision(path)
        if revision is None and has_tables:
            raise StorageError(_tr("«{path}» no es una base de datos de Cocrea.").format(path=path))
        if revision is not None and revision == quick_head_revision():
            needs_upgrade = False  # up to date: the common case, decided without Alembic
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

    engine = make_engine(path)
    try:
        if needs_upgrade:
            upgrade(engine)
        return Database(path, engine)
    except OperationalError as exc:
        engine.dispose()
        raise StorageError(
            _tr("No se pudo abrir «{path}»: {reason}").format(path=path, reason=exc.orig)
        ) from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
