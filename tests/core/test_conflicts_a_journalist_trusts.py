"""Conflicts a journalist can trust: a red mark only where both articles give the same thing
incompatible values, never where they count or date two different things.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_texts, conflicts, quoted

PAGE_DAY = "2024-11-12"


def red_marks(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return quoted(conflicts(compare_texts(left, right, PAGE_DAY)))


# --- days of what is still to come ----------------------------------------------------------


def test_the_day_a_suspect_is_due_in_court_is_not_the_day_of_the_fire() -> None:
    left = (
        "Bakery destroyed by fire\n\n"
        "A man from Marlow is due to appear before magistrates on Tuesday after a fire "
        "destroyed the town's Hill Street bakery. Half the roof collapsed during the blaze."
    )
    right = (
        "Fire guts Marlow bakery\n\n"
        "Six crews fought the blaze at the Hill Street bakery in Marlow, which broke out early "
        "on Sunday. A man has been charged with arson."
    )
    assert red_marks(left, right) == []


def test_the_day_lawmakers_will_vote_is_not_the_day_of_the_protest() -> None:
    left = (
        "Farmers block the ring road\n\n"
        "Lawmakers will vote on the new tax Thursday, after thousands of farmers blocked the "
        "ring road around Lerida with tractors."
    )
    right = (
        "Tractors block Lerida ring road\n\n"
        "Thousands of farmers blocked the ring road around Lerida with tractors on Monday in "
        "protest against a new tax."
    )
    assert red_marks(left, right) == []


def test_two_days_given_for_the_same_coming_vote_are_still_a_conflict() -> None:
    left = (
        "Council to vote on bridge\n\n"
        "The council of Lerida will vote on the new bridge on Thursday, the mayor said."
    )
    right = "Bridge vote set\n\nThe council of Lerida will vote on the new bridge on Friday, the mayor said."
    pairs = red_marks(left, right)
    assert any("Thursday" in a and "Friday" in b for a, b in pairs), pairs


def test_the_third_night_of_protests_is_not_the_night_of_the_shooting() -> None:
    left = (
        "Protests after police shooting\n\n"
        "Police shot and killed a teenager in Eastfield on Monday night. Hundreds of people "
        "marched to the station house to protest the killing."
    )
    right = (
        "Third night of anger in Eastfield\n\n"
        "Protesters angry over the police killing of a teenager poured into the streets of "
        "Eastfield for a third straight night Wednesday, throwing bottles at officers."
    )
    assert red_marks(left, right) == []


# --- figures of another time, or of no time ---------------------------------------------------


def test_the_magnitude_of_a_quake_months_ago_is_not_this_quakes() -> None:
    left = (
        "5.8 quake hits Keros\n\n"
        "A 5.8 magnitude earthquake struck the island of Keros on Monday, killing four people, "
        "officials said. Rescue teams searched the rubble of two villages."
    )
    right = (
        "Island quake kills four\n\n"
        "An earthquake hit Keros on Monday and killed four people. The region is prone to "
        "earthquakes. In March, a quake measuring 6.6 hit the town of Varna, killing 300 people "
        "and wounding around 900."
    )
    assert red_marks(left, right) == []


def test_what_such_a_quake_can_do_is_no_figure_of_this_quake() -> None:
    left = "Quake hits Keros\n\nA 6.1 magnitude quake struck Keros on Monday, killing four people."
    right = (
        "Keros quake\n\nA quake of magnitude 6.1 hit Keros on Monday and killed four people. "
        "A magnitude 6 quake can cause severe damage."
    )
    assert red_marks(left, right) == []


def test_two_magnitudes_for_this_quake_are_still_a_conflict() -> None:
    left = "Quake hits Keros\n\nA 6.1 magnitude quake struck Keros on Monday, killing four people."
    right = "Keros quake\n\nA 5.4 magnitude quake struck Keros on Monday, killing four people."
    pairs = red_marks(left, right)
    assert any("6.1" in a and "5.4" in b for a, b in pairs), pairs


# --- what is counted ------------------------------------------------------------------------


def test_two_women_and_a_man_are_the_three_dead() -> None:
    left = (
        "Fire at bank kills three\n\n"
        "Three bank workers died on Wednesday when a petrol bomb set their branch on fire in "
        "Lerida, police said."
    )
    right = (
        "Bank fire in Lerida\n\n"
        "A petrol bomb thrown into a bank branch in Lerida on Wednesday killed two women and a "
        "man who were trapped inside, police said."
    )
    assert red_marks(left, right) == []


def test_the_worst_hit_villages_are_a_writers_pick_not_a_count() -> None:
    left = (
        "Quake hits Keros\n\n"
        "The quake killed four people in Lindos, one of the 12 worst-hit villages, officials said."
    )
    right = (
        "Keros quake\n\n"
        "The quake killed four people. Red Cross workers said the four hardest-hit villages "
        "were Lindos, Arta, Pefki and Milos."
    )
    assert red_marks(left, right) == []


def test_more_than_a_hundred_thousand_allows_about_two_hundred_thousand() -> None:
    left = (
        "Quake hits Keros\n\n"
        "A quake struck Keros on Monday, killing four people. The island has about 200,000 "
        "residents."
    )
    right = (
        "Keros quake\n\n"
        "A quake hit Keros on Monday and killed four people. Keros has a population of more "
        "than 100,000."
    )
    assert red_marks(left, right) == []
