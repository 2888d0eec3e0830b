"""Writing and reading ``.cocrea`` bundles (zip files) with every check done before use.

Reading is done entirely in memory and in this order: size cap, optional decryption, the whole-
file seal, the zip directory (member names, count, sizes, compression ratio, no symlinks or
encryption), the manifest, each member's size and SHA-256, and finally every change record. Only
a bundle that passed all of it is handed to the importer.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cocreation_app.sync import crypto, signing, zipguard
from cocreation_app.sync.evidence import named_hashes, needed_hashes
from cocreation_app.sync.format import (
    BLOBS_DIR,
    CHANGES_DIR,
    FORMAT_VERSION,
    HEX64_RE,
    MANIFEST,
    MAX_EVIDENCE_BYTES,
    MAX_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    RECORDS_PER_MEMBER,
    SEAL_BYTES,
    SEAL_PREFIX,
    BlobInfo,
    BundleError,
    ChangeTuple,
    DeviceEntry,
    Manifest,
    MemberInfo,
    check_records,
    clock_horizon,
    invalid,
    parse_manifest,
    safe_json,
    tr,
)

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    changes: list[ChangeTuple]
    blobs: dict[str, bytes] = field(default_factory=dict)  # evidence bytes by SHA-256
    proofs: dict[str, str] = field(default_factory=dict)  # author's proof by change id (v3)


# -- writing -----------------------------------------------------------------------------------


def build_bundle(
    changes: list[ChangeTuple],
    *,
    device_id: str,
    device_label: str | None,
    created_at: str,
    plan_id: str | None,
    personal_data: bool,
    devices: Sequence[DeviceEntry | tuple[str, str | None]],
    signing_key: str,
    blobs: dict[str, bytes] | None = None,
    proofs: dict[str, str] | None = None,
) -> bytes:
    """The bytes of a sealed bundle holding ``changes`` (in the order given) with their authors'
    ``proofs`` (by change id; a change without one travels without), the evidence files they
    name (``blobs``: bytes by SHA-256), its manifest signed with ``signing_key`` (the device's
    Ed25519 private key, hex)."""
    proofs = proofs or {}
    members: list[tuple[MemberInfo, bytes]] = []
    for start in range(0, len(changes), RECORDS_PER_MEMBER):
        chunk = [(*c, proofs.get(c[0])) for c in changes[start : start + RECORDS_PER_MEMBER]]
        data = _ENCODER.encode(chunk).encode("utf-8")  # each change tuple: a JSON array
        name = f"{CHANGES_DIR}{len(members) + 1:06d}.json"
        info = MemberInfo(name, hashlib.sha256(data).hexdigest(), len(data), len(chunk))
        members.append((info, data))
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        device_id=device_id,
        device_label=device_label,
        created_at=created_at,
        plan_id=plan_id,
        personal_data=personal_data,
        change_count=len(changes),
        members=tuple(info for info, _data in members),
        devices=tuple(d if isinstance(d, DeviceEntry) else DeviceEntry(*d) for d in devices),
        blobs=tuple(BlobInfo(sha, len(data)) for sha, data in sorted((blobs or {}).items())),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        document = manifest.to_json()
        document["signature"] = signing.sign(document, signing_key)
        manifest_bytes = json.dumps(document, ensure_ascii=False, indent=2).encode()
        archive.writestr(_entry(MANIFEST), manifest_bytes)
        for info, data in members:
            archive.writestr(_entry(info.name), data)
        for blob in manifest.blobs:  # stored: a compressible file must not look like a bomb
            archive.writestr(_entry(blob.name, zipfile.ZIP_STORED), (blobs or {})[blob.sha256])
        archive.comment = SEAL_PREFIX + b"0" * 64
    raw = bytearray(buffer.getvalue())
    digest = hashlib.sha256(raw[:-SEAL_BYTES]).hexdigest().encode()
    raw[-64:] = digest
    return bytes(raw)


def _entry(name: str, compression: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    """A member with a fixed timestamp and plain file permissions (reproducible bytes)."""
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = compression
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


# -- reading -----------------------------------------------------------------------------------


def read_file(path: Path) -> bytes:
    """The raw bytes of a bundle file, refusing folders and oversized files."""
    path = Path(path)
    if not path.is_file():
        raise BundleError(tr("No existe el archivo «{path}».").format(path=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise invalid(tr("el archivo es demasiado grande."))
    with open(path, "rb") as handle:
        return handle.read(size + 1)  # not MAX_FILE_BYTES: read(n) allocates n bytes up front


def open_bundle(data: bytes, passphrase: str | None = None) -> Bundle:
    """Decrypt (if needed) and fully validate a bundle; raises :class:`BundleError`.

    The passphrase is ignored for a plain bundle, so one import can mix both kinds."""
    return read_sealed(unseal(data, passphrase)[0])


def unseal(data: bytes, passphrase: str | None = None) -> tuple[bytes, str]:
    """Decrypt (if needed) and check the seal; returns the zip and its seal (the hex SHA-256
    of every byte before the zip comment): the same seal means the same bundle, byte for byte."""
    if len(data) > MAX_FILE_BYTES:
        raise invalid(tr("el archivo es demasiado grande."))
    if crypto.is_encrypted(data):
        if passphrase is None:
            raise BundleError(
                tr("El paquete está cifrado; indique la contraseña (--passphrase-file).")
            )
        data = crypto.decrypt_bundle(data, passphrase)
    return data, _check_seal(data)


def read_sealed(data: bytes) -> Bundle:
    """Fully validate the zip of a bundle whose seal :func:`unseal` checked."""
    zipguard.check_member_count(data, SEAL_BYTES, MAX_MEMBERS + 1)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise invalid(tr("el archivo no es un zip válido o está dañado.")) from None
    with archive:
        infos = _check_directory(archive)
        zipguard.check_no_overlap(archive, data)
        manifest = parse_manifest(safe_json(_read(archive, infos[MANIFEST]), MANIFEST))
        expected = {m.name for m in manifest.members} | {b.name for b in manifest.blobs}
        expected.add(MANIFEST)
        if set(infos) != expected:
            raise invalid(tr("los archivos internos no coinciden con el manifiesto."))
        horizon = clock_horizon(manifest.created_at)
        proofs: dict[str, str] | None = {} if manifest.format_version >= 3 else None
        changes: list[ChangeTuple] = []
        for member in manifest.members:
            data = _read(archive, infos[member.name])
            if len(data) != member.size or hashlib.sha256(data).hexdigest() != member.sha256:
                raise invalid(
                    tr("«{member}» no coincide con su suma de verificación.").format(
                        member=member.name
                    )
                )
            records = check_records(safe_json(data, member.name), member.name, horizon, proofs)
            if len(records) != member.records:
                raise invalid(tr("el número de cambios no coincide con el manifiesto."))
            changes.extend(records)
        blobs = {b.sha256: _read_blob(archive, infos[b.name], b) for b in manifest.blobs}
    _check_unique(changes)
    _check_blobs_named(changes, blobs)
    return Bundle(manifest, changes, blobs, proofs or {})


def _read_blob(archive: zipfile.ZipFile, info: zipfile.ZipInfo, blob: BlobInfo) -> bytes:
    data = _read(archive, info)
    if len(data) != blob.size or hashlib.sha256(data).hexdigest() != blob.sha256:
        raise invalid(
            tr("«{member}» no coincide con su suma de verificación.").format(member=blob.name)
        )
    return data


def _check_blobs_named(changes: list[ChangeTuple], blobs: dict[str, bytes]) -> None:
    """The bundle carries the file of every evidence row it shows live, and only files some
    change names (a deleted row's file may travel or not: earlier releases sent it; see
    sync/evidence.py)."""
    named = named_hashes(changes)
    if any(HEX64_RE.fullmatch(digest) is None for digest in named):
        raise invalid(tr("una evidencia no tiene una huella SHA-256 válida."))
    if not needed_hashes(changes) <= set(blobs) <= named:
        raise invalid(tr("los archivos de evidencia no coinciden con los cambios."))


def _check_seal(data: bytes) -> str:
    tail = data[-SEAL_BYTES:]
    if len(data) < SEAL_BYTES + 22 or not tail.startswith(SEAL_PREFIX):
        raise invalid(tr("no es un paquete de Cocrea o está incompleto."))
    digest = hashlib.sha256(memoryview(data)[:-SEAL_BYTES]).hexdigest()
    if tail[len(SEAL_PREFIX) :] != digest.encode():
        raise invalid(
            tr("el archivo está dañado o fue modificado (la suma de verificación no coincide).")
        )
    return digest


def _check_directory(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS + 1:
        raise invalid(tr("tiene demasiados archivos internos."))
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if not _safe_name(name) or name in by_name:
            raise invalid(
                tr("nombre de archivo interno no permitido: «{name}».").format(name=name[:80])
            )
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)  # 0 when the zip tool recorded no file type
        if info.is_dir() or (kind and kind != stat.S_IFREG):
            raise invalid(tr("archivo interno no permitido: «{name}».").format(name=name[:80]))
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise invalid(tr("compresión o cifrado de zip no permitidos."))
        limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_MEMBER_BYTES
        if name.startswith(BLOBS_DIR):
            limit = MAX_EVIDENCE_BYTES
        if info.file_size > limit:
            raise invalid(tr("«{name}» es demasiado grande.").format(name=name))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise invalid(tr("«{name}» está comprimido de forma sospechosa.").format(name=name))
        total += info.file_size
        by_name[name] = info
    if total > MAX_TOTAL_BYTES:
        raise invalid(tr("el contenido es demasiado grande."))
    if MANIFEST not in by_name:
        raise invalid(tr("falta el manifiesto."))
    return by_name


def _safe_name(name: str) -> bool:
    if not name or len(name) > 200 or name.startswith("/") or "\\" in name or ":" in name:
        return False
    parts = name.split("/")
    return all(part not in ("", ".", "..") for part in parts) and name.isascii()


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than it declared (a lying header cannot inflate memory)."""
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except Exception:  # BadZipFile, zlib.error, EOFError...: any decoding failure is damage
        raise invalid(tr("«{member}» está dañado.").format(member=info.filename)) from None
    if len(data) != info.file_size:
        raise invalid(tr("«{member}» está dañado.").format(member=info.filename))
    return data


def _check_unique(changes: list[ChangeTuple]) -> None:
    ids = {c[0] for c in changes}
    clocks = {c[3] for c in changes}
    device_seqs = {(c[1], c[2]) for c in changes}
    if not len(ids) == len(clocks) == len(device_seqs) == len(changes):
        raise invalid(tr("tiene cambios repetidos o incoherentes."))
