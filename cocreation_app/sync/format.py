"""The bundle format: its names, limits, and the checks every record and manifest must pass.

This module is the validator that mirrors ``docs/bundle.schema.json``. It is deliberately strict:
anything a reader does not understand is refused (with a translated reason) before a single row
is written, so a damaged, tampered or hostile file changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.services.changes import MAX_SEQ, ms_time_iso, wall_clock_ms
from cocreation_app.services.evidence import MAX_EVIDENCE_BYTES
from cocreation_app.services.registry import KINDS, FieldSpec
from cocreation_app.sync.authorship import PROOF_RE, SIGNATURE_RE

FORMAT_NAME = "cocrea-bundle"
# 2: the manifest is signed (sync/signing.py); 3: each change carries its author's proof and each
# device entry its key (sync/authorship.py). Versions 1 (unsigned) and 2 are still read.
FORMAT_VERSION = 3
READ_VERSIONS = (1, 2, 3)
MANIFEST = "manifest.json"
CHANGES_DIR = "changes/"
BLOBS_DIR = "blobs/"  # evidence files, each named by its SHA-256 (docs/bundle-format.md)
EVIDENCE_HASH = ("evidence_files", "sha256")  # the field whose values name the blobs
RECORDS_PER_MEMBER = 20_000

# Caps applied when reading (a bundle of 100,000 changes is about 5 MiB zipped).
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_TEXT = 100_000  # characters in one field value
MAX_NUMBER = 1e15  # any number in a bundle (integers are also capped by Python at 4300 digits)

# Clocks (docs/bundle-format.md, "Clocks"): a change's clock may be at most CLOCK_SLACK_MS beyond
# the later of the bundle's creation time and the reader's wall clock; the creation time itself
# at most MAX_CREATED_AHEAD_MS beyond the reader's wall clock (a laptop whose date is years off
# still exchanges; a clock decades ahead is a fault or a forgery, and adopting it would make one
# laptop win every race for as long).
CLOCK_SLACK_MS = 24 * 3600 * 1000
MAX_CREATED_AHEAD_MS = 50 * 365 * 24 * 3600 * 1000

# The whole file is sealed: the zip comment is SEAL_PREFIX + SHA-256 (hex) of every byte before it.
SEAL_PREFIX = b"COCREA-SEAL-SHA256:"
SEAL_BYTES = len(SEAL_PREFIX) + 64

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CLOCK_PREFIX_RE = re.compile(r"[0-9]{15}-[0-9]{6}-")  # then the device id
CLOCK_PREFIX = 23
CLOCK_LENGTH = CLOCK_PREFIX + 36
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
HEX64_RE = re.compile(r"[0-9a-f]{64}")
MEMBER_RE = re.compile(r"changes/[0-9]{6}\.json")
BLOB_RE = re.compile(r"blobs/[0-9a-f]{64}")

# A change record is a JSON array of these, in this order (the manifest repeats the list); the
# last, ``proof``, is written since version 3 (RECORD_FIELDS_V1: what versions 1 and 2 hold).
RECORD_FIELDS = (
    "id",
    "device_id",
    "seq",
    "clock",
    "entity",
    "row_id",
    "field",
    "value",
    "base_clock",
    "proof",
)
RECORD_FIELDS_V1 = RECORD_FIELDS[:-1]
DELETED = FieldSpec("deleted", "bool", "Eliminado")


def tr(text: str) -> str:
    return translate("sync", text)


def trn(text: str, n: int) -> str:
    """A count message: ``%n`` is ``n``, in the plural form of the language for ``n``."""
    return translate("sync", text, n)


class BundleError(UserError):
    """A bundle that cannot be read; the message says why, in the user's language."""


def invalid(reason: str) -> BundleError:
    return BundleError(tr("Paquete rechazado: {reason}").format(reason=reason))


# -- JSON that cannot hurt -------------------------------------------------------------------


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def _checked_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        raise ValueError(text)
    return number


def safe_json(data: bytes, what: str) -> Any:
    """Parse UTF-8 JSON refusing NaN/Infinity, huge floats and pathological nesting (integers are
    range-checked where they are used)."""
    try:
        text = data.decode("utf-8")
        return json.loads(
            text,
            parse_constant=_no_constant,
            parse_float=_checked_float,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise invalid(tr("«{member}» no es JSON válido.").format(member=what)) from None


# -- manifest ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberInfo:
    name: str
    sha256: str
    size: int
    records: int


@dataclass(frozen=True)
class BlobInfo:
    sha256: str
    size: int

    @property
    def name(self) -> str:
        return f"{BLOBS_DIR}{self.sha256}"


@dataclass(frozen=True)
class DeviceEntry:
    """A device whose changes a bundle carries: its label and, since version 3, its public key
    and signed statement of the highest sequence number it sent without proofs
    (sync/authorship.py)."""

    id: str
    label: str | None
    public_key: str | None = None
    signs_since: int | None = None
    since_signature: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "label": self.label}
        if self.public_key is not None:
            data["public_key"] = self.public_key
        if self.signs_since is not None and self.since_signature is not None:
            data["signs_since"] = self.signs_since
            data["since_signature"] = self.since_signature
        return data


