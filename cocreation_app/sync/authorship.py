"""Changes signed by their author, so a laptop that relays them cannot change them.

A bundle's manifest signature (sync/signing.py) proves who *wrote the bundle*; a bundle also
carries changes of other devices its writer received. Each change therefore carries its author's
own Ed25519 signature, its *proof*, made when the author first exports it:

- ``"<signature>:<salt>"``: the value is the one the author signed; the signed digest is the
  SHA-256 of the salt (16 random bytes) followed by the value's canonical JSON;
- ``"<signature>=<digest>"``: the value was replaced by a redaction (an erasure's scrub, a
  pseudonymized export), and the proof keeps the signed digest in its place. The salt keeps that
  digest from telling anything about the erased value (a phone number could be found from an
  unsalted hash by trying them all).

What is signed is ``CHANGE_PREFIX`` + the canonical JSON of ``[id, device_id, seq, clock, entity,
row_id, field, base_clock, digest]``.

A device also signs once the highest sequence number it may have sent *without* proofs (by an
earlier release): its *since* statement. A relayed change numbered above it without a proof is
one its author never sent.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

CHANGE_PREFIX = b"cocrea-change-signature-v3\n"
SINCE_PREFIX = b"cocrea-change-signatures-since-v3\n"
SALT_BYTES = 16
PROOF_RE = re.compile(r"[0-9a-f]{128}(:[0-9a-f]{32}|=[0-9a-f]{64})")
SIGNATURE_RE = re.compile(r"[0-9a-f]{128}")

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)

Header = tuple[str, str, int, str, str, str, str, str | None]
"""(id, device_id, seq, clock, entity, row_id, field, base_clock) of a change."""


def value_text(value: Any) -> str:
    """The canonical JSON of a value: what the change log stores and the digest covers."""
    return _ENCODER.encode(value)


def _digest(salt: str, text: str) -> str:
    return hashlib.sha256(bytes.fromhex(salt) + text.encode("utf-8")).hexdigest()


def _message(header: Header, digest: str) -> bytes:
    change_id, device_id, seq, clock, entity, row_id, field, base = header
    body = [change_id, device_id, seq, clock, entity, row_id, field, base, digest]
    return CHANGE_PREFIX + _ENCODER.encode(body).encode("utf-8")


def sign_changes(private_key_hex: str, changes: Iterable[tuple[Header, str]]) -> list[str]:
    """The proof of each (header, stored value text), made with the author's private key."""
    key = _private(private_key_hex)
    proofs: list[str] = []
    for header, text in changes:
        salt = secrets.token_hex(SALT_BYTES)
        proofs.append(f"{key.sign(_message(header, _digest(salt, text))).hex()}:{salt}")
    return proofs


def redacted(proof: str | None, old_text: str) -> str | None:
    """The proof of a change whose value ``old_text`` is being replaced by a redaction."""
    if proof is None or proof[128] != ":":
        return proof
    return f"{proof[:128]}={_digest(proof[129:], old_text)}"


def is_redacted(proof: str) -> bool:
    return proof[128] == "="


def verify(public_key_hex: str, header: Header, text: str, proof: str) -> bool:
    """Whether ``proof`` is the author's signature of this change (value ``text``, or a
    redaction of the value the author signed)."""
    from cryptography.exceptions import InvalidSignature

    digest = proof[129:] if is_redacted(proof) else _digest(proof[129:], text)
    try:
        _public(public_key_hex).verify(bytes.fromhex(proof[:128]), _message(header, digest))
    except (InvalidSignature, ValueError):
        return False
    return True


def _since_message(device_id: str, seq: int) -> bytes:
    return SINCE_PREFIX + f"{device_id}\n{seq}".encode()


def sign_since(private_key_hex: str, device_id: str, seq: int) -> str:
    return _private(private_key_hex).sign(_since_message(device_id, seq)).hex()


def since_ok(public_key_hex: str, device_id: str, seq: int, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        _public(public_key_hex).verify(bytes.fromhex(signature), _since_message(device_id, seq))
    except (InvalidSignature, ValueError):
        return False
    return True


def _private(private_key_hex: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_key_hex))


@lru_cache(maxsize=256)
def _public(public_key_hex: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
