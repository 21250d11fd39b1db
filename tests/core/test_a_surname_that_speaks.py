"""A surname alone that says things ("Bratton said ...") is a person, though the small model read
it as a place; a town named with "in" and a city the map knows keep being places."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import left_only_types

_HEAD = (
    "Man shot dead outside his home\n\n"
    "A man was shot dead outside his home on Tuesday morning, police said.\n\n"
)


def _types_of(extra: str, name: str) -> set[MentionType]:
    return left_only_types(_HEAD + extra + "\n", _HEAD, name)


def test_a_surname_that_says_things_is_a_person() -> None:
    extra = "Bratton said Escalante was loading a car seat."
    assert _types_of(extra, "Bratton") == {MentionType.PERSON}


def test_a_town_where_witnesses_spoke_stays_a_place() -> None:
    extra = "Witnesses in Bratton said Escalante was loading a car seat."
    assert _types_of(extra, "Bratton") == {MentionType.PLACE}


def test_a_capital_that_speaks_for_its_state_stays_a_place() -> None:
    extra = "Tehran said the quake was strong."
    assert _types_of(extra, "Tehran") == {MentionType.PLACE}
