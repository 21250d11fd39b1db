"""A toll counted again on a later day dates the count, not the event: "The death toll rose to 15
on Monday" never says the bus crashed on Monday, so it is no conflict with a crash on Sunday; the
two counts still are (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "A bus crashed on a mountain road in Peru on Sunday, killing 12 people. The driver lost "
    "control on a curve. Rescuers worked through the night."
)


def test_the_day_a_toll_rose_is_not_the_day_of_the_crash() -> None:
    right = (
        "Rescuers worked through the night after a bus plunged off a road in Peru. The driver "
        "lost control on a curve, police said. The death toll rose to 15 on Monday."
    )
    assert conflict_texts(compare_stories(LEFT, right)) == [({"12"}, {"15"})]


def test_a_crash_dated_to_another_day_still_conflicts() -> None:
    right = (
        "A bus plunged off a road in Peru on Monday, killing 12 people. The driver lost control "
        "on a curve, police said."
    )
    assert conflict_texts(compare_stories(LEFT, right)) == [({"Sunday"}, {"Monday"})]
