"""The review file: a small ``.cocrea`` bundle holding only a plan's review.

It carries the observations and their replies, the review status history, the issued-draft
markers, the plan's ``status`` and the fields that name the plan (so a laptop that never had the
plan shows whose review it is) — not the plan's content, not personal data. It is an
ordinary bundle (same format, same seal, same optional encryption), so the facilitator imports it
with ``import-bundle`` like any other, and importing it twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.models import Plan
from cocreation_app.storage import Database, check_output_path
from cocreation_app.sync.export import collect_changes, sign_pending, write_bundle

REVIEW_ENTITIES = frozenset({"comments", "review_status_changes", "draft_issues"})
# The plan's own fields that travel with its review: its status and what names it.
REVIEW_PLAN_FIELDS = frozenset({"status", "deleted", "title", "state", "municipality"})


def _tr(text: str) -> str:
    return translate("review", text)


@dataclass(frozen=True)
class ReviewFile:
    path: Path
    changes: int
    observations: int


def export_review_file(
    db: Database, plan_id: str, target: Path | str, *, passphrase: str | None = None
) -> ReviewFile:
    """Write the review of ``plan_id`` to ``target`` atomically."""
    target = Path(target)
    check_output_path(target)
    with db.begin() as session:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.deleted:
            raise UserError(_tr("No existe el plan «{id}».").format(id=plan_id))
        sign_pending(session, db.device_id)
        proofs: dict[str, str] = {}
        changes = [
            c
            for c in collect_changes(session, plan_id, personal_data=True, proofs=proofs)
            if c[4] in REVIEW_ENTITIES or (c[4] == "plans" and c[6] in REVIEW_PLAN_FIELDS)
        ]
    write_bundle(
        db, target, changes, proofs, plan_id=plan_id, personal_data=False, passphrase=passphrase
    )
    observations = len({c[5] for c in changes if c[4] == "comments"})
    return ReviewFile(target, len(changes), observations)
