"""Hostile and broken bundles: each is refused with a specific reason, quickly, in bounded memory,
and the database is left exactly as it was (compared by a hash of every row of every table).

The import goes through :func:`import_bundles`, the path the CLI and the window use. Time is the
CPU time of the import and memory the peak of Python allocations (``tracemalloc``), both measured
while tracing (so pessimistic); the figures are printed with ``-s`` and listed in
docs/reliability.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cocreation_app.errors import UserError
from cocreation_app.services.entities import EntityService
from cocreation_app.storage import Database
from cocreation_app.storage.identity import new_signing_key
from cocreation_app.sync.bundle import open_bundle
from cocreation_app.sync.export import export_bundle
from cocreation_app.sync.format import MAX_FILE_BYTES, MAX_MEMBER_BYTES, SEAL_BYTES
from cocreation_app.sync.importer import import_bundles
from cocreation_app.sync.signing import sign
from tests.reliability import zipcraft
from tests.reliability.content import file_hash

MAX_SECONDS = 2.0
MAX_BYTES = 200 * 1024 * 1024
_CACHE: dict[str, bytes] = {}
FIGURES: dict[str, tuple[float, int]] = {}


@pytest.fixture
def bundle(demo_db: Database, tmp_path: Path) -> bytes:
    """A valid bundle of the demo plan, exported from (a copy of) the database under test."""
    if "demo" not in _CACHE:
        path = tmp_path / "valid.cocrea"
        export_bundle(demo_db, path)
        _CACHE["demo"] = path.read_bytes()
    return _CACHE["demo"]


def _members(data: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(members.pop("manifest.json")), members


def _repack(manifest: dict[str, Any], members: dict[str, bytes], fix_hashes: bool) -> bytes:
    """Rebuild a bundle from (edited) members; with ``fix_hashes`` the manifest is updated too,
    and signed again with a key of the forger's own."""
    if fix_hashes:
        for info in manifest["members"]:
            data = members[info["name"]]
            info["sha256"] = hashlib.sha256(data).hexdigest()
            info["size"] = len(data)
        if "signature" in manifest:
            manifest["signature"] = sign(manifest, new_signing_key()[0])
    entries = [zipcraft.entry("manifest.json", json.dumps(manifest).encode())]
    entries += [zipcraft.entry(name, data) for name, data in members.items()]
    return zipcraft.build(entries)


def _with_member(bundle: bytes, name: str, content: bytes, **kwargs: Any) -> bytes:
    """The valid bundle plus one extra member ``name`` (which the manifest does not list)."""
    manifest, members = _members(bundle)
    entries = [zipcraft.entry("manifest.json", json.dumps(manifest).encode())]
    entries += [zipcraft.entry(n, d) for n, d in members.items()]
    entries.append(zipcraft.entry(name, content, **kwargs))
    return zipcraft.build(entries)


def _first_member(bundle: bytes) -> tuple[dict[str, Any], dict[str, bytes], str]:
    manifest, members = _members(bundle)
    return manifest, members, manifest["members"][0]["name"]


def assert_refused(db: Database, path: Path, *reasons: str) -> str:
    """Import ``path``; it must fail with one of ``reasons`` within the time and memory caps and
    leave every row of the database as it was."""
    before = file_hash(db.path)
    tracemalloc.start()
    started = time.process_time()
    try:
        reports = import_bundles(db, [path])
    finally:
        elapsed = time.process_time() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    (report,) = reports
    assert not report.ok and not report.applied
    assert report.error is not None
    assert any(reason in report.error for reason in reasons), report.error
    assert elapsed < MAX_SECONDS
    assert peak < MAX_BYTES
    assert file_hash(db.path) == before
    FIGURES[path.stem] = (elapsed, peak)
    print(f"\n{path.stem}: {elapsed * 1000:.0f} ms, {peak / 2**20:.1f} MiB: {report.error}")
    return report.error


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / f"{name}.cocrea"
    path.write_bytes(data)
    return path


BAD_NAME = "nombre de archivo interno no permitido"


@pytest.mark.parametrize(
    "name",
    [
        "changes/../../etc/passwd",
        "../outside.json",
        "/etc/passwd",
        "changes\\000001.json",
        "C:/Windows/win.ini",
        "C:outside.json",
        "changes/./000001.json",
        "changes//000001.json",
        "changes/\u00e9.json",
    ],
)
def test_dangerous_member_names(
    demo_db: Database, bundle: bytes, tmp_path: Path, name: str
) -> None:
    path = _write(tmp_path, "bad-name", _with_member(bundle, name, b"[]"))
    assert_refused(demo_db, path, BAD_NAME)


