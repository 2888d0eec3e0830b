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

from sqlalchemy.orm import Session

from cocreation_app.errors import UserError, ValidationError
from cocreation_app.i18n import translate
from cocreation_app.models import EvidenceBlob

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
