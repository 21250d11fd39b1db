"""A headline cut at a colon ("New scoring queen: Kowalczyk tops Marlowe") is one line of the
lead, not two: the report still dates its game by the weekday of its second body sentence, so "in
2019, when the team won eight straight" tells that year's run, never a second length of "their
seventh straight win" on Saturday (invented stories). The team's own run told two ways stays a
conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Gulls win again\n\n"
    "The Harbor City Gulls beat the Ridgeway Foxes 112-104 on Saturday for their seventh "
    "straight win. Rosa Iglesias scored 22 points and Alana Brooks had 17."
)
RIGHT_LEAD = (
    "New scoring queen: Kowalczyk tops Marlowe as Gulls roll\n\n"
    "HARBOR CITY — It took Nadia Kowalczyk twelve seasons to get here, and one layup to do it. "
    "She passed Jean Marlowe on Saturday in a 112-104 win over Ridgeway.\n\n"
)


def test_a_streak_of_an_earlier_year_is_no_second_length_of_this_one() -> None:
    right = RIGHT_LEAD + (
        "Harbor City's last streak this long came in 2019, when the team won eight straight."
    )
    assert conflict_texts(compare_texts(LEFT, right)) == []


def test_the_teams_own_streak_told_two_ways_is_still_a_conflict() -> None:
    right = RIGHT_LEAD + "The win was the Gulls' eighth straight."
    assert conflict_texts(compare_texts(LEFT, right)) == [
        ({"seventh straight"}, {"eighth straight"})
    ]
