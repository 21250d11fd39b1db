"""A time after "by" is a deadline, not the time of the happening: "By 1975 ... his acting days
were over" allows a career ended in 1973, so the two years do not clash. "In 1975 ..." against
"in 1973" still clashes, and so does a year after the deadline ("by 1975" against 1977). A day
without a year cannot be set in order: "allowed to return by Saturday evening" says nothing
against a fire on Friday night, while a return told "on Saturday evening" is compared as before."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Stage star Ivo Marlow dies at 88\n\n"
    "Ivo Marlow, the stage actor, died on Thursday in Boston. "
    "{} 1975, at the height of his fame, Marlow left the stage and his acting days were over."
)
_RIGHT = (
    "Ivo Marlow, actor, dies\n\n"
    "Ivo Marlow died Thursday in a Boston hospital, his family said. "
    "Marlow ended his acting career in {} after a heart scare."
)


def test_a_year_before_the_deadline_does_not_clash() -> None:
    assert conflict_texts(compare_texts(_LEFT.format("By"), _RIGHT.format("1973"))) == []


@pytest.mark.parametrize(("opening", "year"), [("In", "1973"), ("By", "1977")])
def test_a_year_told_plainly_or_after_the_deadline_still_clashes(opening: str, year: str) -> None:
    found = conflict_texts(compare_texts(_LEFT.format(opening), _RIGHT.format(year)))
    assert ({"1975"}, {year}) in found, found


_FIRE = (
    "Fire at Epsom store\n\n"
    "Residents evacuated from their homes after a huge fire at a Tesco store in Epsom on Friday "
    "night have been allowed to return to their homes."
)
_RETURN = (
    "Tesco store fire in Epsom\n\n"
    "A huge fire destroyed a Tesco store in Epsom. Local residents had to be evacuated from their "
    "homes, initially to a nearby church, but they had all been allowed to return {} Saturday "
    "evening."
)


def test_a_return_by_the_next_evening_does_not_clash_with_the_night_of_the_fire() -> None:
    assert conflict_texts(compare_texts(_FIRE, _RETURN.format("by"))) == []


def test_a_return_told_on_a_day_is_still_compared() -> None:
    found = conflict_texts(compare_texts(_FIRE, _RETURN.format("on")))
    assert ({"Friday night"}, {"Saturday evening"}) in found, found
