"""A device identity that does not travel with a copy of the database file.

A database's device id numbers its changes (device, sequence). If a copy of the file (``cp``, a
restored backup, the file carried to another laptop) went on writing under the same id, two
laptops would number different changes alike. So beside the device id the database keeps where
it lives, its *home*: a hash of the machine's id, the file's absolute path and its inode. Opening
a file whose home is another one starts a new device (new id, new signing key) in it; the old
device's changes stay as they are, now as another device's history. A backup made by Cocrea is
marked as a copy, so restoring it by hand (copying it over the database) is detected too.

The machine id is ``/etc/machine-id`` where there is one (Linux), else a random id kept in the
user's configuration folder (platformdirs).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

DEVICE_ID = "device_id"
HOME = "device_home"  # where this identity belongs (see the module docstring)
SIGNING_KEY = "device_signing_key"  # Ed25519 private key, raw 32 bytes as hex
# A copy keeps the key of the device it was copied from, under this prefix and that device's id:
# changes the original wrote but had not exported yet travel from the copy with their proofs
# (sync/export.py, sign_pending). The copy never writes as that device.
RETIRED_KEY_PREFIX = "retired_signing_key:"
COPY_MARK = "copy"  # the home of a backup: never a real home, so a restored copy is a new device
_ENV_MACHINE_ID = "COCREA_MACHINE_ID"


@functools.cache
def machine_id() -> str:
    """This computer's id (the environment variable ``COCREA_MACHINE_ID`` stands for another
    computer in tests)."""
    if os.environ.get(_ENV_MACHINE_ID):
        return os.environ[_ENV_MACHINE_ID]
    try:
        text = Path("/etc/machine-id").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    return text or _installation_id()


def _installation_id() -> str:
    import platformdirs

    from cocreation_app.storage.files import write_bytes_atomic

    path = Path(platformdirs.user_config_dir("Cocrea", appauthor=False)) / "installation-id"
    try:
        return path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        pass
    new = str(uuid.uuid4())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, new.encode("ascii"))
    except OSError:
        return "unknown-machine"  # nowhere to keep it: copies are still told apart by path
    return new


def home_of(path: Path) -> str:
    """The fingerprint of where the database file ``path`` lives."""
    resolved = Path(path).resolve()
    inode = os.stat(resolved).st_ino
    text = f"{machine_id()}\0{resolved}\0{inode}"
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def server_home(cluster: str, database_oid: str) -> str:
    """The fingerprint of a database on a PostgreSQL server, as the server itself names it (its
    cluster's system identifier and the database's oid), not by how coordinators reach it:
    «localhost» and «127.0.0.1» are the same database, while a dump restored on another server
    or into another database is a new device, as a copied file is."""
    text = f"server\0{cluster}\0{database_oid}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def address_home(host: str | None, port: int | None, database: str) -> str:
    """The fingerprint by address that server databases had before :func:`server_home` (and
    still have where the server does not let this role read its system identifier)."""
    text = f"server\0{host}\0{port}\0{database}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rehome(conn: Any, old: str, new: str) -> None:
    """Record ``new`` as this database's home when it was ``old``: the same place, named anew."""
    if _setting(conn, HOME) == old and old != new:
        _put(conn, HOME, new)


def new_signing_key() -> tuple[str, str]:
    """(private key, public key) of a new Ed25519 key pair, both as hex."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private.hex(), public.hex()


def _setting(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM local_settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _put(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO local_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def establish(conn: Any, here: str, now: str) -> str:
    """This database's device id, started here (inside the caller's transaction) when it has
    none, lives somewhere else than its identity says (``here``: :func:`home_of` for a file,
    :func:`server_home` on a server), or has no signing key yet. ``conn`` is a standard sqlite3
    connection, or on a server anything with the same ``execute(sql, params)``."""
    device = _setting(conn, DEVICE_ID)
    home = _setting(conn, HOME)
    if device is not None and home not in (None, here):
        device = _start_device(conn, device, now)  # a copy: a device of its own
    elif device is None:
        device = _start_device(conn, None, now)
    if _setting(conn, SIGNING_KEY) is None:  # a database from before device keys
        _new_key(conn, device)
    if home != here:
        _put(conn, HOME, here)
    return device


def _start_device(conn: Any, old: str | None, now: str) -> str:
    new = str(uuid.uuid4())
    label = None
    if old is not None:
        row = conn.execute("SELECT label FROM devices WHERE id = ?", (old,)).fetchone()
        label = row[0] if row else None
        conn.execute("UPDATE devices SET is_local = FALSE WHERE id = ?", (old,))
        key = _setting(conn, SIGNING_KEY)
        if key is not None:  # to sign the old device's changes the original never sent
            _put(conn, RETIRED_KEY_PREFIX + old, key)
    conn.execute(
        "INSERT INTO devices (id, label, is_local, first_seen_at, trusted)"
        " VALUES (?, ?, TRUE, ?, TRUE)",
        (new, label, now),
    )
    _put(conn, DEVICE_ID, new)
    conn.execute("DELETE FROM local_settings WHERE key = 'change_seq'")
    _new_key(conn, new)
    return new


def _new_key(conn: Any, device: str) -> None:
    private, public = new_signing_key()
    _put(conn, SIGNING_KEY, private)
    conn.execute("UPDATE devices SET public_key = ? WHERE id = ?", (public, device))


def mark_as_copy(path: Path) -> None:
    """Mark the database file at ``path`` (a backup being written) as a copy: whoever opens it
    next, wherever, starts a new device in it."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "local_settings" in tables and _setting(conn, DEVICE_ID) is not None:
                _put(conn, HOME, COPY_MARK)
    finally:
        conn.close()
