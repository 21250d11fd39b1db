"""People cards: what each article says about each person, left and right."""

from __future__ import annotations

import pytest

from desktop.core.model import PersonAttribute, PersonCard, PersonSide
from desktop.core.persons.people import (
    AGREE,
    CONFLICT,
    DIFFERENT,
    ONE_SIDE,
    compare_sides,
    person_cards,
)
from tests.core.people_texts import LEFT, RIGHT, parse_pair
from tests.core.people_texts import values_of as _values


@pytest.fixture(scope="module")
def cards() -> dict[str, PersonCard]:
    pair = parse_pair()
    found = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    return {card.name: card for card in found}


def test_major_petrov_47_and_petrov_48_share_one_card_with_an_age_conflict(
    cards: dict[str, PersonCard],
) -> None:
    card = cards["Ivan Petrov"]
    assert _values(card.left, "age") == {"47"} and _values(card.right, "age") == {"48"}
    ages = next(c for c in card.comparisons if c.kind == "age")
    assert ages.verdict == CONFLICT and card.has_conflict
    age = next(a for a in card.left.attributes if a.kind == "age")
    assert LEFT[age.start : age.end] == "47"


def test_shot_dead_and_died_both_say_petrov_was_killed(cards: dict[str, PersonCard]) -> None:
    card = cards["Ivan Petrov"]
    assert _values(card.left, "status") == {"killed"} == _values(card.right, "status")
    status = next(a for a in card.right.attributes if a.kind == "status")
    assert RIGHT[status.start : status.end] == "died"


def test_major_beside_deputy_chief_is_a_difference_not_a_contradiction(
    cards: dict[str, PersonCard],
) -> None:
    card = cards["Ivan Petrov"]
    assert _values(card.left, "title") == {"Major"}
    assert _values(card.right, "role") == {"deputy chief of submarine forces"}
    standing = next(c for c in card.comparisons if c.kind == "title/role")
    assert standing.verdict == DIFFERENT


def test_an_arrested_spokesman_who_told_reporters_is_arrested_quoted_and_affiliated(
    cards: dict[str, PersonCard],
) -> None:
    card = cards["John Smith"]
    assert {"arrested", "quoted"} <= _values(card.left, "status")
    assert _values(card.left, "affiliation") == {"Defense Ministry"}
    assert card.right == PersonSide()  # the other article never names him: an empty column


def test_wounded_on_one_side_and_killed_on_the_other_is_a_conflict(
    cards: dict[str, PersonCard],
) -> None:
    card = cards["Jane Doe"]
    assert _values(card.left, "status") == {"injured"}
    assert _values(card.right, "status") == {"killed"}
    assert _values(card.right, "age") == {"23"}
    status = next(c for c in card.comparisons if c.kind == "status")
    assert status.verdict == CONFLICT


def test_a_russian_president_gets_his_title_and_nationality(cards: dict[str, PersonCard]) -> None:
    card = cards["Vladimir Putin"]
    assert _values(card.right, "title") == {"President"}
    assert _values(card.right, "nationality") == {"Russian"}
    assert card.left.names == ()


def test_two_children_of_one_family_get_two_cards() -> None:
    left = "Caleb Jackson, 9, and Trinity Jackson, 7, were killed. Caleb Jackson was shot at home."
    pair = parse_pair(left, "Trinity Jackson, 7, died on Sunday.")
    found = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    by_name = {card.name: card for card in found}
    assert _values(by_name["Caleb Jackson"].left, "age") == {"9"}
    assert _values(by_name["Trinity Jackson"].left, "age") == {"7"}
    assert _values(by_name["Trinity Jackson"].right, "age") == {"7"}
    assert by_name["Caleb Jackson"].right == PersonSide()


def _side(*attributes: tuple[str, str]) -> PersonSide:
    return PersonSide(("X",), tuple(PersonAttribute(k, v, 0, 1) for k, v in attributes))


def test_arrested_on_one_side_and_charged_on_the_other_is_only_a_difference() -> None:
    (row,) = compare_sides(_side(("status", "arrested")), _side(("status", "charged")))
    assert row.verdict == DIFFERENT


def test_same_age_agrees_and_an_age_on_one_side_is_one_sided() -> None:
    (row,) = compare_sides(_side(("age", "30")), _side(("age", "30")))
    assert row.verdict == AGREE
    (row,) = compare_sides(_side(("age", "30")), _side())
    assert row.verdict == ONE_SIDE


def test_two_nationalities_conflict_but_two_roles_only_differ() -> None:
    rows = compare_sides(
        _side(("nationality", "Russian"), ("role", "pilot")),
        _side(("nationality", "Ukrainian"), ("role", "officer")),
    )
    verdicts = {r.kind: r.verdict for r in rows}
    assert verdicts == {"nationality": CONFLICT, "role": DIFFERENT}


def test_what_happened_to_each_victim_is_read_from_many_wordings() -> None:
    left = (
        "Police said Devonte Wade, 20, opened fire at the mall. Wade was arrested on Friday. "
        "Kari Oehme remains hospitalized. Shirley Timmons was fatally gunned down by the shooter. "
        "Steve Timmons remains in critical condition. Jane Doe suffered a gunshot wound."
    )
    pair = parse_pair(left, "A shooting happened at the mall.")
    found = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    status = {card.name: _values(card.left, "status") for card in found}
    assert status["Devonte Wade"] == {"arrested"}  # the bare surname the tagger left out
    assert status["Kari Oehme"] == {"injured"}
    assert status["Shirley Timmons"] == {"killed"}
    assert status["Steve Timmons"] == {"injured"}
    assert status["Jane Doe"] == {"injured"}


def test_the_man_killed_identified_as_a_name_makes_that_person_killed() -> None:
    left = "The man killed in the shooting was identified as Michael Carter, 26."
    pair = parse_pair(left, "A shooting happened on Sunday.")
    (card,) = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    assert _values(card.left, "status") == {"killed"}
    assert _values(card.left, "age") == {"26"}


def test_an_age_on_the_noun_a_name_restates_and_a_shooting_that_killed_are_read() -> None:
    left = (
        "The 45-year-old mother, Mary Johnson, told deputies what happened. "
        "The suspect shot Robert Miller, killing him. Thomas Brown gunned down Christine Belford. "
        "Craig Wilson turned himself in on Friday."
    )
    pair = parse_pair(left, "A shooting happened on Sunday.")
    cards = {c.name: c for c in person_cards(pair.left, pair.right, pair.links, *pair.docs)}
    assert _values(cards["Mary Johnson"].left, "age") == {"45"}
    assert _values(cards["Robert Miller"].left, "status") == {"killed"}
    assert _values(cards["Christine Belford"].left, "status") == {"killed"}
    assert _values(cards["Thomas Brown"].left, "status") == set()
    assert _values(cards["Craig Wilson"].left, "status") == {"arrested"}
