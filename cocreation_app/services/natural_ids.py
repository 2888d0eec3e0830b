"""Row ids derived from a record's natural key, for facts that several laptops record at once.

Checking the same person in at the same workshop, or creating a workshop's default criteria,
on two laptops that have not exchanged files yet must produce the *same* row on both: the
merge then sees one row with two origins (both kept in the change log) instead of two rows
that contradict each other. See docs/bundle-format.md, *Additive facts*.
"""

from __future__ import annotations

import uuid

ATTENDANCE_NAMESPACE = uuid.UUID("6f1b7a52-3c1e-4f4e-9a2d-0c0c0a7e1a55")
CRITERION_NAMESPACE = uuid.UUID("0b6f3c1a-51d2-4d7e-8f0c-7a3e2c9b5d14")


def attendance_id(workshop_id: str, participant_id: str) -> str:
    """The id of the check-in of one person at one workshop (the same on every laptop)."""
    return str(uuid.uuid5(ATTENDANCE_NAMESPACE, f"{workshop_id}:{participant_id}"))


def default_criterion_id(workshop_id: str, code: str) -> str:
    """The id of a workshop's default criterion ``impact``, ``urgency`` or ``feasibility``."""
    return str(uuid.uuid5(CRITERION_NAMESPACE, f"{workshop_id}:{code}"))
