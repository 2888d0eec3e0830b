"""Import of the laptops' bundles against the floor: raw ``sqlite3.executemany`` of the rows.

The floor writes exactly the rows the import leaves in the database (records, change log, field
versions, devices, whatever else the import keeps) into the same empty schema, with the same
pragmas (WAL, ``synchronous=FULL``, foreign keys), in one transaction: the cost of putting that
state on disk with no parsing, checking or merging at all. Each run starts from a fresh copy of
an empty, migrated database so that no run benefits from another.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.timing import Unavailable, median
from cocreation_app.models import Base
from cocreation_app.storage import open_database

SKIPPED_TABLES = {"alembic_version", "local_settings"}


def _copy(template: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def _import_function() -> Any:
    try:
        from cocreation_app.sync.importer import import_bundles
    except ImportError as exc:
        raise Unavailable(f"bundle import not built yet ({exc})") from exc
    return import_bundles


def _rows(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every row of every table of ``path`` (but Alembic's and the local settings)."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in Base.metadata.sorted_tables:
            if table.name in SKIPPED_TABLES:
                continue
            cursor = conn.execute(f'SELECT * FROM "{table.name}"')
            out[table.name] = ([d[0] for d in cursor.description], cursor.fetchall())
        return out
    finally:
        conn.close()


def drop_present(
    imported: dict[str, tuple[list[str], list[tuple[Any, ...]]]],
    empty: dict[str, tuple[list[str], list[tuple[Any, ...]]]],
) -> None:
    """Keep the rows the import added: those whose primary key the empty database lacks (its
    own device row is there already, changed by the import: a copy starts a new device)."""
    for table in Base.metadata.sorted_tables:
        if table.name not in imported:
            continue
        columns, values = imported[table.name]
        keys = [columns.index(c.name) for c in table.primary_key.columns]
        present = {tuple(row[i] for i in keys) for row in empty[table.name][1]}
        values[:] = [row for row in values if tuple(row[i] for i in keys) not in present]


def _floor_insert(target: Path, rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]]) -> float:
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table, (columns, values) in rows.items():
            if values:
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" for _ in columns)
                conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def measure_import(bundles: list[Path], runs: int) -> dict[str, float]:
    """Median seconds of the first import, the re-import (a no-op) and the floor."""
    import_bundles = _import_function()
    if not bundles:
        raise Unavailable("no bundles were generated (bundle export not built yet)")
    with tempfile.TemporaryDirectory(prefix="cocrea-bench-import-") as folder:
        work = Path(folder)
        template = work / "empty.sqlite3"
        open_database(template).close()
        first: list[float] = []
        again: list[float] = []
        new_changes = 0
        target = work / "target.sqlite3"
        for _ in range(runs):
            db = open_database(_copy(template, target))
            try:
                started = time.perf_counter()
                reports = import_bundles(db, bundles)
                first.append(time.perf_counter() - started)
                failed = [r for r in reports if not r.ok]
                if failed:
                    raise RuntimeError(f"import failed: {failed[0].path}: {failed[0].error}")
                new_changes = sum(r.new_changes for r in reports)
                started = time.perf_counter()
                reports = import_bundles(db, bundles)
                again.append(time.perf_counter() - started)
                if any(r.new_changes for r in reports):
                    raise RuntimeError("re-import was not a no-op")
            finally:
                db.close()
        relay = _measure_relay(template, target, work, import_bundles)
        imported = _rows(target)
        empty = _rows(template)
        drop_present(imported, empty)
        floor = [
            _floor_insert(_copy(template, work / "floor.sqlite3"), imported) for _ in range(runs)
        ]
    first_s, again_s, floor_s = median(first), median(again), median(floor)
    return {
        "import_ratio": first_s / floor_s,
        "import_seconds": first_s,
        "import_floor_seconds": floor_s,
        "reimport_ratio": again_s / first_s,
        "reimport_seconds": again_s,
        "import_new_changes": new_changes,
        "import_rows": sum(len(values) for _columns, values in imported.values()),
        **relay,
    }


def _measure_relay(
    template: Path, merged: Path, work: Path, import_bundles: Any
) -> dict[str, float]:
    """The coordinator's merged database sent on (every change relayed, sync/relays.py): into a
    database that knows every laptop's key (each relayed change's signature checked) and into
    one that knows none (first use: taken on the relayer's word). Not a bar: the price of the
    checks, printed beside the import."""
    from cocreation_app.sync.export import export_bundle

    source = open_database(merged)
    try:
        export_bundle(source, work / "merged.cocrea")
    finally:
        source.close()
    conn = sqlite3.connect(merged)
    keys = conn.execute(
        "SELECT id, label, first_seen_at, public_key, signs_since, since_signature FROM devices "
        "WHERE public_key IS NOT NULL AND is_local = 0"
    ).fetchall()
    conn.close()
    seconds: dict[str, float] = {}
    for name, pinned in (("relay_checked_seconds", True), ("relay_first_use_seconds", False)):
        target = _copy(template, work / "relay.sqlite3")
        db = open_database(target)
        try:
            if pinned:
                with db.engine.begin() as conn_:
                    conn_.exec_driver_sql(
                        "INSERT INTO devices (id, label, is_local, first_seen_at, public_key, "
                        "signs_since, since_signature, trusted) VALUES (?, ?, 0, ?, ?, ?, ?, 1) "
                        "ON CONFLICT (id) DO NOTHING",
                        keys,
                    )
            started = time.perf_counter()
            (report,) = import_bundles(db, [work / "merged.cocrea"])
            seconds[name] = time.perf_counter() - started
            if not report.ok or report.unproven:
                raise RuntimeError(f"relay import failed: {report.error or report.unproven}")
        finally:
            db.close()
    return seconds
