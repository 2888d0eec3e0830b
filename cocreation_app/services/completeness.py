"""Is a commitment ready for the action plan? Which required fields are missing, and which
milestones are not verifiable?

The rules follow the OGP commitment template: a commitment states the problem, its objective,
what will be done and how it helps, the open-government values it advances, who leads it (with a
contact) and when; a milestone is verifiable when it names a deliverable, a responsible, start
and end dates, and the means by which anyone can check it was done. Used by the window's
completeness indicator and available to reports and review.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cocreation_app.i18n import translate
from cocreation_app.models import enums
from cocreation_app.services.registry import KINDS

COMMITMENT_REQUIRED: tuple[str, ...] = (
    "title",
    "problem_statement",
    "objective",
    "description",
    "contribution",
    "ogp_values",
    "lead_institution",
    "contact_name",
    "contact_email",
    "start_date",
    "end_date",
)

MILESTONE_VERIFIABLE: tuple[str, ...] = (
    "deliverable",
    "verification_means",
    "responsible",
    "start_date",
    "end_date",
)


@dataclass(frozen=True)
class MilestoneGap:
    milestone_id: str
    title: str
    missing: tuple[str, ...]  # field names


@dataclass(frozen=True)
class Completeness:
    missing: tuple[str, ...]  # commitment field names
    has_milestones: bool
    milestone_gaps: tuple[MilestoneGap, ...]
    milestones_outside_period: tuple[str, ...]  # milestone titles
    # "Not started" with progress above 0: refused on entry (services/checks.py), but two
    # laptops that each changed one of the two fields merge into it (fields merge one by one).
    milestones_contradicting: tuple[str, ...]  # milestone titles
    filled: int
    required: int

    @property
    def complete(self) -> bool:
        return (
            not self.missing
            and self.has_milestones
            and not self.milestone_gaps
            and not self.milestones_outside_period
            and not self.milestones_contradicting
        )

    def messages(self, field_text: Callable[[str, str], str] | None = None) -> list[str]:
        """What is missing, in the user's language, one sentence per problem.

        ``field_text(name, label)`` writes each missing commitment field (the window makes it
        a link to the field); by default its label."""
        spec = KINDS["commitments"]
        milestone_spec = KINDS["milestones"]
        lines = []
        if self.missing:
            write = field_text or (lambda _name, title: title)
            lines.append(
                _tr("Faltan campos obligatorios: {fields}.").format(
                    fields=", ".join(
                        write(name, spec.field_map[name].title()) for name in self.missing
                    )
                )
            )
        if not self.has_milestones:
            lines.append(_tr("El compromiso necesita al menos un hito."))
        for gap in self.milestone_gaps:
            lines.append(
                _tr("El hito «{title}» no es verificable: falta {fields}.").format(
                    title=gap.title,
                    fields=", ".join(
                        milestone_spec.field_map[name].title().lower() for name in gap.missing
                    ),
                )
            )
        for title in self.milestones_outside_period:
            lines.append(
                _tr("Las fechas del hito «{title}» salen del periodo del compromiso.").format(
                    title=title
                )
            )
        for title in self.milestones_contradicting:
            lines.append(
                _tr(
                    "El hito «{title}» dice «{status}» pero tiene avance: corrija el estado o "
                    "el avance (pasa cuando dos equipos editan el hito por separado)."
                ).format(
                    title=title,
                    status=enums.label(enums.MILESTONE_STATUSES, "not_started"),
                )
            )
        return lines


def _tr(text: str) -> str:
    return translate("completeness", text)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_commitment(
    commitment: Mapping[str, Any], milestones: Sequence[Mapping[str, Any]]
) -> Completeness:
    """Check a commitment record and its live milestones (records as the services return them:
    dates as ISO strings, which compare in date order)."""
    missing = tuple(name for name in COMMITMENT_REQUIRED if _empty(commitment.get(name)))
    gaps = []
    outside = []
    contradicting = []
    start, end = commitment.get("start_date"), commitment.get("end_date")
    for milestone in milestones:
        lacking = tuple(name for name in MILESTONE_VERIFIABLE if _empty(milestone.get(name)))
        if lacking:
            gaps.append(MilestoneGap(milestone["id"], milestone.get("title") or "", lacking))
        m_start, m_end = milestone.get("start_date"), milestone.get("end_date")
        if (start and m_start and m_start < start) or (end and m_end and m_end > end):
            outside.append(milestone.get("title") or "")
        if milestone.get("status") == "not_started" and milestone.get("progress"):
            contradicting.append(milestone.get("title") or "")
    required = len(COMMITMENT_REQUIRED) + 1 + len(milestones) * len(MILESTONE_VERIFIABLE)
    filled = (
        len(COMMITMENT_REQUIRED)
        - len(missing)
        + (1 if milestones else 0)
        + sum(len(MILESTONE_VERIFIABLE) - len(gap.missing) for gap in gaps)
        + (len(milestones) - len(gaps)) * len(MILESTONE_VERIFIABLE)
    )
    return Completeness(
        missing=missing,
        has_milestones=bool(milestones),
        milestone_gaps=tuple(gaps),
        milestones_outside_period=tuple(outside),
        milestones_contradicting=tuple(contradicting),
        filled=filled,
        required=required,
    )
