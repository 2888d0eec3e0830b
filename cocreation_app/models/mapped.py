"""Every mapped class at once: importing this registers the whole schema on ``Base.metadata``."""

from cocreation_app.models.base import Base, SyncedMixin, new_id
from cocreation_app.models.commitments import Commitment, Milestone
from cocreation_app.models.people import Attendance, Participant
from cocreation_app.models.plan import Plan, Workshop
from cocreation_app.models.prioritization import Criterion, CriterionScore, DotVote
from cocreation_app.models.problems import Problem, ProblemNode, Solution
from cocreation_app.models.review import Comment, DraftIssue, ReviewStatusChange
from cocreation_app.models.sync import Change, Device, FieldVersion, LocalSetting

__all__ = [
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
    "FieldVersion",
    "LocalSetting",
    "Milestone",
    "Participant",
    "Plan",
    "Problem",
    "ProblemNode",
    "ReviewStatusChange",
    "Solution",
    "SyncedMixin",
    "Workshop",
    "new_id",
]
