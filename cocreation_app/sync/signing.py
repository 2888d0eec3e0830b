"""Signed bundles: who wrote a bundle, proven with the device's Ed25519 key.

The writer signs the manifest (format version 2), which holds the SHA-256 of every member, so one
signature covers every change and is checked once per bundle, not per change. The signature and
the public key travel in the manifest's ``signature`` object; the signed bytes are
``SIGNED_PREFIX`` followed by the manifest as canonical JSON (keys sorted, no spaces, UTF-8)
without its ``signature``.

Trust is pinned on first use: the first bundle seen from a device pins its public key in the
``devices`` table; a later bundle that claims to be that device with another key, or without a
signature, is refused; so is any bundle from a device the coordinator marked as not trusted.
"""

from __future__ import annotations

import json
from typing import Any

from cocreation_app.sync.format import BundleError, invalid, tr

SIGNED_PREFIX = b"cocrea-bundle-signature-v2\n"
KEY_HEX = 64
SIGNATURE_HEX = 128


def signed_bytes(manifest: dict[str, Any]) -> bytes:
    unsigned = {k: v for k, v in manifest.items() if k != "signature"}
    text = json.dumps(unsigned, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return SIGNED_PREFIX + text.encode("utf-8")


def sign(manifest: dict[str, Any], private_key_hex: str) -> dict[str, str]:
    """The ``signature`` object of ``manifest`` made with this device's private key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_key_hex))
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    return {"public_key": public, "ed25519": key.sign(signed_bytes(manifest)).hex()}


def verify(manifest: dict[str, Any]) -> str:
    """The public key (hex) whose signature the manifest carries; raises :class:`BundleError` if
    the signature is missing, malformed or does not match."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    signature = manifest.get("signature")
    if (
        not isinstance(signature, dict)
        or set(signature) != {"public_key", "ed25519"}
        or not _hex(signature["public_key"], KEY_HEX)
        or not _hex(signature["ed25519"], SIGNATURE_HEX)
    ):
        raise invalid(tr("la firma del paquete falta o no tiene la forma esperada."))
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(signature["public_key"])).verify(
            bytes.fromhex(signature["ed25519"]), signed_bytes(manifest)
        )
    except (InvalidSignature, ValueError):
        raise invalid(
            tr("el contenido no corresponde a su firma: se modificó después de firmarse.")
        ) from None
    return str(signature["public_key"])


def _hex(value: Any, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in "0123456789abcdef" for c in value)
    )


def fingerprint(public_key_hex: str) -> str:
    """A short form of a public key for people to compare: ``3F2A-9C01-77BE-D402``."""
    import hashlib

    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def check_trust(
    known_key: str | None, trusted: bool | None, label: str, signed_by: str | None
) -> None:
    """Refuse a bundle whose writer (a device known as ``known_key``/``trusted``, or unknown when
    both are None) is not trusted, or signed it (``signed_by``; None = unsigned, version 1) with
    another key than the one pinned."""
    if trusted is False:
        raise BundleError(
            tr(
                "Paquete rechazado: «{device}» está marcado como no confiable en esta base de "
                "datos; no se importó nada."
            ).format(device=label)
        )
    if known_key is None or known_key == signed_by:
        return
    if signed_by is None:
        raise BundleError(
            tr(
                "Paquete rechazado: dice venir de «{device}», cuya clave ya se conoce, pero no "
                "está firmado; puede ser una falsificación. No se importó nada."
            ).format(device=label)
        )
    raise BundleError(
        tr(
            "Paquete rechazado: dice venir de «{device}» pero está firmado con otra clave "
            "({other}) que la conocida para ese equipo ({known}); puede ser una falsificación. "
            "No se importó nada."
        ).format(device=label, other=fingerprint(signed_by), known=fingerprint(known_key))
    )
