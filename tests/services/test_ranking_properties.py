"""Properties of the ranking that must hold for any tallies, checked with hypothesis."""

from __future__ import annotations

import dataclasses
import itertools
import random
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from cocreation_app.services.ranking import TIE_BREAKS, ProblemTally, Weights, rank

CRITERIA = ("impact", "urgency", "feasibility")
PROPERTY = settings(max_examples=100, deadline=None)

scores = st.fractions(min_value=1, max_value=5, max_denominator=4)


@st.composite
def tallies(draw: st.DrawFn) -> list[ProblemTally]:
    count = draw(st.integers(min_value=1, max_value=8))
    ids = draw(st.lists(st.uuids().map(str), min_size=count, max_size=count, unique=True))
    result = []
    for problem_id in ids:
        scored = draw(st.lists(st.sampled_from(CRITERIA), unique=True, max_size=3))
        result.append(
            ProblemTally(
                problem_id=problem_id,
                title=problem_id[:6],
                # Few distinct values, so that ties on every rule happen often.
                created_at=draw(st.sampled_from(["2026-01-01T10:00", "2026-01-01T11:00"])),
                dots=draw(st.integers(min_value=0, max_value=6)),
                tables=draw(st.integers(min_value=0, max_value=2)),
                criterion_means=tuple((c, draw(scores)) for c in sorted(scored)),
            )
        )
    return result


criterion_weights = st.fixed_dictionaries(
    {c: st.fractions(min_value=0, max_value=3, max_denominator=2) for c in CRITERIA}
)
weights = st.builds(
    Weights,
    dots=st.fractions(min_value=0, max_value=3, max_denominator=2),
    criteria=st.fractions(min_value=Fraction(1, 2), max_value=3, max_denominator=2),
)


def _order(problems: list[ProblemTally], cw: dict, w: Weights) -> list[str]:
    return [r.problem_id for r in rank(problems, cw, w)]


@PROPERTY
@given(tallies(), criterion_weights, weights)
def test_ranking_is_a_permutation_sorted_by_combined_score(
    problems: list[ProblemTally], cw: dict, w: Weights
) -> None:
    ranked = rank(problems, cw, w)
    assert sorted(r.problem_id for r in ranked) == sorted(p.problem_id for p in problems)
    assert [r.rank for r in ranked] == list(range(1, len(problems) + 1))
    combined = [r.combined_score for r in ranked]
    assert combined == sorted(combined, reverse=True)
    assert all(0 <= c <= 100 for c in combined)


@PROPERTY
@given(tallies(), criterion_weights, weights, st.randoms(use_true_random=False))
def test_order_does_not_depend_on_insertion_order(
    problems: list[ProblemTally], cw: dict, w: Weights, rng: random.Random
) -> None:
    shuffled = list(problems)
    rng.shuffle(shuffled)
    assert _order(shuffled, cw, w) == _order(problems, cw, w)


@PROPERTY
@given(tallies(), criterion_weights, weights, st.data())
def test_adding_dots_never_lowers_a_problems_rank(
    problems: list[ProblemTally], cw: dict, w: Weights, data: st.DataObject
) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(problems) - 1))
    extra = data.draw(st.integers(min_value=1, max_value=5))
    target = problems[index]
    before = _order(problems, cw, w).index(target.problem_id)
    more = list(problems)
    more[index] = dataclasses.replace(target, dots=target.dots + extra)
    assert _order(more, cw, w).index(target.problem_id) <= before


@PROPERTY
@given(
    tallies(),
    criterion_weights,
    weights,
    st.fractions(min_value=Fraction(1, 10), max_value=10),
    st.fractions(min_value=Fraction(1, 10), max_value=10),
)
def test_scaling_all_weights_keeps_the_order(
    problems: list[ProblemTally], cw: dict, w: Weights, k: Fraction, m: Fraction
) -> None:
    scaled_cw = {c: k * v for c, v in cw.items()}
    scaled_w = Weights(dots=m * w.dots, criteria=m * w.criteria)
    assert _order(problems, scaled_cw, scaled_w) == _order(problems, cw, w)


@PROPERTY
@given(tallies(), criterion_weights, weights)
def test_every_tie_is_explained_by_the_first_differing_rule(
    problems: list[ProblemTally], cw: dict, w: Weights
) -> None:
    ranked = rank(problems, cw, w)
    for above, below in itertools.pairwise(ranked):
        if above.combined_score != below.combined_score:
            continue
        assert below.tie_break in TIE_BREAKS and below.tied_with == above.title
        reason = below.tie_break_reason()
        assert reason is not None and above.title in reason
        if below.tie_break == "dots":
            assert above.dots > below.dots
        if below.tie_break == "tables":
            assert above.dots == below.dots and above.tables > below.tables
    untied = [
        r
        for i, r in enumerate(ranked)
        if all(o.combined_score != r.combined_score for j, o in enumerate(ranked) if j != i)
    ]
    assert all(r.tie_break is None for r in untied)
