"""A toll one article denies and the other counts: "No one was injured" against "Three people
were hurt" cannot both be true of one fire; "no one else", "no one was seriously hurt" and an
article that counts the harm itself leave room for the count (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

OPENING_L = "A fire destroyed a warehouse in Dayton on Tuesday night, firefighters said. "
OPENING_R = "A fire destroyed a Dayton warehouse late Tuesday, firefighters said. "
CLOSING = " The cause of the fire is under investigation."


def fire(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare_stories(OPENING_L + left + CLOSING, OPENING_R + right + CLOSING))


def test_no_one_injured_against_three_people_hurt_is_a_conflict() -> None:
    found = fire("No one was injured in the fire.", "Three people were hurt in the fire.")
    assert found == [({"No one was injured"}, {"Three"})]


def test_no_injuries_against_a_count_of_the_injured_is_a_conflict() -> None:
    found = fire("There were no injuries.", "Two workers were injured in the blaze.")
    assert found == [({"no injuries"}, {"Two"})]


def test_nobody_killed_against_a_death_toll_in_the_lead_is_a_conflict() -> None:
    left = (
        "A magnitude 5.1 earthquake hit central Italy on Friday, killing two people. "
        "Dozens of homes were damaged. Rescue teams searched the rubble overnight."
    )
    right = (
        "An earthquake of magnitude 5.1 struck central Italy on Friday. Rescue teams searched "
        "the rubble through the night. Nobody was killed, the civil protection agency said."
    )
    assert [({"two"}, {"Nobody was killed"})] == conflict_texts(compare_stories(left, right))


def test_no_one_is_not_a_count_of_one() -> None:
    """ "No one was injured" read as the figure one would agree with "One worker was injured"."""
    report = compare_stories(
        OPENING_L + "No one was injured in the fire." + CLOSING,
        OPENING_R + "One worker was injured in the fire." + CLOSING,
    )
    (found,) = conflicts(report)
    assert "nobody was harmed" in found.reason


def test_no_one_else_leaves_room_for_the_injured_the_other_counts() -> None:
    assert not fire("No one else was injured.", "Three people were hurt in the fire.")


def test_a_denial_of_serious_harm_or_of_other_harm_is_no_conflict() -> None:
    assert not fire("No one was seriously injured.", "Three people were hurt in the fire.")
    assert not fire("No one was killed in the fire.", "Three people were hurt in the fire.")


def test_an_article_that_counts_the_harm_itself_denies_it_of_others_only() -> None:
    left = "Two workers were injured. No one was hurt in the neighbouring homes."
    assert not [c for c in fire(left, "Three people were hurt.") if "No one" in str(c)]
