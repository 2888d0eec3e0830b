"""Importing bundles: validate, preview per plan and workshop, merge in one transaction per file.

:func:`import_bundles` is what the CLI, the window and the benchmark call. Each file is read and
fully checked before its transaction starts; a bad file is reported and skipped, the others go on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from cocreation_app.errors import UserError
from cocreation_app.services.evidence import compact, drop_purged_blobs
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database, utc_now_iso
from cocreation_app.sync import relays
from cocreation_app.sync.bundle import Bundle, read_file, read_sealed, unseal
from cocreation_app.sync.changelog import CHUNK, RowKey, SequenceClash, chunks
from cocreation_app.sync.format import ChangeTuple, DeviceEntry, Manifest, tr, trn
from cocreation_app.sync.merge import MergeResult, merge
from cocreation_app.sync.signing import check_trust

BUNDLE_SUFFIX = ".cocrea"


@dataclass
class GroupCounts:
    """What a bundle brings to one plan (and, when it applies, one workshop)."""

    plan_id: str | None
    plan_title: str | None
    workshop_id: str | None
    workshop_title: str | None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # orphans included
    orphans: int = 0

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class FileReport:
    path: Path
    ok: bool
    error: str | None = None
    applied: bool = False
    device_id: str | None = None
    device_label: str | None = None
    created_at: str | None = None
    personal_data: bool | None = None
    changes: int = 0
    new_changes: int = 0
    conflicts: int = 0  # new conflicts, orphans included
    orphans: int = 0  # new rows left live under a deleted parent (sync/orphans.py)
    groups: list[GroupCounts] = field(default_factory=list)
    # Relayed changes left out, by their author's name: not signed by it (sync/relays.py).
    unproven: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["path"] = str(self.path)
        data["groups"] = [g.to_json() for g in self.groups]
        return data


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the ``.cocrea`` files directly inside it."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out.extend(
                sorted(p for p in path.iterdir() if p.suffix == BUNDLE_SUFFIX and p.is_file())
            )
        else:
            out.append(path)
    return out


def import_bundles(
    db: Database,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    passphrase: str | None = None,
) -> list[FileReport]:
    """Import (or with ``dry_run`` only preview) each file, each in its own transaction."""
    return [
        import_one(db, path, dry_run=dry_run, passphrase=passphrase) for path in expand_paths(paths)
    ]


def _refresh_server_statistics(db: Database, bundle: Bundle, result: MergeResult) -> None:
    """On a server, after an import that wrote many changes: the planner's statistics of the
    tables it wrote, so the next search uses the right index (storage/postgres.py)."""
    from cocreation_app.storage.postgres import VACUUM_AFTER_CHANGES, refresh_statistics

    if db.on_server and result.new_changes >= VACUUM_AFTER_CHANGES:
        entities = {change[4] for change in bundle.changes}  # (id, device, seq, clock, entity…)
        refresh_statistics(db.engine, {*entities, "changes", "field_versions"})


def import_one(
    db: Database, path: Path, *, dry_run: bool = False, passphrase: str | None = None
) -> FileReport:
    report = FileReport(path=Path(path), ok=False)
    try:
        sealed, seal = unseal(read_file(path), passphrase)
        if _imported_before(db, seal, report):
            report.applied = report.ok and not dry_run
            return report
        bundle = read_sealed(sealed)
    except UserError as exc:
        report.error = exc.message
        return report
    except OSError as exc:
        report.error = tr("No se pudo leer «{path}»: {reason}").format(
            path=path, reason=exc.strerror or exc
        )
        return report
    manifest = bundle.manifest
    report.device_id = manifest.device_id
    report.device_label = manifest.device_label
    report.created_at = manifest.created_at
    report.personal_data = manifest.personal_data
    report.changes = len(bundle.changes)
    try:
        if dry_run:
            with db.read() as session:
                _check_writer(session.connection(), *_writer(manifest))
                screened = relays.screen(session.connection(), bundle)
                result = merge(session, db.device_id, screened.changes, apply=False)
                report.groups = group_counts(session.connection(), screened.changes, result)
                report.unproven = _unproven(session.connection(), bundle, screened)
        else:
            with db.begin() as session:
                conn = session.connection()
                _check_writer(conn, *_writer(manifest))
                screened = relays.screen(conn, bundle)
                result = merge(
                    session, db.device_id, screened.changes, apply=True, proofs=bundle.proofs
                )
                _store_blobs(conn, bundle)
                dropped = drop_purged_blobs(session)  # a purge that arrived, or bytes of one
                if result.new_changes:
                    _register_devices(conn, bundle)
                _pin_key(conn, manifest)
                relays.pin(conn, screened.pins, utc_now_iso())
                report.unproven = _unproven(conn, bundle, screened)
                if not screened.unproven:  # else a new import says again what was left out
                    _remember(conn, seal, bundle)
                report.groups = group_counts(conn, screened.changes, result)
            report.applied = True
            if result.new_changes or dropped:
                _finish_erasures(db, compact_file=dropped > 0)
            _refresh_server_statistics(db, bundle, result)
    except UserError as exc:
        report.error = exc.message
        return report
    except SequenceClash as clash:
        report.error = _clash_reason(db, bundle, clash)
        return report
    except IntegrityError:
        report.error = tr(
            "Paquete rechazado: hace referencia a registros que no existen o se contradice "
            "con esta base de datos; no se importó nada."
        )
        return report
    except OperationalError as exc:
        report.error = tr("No se pudo escribir en la base de datos: {reason}").format(
            reason=getattr(exc, "orig", exc)
        )
        return report
    report.ok = True
    report.new_changes = result.new_changes
    report.orphans = len(result.orphans)
    report.conflicts = len(result.conflict_fields) + report.orphans
    return report


def _clash_reason(db: Database, bundle: Bundle, clash: SequenceClash) -> str:
    labels = {d.id: d.label for d in bundle.manifest.devices}
    device = labels.get(clash.device_id) or clash.device_id
    origin = bundle.manifest.device_label or bundle.manifest.device_id
    here = db.device_label() or db.device_id
    return tr(
        "Paquete rechazado: el cambio {seq} de «{device}» que trae este paquete de «{origin}» no "
        "es el cambio {seq} de «{device}» que ya tiene esta base de datos («{here}»): dos copias "
        "de una misma base de datos escribieron con la misma identidad. No se importó nada de "
        "este archivo; ninguna de las dos versiones del cambio se descartó en silencio."
    ).format(seq=clash.seq, device=device, origin=origin, here=here)


def _finish_erasures(db: Database, *, compact_file: bool) -> None:
    """A participant erased on another laptop arrives anonymized; scrub this laptop's own history
    of them too (services/privacy.py). Evidence files deleted for good lost their bytes in the
    import's transaction; rebuild the file so they leave the disk too (services/evidence.py).
    If that fails (a full disk during its VACUUM), the import still stands and the scrub runs
    again after the next import."""
    from cocreation_app.services.privacy import scrub_erased

    try:
        if scrub_erased(db) == 0 and compact_file:
            compact(db)
    except OperationalError:
        return


def _writer(manifest: Manifest) -> tuple[str, str, str | None]:
    return manifest.device_id, manifest.device_label or manifest.device_id, manifest.signed_by


def _check_writer(conn: Connection, device_id: str, label: str, signed_by: str | None) -> None:
    """Refuse a bundle whose writer is not trusted here or signed with another key than the one
    pinned for it (sync/signing.py)."""
    row = conn.exec_driver_sql(
        "SELECT public_key, trusted FROM devices WHERE id = ?", (device_id,)
    ).first()
    if row is None:
        return  # first use
    check_trust(row[0], bool(row[1]), label, signed_by)


def _imported_before(db: Database, seal: str, report: FileReport) -> bool:
    """A file imported in full here before (same seal) has nothing to add: its changes stay in
    the log for good. Fill the report from what was remembered (the writer is checked again:
    it may have been marked not trusted since) and return True; False for a file not seen."""
    with db.read() as session:
        conn = session.connection()
        row = conn.exec_driver_sql(
            "SELECT device_id, device_label, created_at, personal_data, changes, signed_by "
            "FROM imported_bundles WHERE seal = ?",
            (seal,),
        ).first()
        if row is None:
            return False
        device_id, label, created_at, personal_data, changes, signed_by = row
        report.device_id, report.device_label, report.created_at = device_id, label, created_at
        report.personal_data, report.changes = bool(personal_data), int(changes)
        _check_writer(conn, device_id, label or device_id, signed_by)
    report.ok = True
    return True


def _remember(conn: Connection, seal: str, bundle: Bundle) -> None:
    """Keep the seal of a file imported in full, with what its report shows."""
    manifest = bundle.manifest
    conn.exec_driver_sql(
        "INSERT INTO imported_bundles (seal, device_id, device_label, created_at, personal_data, "
        "changes, signed_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (seal) DO NOTHING",
        (
            seal,
            manifest.device_id,
            manifest.device_label,
            manifest.created_at,
            manifest.personal_data,
            len(bundle.changes),
            manifest.signed_by,
            utc_now_iso(),
        ),
    )


def _pin_key(conn: Connection, manifest: Manifest) -> None:
    """Pin the writer's public key the first time a signed bundle of it is imported, and its
    statement of the changes it sent without proofs (sync/authorship.py) when it signed one."""
    key = manifest.signed_by
    if key is None:
        return
    entry = next((d for d in manifest.devices if d.id == manifest.device_id), None)
    if relays.statement(entry, key) is None:
        entry = DeviceEntry(manifest.device_id, manifest.device_label)
    assert entry is not None
    relays.pin(conn, [replace(entry, label=manifest.device_label, public_key=key)], utc_now_iso())


def _unproven(conn: Connection, bundle: Bundle, screened: relays.Screened) -> dict[str, int]:
    """The report's count of relayed changes left out, by their author's name."""
    if not screened.unproven:
        return {}
    names = {d.id: d.label for d in bundle.manifest.devices}
    for device_id in screened.unproven:
        if not names.get(device_id):
            names[device_id] = conn.exec_driver_sql(
                "SELECT label FROM devices WHERE id = ?", (device_id,)
            ).scalar()
    return {names.get(d) or d: n for d, n in sorted(screened.unproven.items())}


def unproven_lines(report: FileReport) -> list[str]:
    """What the window and the command line say about relayed changes left out."""
    return [
        trn(
            "Se dejaron fuera %n cambios de «{device}» que no llevan su firma: pueden ser "
            "falsificaciones; lo demás se importó.",
            count,
        ).format(device=device)
        for device, count in report.unproven.items()
    ]


def _store_blobs(conn: Connection, bundle: Bundle) -> None:
    """The bundle's evidence files, kept once by hash (their hashes were checked on reading)."""
    if bundle.blobs:
        conn.exec_driver_sql(
            # ON CONFLICT, not SQLite's OR IGNORE: the same statement runs on PostgreSQL.
            "INSERT INTO evidence_blobs (sha256, size, data) VALUES (?, ?, ?) "
            "ON CONFLICT (sha256) DO NOTHING",
            [(digest, len(data), data) for digest, data in bundle.blobs.items()],
        )


