"""What a reader takes from a baby's age in months and from a list of people arrested together.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values


def test_an_eighteen_month_old_named_after_the_description_is_one() -> None:
    body = "The 18-month-old girl, Lia Vold, was shot in the leg on Sunday."
    card = _cards(body)["Lia Vold"]
    assert _values(card.left, "age") == {"1"}
    assert _values(card.left, "status") == {"injured"}


def test_age_given_as_months_after_the_name_is_read_in_years() -> None:
    body = "John Smith, age 9 months, and Mary Jones, 28, were killed on Sunday."
    assert _values(_cards(body)["John Smith"].left, "age") == {"0"}


def test_minutes_after_a_name_are_no_age() -> None:
    body = "John Smith, 20 minutes later, called 911 to say he had found his wife shot."
    assert _values(_cards(body)["John Smith"].left, "age") == set()


def test_the_second_of_two_people_arrested_with_their_ages_is_arrested_too() -> None:
    body = "Police arrested John Smith, 24, and Mary Jones, 19, on Monday."
    cards = _cards(body)
    for name, age in (("John Smith", "24"), ("Mary Jones", "19")):
        assert _values(cards[name].left, "status") == {"arrested"}
        assert _values(cards[name].left, "age") == {age}


def test_a_man_officers_found_dead_was_killed() -> None:
    body = "Officers found John Smith dead on Sunday in his car."
    assert _values(_cards(body)["John Smith"].left, "status") == {"killed"}


def test_a_woman_deputies_found_shot_in_the_chest_was_hurt() -> None:
    body = "Deputies found Ann Vold shot in the chest on Sunday."
    assert _values(_cards(body)["Ann Vold"].left, "status") == {"injured"}


def test_a_man_found_to_have_shot_his_wife_is_not_the_one_hurt() -> None:
    body = "Investigators found John Smith shot his wife before fleeing on Sunday."
    assert _values(_cards(body)["John Smith"].left, "status") == set()


def test_a_man_placed_under_arrest_is_arrested() -> None:
    body = "John Smith was placed under arrest on Monday after a standoff."
    assert _values(_cards(body)["John Smith"].left, "status") == {"arrested"}


def test_both_people_listed_after_shot_were_are_hurt() -> None:
    body = "Shot were John Smith, 24, and Mary Jones, 19. Both are expected to recover."
    cards = _cards(body)
    for name in ("John Smith", "Mary Jones"):
        assert _values(cards[name].left, "status") == {"injured"}


def test_a_gunman_who_killed_his_wife_before_killing_himself_is_dead_too() -> None:
    body = "Mark Lee shot and killed his wife, Mary Lee, 40, before killing himself."
    cards = _cards(body)
    assert _values(cards["Mark Lee"].left, "status") == {"killed"}
    assert _values(cards["Mary Lee"].left, "age") == {"40"}


def test_everyone_listed_after_dead_are_is_killed() -> None:
    body = "Dead are John Smith, 24, Mary Jones, 19, and Mark Lee, 30, police said on Monday."
    cards = _cards(body)
    for name in ("John Smith", "Mary Jones", "Mark Lee"):
        assert _values(cards[name].left, "status") == {"killed"}


def test_both_deaths_police_investigate_are_on_the_cards() -> None:
    body = "Police are investigating the deaths of John Smith, 24, and Mary Jones, 19."
    cards = _cards(body)
    for name in ("John Smith", "Mary Jones"):
        assert _values(cards[name].left, "status") == {"killed"}
