"""Simulated laptops for the sync tests: separate databases, each with its own device id."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import event

from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database, open_database
from cocreation_app.storage.identity import new_signing_key
from cocreation_app.sync.format import RECORD_FIELDS_V1, SEAL_BYTES, SEAL_PREFIX
from cocreation_app.sync.signing import sign

_TEMPLATE: dict[str, Path] = {}


def _fast(dbapi_connection: Any, _record: Any) -> None:
    # Test databases need no power-cut safety; this keeps hypothesis runs short.
    dbapi_connection.execute("PRAGMA synchronous=OFF")


def laptop(path: Path) -> Database:
    """A fresh, migrated database with a new device id (copied from a template: fast)."""
    template = _TEMPLATE.get("path")
    if template is None or not template.exists():
        folder = Path(path).parent / "_template"
        folder.mkdir(exist_ok=True)
        template = folder / "template.sqlite3"
        open_database(template).close()
        _TEMPLATE["path"] = template
    shutil.copy(template, path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM local_settings")
    conn.execute("DELETE FROM devices")
    conn.commit()
    conn.close()
    db = open_database(path)
    event.listen(db.engine, "connect", _fast)
    db.engine.dispose()
    return db


def new_plan(db: Database, title: str = "Plan de prueba") -> str:
    return EntityService(db).create(
        "plans", {"title": title, "state": "Oaxaca", "municipality": "Oaxaca de Juárez"}
    )


def reseal(
    members: dict[str, bytes],
    *,
    manifest: Any = None,
    extra: list[zipfile.ZipInfo | tuple[zipfile.ZipInfo, bytes]] | None = None,
    resign: bool = True,
) -> bytes:
    """A bundle built by hand (for hostile-file tests): given members, a valid seal.

    ``extra`` members are written as given (duplicates, symlinks...). With ``manifest`` (a
    dict), ``manifest.json`` is written from it; ``"members": "auto"`` fills in the hashes; a
    manifest that has a ``signature`` is signed again (``resign``) with a key of its own, as a
    forger would: a device a new database does not know yet, so other checks can be tested.
    """
    members = dict(members)
    if manifest is not None:
        if manifest.get("members") == "auto":
            infos = [
                {
                    "name": name,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                    "records": len(json.loads(data)),
                }
                for name, data in members.items()
            ]
            manifest = {
                **manifest,
                "members": infos,
                "change_count": sum(i["records"] for i in infos),
            }
        if resign and isinstance(manifest, dict) and "signature" in manifest:
            manifest = {**manifest, "signature": sign(manifest, new_signing_key()[0])}
        members = {"manifest.json": json.dumps(manifest).encode(), **members}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for item in extra or []:
            info, payload = item if isinstance(item, tuple) else (item, b"[]")
            archive.writestr(info, payload)
        archive.comment = SEAL_PREFIX + b"0" * 64
    raw = bytearray(buffer.getvalue())
    raw[-64:] = hashlib.sha256(raw[:-SEAL_BYTES]).hexdigest().encode()
    return bytes(raw)


def as_earlier_release(
    data: bytes, version: int = 2, key: str | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(manifest, members) of a bundle as an earlier release wrote it: format ``version`` (1 or
    2), no change proofs, device entries with id and label only; signed with ``key`` (the
    writer's private key) for version 2, unsigned for version 1."""
    manifest, members = unpack(data)
    records = {
        n: [r[: len(RECORD_FIELDS_V1)] for r in json.loads(b)]
        for n, b in members.items()
        if n.startswith("changes/")
    }
    members = {**members, **{n: json.dumps(r).encode() for n, r in records.items()}}
    manifest = {
        **manifest,
        "format_version": version,
        "record_fields": list(RECORD_FIELDS_V1),
        "devices": [{"id": d["id"], "label": d["label"]} for d in manifest["devices"]],
        "members": [
            {
                "name": name,
                "sha256": hashlib.sha256(b).hexdigest(),
                "size": len(b),
                "records": len(records[name]),
            }
            for name, b in members.items()
            if name in records
        ],
    }
    del manifest["signature"]
    if version >= 2:
        manifest["signature"] = sign(manifest, key or new_signing_key()[0])
    return manifest, members


def unpack(data: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(manifest, other members) of a bundle."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    return manifest, members
