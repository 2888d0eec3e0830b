"""The verdict of a comment written on a draft PDF: explicit, or only proposed.

Explicit verdicts (recorded as they are):

- a review state set in the reader on a comment (Acrobat's *Set status*: a reply with
  ``/StateModel /Review`` and ``/State`` Accepted or Completed → approve, Rejected →
  request_changes, Cancelled or None → comment);
- a stamp: ``/Name /Approved`` (or a stamp whose subject or text says «Aprobado», «Approved»)
  → approve; ``/NotApproved``, «Rechazado», «No aprobado», «Rejected» → request_changes;
- a prefix at the start of the text: «APROBADO:» / «APPROVED:» → approve, «CAMBIOS:» /
  «CHANGES:» → request_changes, «COMENTARIO:» / «COMMENT:» → comment.

Anything else is a comment. When its words suggest a verdict (keywords, see
:func:`cocreation_app.services.review.guess_verdict`), the verdict is ``proposed_approve`` or
``proposed_request_changes``: shown as a proposal until the facilitator confirms it.
"""

from __future__ import annotations

import re

from cocreation_app.services.review import guess_verdict
from cocreation_app.text import fold

_PREFIX = re.compile(r"^\s*(aprobado|approved|cambios|changes|comentario|comment)\s*:")
_PREFIXES = {
    "aprobado": "approve",
    "approved": "approve",
    "cambios": "request_changes",
    "changes": "request_changes",
    "comentario": "comment",
    "comment": "comment",
}
STATES = {
    "accepted": "approve",
    "completed": "approve",
    "rejected": "request_changes",
    "cancelled": "comment",
    "none": "comment",
}
_STAMP_APPROVE = re.compile(r"^\W*(#?d?|sb)?(approved|aprobado|visto bueno)\W*$")
_STAMP_CHANGES = re.compile(
    r"^\W*(#?d?|sb)?(not ?approved|no aprobado|rejected|rechazado|revised)\W*$"
)


def from_prefix(text: str) -> str | None:
    match = _PREFIX.match(fold(text))
    return _PREFIXES[match[1]] if match else None


def from_state(state: str, model: str) -> str | None:
    """The verdict of a review state reply; None for other state models (Marked/Unmarked)."""
    if fold(model or "review") != "review":
        return None
    return STATES.get(fold(state))


def from_stamp(name: str, subject: str, text: str) -> str | None:
    for value in (name, subject, text):
        folded = fold(value or "")
        if _STAMP_CHANGES.match(folded):
            return "request_changes"
        if _STAMP_APPROVE.match(folded):
            return "approve"
    return None


def proposal(text: str) -> str:
    """``proposed_…`` when the words suggest a verdict, else ``comment``."""
    guessed = guess_verdict(text)
    return f"proposed_{guessed}" if guessed != "comment" else "comment"


def confirmed(verdict: str) -> str:
    """The verdict a proposal stands for (a confirmed verdict unchanged)."""
    return verdict.removeprefix("proposed_")
