"""The synced *content* of a database, for comparing databases that exchanged bundles.

Content = every row of every kind (tombstones included) with its ``deleted`` flag and the JSON
form of every declared field, plus the kept conflicts (field and competing values) and the hashes
of the evidence files held for live rows. Local-only data is left out: timestamps, derived
columns, the device's own settings and device labels, and the bytes of deleted files (the laptop
that deleted one keeps them for the undo; bundles do not carry them).
Two databases that hold the same set of changes have the same content; the sync tests assert it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select

from cocreation_app.services.registry import KINDS
from cocreation_app.services.values import to_json
from cocreation_app.storage import Database
from cocreation_app.sync.conflicts import list_conflicts


def content_snapshot(db: Database) -> dict[str, Any]:
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    with db.read() as session:
        for kind, spec in KINDS.items():
            table: Any = spec.model.__table__
            columns = [table.c[f.name] for f in spec.fields]
            query = select(table.c.id, table.c.deleted, *columns)
            rows[kind] = {
                row[0]: {
                    "deleted": bool(row[1]),
                    **{f.name: to_json(f, v) for f, v in zip(spec.fields, row[2:], strict=True)},
                }
                for row in session.execute(query)
            }
        blobs = sorted(
            session.connection().exec_driver_sql(
                "SELECT DISTINCT b.sha256 FROM evidence_blobs b JOIN evidence_files e "
                "ON e.sha256 = b.sha256 WHERE e.deleted = FALSE"
            )
        )
    conflicts = {
        c.id: {
            "target": [c.target_kind, c.target_id, c.field],
            "values": sorted(json.dumps(v.value, ensure_ascii=False) for v in c.values),
        }
        for c in list_conflicts(db)
    }
    return {"rows": rows, "conflicts": conflicts, "blobs": [row[0] for row in blobs]}


def content_digest(db: Database) -> str:
    text = json.dumps(content_snapshot(db), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()
