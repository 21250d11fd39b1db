"""A journalist reads the People tab: a role the article writes with a hyphen ("her
ex-boyfriend") reads as one role, not as "her ex" and "boyfriend", which the parser made of it.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.core.people_texts import story_cards, values_of


def test_a_hyphened_role_reads_as_one_word_on_the_card() -> None:
    cards = story_cards(
        "A 24-year-old woman was found dead. Police are looking for Bo Ray, her ex-boyfriend."
    )
    assert values_of(cards["Bo Ray"].left, "role") == {"her ex-boyfriend"}


def test_two_roles_apart_stay_two() -> None:
    cards = story_cards("Hospital spokeswoman Ilene Wolfe said the man was stable.")
    assert values_of(cards["Ilene Wolfe"].left, "role") == {"spokeswoman"}
