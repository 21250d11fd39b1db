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
