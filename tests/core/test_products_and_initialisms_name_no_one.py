"""A product's name the small model reads as a person's ("two Thunderbolt ports") and the
initialism of a common noun it reads as a body's ("8GB of RAM", "placed on IR") are no person
and no body: no yellow mark says the other article lacks a person or an organisation it never
meant. A body's name before its product ("Intel chips") and a body's initials ("the IRS") stay
names (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import left_only_types

LAPTOP = "Apple unveiled a new laptop on Monday in San Francisco.\n\n"
RIGHT = LAPTOP + "The laptop costs $2,199 and goes on sale next week.\n\n"


def test_a_port_named_after_its_technology_is_no_person() -> None:
    left = (
        LAPTOP + "The laptop has two Thunderbolt ports, and older drives connect over "
        "Thunderbolt with an adapter.\n\n"
    )
    assert MentionType.PERSON not in left_only_types(left, RIGHT, "Thunderbolt")


def test_a_makers_name_before_its_chips_stays_a_body() -> None:
    left = LAPTOP + "The laptop runs on Intel chips, and Intel said supply was tight.\n\n"
    assert left_only_types(left, RIGHT, "Intel") == {MentionType.ORGANISATION}


def test_the_initialism_of_a_common_noun_is_no_organisation() -> None:
    left = LAPTOP + "The laptop ships with 8GB of RAM and a fast CPU.\n\n"
    assert left_only_types(left, RIGHT, "RAM") == set()


def test_a_players_move_to_injured_reserve_names_no_body() -> None:
    game = "The Falcons lost 24-10 to the Bears on Thursday in Chicago.\n\n"
    left = game + "The Falcons placed linebacker Sam Ortiz on IR on Friday.\n\n"
    right = game + "Ortiz will miss the rest of the season with a knee injury.\n\n"
    assert left_only_types(left, right, "IR") == set()


def test_a_bodys_initials_that_end_in_s_stay_a_body() -> None:
    left = LAPTOP + "The IRS said it would review the deal.\n\n"
    assert left_only_types(left, RIGHT, "IRS") == {MentionType.ORGANISATION}
