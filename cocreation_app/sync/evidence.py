"""Which evidence bytes a set of changes names and which it needs (docs/bundle-format.md).

A bundle carries the bytes of the evidence rows that are live in it: per row, the ``deleted``
value and the ``sha256`` value of the highest clock among the bundle's own changes (merge rule 2,
so every reader computes the same). A deleted row's bytes stay home (the laptop that deleted it
keeps them for the undo); a purged row (``sha256`` null, services/evidence.py) has none anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from cocreation_app.sync.format import EVIDENCE_HASH, ChangeTuple

_ENTITY = EVIDENCE_HASH[0]


def named_hashes(changes: Iterable[ChangeTuple]) -> set[str]:
    """Every hash some evidence change names (the bytes a bundle may carry)."""
    return {c[7] for c in changes if (c[4], c[6]) == EVIDENCE_HASH and c[7] is not None}


def needed_hashes(changes: Iterable[ChangeTuple]) -> set[str]:
    """The current hash of every evidence row the changes show live (the bytes a bundle must
    carry). A row without a ``deleted`` change counts as live."""
    latest: dict[tuple[str, str], tuple[str, object]] = {}
    for change in changes:
        if change[4] != _ENTITY or change[6] not in ("deleted", EVIDENCE_HASH[1]):
            continue
        key = (change[5], change[6])
        held = latest.get(key)
        if held is None or change[3] > held[0]:
            latest[key] = (change[3], change[7])
    needed = set()
    for (row_id, field), (_clock, value) in latest.items():
        if field == EVIDENCE_HASH[1] and value is not None:
            deleted = latest.get((row_id, "deleted"))
            if deleted is None or deleted[1] is not True:
                needed.add(str(value))
    return needed
