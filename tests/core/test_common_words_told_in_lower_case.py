"""A common word one article capitalises, which the other writes in lower case, is told there.

"Half a liter of Vodka" and "half a liter of vodka" report one drink; "at Bank" in a shouted
headline is the bank the other article names. A word the other article never writes keeps its
mark.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_DRANK = (
    "Man charged in fatal hit and run\n\n"
    "Police said LaSalle drank half a liter of Vodka before he drove to the Sam's Club in "
    "Bloomington and parked his car. He was arrested two blocks away."
)


def _told(drink: str) -> str:
    return (
        "Driver charged after woman killed\n\n"
        f"LaSalle told police he had drunk half a liter of {drink} before driving to the Sam's "
        "Club in Bloomington. He was arrested two blocks away."
    )


def test_the_vodka_one_article_capitalises_is_the_vodka_the_other_names() -> None:
    assert not marks(compare_texts(_DRANK, _told("vodka")), "Vodka")


def test_vodka_is_not_told_by_an_article_that_says_whiskey() -> None:
    assert marks(compare_texts(_DRANK, _told("whiskey")), "Vodka")


def test_the_bank_of_a_shouted_headline_is_the_bank_the_other_article_names() -> None:
    left = (
        "BREAKING NEWS: 3 DEAD due to Molotov cocktail at Bank\n\n"
        "Three people died when protesters threw a Molotov cocktail into a building in Athens on "
        "Wednesday, police said."
    )
    right = (
        "Deadly fire-bomb hits bank during riots\n\n"
        "Three people died at a branch of the Marfin bank in Athens on Wednesday after rioters "
        "threw Molotov cocktails inside, police said."
    )
    assert not marks(compare_texts(left, right), "Bank")
