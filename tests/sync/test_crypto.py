"""Passphrase-encrypted bundles: round trip, wrong passphrase, tampering, hostile headers."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocreation_app.errors import UserError
from cocreation_app.i18n import set_language
from cocreation_app.sync import crypto
from cocreation_app.sync.crypto import (
    HEADER_BYTES,
    KDF_ARGON2ID,
    KDF_SCRYPT,
    MAGIC,
    KdfParams,
    decrypt_bundle,
    encrypt_bundle,
    is_encrypted,
)

CHEAP_ARGON = KdfParams(KDF_ARGON2ID, 1024, 1, 1)
CHEAP_SCRYPT = KdfParams(KDF_SCRYPT, 10, 8, 1)
WRONG = "Contraseña incorrecta o archivo dañado."
PLAIN = b"PK\x03\x04 a bundle with datos personales: Jos\xc3\xa9 " * 50


def _header_with(blob: bytes, kdf: int, a: int, b: int, c: int, version: int = 1) -> bytes:
    params = struct.pack(">BBIII", version, kdf, a, b, c)
    return MAGIC + params + blob[len(MAGIC) + len(params) :]


@pytest.mark.parametrize("params", [CHEAP_ARGON, CHEAP_SCRYPT])
def test_round_trip(params: KdfParams) -> None:
    blob = encrypt_bundle(PLAIN, "correcto caballo batería", params)
    assert is_encrypted(blob)
    assert PLAIN[:20] not in blob
    assert decrypt_bundle(blob, "correcto caballo batería") == PLAIN


def test_default_parameters_round_trip_and_are_within_the_caps() -> None:
    blob = encrypt_bundle(b"hola", "clave")
    assert decrypt_bundle(blob, "clave") == b"hola"
    crypto.check_params(crypto.default_params())


def test_same_input_encrypts_differently_each_time() -> None:
    assert encrypt_bundle(PLAIN, "x", CHEAP_ARGON) != encrypt_bundle(PLAIN, "x", CHEAP_ARGON)


def test_plain_zip_is_not_encrypted() -> None:
    assert not is_encrypted(b"PK\x03\x04rest")
    assert not is_encrypted(b"")
    with pytest.raises(UserError, match="no es un paquete cifrado"):
        decrypt_bundle(b"PK\x03\x04rest", "x")


def test_wrong_passphrase_says_so() -> None:
    blob = encrypt_bundle(PLAIN, "una", CHEAP_ARGON)
    with pytest.raises(UserError) as info:
        decrypt_bundle(blob, "otra")
    assert info.value.message == WRONG


def test_wrong_passphrase_message_is_translated() -> None:
    blob = encrypt_bundle(PLAIN, "una", CHEAP_ARGON)
    set_language("en")
    with pytest.raises(UserError) as info:
        decrypt_bundle(blob, "otra")
    assert info.value.message  # Spanish until the English catalog has it; never empty.


def test_empty_passphrase_is_refused() -> None:
    with pytest.raises(UserError, match="vacía"):
        encrypt_bundle(PLAIN, "", CHEAP_ARGON)


def test_every_flipped_byte_is_detected() -> None:
    """Header (authenticated as associated data), ciphertext and tag: any change is refused."""
    blob = encrypt_bundle(b"datos", "clave", CHEAP_SCRYPT)
    for index in range(len(MAGIC), len(blob)):
        altered = bytearray(blob)
        altered[index] ^= 0x01
        with pytest.raises(UserError):
            decrypt_bundle(bytes(altered), "clave")


def test_lowering_the_kdf_cost_in_the_header_is_detected() -> None:
    blob = encrypt_bundle(PLAIN, "clave", KdfParams(KDF_SCRYPT, 11, 8, 1))
    with pytest.raises(UserError) as info:
        decrypt_bundle(_header_with(blob, KDF_SCRYPT, 10, 8, 1), "clave")
    assert info.value.message == WRONG


def test_truncated_files_are_refused() -> None:
    blob = encrypt_bundle(PLAIN, "clave", CHEAP_ARGON)
    for size in (len(MAGIC), HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + 15, len(blob) - 1):
        with pytest.raises(UserError):
            decrypt_bundle(blob[:size], "clave")


@pytest.mark.parametrize(
    ("kdf", "a", "b", "c"),
    [
        (KDF_SCRYPT, 24, 8, 1),  # n = 2**24, r = 8: 2 GiB
        (KDF_SCRYPT, 17, 16, 1),  # 256 MiB
        (KDF_SCRYPT, 14, 8, 1_000_000),  # absurd time
        (KDF_ARGON2ID, 4 * 1024 * 1024, 1, 1),  # 4 GiB
        (KDF_ARGON2ID, 1024, 4_000_000_000, 1),  # absurd time
        (KDF_ARGON2ID, 65536, 1, 255),  # too many lanes
    ],
)
def test_costly_kdf_parameters_are_refused_before_deriving(
    monkeypatch: pytest.MonkeyPatch, kdf: int, a: int, b: int, c: int
) -> None:
    def no_derive(*_args: object) -> bytes:
        raise AssertionError("the key must not be derived")

    blob = encrypt_bundle(PLAIN, "clave", CHEAP_ARGON)
    monkeypatch.setattr(crypto, "_derive", no_derive)
    with pytest.raises(UserError, match="fuera de los límites"):
        decrypt_bundle(_header_with(blob, kdf, a, b, c), "clave")


@pytest.mark.parametrize(
    ("kdf", "a", "b", "c"),
    [
        (KDF_SCRYPT, 0, 8, 1),
        (KDF_SCRYPT, 10, 0, 1),
        (KDF_ARGON2ID, 4, 1, 1),
        (KDF_ARGON2ID, 64, 0, 1),
    ],
)
def test_invalid_kdf_parameters_are_refused(kdf: int, a: int, b: int, c: int) -> None:
    blob = encrypt_bundle(PLAIN, "clave", CHEAP_ARGON)
    with pytest.raises(UserError) as info:
        decrypt_bundle(_header_with(blob, kdf, a, b, c), "clave")
    assert info.value.message == WRONG


def test_unknown_kdf_and_version_are_named() -> None:
    blob = encrypt_bundle(PLAIN, "clave", CHEAP_ARGON)
    with pytest.raises(UserError, match="método desconocido"):
        decrypt_bundle(_header_with(blob, 9, 1, 1, 1), "clave")
    with pytest.raises(UserError, match="versión 7"):
        decrypt_bundle(_header_with(blob, KDF_ARGON2ID, 1024, 1, 1, version=7), "clave")


_CIPHERTEXT = encrypt_bundle(b"fuzz", "clave", CHEAP_SCRYPT)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=len(_CIPHERTEXT)))
def test_fuzz_decrypt_only_raises_user_errors(noise: bytes, cut: int) -> None:
    """Random garbage after the magic, or a valid file cut and padded: a clean refusal."""
    for data in (MAGIC + noise, _CIPHERTEXT[:cut] + noise):
        if data == _CIPHERTEXT:
            continue
        with pytest.raises(UserError):
            decrypt_bundle(data, "clave")


@pytest.mark.parametrize(("a", "b", "c"), [(16, 1, 64), (20, 1, 4)])
def test_scrypt_parameters_openssl_refuses_are_explained(a: int, b: int, c: int) -> None:
    """Inside our caps, but OpenSSL refuses them (a MemoryError): the message says so."""
    blob = encrypt_bundle(PLAIN, "clave", CHEAP_ARGON)
    with pytest.raises(UserError, match=f"n={1 << a}, r={b}, p={c}"):
        decrypt_bundle(_header_with(blob, KDF_SCRYPT, a, b, c), "clave")
