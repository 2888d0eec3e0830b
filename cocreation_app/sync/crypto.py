"""Passphrase encryption of bundles: AES-256-GCM with a key from Argon2id (or scrypt).

An encrypted bundle is a small header followed by the AES-GCM ciphertext and tag::

    magic      10 bytes  b"COCREA-ENC"
    version     1 byte   1
    kdf         1 byte   1 = scrypt, 2 = Argon2id
    a, b, c    3 × u32   scrypt: log2(n), r, p   Argon2id: memory KiB, iterations, lanes
    salt       16 bytes
    nonce      12 bytes

The whole header is the GCM associated data, so changing any byte of it (for instance to lower
the key-derivation cost) makes decryption fail like a wrong passphrase does. The key-derivation
parameters are checked against caps *before* deriving, so a hostile file cannot make the app
allocate gigabytes or spin for minutes.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate

try:  # Argon2id needs cryptography >= 44 built against a recent OpenSSL.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
except ImportError:  # pragma: no cover - depends on the installed wheel
    Argon2id = None  # type: ignore[assignment,misc]

MAGIC = b"COCREA-ENC"
VERSION = 1
KDF_SCRYPT = 1
KDF_ARGON2ID = 2
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
_PARAMS = struct.Struct(">BBIII")
HEADER_BYTES = len(MAGIC) + _PARAMS.size + SALT_BYTES + NONCE_BYTES

# Caps applied when reading: at most 128 MiB of memory and a bounded amount of work.
MAX_KDF_MEMORY = 128 * 1024 * 1024
MAX_SCRYPT_WORK = 2**22  # n * r * p, in 128-byte block mixes (about 8× the default)
MAX_ARGON2_ITERATIONS = 10
MAX_ARGON2_LANES = 16


@dataclass(frozen=True)
class KdfParams:
    kdf: int
    a: int
    b: int
    c: int


# Argon2id as RFC 9106's second recommended option, memory reduced to keep laptops responsive.
DEFAULT_ARGON2ID = KdfParams(KDF_ARGON2ID, 64 * 1024, 3, 4)
DEFAULT_SCRYPT = KdfParams(KDF_SCRYPT, 17, 8, 1)  # n = 2**17, r = 8: 128 MiB


def _tr(text: str) -> str:
    return translate("sync", text)


def _wrong_passphrase() -> UserError:
    return UserError(_tr("Contraseña incorrecta o archivo dañado."))


def default_params() -> KdfParams:
    return DEFAULT_ARGON2ID if Argon2id is not None else DEFAULT_SCRYPT


def is_encrypted(data: bytes) -> bool:
    """Whether ``data`` starts like an encrypted bundle (a plain bundle is a zip: ``PK``)."""
    return data[: len(MAGIC)] == MAGIC


def check_params(params: KdfParams) -> None:
    """Refuse key-derivation parameters that are invalid or would cost too much to derive."""
    too_costly = UserError(
        _tr(
            "El archivo cifrado pide un esfuerzo de descifrado fuera de los límites "
            "permitidos; puede estar dañado o ser malicioso."
        )
    )
    if params.kdf == KDF_SCRYPT:
        log_n, r, p = params.a, params.b, params.c
        if not (1 <= log_n <= 30 and r >= 1 and p >= 1):
            raise _wrong_passphrase()
        n = 1 << log_n
        if 128 * n * r > MAX_KDF_MEMORY or n * r * p > MAX_SCRYPT_WORK:
            raise too_costly
    elif params.kdf == KDF_ARGON2ID:
        memory_kib, iterations, lanes = params.a, params.b, params.c
        if not (lanes >= 1 and iterations >= 1 and memory_kib >= 8 * lanes):
            raise _wrong_passphrase()
        if (
            memory_kib * 1024 > MAX_KDF_MEMORY
            or iterations > MAX_ARGON2_ITERATIONS
            or lanes > MAX_ARGON2_LANES
        ):
            raise too_costly
        if Argon2id is None:  # pragma: no cover - depends on the installed wheel
            raise UserError(
                _tr(
                    "Este archivo se cifró con Argon2id, que esta instalación no admite; "
                    "actualice la aplicación."
                )
            )
    else:
        raise UserError(
            _tr("El archivo cifrado usa un método desconocido; actualice la aplicación.")
        )


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    secret = passphrase.encode("utf-8")
    if params.kdf == KDF_SCRYPT:
        n, r, p = 1 << params.a, params.b, params.c
        try:
            return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret)
        except MemoryError:
            # OpenSSL has limits of its own inside ours (for some n, r, p combinations).
            raise UserError(
                _tr(
                    "El archivo cifrado pide parámetros de scrypt (n={n}, r={r}, p={p}) que "
                    "este equipo no puede calcular; no fue cifrado por Cocrea o está dañado."
                ).format(n=n, r=r, p=p)
            ) from None
    assert Argon2id is not None
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.b,
        lanes=params.c,
        memory_cost=params.a,
    ).derive(secret)


def encrypt_bundle(data: bytes, passphrase: str, params: KdfParams | None = None) -> bytes:
    """Encrypt ``data`` with a key derived from ``passphrase``; returns header + ciphertext."""
    if not passphrase:
        raise UserError(_tr("La contraseña no puede estar vacía."))
    params = params or default_params()
    check_params(params)
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header = MAGIC + _PARAMS.pack(VERSION, params.kdf, params.a, params.b, params.c) + salt + nonce
    key = _derive(passphrase, salt, params)
    return header + AESGCM(key).encrypt(nonce, data, header)


def decrypt_bundle(data: bytes, passphrase: str) -> bytes:
    """The plain bundle inside ``data``; a wrong passphrase or any altered byte is refused."""
    if not is_encrypted(data):
        raise UserError(_tr("El archivo no es un paquete cifrado de Cocrea."))
    if len(data) < HEADER_BYTES + 16:
        raise _wrong_passphrase()
    offset = len(MAGIC)
    version, kdf, a, b, c = _PARAMS.unpack_from(data, offset)
    if version != VERSION:
        raise UserError(
            _tr(
                "El paquete cifrado tiene la versión {version}, que esta aplicación no conoce; "
                "actualice la aplicación."
            ).format(version=version)
        )
    params = KdfParams(kdf, a, b, c)
    check_params(params)
    offset += _PARAMS.size
    salt = data[offset : offset + SALT_BYTES]
    nonce = data[offset + SALT_BYTES : HEADER_BYTES]
    header = data[:HEADER_BYTES]
    try:
        key = _derive(passphrase, salt, params)
        return AESGCM(key).decrypt(nonce, data[HEADER_BYTES:], header)
    except (InvalidTag, ValueError) as exc:
        raise _wrong_passphrase() from exc
