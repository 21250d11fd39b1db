"""Kiprop "won the Boston Marathon" in one article and took "his first marathon win in Boston" in
the other: the event's name says where it is held and what it is, and a sentence naming both
tells it, so "Boston Marathon" is not marked as one only the first article gives. A marathon in
another city, or Boston without a marathon, keeps the mark."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_LEFT = (
    "Kiprop wins in Boston\n\n"
    "Kenyan runner Daniel Kiprop won the Boston Marathon on Monday, pulling away from Abebe "
    "Tola of Ethiopia near the finish."
)
_RIGHT = (
    "Kiprop takes the title\n\n"
    "Daniel Kiprop of Kenya took his first {} on Monday, pulling away from Abebe Tola of "
    "Ethiopia near the finish."
)


def test_a_marathon_win_in_boston_tells_the_boston_marathon() -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format("marathon win in Boston")))
    assert "Boston Marathon" not in marks, marks


@pytest.mark.parametrize(
    "other", ["marathon win in Chicago, a week after a race in Boston", "road race win in Boston"]
)
def test_another_citys_marathon_or_another_race_keeps_the_mark(other: str) -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format(other)))
    assert "Boston Marathon" in marks, marks