def test_symlink_member(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    data = _with_member(bundle, "changes/999999.json", b"/etc/passwd", attr=zipcraft.SYMLINK)
    assert_refused(demo_db, _write(tmp_path, "symlink", data), "archivo interno no permitido")


def test_duplicate_member_names(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    *_rest, first = _first_member(bundle)
    data = _with_member(bundle, first, b"[]")
    assert_refused(demo_db, _write(tmp_path, "duplicate", data), BAD_NAME)


def test_extra_member_not_in_manifest(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    data = _with_member(bundle, "changes/999999.json", b"[]")
    assert_refused(demo_db, _write(tmp_path, "extra", data), "no coinciden con el manifiesto")


def test_zip_bomb_high_ratio(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    """2 GiB of zeros would compress to about 2 MiB; 64 MiB at 1000:1 is refused the same way."""
    data = _with_member(bundle, "changes/999999.json", bytes(64 * 1024 * 1024))
    assert_refused(demo_db, _write(tmp_path, "bomb-ratio", data), "comprimido de forma sospechosa")


def test_zip_bomb_lying_size(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    """The header says 10 bytes; the data inflates to 64 MiB. Reading stops at the declared size."""
    manifest, members, first = _first_member(bundle)
    bomb = zipcraft.entry(first, bytes(64 * 1024 * 1024))
    bomb.size = 10
    entries = [zipcraft.entry("manifest.json", json.dumps(manifest).encode()), bomb]
    entries += [zipcraft.entry(n, d) for n, d in members.items() if n != first]
    data = zipcraft.build(entries)
    assert_refused(demo_db, _write(tmp_path, "bomb-lying", data), "está dañado", "demasiado")


def test_overlapping_entries(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    """Two central-directory entries whose data overlap (the trick of non-recursive zip bombs)."""
    manifest, members, first = _first_member(bundle)
    inner = zipcraft.entry(first, members[first])
    outer_name = "changes/000002.json"
    outer = zipcraft.entry(outer_name, zipcraft.local_header(inner) + inner.data, method=0)
    head = zipcraft.entry("manifest.json", b"")
    manifest["members"] = [
        {"name": first, "sha256": hashlib.sha256(members[first]).hexdigest()}
        | {"size": len(members[first]), "records": len(json.loads(members[first]))},
        {"name": outer_name, "sha256": hashlib.sha256(outer.data).hexdigest()}
        | {"size": len(outer.data), "records": 0},
    ]
    manifest["change_count"] = manifest["members"][0]["records"]
    head = zipcraft.entry("manifest.json", json.dumps(manifest).encode())
    body = zipcraft.local_header(head) + head.data
    outer.offset = len(body)
    body += zipcraft.local_header(outer) + outer.data
    inner.offset = outer.offset + len(zipcraft.local_header(outer))
    head.offset = 0
    data = zipcraft.build([head, outer, inner], body=body)
    assert_refused(demo_db, _write(tmp_path, "overlap", data), "superpuest")


def test_hundred_thousand_members(demo_db: Database, tmp_path: Path) -> None:
    data = zipcraft.build_many(100_000)
    assert_refused(demo_db, _write(tmp_path, "many-members", data), "demasiados archivos")


def test_oversized_member(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    manifest, members, first = _first_member(bundle)
    big = zipcraft.entry(first, members[first])
    big.size = MAX_MEMBER_BYTES + 1
    entries = [zipcraft.entry("manifest.json", json.dumps(manifest).encode()), big]
    entries += [zipcraft.entry(n, d) for n, d in members.items() if n != first]
    data = zipcraft.build(entries)
    assert_refused(demo_db, _write(tmp_path, "oversized-member", data), "demasiado grande")


def test_oversized_manifest(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    manifest, members = _members(bundle)
    manifest["padding"] = " " * (5 * 1024 * 1024)
    data = _repack(manifest, members, fix_hashes=False)
    assert_refused(demo_db, _write(tmp_path, "oversized-manifest", data), "demasiado grande")


def test_oversized_file(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "oversized-file.cocrea"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    assert_refused(demo_db, path, "demasiado grande")


def test_truncated_files(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    for size in (0, 1, 4, 100, len(bundle) // 2, len(bundle) - SEAL_BYTES, len(bundle) - 1):
        path = _write(tmp_path, f"truncated-{size}", bundle[:size])
        assert_refused(demo_db, path, "incompleto", "dañado")


def test_flipped_bytes(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    for index in range(0, len(bundle), max(1, len(bundle) // 25)):
        altered = bytearray(bundle)
        altered[index] ^= 0x20
        path = _write(tmp_path, f"flipped-{index}", bytes(altered))
        assert_refused(demo_db, path, "dañado", "incompleto", "no es un paquete")


def test_flipped_byte_resealed(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    """Damage inside a member, with the seal recomputed: the zip CRC or the member hash catch it."""
    manifest, members, first = _first_member(bundle)
    text = bytearray(members[first])
    text[len(text) // 2] ^= 0x01
    members[first] = bytes(text)
    data = _repack(manifest, members, fix_hashes=False)
    assert_refused(demo_db, _write(tmp_path, "flipped-resealed", data), "suma de verificación")


# A change record is a JSON object or, in the compact form, an array in this order.
RECORD_ORDER = (
    "id",
    "device_id",
    "seq",
    "clock",
    "entity",
    "row_id",
    "field",
    "value",
    "base_clock",
)


def _get(record: Any, name: str) -> Any:
    return record[name] if isinstance(record, dict) else record[RECORD_ORDER.index(name)]


def _set(record: Any, name: str, value: Any) -> None:
    if isinstance(record, dict):
        record[name] = value
    else:
        record[RECORD_ORDER.index(name)] = value


def _altered_record(bundle: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and members with one participant's name changed, same change id."""
    manifest, members, first = _first_member(bundle)
    records = json.loads(members[first])
    target = next(
        r for r in records if _get(r, "entity") == "participants" and _get(r, "field") == "name"
    )
    _set(target, "value", "Nombre falsificado")
    members[first] = json.dumps(records, ensure_ascii=False).encode()
    return manifest, members


def test_record_altered_keeping_its_id(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    manifest, members = _altered_record(bundle)
    data = _repack(manifest, members, fix_hashes=False)
    assert_refused(demo_db, _write(tmp_path, "altered", data), "suma de verificación")


def test_record_altered_keeping_its_id_with_every_hash_redone(
    demo_db: Database, bundle: bytes, tmp_path: Path
) -> None:
    """A forger who recomputes the member hashes, the signature (with a key of its own) and the
    seal: the bundle claims a device whose key is pinned, so it is refused (sync/signing.py).
    Even unsigned, a change is identified by its id (and device and sequence number): one this
    database already holds is never read again, so the forged value could change nothing."""
    manifest, members = _altered_record(bundle)
    path = _write(tmp_path, "altered-rehashed", _repack(manifest, members, fix_hashes=True))
    before = file_hash(demo_db.path)
    (report,) = import_bundles(demo_db, [path])
    assert not report.ok and "otra clave" in (report.error or "")
    assert file_hash(demo_db.path) == before
    assert "Nombre falsificado" not in str(EntityService(demo_db).list_records("participants"))


def _with_records_text(bundle: bytes, text: bytes) -> bytes:
    manifest, members, first = _first_member(bundle)
    members[first] = text
    return _repack(manifest, members, fix_hashes=True)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("deep-nesting", b"[" * 100_000 + b"]" * 100_000),
        ("deep-objects", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
        ("huge-int", b'[{"seq": 1' + b"0" * 5000 + b"}]"),
        ("huge-int-17-digits", b'[{"seq": 10000000000000000}]'),
        ("huge-float", b'[{"seq": 1e400}]'),
        ("nan", b'[{"seq": NaN}]'),
        ("infinity", b'[{"seq": -Infinity}]'),
        ("not-utf8", b'["\xff\xfe"]'),
    ],
)
def test_hostile_json(
    demo_db: Database, bundle: bytes, tmp_path: Path, label: str, text: bytes
) -> None:
    data = _with_records_text(bundle, text)
    assert_refused(demo_db, _write(tmp_path, label, data), "no es JSON válido", "no es válido")


def test_number_out_of_range_in_a_record(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    manifest, members, first = _first_member(bundle)
    records = json.loads(members[first])
    _set(records[0], "seq", 2**53 + 1)  # parses (16 digits); no JavaScript reader could hold it
    members[first] = json.dumps(records).encode()
    data = _repack(manifest, members, fix_hashes=True)
    assert_refused(demo_db, _write(tmp_path, "seq-range", data), "(seq)")


def test_unknown_format_version(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    manifest, members = _members(bundle)
    manifest["format_version"] = 99
    data = _repack(manifest, members, fix_hashes=False)
    error = assert_refused(demo_db, _write(tmp_path, "version", data), "versión de formato 99")
    assert "actualice" in error


def test_not_a_bundle_at_all(demo_db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, "pdf", b"%PDF-1.7\n" + bytes(5000))
    assert_refused(demo_db, path, "no es un paquete")


def test_cli_reports_the_reason(demo_db: Database, bundle: bytes, tmp_path: Path) -> None:
    from cocreation_app.cli import main

    path = _write(tmp_path, "cli-truncated", bundle[: len(bundle) // 2])
    before = file_hash(demo_db.path)
    assert main(["--db", str(demo_db.path), "import-bundle", str(path)]) == 1
    assert file_hash(demo_db.path) == before


# -- fuzzing the reader --------------------------------------------------------------------------

Mutation = Callable[[bytes], bytes]


def _mutations() -> st.SearchStrategy[list[tuple[int, int, int]]]:
    # (kind, position, value): 0 flip, 1 insert, 2 delete, 3 truncate
    return st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 2**20), st.integers(1, 255)),
        min_size=1,
        max_size=4,
    )


def _mutate(data: bytes, steps: list[tuple[int, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, position, value in steps:
        if not out:
            break
        at = position % len(out)
        if kind == 0:
            out[at] ^= value
        elif kind == 1:
            out[at:at] = bytes([value]) * (value % 7 + 1)
        elif kind == 2:
            del out[at : at + value % 9 + 1]
        else:
            del out[at:]
    return bytes(out)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=_mutations(), reseal=st.booleans())
def test_fuzz_reader_mutated_bundles(
    bundle: bytes, steps: list[tuple[int, int, int]], reseal: bool
) -> None:
    """Any mutation of a valid bundle, with or without the seal redone: the reader returns a
    validated bundle or refuses with a user-facing error; it never crashes."""
    data = _mutate(bundle, steps)
    if reseal and len(data) > SEAL_BYTES:
        data = zipcraft.seal(data)
    try:
        open_bundle(data)
    except UserError as exc:
        assert exc.message


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    records=st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=40),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(["id", "seq", "clock", "entity", "field", "value", "x"]),
                inner,
                max_size=9,
            )
        ),
        max_leaves=20,
    )
)
def test_fuzz_reader_hostile_records(bundle: bytes, records: Any) -> None:
    """Arbitrary JSON where the change records go, with every hash and the seal valid."""
    data = _with_records_text(bundle, json.dumps([records]).encode())
    with pytest.raises(UserError):
        open_bundle(data)


def _assert_refused_with_passphrase(db: Database, path: Path, passphrase: str, reason: str) -> None:
    before = file_hash(db.path)
    tracemalloc.start()
    started = time.process_time()
    try:
        (report,) = import_bundles(db, [path], passphrase=passphrase)
    finally:
        elapsed = time.process_time() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert not report.ok and report.error is not None and reason in report.error, report.error
    assert elapsed < MAX_SECONDS and peak < MAX_BYTES
    assert file_hash(db.path) == before


def test_encrypted_bundle_wrong_passphrase(
    demo_db: Database, bundle: bytes, tmp_path: Path
) -> None:
    from cocreation_app.sync.crypto import KDF_SCRYPT, KdfParams, encrypt_bundle

    data = encrypt_bundle(bundle, "la buena", KdfParams(KDF_SCRYPT, 12, 8, 1))
    path = _write(tmp_path, "encrypted", data)
    _assert_refused_with_passphrase(demo_db, path, "la mala", "Contraseña incorrecta")
    truncated = _write(tmp_path, "encrypted-cut", data[: len(data) - 1000])
    _assert_refused_with_passphrase(demo_db, truncated, "la buena", "Contraseña incorrecta")


def test_encrypted_bundle_demanding_gigabytes(
    demo_db: Database, bundle: bytes, tmp_path: Path
) -> None:
    import struct

    from cocreation_app.sync.crypto import (
        KDF_ARGON2ID,
        KDF_SCRYPT,
        MAGIC,
        KdfParams,
        encrypt_bundle,
    )

    data = bytearray(encrypt_bundle(bundle, "clave", KdfParams(KDF_SCRYPT, 12, 8, 1)))
    data[len(MAGIC) : len(MAGIC) + 14] = struct.pack(">BBIII", 1, KDF_ARGON2ID, 8 << 20, 4, 4)
    path = _write(tmp_path, "encrypted-8gib", bytes(data))
    _assert_refused_with_passphrase(demo_db, path, "clave", "fuera de los límites")
