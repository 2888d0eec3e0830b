"""Integrity and schema report for ``cocreation check``."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from cocreation_app.models import Change
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database
from cocreation_app.storage.database import head_revision


@dataclass
class CheckReport:
    integrity: str
    foreign_key_problems: int
    schema_revision: str | None
    head_revision: str
    journal_mode: str
    counts: dict[str, int] = field(default_factory=dict)
    changes: int = 0
    device_id: str = ""

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.foreign_key_problems == 0
            and self.schema_revision == self.head_revision
        )


def _server_checks(db: Database) -> tuple[str, int, str | None, str]:
    """On PostgreSQL: the server enforces every key itself (no PRAGMA to ask), so the report
    says what it runs and at which schema revision; corruption is the server's own job
    (checksums, ``amcheck``), docs/install.md."""
    with db.engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        version = conn.execute(text("SHOW server_version")).scalar()
    return "ok", 0, revision, f"PostgreSQL {version}"


def check_database(db: Database) -> CheckReport:
    if db.on_server:
        integrity, fk_problems, revision, journal = _server_checks(db)
    else:
        integrity, fk_problems, revision, journal = _file_checks(db)
    report = CheckReport(
        integrity=integrity,
        foreign_key_problems=fk_problems,
        schema_revision=revision,
        head_revision=head_revision(),
        journal_mode=journal,
        device_id=db.device_id,
    )
    _count(db, report)
    return report


def _file_checks(db: Database) -> tuple[str, int, str | None, str]:
    with db.engine.connect() as conn:
        integrity = "; ".join(
            row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        )
        fk_problems = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    return integrity, fk_problems, revision, str(journal)


def _count(db: Database, report: CheckReport) -> None:
    with db.read() as session:
        for name, spec in KINDS.items():
            model = spec.model
            report.counts[name] = (
                session.scalar(
                    select(func.count()).select_from(model).where(model.deleted.is_(False))  # type: ignore[attr-defined]
                )
                or 0
            )
        report.changes = session.scalar(select(func.count()).select_from(Change)) or 0
