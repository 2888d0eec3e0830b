"""SQLAlchemy typed mappings of every entity. No Qt here.

The mapped classes load on first use (PEP 562 ``__getattr__``) and then all together, so that
``cocreation_app.models.enums`` stays cheap: the window draws its first page before SQLAlchemy is
imported (docs/performance.md, start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cocreation_app.models.base import Base, SyncedMixin, new_id
    from cocreation_app.models.commitments import Commitment, Milestone
    from cocreation_app.models.followup import (
        Assessment,
        EvidenceBlob,
        EvidenceFile,
        ProgressUpdate,
        SelfAssessment,
    )
    from cocreation_app.models.people import Attendance, Participant
    from cocreation_app.models.plan import Plan, Workshop
    from cocreation_app.models.prioritization import Criterion, CriterionScore, DotVote
    from cocreation_app.models.problems import Problem, ProblemNode, Solution
    from cocreation_app.models.review import Comment, DraftIssue, ReviewStatusChange
    from cocreation_app.models.sync import (
        Change,
        Device,
        FieldVersion,
        ImportedBundle,
        LocalSetting,
    )

__all__ = [
    "Assessment",
    "Attendance",
    "Base",
    "Change",
    "Comment",
    "Commitment",
    "Criterion",
    "CriterionScore",
    "Device",
    "DotVote",
    "DraftIssue",
    "EvidenceBlob",
    "EvidenceFile",
    "FieldVersion",
    "ImportedBundle",
    "LocalSetting",
    "Milestone",
    "Participant",
    "Plan",
    "Problem",
    "ProblemNode",
    "ProgressUpdate",
    "ReviewStatusChange",
    "SelfAssessment",
    "Solution",
    "SyncedMixin",
    "Workshop",
    "new_id",
]


if not TYPE_CHECKING:  # mypy reads the imports above; an unknown name stays an error for it

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        mapped = importlib.import_module(f"{__name__}.mapped")
        for module in mapped.MODULES:
            globals().update(
                {each: getattr(module, each) for each in __all__ if hasattr(module, each)}
            )
        return globals()[name]
