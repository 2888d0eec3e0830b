"""What the window reads first and most often — plans, workshops, pages of participants, the
privacy notice read to each person — in SQL through the standard library's sqlite3
(:meth:`Database.reader`; on a server, the same SQL through SQLAlchemy's connection).

They are the window's hot read paths: a keystroke in the participant search runs one query
here, and the first window is drawn from them before SQLAlchemy has loaded (docs/performance.md,
start-up). Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cocreation_app.services.registry import KINDS
from cocreation_app.text import fold

if TYPE_CHECKING:
    from cocreation_app.storage import Database


@dataclass(frozen=True)
class ParticipantRow:
    """The columns the participants table shows; kept small so a page loads fast."""

    id: str
    name: str
    sector: str | None
    organization: str | None
    gender: str | None
    email: str | None
    phone: str | None
    checked_in: bool


@dataclass(frozen=True)
class Choice:
    """A plan or workshop as the navigator lists it."""

    id: str
    title: str
    detail: str | None  # the plan's municipality, the workshop's date (ISO)


def _order(kind: str) -> str:
    """The kind's order, as ``EntityService.list_records`` sorts it (the registry's)."""
    return ", ".join((*KINDS[kind].order_by, "id"))


def plans(db: Database) -> list[Choice]:
    rows = db.reader().execute(
        f"SELECT id, title, municipality FROM plans WHERE deleted IS {db.sql_false}"
        f" ORDER BY {_order('plans')}"
    )
    return [Choice(row[0], row[1], row[2]) for row in rows]


def workshops(db: Database, plan_id: str) -> list[Choice]:
    rows = db.reader().execute(
        f"SELECT id, title, date FROM workshops WHERE deleted IS {db.sql_false} AND plan_id = ?"
        f" ORDER BY {_order('workshops')}",
        (plan_id,),
    )
    # A server's DATE column comes back as a date; a SQLite file's as its ISO text.
    return [Choice(row[0], row[1], _iso(row[2])) for row in rows]


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def latest_cocreation_workshop(db: Database, plan_id: str) -> str | None:
    """The plan's latest co-creation workshop (not a follow-up meeting), the one a window opens
    on: the views that work by workshop (problems, prioritization) are about co-creation."""
    row = (
        db.reader()
        .execute(
            f"SELECT id FROM workshops WHERE deleted IS {db.sql_false} AND plan_id = ?"
            " AND (kind IS NULL OR kind != 'followup') ORDER BY date DESC, created_at DESC"
            " LIMIT 1",
            (plan_id,),
        )
        .fetchone()
    )
    return None if row is None else str(row[0])


@dataclass(frozen=True)
class PrivacyNotice:
    text: str | None
    version: str | None


NO_NOTICE = PrivacyNotice(None, None)


def privacy_notice(db: Database, plan_id: str) -> PrivacyNotice:
    """The plan's privacy notice (``NO_NOTICE`` when the plan has none or is gone)."""
    row = (
        db.reader()
        .execute(
            "SELECT privacy_notice_text, privacy_notice_version FROM plans"
            f" WHERE id = ? AND deleted IS {db.sql_false}",
            (plan_id,),
        )
        .fetchone()
    )
    return PrivacyNotice(*row) if row else NO_NOTICE


def _participant_filter(
    db: Database, plan_id: str, text: str, sector: str | None
) -> tuple[str, list[Any]]:
    """WHERE clause and parameters: live, unmerged people of the plan whose search key holds
    every word of ``text`` (accents and case ignored). The clause matches the partial index
    ``ix_participants_live_search``, so SQLite walks it in name order and stops at the page."""
    clauses = ["p.plan_id = ?", f"p.deleted IS {db.sql_false}", "p.merged_into_id IS NULL"]
    params: list[Any] = [plan_id]
    for word in fold(text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("p.search_key LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    if sector:
        clauses.append("p.sector = ?")
        params.append(sector)
    return " AND ".join(clauses), params


def count_participants(
    db: Database, plan_id: str, text: str = "", sector: str | None = None
) -> int:
    where, params = _participant_filter(db, plan_id, text, sector)
    rows = db.reader().execute(f"SELECT count(*) FROM participants AS p WHERE {where}", params)
    return int(rows.fetchall()[0][0])


def participant_page(
    db: Database,
    plan_id: str,
    text: str = "",
    *,
    sector: str | None = None,
    workshop_id: str | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[ParticipantRow]:
    """One page of participants matching ``text``, ordered by name; ``checked_in`` refers to
    ``workshop_id`` when given."""
    sql, params = participant_page_query(db, plan_id, text, sector, workshop_id, offset, limit)
    return [
        ParticipantRow(row[0], row[1] or "", row[2], row[3], row[4], row[5], row[6], bool(row[7]))
        for row in db.reader().execute(sql, params)
    ]


def participant_page_query(
    db: Database,
    plan_id: str,
    text: str,
    sector: str | None,
    workshop_id: str | None,
    offset: int,
    limit: int,
) -> tuple[str, list[Any]]:
    """The SQL of :func:`participant_page` and its parameters (a test reads its plan).

    On SQLite the page walks ``ix_participants_live_search`` in name order; on a server the
    planner, which plans each search with its words (storage/postgres.py), walks it too for a
    word most people match and reads the trigram index ``ix_participants_live_search_trgm`` for
    a rarer one (migration 0010)."""
    where, params = _participant_filter(db, plan_id, text, sector)
    if workshop_id:
        checked = (
            "p.id IN (SELECT participant_id FROM attendance"
            f" WHERE workshop_id = ? AND deleted IS {db.sql_false})"
        )
        params = [workshop_id, *params]
    else:
        checked = db.sql_false
    sql = (
        "SELECT p.id, p.name, p.sector, p.organization, p.gender, p.email, p.phone,"
        f" {checked} FROM participants AS p WHERE {where}"
        " ORDER BY p.search_key, p.id LIMIT ? OFFSET ?"
    )
    return sql, [*params, limit, offset]