@dataclass(frozen=True)
class Manifest:
    format_version: int
    device_id: str
    device_label: str | None
    created_at: str
    plan_id: str | None
    personal_data: bool
    change_count: int
    members: tuple[MemberInfo, ...]
    devices: tuple[DeviceEntry, ...]
    signed_by: str | None = None  # the public key (hex) that signed it; None: version 1
    blobs: tuple[BlobInfo, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The manifest without its signature (what is signed)."""
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "device": {"id": self.device_id, "label": self.device_label},
            "created_at": self.created_at,
            "plan_id": self.plan_id,
            "personal_data": self.personal_data,
            "change_count": self.change_count,
            "record_fields": list(record_fields(self.format_version)),
            "members": [
                {"name": m.name, "sha256": m.sha256, "size": m.size, "records": m.records}
                for m in self.members
            ],
            "devices": [d.to_json() for d in self.devices],
        }
        if self.blobs:  # only then: a bundle without evidence reads in earlier releases
            data["blobs"] = [{"sha256": b.sha256, "size": b.size} for b in self.blobs]
        return data


def record_fields(version: int) -> tuple[str, ...]:
    return RECORD_FIELDS if version >= 3 else RECORD_FIELDS_V1


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and UUID_RE.fullmatch(value) is not None


def _short_text(value: Any, limit: int = 200) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= limit)


def _count(value: Any, maximum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= maximum


def parse_manifest(data: Any) -> Manifest:
    """Check the manifest's shape and values; returns it typed."""
    bad = invalid(tr("el manifiesto no tiene la forma esperada."))
    if not isinstance(data, dict):
        raise bad
    if data.get("format") != FORMAT_NAME:
        raise invalid(tr("no es un paquete de Cocrea."))
    version = data.get("format_version")
    if version not in READ_VERSIONS or version.__class__ is not int:
        raise invalid(
            tr(
                "el paquete tiene la versión de formato {version}, que esta aplicación no conoce; "
                "actualice la aplicación."
            ).format(version=str(version)[:20])
        )
    allowed = {
        "format",
        "format_version",
        "device",
        "created_at",
        "plan_id",
        "personal_data",
        "change_count",
        "record_fields",
        "members",
        "devices",
        "blobs",
    }
    if version >= 2:
        allowed.add("signature")
    if set(data) - allowed or data.get("record_fields") != list(record_fields(version)):
        raise bad
    signed_by = None
    if version >= 2:
        from cocreation_app.sync import signing

        signed_by = signing.verify(data)
    device = data.get("device")
    if not isinstance(device, dict) or set(device) != {"id", "label"}:
        raise bad
    if not _is_uuid(device["id"]) or not _short_text(device["label"]):
        raise bad
    created = data.get("created_at")
    if not isinstance(created, str) or len(created) > 40 or iso_ms(created) is None:
        raise bad
    plan_id = data.get("plan_id")
    if plan_id is not None and not _is_uuid(plan_id):
        raise bad
    personal = data.get("personal_data")
    if not isinstance(personal, bool):
        raise bad
    count = data.get("change_count")
    members_raw = data.get("members")
    if not _count(count, 10**9) or not isinstance(members_raw, list):
        raise bad
    if len(members_raw) > MAX_MEMBERS:
        raise invalid(tr("tiene demasiados archivos internos."))
    members: list[MemberInfo] = []
    for item in members_raw:
        if not isinstance(item, dict) or set(item) != {"name", "sha256", "size", "records"}:
            raise bad
        name, digest, size, records = item["name"], item["sha256"], item["size"], item["records"]
        if not isinstance(name, str) or MEMBER_RE.fullmatch(name) is None:
            raise bad
        if not isinstance(digest, str) or HEX64_RE.fullmatch(digest) is None:
            raise bad
        if not _count(size, MAX_MEMBER_BYTES) or not _count(records, 10**9):
            raise bad
        members.append(MemberInfo(name, digest, size, records))
    if len({m.name for m in members}) != len(members) or sum(m.records for m in members) != count:
        raise bad
    devices_raw = data.get("devices", [])
    if not isinstance(devices_raw, list) or len(devices_raw) > 100_000:
        raise bad
    devices = tuple(_device_entry(item, version, bad) for item in devices_raw)
    blobs = _parse_blobs(data.get("blobs", []), bad)
    return Manifest(
        format_version=version,
        device_id=device["id"],
        device_label=device["label"],
        created_at=created,
        plan_id=plan_id,
        personal_data=personal,
        change_count=count,
        members=tuple(members),
        devices=devices,
        signed_by=signed_by,
        blobs=blobs,
    )


_DEVICE_KEYS = frozenset({"id", "label"})
_DEVICE_KEYS_V3 = _DEVICE_KEYS | {"public_key", "signs_since", "since_signature"}


def _device_entry(item: Any, version: int, bad: BundleError) -> DeviceEntry:
    if not isinstance(item, dict) or not _DEVICE_KEYS <= set(item) <= (
        _DEVICE_KEYS_V3 if version >= 3 else _DEVICE_KEYS
    ):
        raise bad
    if not _is_uuid(item["id"]) or not _short_text(item["label"]):
        raise bad
    key, since, signature = (item.get(k) for k in ("public_key", "signs_since", "since_signature"))
    if key is not None and (not isinstance(key, str) or HEX64_RE.fullmatch(key) is None):
        raise bad
    if (since is None) != (signature is None) or (since is not None and key is None):
        raise bad
    if since is not None and (
        not _count(since, MAX_SEQ)
        or not isinstance(signature, str)
        or SIGNATURE_RE.fullmatch(signature) is None
    ):
        raise bad
    return DeviceEntry(item["id"], item["label"], key, since, signature)


def _parse_blobs(items: Any, bad: BundleError) -> tuple[BlobInfo, ...]:
    if not isinstance(items, list) or len(items) > MAX_MEMBERS:
        raise bad
    blobs: list[BlobInfo] = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"sha256", "size"}:
            raise bad
        digest, size = item["sha256"], item["size"]
        if not isinstance(digest, str) or HEX64_RE.fullmatch(digest) is None:
            raise bad
        if not _count(size, MAX_EVIDENCE_BYTES):
            raise invalid(tr("un archivo de evidencia es demasiado grande."))
        blobs.append(BlobInfo(digest, size))
    if len({b.sha256 for b in blobs}) != len(blobs):
        raise bad
    return tuple(blobs)


