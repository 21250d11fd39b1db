"""A country's or US state's name read alone names that region, not a town called after it:
"Washington" beside "Utah" is two states in a retold sentence (a town named Washington lies in Utah,
but no reader takes the coach "of Washington" for it), while a town of the state, or the state's own
city, still lies in it (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

LEAD = (
    "Coach fired after losing streak\n\n"
    "The club fired head coach Dan Reyes on Monday after nine straight losses. "
)
LEFT = LEAD + (
    "Reyes is the fourth coach fired this season, after Tom Vale of {where}, Ed Marsh of "
    "Boston and Joe Pike of Denver."
)
RIGHT = LEAD + (
    "Reyes became the fourth coach fired this season, after Tom Vale ({where}), Ed Marsh "
    "(Boston) and Joe Pike (Denver)."
)


def test_two_states_in_a_retold_sentence_are_a_conflict() -> None:
    left = LEFT.format(where="Washington")
    right = RIGHT.format(where="Utah")
    assert ({"Washington"}, {"Utah"}) in place_conflicts(compare_stories(left, right))


def test_a_city_of_the_state_still_lies_in_it() -> None:
    left = LEFT.format(where="Seattle")
    right = RIGHT.format(where="Washington")
    assert place_conflicts(compare_stories(left, right)) == []
