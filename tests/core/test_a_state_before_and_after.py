"""A reporter compares two stories and sees no red mark between a boxer's record going into a
bout and his record coming out of it: one record at two moments, not one value told two ways.
A record both stories tell at one moment still clashes (``findings/events/state_moments.py``;
hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_AFTER = (
    "Marlow stops Brennan. Dale Marlow improved his record to 31-1 and moved to 25 knockouts when "
    "he stopped Tom Brennan in the fifth round in Cardiff on Saturday."
)


def _records(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return [
        (a, b)
        for a, b in conflict_texts(compare_stories(left, right))
        if any(t.startswith("2") for t in a) and any(t.startswith("2") for t in b)
    ]


def test_a_record_going_into_the_bout_is_not_the_record_coming_out() -> None:
    left = (
        "Marlow stops Brennan. Dale Marlow, who entered the fight with 24 knockouts, stopped Tom "
        "Brennan in the fifth round in Cardiff on Saturday."
    )
    assert _records(left, _AFTER) == []


def test_two_records_after_the_bout_still_clash() -> None:
    left = (
        "Marlow stops Brennan. Dale Marlow improved his record to 31-1 and moved to 24 knockouts "
        "when he stopped Tom Brennan in the fifth round in Cardiff on Saturday."
    )
    assert _records(left, _AFTER) != []