def _register_devices(conn: Connection, bundle: Bundle) -> None:
    manifest = bundle.manifest
    labels: dict[str, str | None] = {d.id: d.label for d in manifest.devices}
    labels[manifest.device_id] = manifest.device_label
    for change in bundle.changes:
        labels.setdefault(change[1], None)
    now = utc_now_iso()
    conn.exec_driver_sql(
        "INSERT INTO devices (id, label, is_local, first_seen_at) VALUES (?, ?, FALSE, ?)"
        " ON CONFLICT (id) DO NOTHING",
        [(device, label, now) for device, label in labels.items()],
    )
    named = [(label, device) for device, label in labels.items() if label]
    if named:
        conn.exec_driver_sql(
            "UPDATE devices SET label = ? WHERE id = ? AND is_local IS FALSE AND label IS NULL",
            named,
        )


# -- where each row belongs: plan and workshop ---------------------------------------------------


def _link_fields(kind: str) -> tuple[str, ...]:
    spec = KINDS[kind]
    wanted = ["plan_id", "workshop_id", spec.parent or "", "title"]
    return tuple(name for name in dict.fromkeys(wanted) if name in spec.field_map)


class _Locator:
    """Finds a row's plan and workshop from the bundle's own values, else from the database."""

    def __init__(self, conn: Connection, changes: Sequence[ChangeTuple]) -> None:
        self.conn = conn
        self.values: dict[RowKey, dict[str, tuple[str, Any]]] = defaultdict(dict)
        links = {kind: set(_link_fields(kind)) for kind in KINDS}
        for change in changes:
            entity, row_id, name, clock = change[4], change[5], change[6], change[3]
            if name in links[entity]:
                known = self.values[(entity, row_id)].get(name)
                if known is None or clock > known[0]:
                    self.values[(entity, row_id)][name] = (clock, change[7])
        self.stored: dict[RowKey, dict[str, Any]] = {}

    def prefetch(self, rows: Iterable[RowKey]) -> None:
        missing: dict[str, list[str]] = defaultdict(list)
        for entity, row_id in rows:
            if (entity, row_id) not in self.values and (entity, row_id) not in self.stored:
                missing[entity].append(row_id)
        for entity, ids in missing.items():
            self._load(entity, ids)

    def _load(self, entity: str, ids: Sequence[str]) -> None:
        columns = _link_fields(entity)
        table = KINDS[entity].model.__tablename__
        for chunk in chunks(list(ids), CHUNK):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.exec_driver_sql(
                f"SELECT id, {', '.join(columns) or 'id'} FROM {table} WHERE id IN ({marks})",
                tuple(chunk),
            )
            for row in rows:
                self.stored[(entity, row[0])] = dict(zip(columns, row[1:], strict=False))
        for row_id in ids:
            self.stored.setdefault((entity, row_id), {})

    def get(self, entity: str, row_id: str, name: str) -> Any:
        own = self.values.get((entity, row_id), {}).get(name)
        if own is not None:
            return own[1]
        if (entity, row_id) not in self.stored:
            self._load(entity, [row_id])
        return self.stored[(entity, row_id)].get(name)

    def plan_of(self, entity: str, row_id: str, depth: int = 0) -> str | None:
        if entity == "plans":
            return row_id
        spec = KINDS[entity]
        if "plan_id" in spec.field_map:
            plan = self.get(entity, row_id, "plan_id")
            if plan is not None:
                return str(plan)
        return self._via_parent(entity, row_id, depth, self.plan_of)

    def workshop_of(self, entity: str, row_id: str, depth: int = 0) -> str | None:
        if entity == "workshops":
            return row_id
        if "workshop_id" in KINDS[entity].field_map:
            workshop = self.get(entity, row_id, "workshop_id")
            return None if workshop is None else str(workshop)
        return self._via_parent(entity, row_id, depth, self.workshop_of)

    def _via_parent(self, entity: str, row_id: str, depth: int, step: Any) -> str | None:
        spec = KINDS[entity]
        if spec.parent is None or depth > 8:
            return None
        parent_id = self.get(entity, row_id, spec.parent)
        parent_kind = spec.field_map[spec.parent].ref
        if parent_id is None or parent_kind is None:
            return None
        result: str | None = step(parent_kind, str(parent_id), depth + 1)
        return result


def group_counts(
    conn: Connection, changes: Sequence[ChangeTuple], result: MergeResult
) -> list[GroupCounts]:
    locator = _Locator(conn, changes)
    locator.prefetch(result.row_status)
    groups: dict[tuple[str | None, str | None], GroupCounts] = {}

    def group_of(row: RowKey) -> GroupCounts:
        plan = locator.plan_of(*row)
        workshop = locator.workshop_of(*row)
        key = (plan, workshop)
        if key not in groups:
            groups[key] = GroupCounts(
                plan_id=plan,
                plan_title=_text(locator.get("plans", plan, "title")) if plan else None,
                workshop_id=workshop,
                workshop_title=(
                    _text(locator.get("workshops", workshop, "title")) if workshop else None
                ),
            )
        return groups[key]

    for row, status in result.row_status.items():
        group = group_of(row)
        setattr(group, status, getattr(group, status) + 1)
    for entity, row_id, _field in result.conflict_fields:
        group_of((entity, row_id)).conflicts += 1
    for row in result.orphans:
        group = group_of(row)
        group.conflicts += 1
        group.orphans += 1
    return sorted(
        groups.values(), key=lambda g: (g.plan_title or "", g.workshop_title or "", g.plan_id or "")
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
