"""Evidence files: read from disk with a size cap, stored content-addressed, checked on read.

The bytes live in ``evidence_blobs`` keyed by their SHA-256; the same photo attached twice (or
received from two laptops) is stored once. Every read checks the hash again: a database edited by
another tool cannot hand out bytes that are not the evidence its row names.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocreation_app.errors import UserError, ValidationError
from cocreation_app.i18n import translate
from cocreation_app.models import Change, EvidenceBlob, EvidenceFile
from cocreation_app.services.changes import ChangeWriter

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
