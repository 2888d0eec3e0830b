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


def check_database(db: Database) -> CheckReport:
    with db.engine.connect() as conn:
        integrity = "; ".join(
            row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        )
        fk_problems = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    report = CheckReport(
        integrity=integrity,
        foreign_key_problems=fk_problems,
        schema_revision=revision,
        head_revision=head_revision(),
        journal_mode=str(journal),
        device_id=db.device_id,
    )
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
    return report
