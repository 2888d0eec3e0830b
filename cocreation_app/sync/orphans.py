"""Children of a deleted record ("orphans"), kept as conflicts for a person to settle.

Deleting a record tombstones everything that hangs from it (``KindSpec.children``), but only what
the deleting laptop holds. A child created meanwhile on another laptop (a solution under the
problem, a milestone under the commitment) is not among them: once both bundles meet, it is live
under a deleted parent, and every view, which lists the children of live parents, hides it.

Like value conflicts, orphans are not stored: they are read from the rows (a live row with a
parent, through a cascade link, that is deleted). Rows are a function of the set of changes, so
every laptop holding the same changes shows the same orphans whatever the import order, and a
re-import changes nothing. A person settles one by restoring the parent (undoing its delete, with
what that delete took along) or by deleting the orphan; both are ordinary changes that travel.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from cocreation_app.services.changes import ChangeWriter
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import utc_now_iso
from cocreation_app.sync.changelog import (
    CHUNK,
    Key,
    RowKey,
    by_entity,
    chunks,
    heads,
    placeholders,
    stored_changes,
)

# (parent kind, child kind, link field): the cascade links of EntityService.delete.
LINKS: tuple[tuple[str, str, str], ...] = tuple(
    (parent, child, link) for parent, spec in KINDS.items() for child, link in spec.children
)
# child kind -> [(link field, parent kind)], in LINKS order (which decides an orphan's parent).
PARENT_LINKS: dict[str, list[tuple[str, str]]] = {}
for _parent, _child, _link in LINKS:
    PARENT_LINKS.setdefault(_child, []).append((_link, _parent))
# The fields whose change can make a row of that kind an orphan (or stop it being one).
_WATCHED = {
    kind: {"deleted", *(link for link, _p in links)} for kind, links in PARENT_LINKS.items()
}


@dataclass(frozen=True)
class Orphan:
    kind: str
    row_id: str
    link: str  # the field that points at the deleted parent
    parent_kind: str
    parent_id: str


def _table(kind: str) -> str:
    return KINDS[kind].model.__tablename__


def find_orphans(conn: Connection) -> list[Orphan]:
    """Every live row with a deleted parent (the first such link in ``LINKS`` order names it)."""
    found: dict[RowKey, Orphan] = {}
    for parent, child, link in LINKS:
        rows = conn.exec_driver_sql(
            f"SELECT c.id, c.{link} FROM {_table(child)} c "
            f"JOIN {_table(parent)} p ON p.id = c.{link} "
            "WHERE p.deleted = TRUE AND c.deleted = FALSE"
        )
        for row_id, parent_id in rows:
            found.setdefault((child, row_id), Orphan(child, row_id, link, parent, parent_id))
    return [found[key] for key in sorted(found)]


# -- what a merge does to orphans (for the import report and its preview) --------------------


def _load(conn: Connection, rows: Iterable[RowKey]) -> dict[RowKey, dict[str, Any]]:
    """``deleted`` and the parent links of stored rows (rows not stored are left out)."""
    out: dict[RowKey, dict[str, Any]] = {}
    for kind, ids in by_entity(rows).items():
        names = ["deleted", *(link for link, _parent in PARENT_LINKS.get(kind, ()))]
        for chunk in chunks(ids, CHUNK):
            for row in conn.exec_driver_sql(
                f"SELECT id, {', '.join(names)} FROM {_table(kind)} "
                f"WHERE id IN ({placeholders(len(chunk))})",
                tuple(chunk),
            ):
                out[(kind, row[0])] = dict(zip(names, row[1:], strict=True))
    return out


def new_orphans(
    conn: Connection, winners: Mapping[Key, Any], new_rows: Collection[RowKey] = ()
) -> set[RowKey]:
    """Rows that become orphans when ``winners`` (field -> winning value) are written.

    Read before anything is written: the stored rows are the state before, the stored rows with
    the winners laid over them the state after. Only rows whose ``deleted`` or parent link the
    merge changes, and the live children of the parents it deletes, can change status.
    ``new_rows``, rows the merge creates, are not stored yet: no need to read them.
    """
    candidates: set[RowKey] = set()
    dying: dict[str, list[str]] = defaultdict(list)
    for (kind, row_id, name), value in winners.items():
        if name in _WATCHED.get(kind, ()):
            candidates.add((kind, row_id))
        if name == "deleted" and value is True:
            dying[kind].append(row_id)
    for parent, child, link in LINKS:
        for chunk in chunks(dying.get(parent, []), CHUNK):
            for (row_id,) in conn.exec_driver_sql(
                f"SELECT id FROM {_table(child)} "
                f"WHERE deleted = FALSE AND {link} IN ({placeholders(len(chunk))})",
                tuple(chunk),
            ):
                candidates.add((child, row_id))
    if not candidates:
        return set()
    stored = _load(conn, (row for row in candidates if row not in new_rows))
    parents: set[RowKey] = set()
    for kind, row_id in candidates:
        for link, parent in PARENT_LINKS[kind]:
            for value in (
                stored.get((kind, row_id), {}).get(link),
                winners.get((kind, row_id, link)),
            ):
                if value is not None:
                    parents.add((parent, str(value)))
    stored.update(_load(conn, (p for p in parents - stored.keys() if p not in new_rows)))

    def state(row: RowKey, name: str, after: bool) -> Any:
        key = (row[0], row[1], name)
        if after and key in winners:
            return winners[key]
        return stored.get(row, {}).get(name)

    def orphan(row: RowKey, after: bool) -> bool:
        deleted = state(row, "deleted", after)
        if deleted is None or deleted:
            return False  # absent or deleted
        for link, parent in PARENT_LINKS[row[0]]:
            parent_id = state(row, link, after)
            if parent_id is not None and state((parent, str(parent_id)), "deleted", after):
                return True
        return False

    return {row for row in candidates if orphan(row, True) and not orphan(row, False)}


# -- settling an orphan -----------------------------------------------------------------------


def _parents(conn: Connection, kind: str, row_id: str) -> list[RowKey]:
    links = PARENT_LINKS.get(kind, [])
    if not links:
        return []
    row = conn.exec_driver_sql(
        f"SELECT {', '.join(link for link, _p in links)} FROM {_table(kind)} WHERE id = ?",
        (row_id,),
    ).first()
    if row is None:
        return []
    return [
        (parent, str(value)) for (_link, parent), value in zip(links, row, strict=True) if value
    ]


def _is_deleted(conn: Connection, row: RowKey) -> bool:
    value = conn.exec_driver_sql(
        f"SELECT deleted FROM {_table(row[0])} WHERE id = ?", (row[1],)
    ).scalar()
    return bool(value)


def deleted_ancestors(conn: Connection, kind: str, row_id: str) -> list[RowKey]:
    """The deleted rows above a row, through every cascade link, up to the first live ones."""
    found: list[RowKey] = []
    stack = [(kind, row_id)]
    while stack:
        for parent in _parents(conn, *stack.pop()):
            if parent not in found and _is_deleted(conn, parent):
                found.append(parent)
                stack.append(parent)
    return found


def taken_along(conn: Connection, kind: str, row_id: str) -> set[RowKey]:
    """The rows the delete of this row took along (EntityService.delete's cascade).

    One delete writes its tombstones with consecutive sequence numbers of one device and nothing
    else, the deleted row's first: so they are the deleted rows below it whose winning tombstone
    comes from that device, in the unbroken run of tombstones that starts with the row's own.
    (Deleting an orphan later starts with another change, see :func:`delete_orphan`, so it
    never reads as part of its parent's delete.)
    """
    tomb = conn.exec_driver_sql(
        "SELECT c.device_id, c.seq FROM field_versions v JOIN changes c ON c.id = v.change_id "
        "WHERE v.entity = ? AND v.row_id = ? AND v.field = 'deleted' AND c.value = 'true'",
        (kind, row_id),
    ).first()
    if tomb is None:
        return set()
    device_id, seq = tomb
    end = seq + 1
    for next_seq, field, value in conn.exec_driver_sql(
        "SELECT seq, field, value FROM changes WHERE device_id = ? AND seq > ? ORDER BY seq",
        (device_id, seq),
    ):
        if next_seq != end or field != "deleted" or value != "true":
            break  # another action, or a change this database lacks
        end += 1
    return set(
        _walk_down(
            conn,
            kind,
            row_id,
            "JOIN field_versions v ON v.entity = '{child}' AND v.row_id = t.id "
            "AND v.field = 'deleted' JOIN changes c ON c.id = v.change_id",
            "t.deleted = TRUE AND c.device_id = ? AND c.seq > ? AND c.seq < ?",
            (device_id, seq, end),
        )
    )


def live_subtree(conn: Connection, kind: str, row_id: str) -> list[RowKey]:
    """The row and every live row below it (what EntityService.delete would tombstone)."""
    return [(kind, row_id), *_walk_down(conn, kind, row_id, "", "t.deleted = FALSE", ())]


def _walk_down(
    conn: Connection, kind: str, row_id: str, join: str, where: str, params: tuple[Any, ...]
) -> list[RowKey]:
    """The rows below a row, through the cascade links, that satisfy ``where`` (on table ``t``,
    with ``join``), descending only through such rows; breadth first, each row once."""
    found: dict[RowKey, None] = {}
    frontier: dict[str, list[str]] = {kind: [row_id]}
    while frontier:
        following: dict[str, list[str]] = defaultdict(list)
        for parent, ids in frontier.items():
            for child, link in KINDS[parent].children:
                for chunk in chunks(ids, CHUNK):
                    for (child_id,) in conn.exec_driver_sql(
                        f"SELECT t.id FROM {_table(child)} t {join.format(child=child)} "
                        f"WHERE t.{link} IN ({placeholders(len(chunk))}) AND {where}",
                        (*chunk, *params),
                    ):
                        if (child, child_id) not in found:
                            found[(child, child_id)] = None
                            following[child].append(child_id)
        frontier = following
    return list(found)


def restore_parents(session: Session, writer: ChangeWriter, orphan: Orphan) -> int:
    """Restore the deleted rows above an orphan, each with what its delete took along; returns
    how many rows."""
    conn = session.connection()
    ancestors = deleted_ancestors(conn, orphan.kind, orphan.row_id)
    rows = set(ancestors)
    for kind, row_id in ancestors:
        rows |= taken_along(conn, kind, row_id)
    set_deleted(session, writer, sorted(rows), False)
    return len(rows)


def delete_orphan(session: Session, writer: ChangeWriter, orphan: Orphan) -> int:
    """Delete an orphan and the live rows below it; returns how many rows.

    The first change written confirms the orphan's link (its current value, so nothing changes):
    it ends any run of tombstones this device wrote before, which :func:`taken_along` reads as
    one delete.
    """
    conn = session.connection()
    rows = live_subtree(conn, orphan.kind, orphan.row_id)
    writer.record(orphan.kind, orphan.row_id, orphan.link, orphan.parent_id)
    set_deleted(session, writer, rows, True)
    return len(rows)


def set_deleted(
    session: Session, writer: ChangeWriter, rows: Iterable[RowKey], deleted: bool
) -> None:
    """Write ``deleted`` on each row (see :func:`write_over_heads`)."""
    keys = [(kind, row_id, "deleted") for kind, row_id in rows]
    write_over_heads(session, writer, keys, deleted, deleted)


def write_over_heads(
    session: Session, writer: ChangeWriter, keys: Sequence[Key], value: Any, column: Any
) -> Any:
    """Write ``value`` to each field, replacing every standing value of it (so no conflict is
    left behind when two laptops had written it), and ``column`` (the value as the row stores
    it) to the rows; returns the last row written, if it is stored."""
    standing = stored_changes(session.connection(), keys)
    now = utc_now_iso()
    row: Any = None
    for key in keys:
        bases: list[str | None] = [c.clock for c in heads(standing.get(key, []))]
        bases.sort(key=str)
        for base in bases or [None]:
            writer.record(*key, value, base_clock=base)
        row = session.get(KINDS[key[0]].model, key[1])
        if row is not None:
            setattr(row, key[2], column)
            row.updated_at = now
    return row