# -- clocks ------------------------------------------------------------------------------------


def iso_ms(text: str) -> int | None:
    """Milliseconds since 1970 of an ISO 8601 time with a zone (None if it is not one)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return int(moment.timestamp() * 1000)


def clock_horizon(created_at: str, now_ms: int | None = None) -> str:
    """The highest clock prefix (15 digits of wall time) a bundle created at ``created_at`` may
    carry, read on a computer whose wall clock says ``now_ms``; refuses a creation time decades
    ahead of the reader."""
    now_ms = wall_clock_ms() if now_ms is None else now_ms
    created_ms = iso_ms(created_at)
    assert created_ms is not None  # parse_manifest checked it
    if created_ms > now_ms + MAX_CREATED_AHEAD_MS:
        raise invalid(
            tr(
                "dice haber sido creado el {created}, más de 50 años después de la fecha de "
                "este equipo ({now}): un reloj tan adelantado es una falla o una falsificación."
            ).format(created=created_at[:40], now=ms_time_iso(now_ms))
        )
    return f"{max(created_ms, now_ms) + CLOCK_SLACK_MS:015d}"


def _far_clock(member: str, index: int, clock: str, horizon: str) -> BundleError:
    wall = int(clock[:15])
    return invalid(
        tr(
            "el cambio {index} de «{member}» tiene un reloj del {time}, posterior en más de un "
            "día a la fecha del paquete y a la de este equipo (hasta {horizon}); adoptarlo "
            "adelantaría el reloj de esta base de datos."
        ).format(
            index=index + 1,
            member=member,
            time=ms_time_iso(wall) if wall < 253402300800000 else clock[:15],
            horizon=ms_time_iso(int(horizon)),
        )
    )


# -- change records ----------------------------------------------------------------------------


def value_ok(spec: FieldSpec, value: Any) -> bool:
    """Whether ``value`` is a valid JSON form of field ``spec`` (what :func:`to_json` makes)."""
    if value is None:
        return spec.name != "deleted"
    kind = spec.type
    if kind in ("text", "longtext"):
        return isinstance(value, str) and len(value) <= MAX_TEXT
    if kind == "ref":
        return isinstance(value, str) and len(value) <= 64
    if kind == "enum":
        return isinstance(value, str) and spec.choices is not None and value in spec.choices
    if kind == "codes":
        if not isinstance(value, str) or spec.choices is None:
            return False
        return all(code in spec.choices for code in value.split(","))
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "date":
        if not isinstance(value, str) or DATE_RE.fullmatch(value) is None:
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > MAX_NUMBER:
            return False
        return _in_range(spec, value)
    if kind == "float":
        if not isinstance(value, int | float) or isinstance(value, bool) or abs(value) > MAX_NUMBER:
            return False
        return _in_range(spec, value)
    if kind == "decimal":
        if not isinstance(value, str) or len(value) > 40:
            return False
        try:
            amount = Decimal(value)
        except InvalidOperation:
            return False
        return amount.is_finite() and abs(amount) < Decimal(10) ** 14 and _in_range(spec, amount)
    return False


def _in_range(spec: FieldSpec, number: Any) -> bool:
    if spec.minimum is not None and number < spec.minimum:
        return False
    return spec.maximum is None or number <= spec.maximum


# Field specs by (entity, field), built once: the hot loop of the reader looks them up.
FIELD_SPECS: dict[tuple[str, str], FieldSpec] = {
    (kind, field.name): field for kind, spec in KINDS.items() for field in spec.fields
}
FIELD_SPECS.update({(kind, "deleted"): DELETED for kind in KINDS})

_PLAIN_TEXT = frozenset({"text", "longtext"})
ChangeTuple = tuple[str, str, int, str, str, str, str, Any, str | None]
"""(id, device_id, seq, clock, entity, row_id, field, value (JSON value), base_clock)."""


def check_records(
    items: Any,
    member: str,
    horizon: str = "9" * 15,
    proofs: dict[str, str] | None = None,
) -> list[ChangeTuple]:
    """Validate one member's list of change records and return them as tuples; a clock whose
    wall time is beyond ``horizon`` (:func:`clock_horizon`) is refused. With ``proofs`` (a
    version 3 bundle), each record ends with its proof, kept there by change id.

    This loop runs once per change of every imported bundle, so it is written for speed: ids that
    repeat (devices, rows) are checked once, and the common value types are checked inline.
    """
    if not isinstance(items, list):
        raise invalid(tr("«{member}» no es una lista de cambios.").format(member=member))
    out: list[ChangeTuple] = []
    append = out.append
    uuid_match = UUID_RE.fullmatch
    prefix_match = CLOCK_PREFIX_RE.match
    specs = FIELD_SPECS
    plain = _PLAIN_TEXT
    good: set[str] = set()  # device and row ids already found well-formed
    length = len(RECORD_FIELDS) if proofs is not None else len(RECORD_FIELDS_V1)
    proof_match = PROOF_RE.fullmatch
    for index, item in enumerate(items):
        if item.__class__ is not list or len(item) != length:
            raise _bad_record(member, index, tr("no tiene la forma de un cambio"))
        proof = item.pop() if proofs is not None else None
        if proof is not None and (proof.__class__ is not str or proof_match(proof) is None):
            raise _bad_record(member, index, "proof")
        change_id, device_id, seq, clock, entity, row_id, field, value, base = item
        if change_id.__class__ is not str or uuid_match(change_id) is None:
            raise _bad_record(member, index, "id")
        if device_id.__class__ is not str or (
            device_id not in good and uuid_match(device_id) is None
        ):
            raise _bad_record(member, index, "device_id")
        good.add(device_id)
        if seq.__class__ is not int or not 0 < seq <= MAX_SEQ:
            raise _bad_record(member, index, "seq")
        if (
            clock.__class__ is not str
            or len(clock) != CLOCK_LENGTH
            or not clock.endswith(device_id)
            or prefix_match(clock) is None
        ):
            raise _bad_record(member, index, "clock")
        if clock[:15] > horizon:
            raise _far_clock(member, index, clock, horizon)
        if base is not None:
            if (
                base.__class__ is not str
                or len(base) != CLOCK_LENGTH
                or base >= clock
                or prefix_match(base) is None
                or (base[CLOCK_PREFIX:] not in good and uuid_match(base[CLOCK_PREFIX:]) is None)
            ):
                raise _bad_record(member, index, "base_clock")
            good.add(base[CLOCK_PREFIX:])
        if row_id.__class__ is not str or (row_id not in good and uuid_match(row_id) is None):
            raise _bad_record(member, index, "row_id")
        good.add(row_id)
        try:
            spec = specs.get((entity, field))
        except TypeError:  # unhashable entity or field
            spec = None
        if spec is None:
            raise _bad_record(member, index, tr("tipo o campo desconocido"))
        kind = spec.type
        if value.__class__ is str and kind in plain:
            ok = len(value) <= MAX_TEXT
        elif value.__class__ is bool and kind == "bool":
            ok = True
        else:
            ok = value_ok(spec, value)
        if not ok:
            raise _bad_record(
                member, index, tr("valor no válido para «{field}»").format(field=field)
            )
        append((change_id, device_id, seq, clock, entity, row_id, field, value, base))
        if proof is not None:
            proofs[change_id] = proof  # type: ignore[index]  # proof only when proofs is given
    return out


def _bad_record(member: str, index: int, what: str) -> BundleError:
    return invalid(
        tr("el cambio {index} de «{member}» no es válido ({what}).").format(
            index=index + 1, member=member, what=what
        )
    )
