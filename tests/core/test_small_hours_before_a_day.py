"""A night runs past midnight: "shortly after midnight on Sunday" is late Saturday night, even
when the clock stands apart from the day."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_HEAD = "Fire at warehouse\n\n"


def test_shortly_after_midnight_on_sunday_is_no_clash_with_late_saturday_night() -> None:
    left = _HEAD + "The fire broke out shortly after midnight on Sunday.\n"
    right = _HEAD + "The fire broke out late Saturday night.\n"
    assert conflict_texts(compare_stories(left, right)) == []


def test_an_afternoon_on_sunday_still_clashes_with_saturday_night() -> None:
    left = _HEAD + "The fire broke out at 2 p.m. on Sunday.\n"
    right = _HEAD + "The fire broke out late Saturday night.\n"
    assert conflict_texts(compare_stories(left, right)) != []


def test_the_small_hours_of_sunday_still_clash_with_friday_night() -> None:
    left = _HEAD + "The fire broke out shortly after midnight on Sunday.\n"
    right = _HEAD + "The fire broke out late Friday night.\n"
    assert conflict_texts(compare_stories(left, right)) != []
