"""A reporter compares two stories and sees no red mark between a boxer's record going into a
bout and his record coming out of it, nor between the first and the second book of one
trilogy: each pair is two things, not one thing told two ways. A record both stories tell at
one moment still clashes (``findings/events/state_moments.py``, ``series_items.py``;
hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_AFTER = (
    "Marlow stops Brennan. Dale Marlow improved his record to 31-1 and moved to 25 knockouts when "
    "he stopped Tom Brennan in the fifth round in Cardiff on Saturday."
)
_THIRD_BOOK = (
    "Director quits the film series. The director will not make the adaptation of the third book "
    "in the novelist's trilogy, the studio said on Monday."
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


def test_the_second_book_of_a_trilogy_is_another_book_than_the_third() -> None:
    left = (
        "Director quits the film series. The director will not make the adaptation of the second "
        "book in the novelist's trilogy, the studio said on Monday."
    )
    found = conflict_texts(compare_stories(left, _THIRD_BOOK))
    assert not [pair for pair in found if any("book" in t for t in pair[0] | pair[1])]
