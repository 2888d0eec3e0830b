"""The coordinator on a PostgreSQL server (issue 19): import ratio and filter time beside SQLite's.

    .venv/bin/python -m bench.server M          # or L; starts its own server (tests/pg.py)
    .venv/bin/python -m bench.server L --url postgresql+psycopg://user@host/empty_db

The floor on the server is what the floor is on SQLite: psycopg's ``executemany`` of the rows the
import wrote, in one transaction. The filter is the participants model of the window, typing on
the size's plan after it was imported into the server from its bundle. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Boolean

from bench.filtering import measure_filter
from bench.generate import export_bundle, generate
from bench.importing import _rows, drop_present, measure_import
from cocreation_app.models import Base
from cocreation_app.storage import open_database
from cocreation_app.sync.importer import import_bundles


@contextlib.contextmanager
def _server_databases(url: str | None) -> Iterator[Any]:
    if url is not None:
        yield lambda: url
        return
    from tests.pg import running_server

    with running_server() as server:
        yield lambda: server.url(server.new_database())


def _as_server_rows(rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]]) -> Any:
    """SQLite's 0/1 booleans as PostgreSQL's."""
    out = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in rows:
            continue
        columns, values = rows[table.name]
        flags = [isinstance(table.c[name].type, Boolean) for name in columns]
        out[table.name] = (
            columns,
            [
                tuple(
                    bool(v) if f and v is not None else v for v, f in zip(row, flags, strict=True)
                )
                for row in values
            ],
        )
    return out


def _floor(url: str, rows: Any) -> float:
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as conn:
        started = time.perf_counter()
        with conn.transaction(), conn.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for table, (columns, values) in rows.items():
                if values:
                    names = ", ".join(f'"{c}"' for c in columns)
                    marks = ", ".join("%s" for _ in columns)
                    cursor.executemany(
                        f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT DO NOTHING',
                        values,
                    )
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("size", choices=["S", "M", "L"])
    parser.add_argument("--url", help="an empty database on a server (default: start one)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    data = generate(args.size)
    result: dict[str, Any] = {"size": args.size, "bundle_changes": data.bundle_changes}
    result["sqlite"] = {
        **measure_import(data.bundles, args.runs),
        **measure_filter(data.plan_db, data.plan_id, args.runs),
    }
    with _server_databases(args.url) as new_database, tempfile.TemporaryDirectory() as folder:
        # The rows the import writes, from an import into a SQLite file.
        scratch = Path(folder) / "rows.sqlite3"
        sqlite_db = open_database(scratch)
        import_bundles(sqlite_db, data.bundles)
        sqlite_db.close()
        empty = Path(folder) / "empty.sqlite3"
        open_database(empty).close()
        imported, before = _rows(scratch), _rows(empty)
        drop_present(imported, before)
        url = new_database()
        db = open_database(url)
        started = time.perf_counter()
        reports = import_bundles(db, data.bundles)
        first = time.perf_counter() - started
        assert all(r.ok for r in reports), [r.error for r in reports if not r.ok]
        started = time.perf_counter()
        again_reports = import_bundles(db, data.bundles)
        again = time.perf_counter() - started
        assert not any(r.new_changes for r in again_reports)
        db.close()
        floor_url = new_database()
        open_database(floor_url).close()
        floor = _floor(floor_url, _as_server_rows(imported))
        plan_url = new_database()
        bundle = Path(folder) / "plan.cocrea"
        export_bundle(data.plan_db, bundle)
        plan_db = open_database(plan_url)
        assert import_bundles(plan_db, [bundle])[0].ok
        plan_db.close()
        result["postgresql"] = {
            "import_ratio": first / floor,
            "import_seconds": first,
            "import_floor_seconds": floor,
            "reimport_ratio": again / first,
            "reimport_seconds": again,
            **measure_filter(plan_url, data.plan_id, args.runs),  # type: ignore[arg-type]
        }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
