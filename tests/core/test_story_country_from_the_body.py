"""A reader compares two fight reports: one opens "Klitschko defended his titles in Canada"; the
other's opening names no country, but its body puts everything it places in Germany ("arrived in
Germany on Monday", "training in Germany since September"). The story is told in two countries
and neither article names the other's: a conflict. A body that places things in two countries
says no one country."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

OPENING = (
    "Klitschko stops Rahman in the seventh\n\nWladimir Klitschko defended his heavyweight titles "
    "with a lopsided victory over the American Hasim Rahman on Saturday, winning by a technical "
    "knockout.\n\nThe referee stopped the fight in the seventh round after Rahman failed to "
    "answer a long series of jabs.\n\nKlitschko controlled every round with his left hand and "
    "never let the challenger come close.\n\n"
)
IN_GERMANY = (
    "Rahman arrived in Germany on Monday and declared he was in top shape.\n\nThe challenger had "
    "been training in Germany since September.\n"
)


def right(country: str) -> str:
    return (
        f"Klitschko beats Rahman\n\nWladimir Klitschko defended his heavyweight titles in {country} "
        "on Saturday with a lopsided victory over Hasim Rahman.\n"
    )


def test_an_opening_country_conflicts_with_the_one_country_the_other_body_places_all_in() -> None:
    found = conflict_texts(compare_stories(OPENING + IN_GERMANY, right("Canada")))
    assert ({"Germany"}, {"Canada"}) in found


def test_the_same_country_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(OPENING + IN_GERMANY, right("Germany"))) == []


def test_a_body_placing_things_in_two_countries_says_no_one_country() -> None:
    abroad = "He had spent the summer training in Austria.\n"
    assert conflict_texts(compare_stories(OPENING + IN_GERMANY + abroad, right("Canada"))) == []
