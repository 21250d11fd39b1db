"""The country (or US state) each opening tells the story in: a "Texas convict" in one headline
and a "Colorado inmate" in the other is a conflict on where, when neither article names the
other's state; a headline naming where the news was heard, with the other country named in the
story, is not (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import place_conflicts

LEFT = (
    "Texas convict in wheelchair pulls gun on guards, escapes\n\n"
    "A convict serving a life sentence pulled a gun on two guards during a prison transfer and "
    "fled on foot, officials said. Arcade Comeaux, 49, had been riding in a wheelchair. Officers "
    "searched the woods through the night."
)


def test_two_states_in_the_two_headlines_are_a_conflict_on_where() -> None:
    right = (
        "Armed and dangerous Colorado inmate on the loose\n\n"
        "Officials are searching for an escaped inmate who is considered armed and dangerous. "
        "Arcade Comeaux took two transport officers hostage, then escaped from the vehicle and "
        "took off on foot. He was serving a life sentence."
    )
    assert ({"Texas"}, {"Colorado"}) in place_conflicts(compare(LEFT, right))


def test_a_city_in_another_country_than_the_other_openings_country_is_a_conflict() -> None:
    left = (
        "Turkmenistan votes for a new parliament\n\n"
        "Voting for members of parliament began in Turkmenistan on Sunday. A total of 288 "
        "candidates run for 125 seats. Foreign observers monitor the elections."
    )
    right = (
        "Hamburg goes to the polls\n\n"
        "Voters in Hamburg are going to the polls in parliamentary elections portrayed by the "
        "government as a step towards democracy. All 288 candidates receive state funding."
    )
    assert ({"Turkmenistan"}, {"Hamburg"}) in place_conflicts(compare(left, right))


def test_the_other_state_named_anywhere_in_the_story_leaves_room_for_both() -> None:
    right = (
        "Armed and dangerous Colorado inmate on the loose\n\n"
        "Officials are searching for an escaped inmate who is considered armed and dangerous. "
        "Arcade Comeaux took two transport officers hostage in Texas, then escaped on foot. "
        "He was serving a life sentence."
    )
    assert place_conflicts(compare(LEFT, right)) == []


def test_a_city_and_the_state_it_lies_in_are_one_place() -> None:
    right = (
        "Armed and dangerous Houston inmate on the loose\n\n"
        "Officials are searching for an escaped inmate who is considered armed and dangerous. "
        "Arcade Comeaux took two transport officers hostage, then escaped on foot. He was "
        "serving a life sentence."
    )
    assert place_conflicts(compare(LEFT, right)) == []
