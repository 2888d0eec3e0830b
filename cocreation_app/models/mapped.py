"""Every mapped class at once: importing this registers the whole schema on ``Base.metadata``.

:mod:`cocreation_app.models` hands out the classes of these modules (its ``__all__``) on first use.
"""

from cocreation_app.models import (
    base,
    commitments,
    followup,
    people,
    plan,
    prioritization,
    problems,
    review,
    sync,
)

MODULES = (base, commitments, followup, people, plan, prioritization, problems, review, sync)
