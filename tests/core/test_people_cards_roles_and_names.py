"""A journalist reads the People view of two made-up reports of a bombing that killed a bomb
technician: a compound trade is one role, a clause's subject hung on a name is no role, and a
channel's abbreviation is nobody's name."""

from __future__ import annotations

import pytest

from desktop.core.model import PersonCard
from desktop.core.naming.name_words import can_be_name_word, has_name_word
from desktop.core.persons.people import person_cards
from tests.core.people_texts import ParsedPair, parse_pair

LEFT = (
    "Bomb kills officer at bank\n\n"
    "State police bomb technician Carl Mendoza was killed on Friday when a device exploded "
    "outside a bank in Riverton.\n\n"
    "After the death of 17-year-old Dana Whitlow, several protests and riots have broken out "
    'in the town. "It was terrible," said Nora Pike, a reporter at KRVT-TV, Ch. 9.'
)
RIGHT = (
    "Officer dies in Riverton bank blast\n\n"
    "A police bomb technician, Carl Mendoza, died on Friday after a device went off outside a "
    "bank in Riverton. Dana Whitlow, 17, was killed last month."
)


@pytest.fixture(scope="module")
def cards() -> list[PersonCard]:
    pair: ParsedPair = parse_pair(LEFT, RIGHT, day=None)
    return list(person_cards(pair.left, pair.right, pair.links, *pair.docs))


def _left_roles(cards: list[PersonCard], surname: str) -> list[str]:
    card = next(c for c in cards if any(surname in n for n in c.left.names))
    return [a.value for a in card.left.attributes if a.kind == "role"]


def test_a_bomb_technician_is_one_role_not_a_bomb_and_a_technician(
    cards: list[PersonCard],
) -> None:
    roles = _left_roles(cards, "Mendoza")
    assert any(r.endswith("bomb technician") for r in roles)  # "police bomb technician" too
    assert "bomb" not in roles and "technician" not in roles


def test_protests_and_riots_after_a_death_are_no_role_of_the_dead_teen(
    cards: list[PersonCard],
) -> None:
    assert not any("protests" in r for r in _left_roles(cards, "Whitlow"))


def test_the_channel_abbreviation_ch_is_not_shown_as_a_person(cards: list[PersonCard]) -> None:
    names = {n for c in cards for n in c.left.names + c.right.names}
    assert "Ch" not in names
    assert any("Nora Pike" in n for n in names)


@pytest.mark.parametrize("word", ["ch", "mr", "j"])
def test_an_abbreviation_or_an_initial_is_no_word_of_a_name(word: str) -> None:
    assert not can_be_name_word(word)


@pytest.mark.parametrize("words", [["ng"], ["li"], ["wu"], ["lynn"], ["j", "ng"], ["иван"]])
def test_short_and_vowelless_names_people_really_have_stay_names(words: list[str]) -> None:
    assert has_name_word(words)
