"""Exporting a bundle: every change this database knows (or those of one plan's rows).

Bundles carry the whole history, not a diff since the last export, so each one is causally
complete: a laptop that imports it can rebuild every row it mentions, whatever it saw before.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cocreation_app.errors import UserError
from cocreation_app.models import Device, EvidenceFile, LocalSetting
from cocreation_app.services.changes import ms_time_iso, wall_clock_ms
from cocreation_app.services.entities import plan_condition
from cocreation_app.services.evidence import load_blob
from cocreation_app.services.registry import KINDS, privacy_fields
from cocreation_app.storage import Database, check_output_path, write_bytes_atomic
from cocreation_app.storage.identity import RETIRED_KEY_PREFIX, SIGNING_KEY
from cocreation_app.sync import authorship, crypto
from cocreation_app.sync.bundle import build_bundle
from cocreation_app.sync.evidence import needed_hashes
from cocreation_app.sync.format import ChangeTuple, DeviceEntry, tr

# What --no-personal-data does is what the registry's privacy declaration says (``bundle``):
# a person's name becomes a stable pseudonym, contact details become empty, and what feeds the
# statistics (sector, organization, gender, role, consents) stays. An evidence file nobody marked
# as publishable (a photo shows people, an attendance list names them) stays out whole: its row,
# its history and its bytes.
_SECRET_KEY = "pseudonym_secret"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    changes: int
    personal_data: bool
    encrypted: bool


def _plan_rows(session: Session, plan_id: str) -> dict[str, set[str]]:
    """The ids of every row (tombstones included) that belongs to the plan."""
    rows: dict[str, set[str]] = {}
    for kind, spec in KINDS.items():
        model: Any = spec.model
        rows[kind] = set(session.scalars(select(model.id).where(plan_condition(spec, plan_id))))
    return rows


def _secret(session: Session) -> bytes:
    setting = session.get(LocalSetting, _SECRET_KEY)
    if setting is None:
        setting = LocalSetting(key=_SECRET_KEY, value=secrets.token_hex(32))
        session.add(setting)
    return bytes.fromhex(setting.value)


def pseudonym(secret: bytes, participant_id: str) -> str:
    """«Participante 3F2A9C»: the same person always gets the same pseudonym from this laptop."""
    digest = hmac.new(secret, participant_id.encode(), hashlib.sha256).hexdigest()[:6].upper()
    return f"Participante {digest}"  # data, not interface text: the same in every language


def sign_pending(session: Session, device_id: str) -> None:
    """Give the changes of this device that have none their proof, and the device its statement
    of the highest sequence number it may have sent without (sync/authorship.py): done before
    every export, so no change of this device leaves without its author's signature. The same
    for a device this file was copied from (storage/identity.py keeps its key), whose last
    changes may never have left the original."""
    keys = {device_id: _setting(session, SIGNING_KEY)}
    for setting in session.scalars(
        select(LocalSetting).where(LocalSetting.key.startswith(RETIRED_KEY_PREFIX))
    ):
        keys[setting.key.removeprefix(RETIRED_KEY_PREFIX)] = setting.value
    conn = session.connection()
    for device, key in keys.items():
        assert key is not None  # storage/identity.py gives every device its key at open
        row = session.get(Device, device)
        if row is not None and row.since_signature is None:
            row.signs_since = row.signs_since or 0
            row.since_signature = authorship.sign_since(key, device, row.signs_since)
        pending = conn.exec_driver_sql(
            "SELECT id, device_id, seq, clock, entity, row_id, field, base_clock, value "
            "FROM changes WHERE device_id = ? AND proof IS NULL",
            (device,),
        ).all()
        if pending:
            proofs = authorship.sign_changes(key, ((tuple(r[:8]), r[8]) for r in pending))
            conn.exec_driver_sql(
                "UPDATE changes SET proof = ? WHERE id = ?",
                [(proof, r[0]) for proof, r in zip(proofs, pending, strict=True)],
            )


def _setting(session: Session, key: str) -> str | None:
    setting = session.get(LocalSetting, key)
    return None if setting is None else setting.value


def collect_changes(
    session: Session,
    plan_id: str | None,
    personal_data: bool,
    proofs: dict[str, str] | None = None,
) -> list[ChangeTuple]:
    """The changes a bundle carries, in clock order; their proofs go into ``proofs`` (a value
    a pseudonymized export replaces gets the proof of a redaction)."""
    members = _plan_rows(session, plan_id) if plan_id is not None else None
    withheld = set() if personal_data else _unpublished_evidence(session)
    secret = _secret(session) if not personal_data else b""
    pseudonyms = set(privacy_fields(bundle="pseudonym"))
    removed = set(privacy_fields(bundle="remove"))
    out: list[ChangeTuple] = []
    kept = {} if proofs is None else proofs
    rows = session.connection().exec_driver_sql(
        "SELECT id, device_id, seq, clock, entity, row_id, field, value, base_clock, proof "
        "FROM changes ORDER BY clock"
    )
    loads = json.loads
    for change_id, device_id, seq, clock, entity, row_id, field, text, base, proof in rows:
        if members is not None and row_id not in members.get(entity, ()):
            continue
        if entity == "evidence_files" and row_id in withheld:
            continue
        value = loads(text)
        if not personal_data and value is not None:
            if (entity, field) in pseudonyms:
                value = pseudonym(secret, row_id)
                proof = authorship.redacted(proof, text)
            elif (entity, field) in removed:
                value = None
                proof = authorship.redacted(proof, text)
        if proof is not None:
            kept[change_id] = proof
        out.append((change_id, device_id, seq, clock, entity, row_id, field, value, base))
    return out


def _unpublished_evidence(session: Session) -> set[str]:
    query = select(EvidenceFile.id).where(or_(EvidenceFile.public.is_(None), ~EvidenceFile.public))
    return set(session.scalars(query))


def export_bundle(
    db: Database,
    target: Path,
    *,
    plan_id: str | None = None,
    personal_data: bool = True,
    passphrase: str | None = None,
) -> ExportResult:
    """Write a bundle to ``target`` atomically (nothing is left behind if anything fails)."""
    target = Path(target)
    check_output_path(target)
    with db.begin() as session:
        if plan_id is not None:
            plan = session.get(KINDS["plans"].model, plan_id)
            if plan is None:
                raise UserError(tr("No existe el plan «{id}».").format(id=plan_id))
        sign_pending(session, db.device_id)
        proofs: dict[str, str] = {}
        changes = collect_changes(session, plan_id, personal_data, proofs)
    write_bundle(
        db,
        target,
        changes,
        proofs,
        plan_id=plan_id,
        personal_data=personal_data,
        passphrase=passphrase,
    )
    return ExportResult(target, len(changes), personal_data, passphrase is not None)


def creation_time(changes: list[ChangeTuple]) -> str:
    """The bundle's creation time: now, or the latest clock it carries if that is later (this
    laptop's clock is behind one it imported), so that no honest bundle carries a clock beyond
    its own creation time (readers check it, sync/format.py)."""
    latest = max((int(c[3][:15]) for c in changes), default=0)
    return ms_time_iso(max(wall_clock_ms(), latest))


def write_bundle(
    db: Database,
    target: Path,
    changes: list[ChangeTuple],
    proofs: dict[str, str],
    *,
    plan_id: str | None,
    personal_data: bool,
    passphrase: str | None,
) -> None:
    """Seal ``changes`` with their ``proofs`` and the devices that made them into a bundle at
    ``target`` (atomically), encrypted when there is a passphrase."""
    used = {c[1] for c in changes} | {db.device_id}
    with db.read() as session:
        devices = sorted(
            (
                DeviceEntry(d.id, d.label, d.public_key, d.signs_since, d.since_signature)
                for d in session.scalars(select(Device))
                if d.id in used
            ),
            key=lambda d: d.id,
        )
        label = session.scalar(select(Device.label).where(Device.id == db.device_id))
        key = session.get(LocalSetting, SIGNING_KEY)
        assert key is not None  # storage/identity.py gives every device its key at open
        blobs = _evidence_blobs(session, changes)
    data = build_bundle(
        changes,
        device_id=db.device_id,
        device_label=label,
        created_at=creation_time(changes),
        plan_id=plan_id,
        personal_data=personal_data,
        devices=devices,
        signing_key=key.value,
        blobs=blobs,
        proofs=proofs,
    )
    if passphrase is not None:
        data = crypto.encrypt_bundle(data, passphrase)
    write_bytes_atomic(target, data)


def _evidence_blobs(session: Session, changes: list[ChangeTuple]) -> dict[str, bytes]:
    """The bytes of every evidence file the changes show live (checked against their hash); a
    deleted file's bytes stay here (sync/evidence.py)."""
    blobs: dict[str, bytes] = {}
    for digest in sorted(needed_hashes(changes)):
        data = load_blob(session, digest)
        if data is None:
            raise UserError(
                tr("Falta el archivo de evidencia {sha} en esta base de datos.").format(
                    sha=digest[:12]
                )
            )
        blobs[digest] = data
    return blobs
