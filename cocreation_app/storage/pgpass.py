"""The password file of libpq (``~/.pgpass``), where a coordinator's server password is kept.

Cocrea never keeps a password in its settings, in a URL or in a message: the window's "open a
server" dialog writes it here (the file libpq reads on every connection, readable only by its
owner) and the URL names the user alone. ``PGPASSFILE`` picks another file, as for libpq.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cocreation_app.errors import StorageError
from cocreation_app.i18n import translate
from cocreation_app.storage.files import write_bytes_atomic


def pgpass_path() -> Path:
    """The file libpq reads: ``PGPASSFILE``, else ``%APPDATA%\\postgresql\\pgpass.conf`` on
    Windows, else ``~/.pgpass``."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _key(host: str, port: int, database: str, user: str) -> str:
    return ":".join(_field(v) for v in (host, str(port), database, user)) + ":"


def save_password(host: str, port: int, database: str, user: str, password: str) -> bytes | None:
    """Keep ``password`` for (host, port, database, user), replacing the line libpq would use for
    them; the other lines stay as they were. The file is written whole (temporary file, then
    rename) with permissions for its owner only, which libpq requires. Returns what the file
    held before (None: there was none), for :func:`put_back`."""
    path = pgpass_path()
    try:
        previous = path.read_bytes() if path.exists() else None
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            translate(
                "storage", "No se puede usar el archivo de contraseñas «{path}»: {reason}"
            ).format(path=path, reason=exc.strerror or exc)
        ) from exc
    key = _key(host, port, database, user)
    lines = [] if previous is None else previous.decode("utf-8", "surrogateescape").splitlines()
    # First: libpq takes the first line that matches, and an older line may have wildcards.
    kept = [key + _field(password), *(line for line in lines if not line.startswith(key))]
    write_bytes_atomic(path, "\n".join([*kept, ""]).encode("utf-8", "surrogateescape"))
    return previous


def put_back(previous: bytes | None) -> None:
    """The password file as :func:`save_password` found it."""
    path = pgpass_path()
    if previous is None:
        path.unlink(missing_ok=True)
    else:
        write_bytes_atomic(path, previous)
