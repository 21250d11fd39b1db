"""A bare figure after a verb, right after a counted noun phrase in its sentence, counts that
noun ("employs about 38,500 people, after adding 1,500 in the quarter"): two hiring figures for
one quarter are a conflict; a figure after a preposition is another value, never a count of the
noun before it (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Quorra profit jumps as cloud sales grow.\n"
    "Quorra Software said on Tuesday its profit rose 20 percent in the third quarter. "
    "Chief financial officer Ana Perez said the company hired 1,200 people in the quarter and "
    "now has 38,500 employees."
)
RIGHT_OPENING = (
    "Quorra beats forecasts on cloud demand.\n"
    "Quorra Software reported on Tuesday a 20 percent rise in third-quarter profit. "
)


def test_two_hiring_figures_for_one_quarter_are_a_conflict() -> None:
    right = RIGHT_OPENING + "Quorra employs about 38,500 people, after adding 1,500 in the quarter."
    assert conflict_texts(compare_stories(LEFT, right)) == [({"1,200"}, {"1,500"})]


def test_a_figure_after_a_preposition_counts_nothing_left_out() -> None:
    right = RIGHT_OPENING + "Quorra employs about 38,500 people, up from 1,500 in the first year."
    assert not conflict_texts(compare_stories(LEFT, right))
