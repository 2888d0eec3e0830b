"""Evidence files: read from disk with a size cap, stored content-addressed, checked on read.

The bytes live in ``evidence_blobs`` keyed by their SHA-256; the same photo attached twice (or
received from two laptops) is stored once. Every read checks the hash again: a database edited by
another tool cannot hand out bytes that are not the evidence its row names.

Deleting a file keeps its bytes here (for the undo) but bundles no longer carry them
(sync/evidence.py). *Deleting it for good* (a purge, services/followup.py) is an ordinary change
that travels: the row is deleted and its ``sha256`` set to null, which no edit can do (the field
is required). Every laptop that holds such a row drops the bytes its history names for it, unless
a live row still uses them (:func:`drop_purged_blobs`, run by the purge and by every import), and
rebuilds the file so the bytes leave the disk (:func:`compact`), as an erased person's history
does (services/privacy.py).
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cocreation_app.errors import UserError, ValidationError
from cocreation_app.i18n import translate
from cocreation_app.models import Change, EvidenceBlob, EvidenceFile
from cocreation_app.services.changes import ChangeWriter
from cocreation_app.storage import Database

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024  # one file; a phone photo or a scanned PDF fits


def _tr(text: str) -> str:
    return translate("services", text)


def _trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("services", text, n)


@dataclass(frozen=True)
class EvidenceInput:
    filename: str
    data: bytes
    media_type: str | None
    public: bool = False  # the person attaching it says it shows and names no one (or consented)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def too_large(name: str, size: int) -> ValidationError:
    return ValidationError(
        _tr("«{name}» pesa {size}; el máximo para una evidencia es {limit}.").format(
            name=name,
            size=_trn("%Ln bytes", size),
            limit=_trn("%Ln bytes", MAX_EVIDENCE_BYTES),
        )
    )


def evidence_input(filename: str, data: bytes, *, public: bool = False) -> EvidenceInput:
    name = Path(filename).name.strip()
    if not name:
        raise ValidationError(_tr("La evidencia necesita un nombre de archivo."))
    if len(data) > MAX_EVIDENCE_BYTES:
        raise too_large(name, len(data))
    return EvidenceInput(name[:255], data, mimetypes.guess_type(name)[0], public)


def read_evidence(path: Path, *, public: bool = False) -> EvidenceInput:
    """The file at ``path`` as evidence; refuses folders, missing and oversized files before
    reading them whole."""
    path = Path(path)
    if not path.is_file():
        raise UserError(_tr("No existe el archivo «{path}».").format(path=path))
    size = path.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise too_large(path.name, size)
    with open(path, "rb") as handle:
        data = handle.read(MAX_EVIDENCE_BYTES + 1)
    return evidence_input(path.name, data, public=public)


def store_blob(session: Session, data: bytes) -> str:
    """Keep ``data`` once, by its SHA-256 (returned)."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(EvidenceBlob, digest) is None:
        session.add(EvidenceBlob(sha256=digest, size=len(data), data=data))
        session.flush()
    return digest


def load_blob(session: Session, digest: str) -> bytes | None:
    """The bytes stored for ``digest``; ``None`` when this database does not hold them, and an
    error when the stored bytes do not match their hash (the database was altered)."""
    blob = session.get(EvidenceBlob, digest)
    if blob is None:
        return None
    if hashlib.sha256(blob.data).hexdigest() != digest:
        raise UserError(
            _tr("El archivo de evidencia {sha} está dañado en la base de datos.").format(
                sha=digest[:12]
            )
        )
    return bytes(blob.data)


def refuse_live_without_bytes(session: Session, writer: ChangeWriter) -> None:
    """Refuse (before the transaction commits) a write that made an evidence row live while this
    database lacks its bytes: a restore of a file deleted on another laptop, which sent the delete
    without the bytes (sync/evidence.py), or of a file deleted for good. Restores, undo, orphan
    and conflict resolutions all end here."""
    revived = session.execute(
        select(EvidenceFile.filename, EvidenceFile.sha256)
        .join(Change, Change.row_id == EvidenceFile.id)
        .outerjoin(EvidenceBlob, EvidenceBlob.sha256 == EvidenceFile.sha256)
        .where(
            Change.device_id == writer.device_id,
            Change.seq > writer.started_after,
            Change.entity == "evidence_files",
            Change.field == "deleted",
            EvidenceFile.deleted.is_(False),
            EvidenceBlob.sha256.is_(None),
        )
        .order_by(EvidenceFile.filename)
        .limit(1)
    ).first()
    if revived is None:
        return
    name, digest = revived
    if digest is None:
        raise UserError(
            _tr(
                "La evidencia «{name}» se eliminó definitivamente: no se puede restaurar. "
                "No se cambió nada."
            ).format(name=name)
        )
    raise UserError(
        _tr(
            "No se puede restaurar la evidencia «{name}»: esta base de datos no tiene su archivo "
            "(se borró en otra computadora antes de llegar aquí). Restáurela en la computadora "
            "donde se borró y traiga su paquete. No se cambió nada."
        ).format(name=name)
    )


def drop_purged_blobs(session: Session) -> int:
    """Delete the bytes of files deleted for good (any hash their rows' history names) that no
    live row uses; returns how many files were removed."""
    history = select(Change.value).join(EvidenceFile, EvidenceFile.id == Change.row_id)
    history = history.where(
        Change.entity == "evidence_files", Change.field == "sha256", EvidenceFile.sha256.is_(None)
    )
    hashes = {json.loads(value) for value in session.scalars(history)} - {None}
    if not hashes:
        return 0
    used = select(EvidenceFile.sha256).where(
        EvidenceFile.deleted.is_(False), EvidenceFile.sha256.in_(hashes)
    )
    gone = sorted(hashes - set(session.scalars(used)))
    held = list(session.scalars(select(EvidenceBlob.sha256).where(EvidenceBlob.sha256.in_(gone))))
    if held:
        session.execute(delete(EvidenceBlob).where(EvidenceBlob.sha256.in_(held)))
    return len(held)


def compact(db: Database) -> None:
    """Rebuild the database so that removed bytes leave the file and its write-ahead log (on a
    server, ``VACUUM`` of the blobs frees their old row versions)."""
    if db.on_server:
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM evidence_blobs"
            )
        return
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
