"""Sentences two outlets print almost alike differ in ways that change no fact: a telephone number
spaced another way, a day told as a clock time. Neither is a figure or a day swapped.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted


def test_a_tip_line_spaced_two_ways_is_no_figure_changed() -> None:
    body = "Store fire treated as suspicious\n\nA fire destroyed a supermarket on Friday night. "
    left = body + "Anyone with information is asked to call Crimestoppers on 0800 555 111."
    right = body + "Anyone with any information is asked to call Crimestoppers on 0800 555111."
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_day_and_a_clock_time_of_that_morning_are_not_two_days() -> None:
    body = "Gunman shoots three at office\n\n"
    left = body + (
        "Some witnesses told police that when the gunman walked into the office around 10 a.m. "
        "Monday, he looked as if he was hiding something, Chief Dale Craft said."
    )
    right = body + (
        "Some witnesses told police that when the gunman walked into the office at about 10am "
        "today, he looked as if he was hiding something, Chief Dale Craft said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_weekday_swapped_for_another_in_the_same_sentence_still_clashes() -> None:
    body = "Gunman shoots three at office\n\n"
    left = body + "The gunman walked into the office on Monday, Chief Dale Craft said."
    right = body + "The gunman walked into the office on Tuesday, Chief Dale Craft said."
    found = conflicts(compare(left, right))
    assert ({"Monday"}, {"Tuesday"}) in quoted(found), quoted(found)


def test_two_outlets_giving_their_own_police_source_are_not_a_swapped_person() -> None:
    left = (
        "Man shot outside Wichita apartment\n\n"
        "Dale Fields was shot Friday outside an apartment on Oliver Street, police spokesman "
        "Charley Davidson said."
    )
    right = (
        "Police: man wounded on Oliver Street\n\n"
        "Dale Fields was shot Friday outside an apartment on Oliver Street, police Officer Paul "
        "Cruz said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_speaker_changed_inside_a_copied_passage_is_still_shown() -> None:
    story = (
        "Man shot outside Wichita apartment\n\n"
        "Dale Fields was shot Friday outside an apartment on Oliver Street. "
        "He was taken to a hospital in serious condition, police spokesman {} said. "
        "No arrests have been made in the shooting."
    )
    found = conflicts(compare(story.format("Charley Davidson"), story.format("Paul Cruz")))
    assert ({"Charley Davidson"}, {"Paul Cruz"}) in quoted(found), quoted(found)
