"""A day or a decade the other article's sentence of the same thing gives at another precision is
told there: a weekend holds its Sunday, and 1951 to 1957 lies in the 1950s. A weekday a weekend
does not hold, and a decade that holds none of the other's years, stay yellow.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks


def _cuts(day: str) -> str:
    return (
        "Greece unveils cuts\n\n"
        f"The Greek government announced {day} drastic public spending cuts in order to get "
        "bailout loans of 110 billion euros from the EU and the IMF. Unions called a general "
        "strike."
    )


_WEEKEND = (
    "Strike tests Greek government\n\n"
    "The government agreed at the weekend to drastic public spending cuts in return for 110 "
    "billion euros in bailout loans from the EU and the IMF. Unions called a general strike."
)


def test_cuts_announced_on_sunday_are_the_cuts_agreed_at_the_weekend() -> None:
    assert not marks(compare_texts(_cuts("Sunday"), _WEEKEND), "Sunday")


def test_a_wednesday_is_no_day_of_the_weekend() -> None:
    assert marks(compare_texts(_cuts("Wednesday"), _WEEKEND), "Wednesday")


def _outraged(decade: str) -> str:
    return (
        "Bettie Page dies at 85\n\n"
        "Bettie Page, the pin-up model whose photographs in magazines outraged Americans in "
        f"the {decade}, has died, her agent said. She was 85."
    )


_YEARS = (
    "Pin-up queen Bettie Page dead\n\n"
    "Bettie Page, whose pin-up photographs in magazines caused a stir from 1951 to 1957, has "
    "died, her agent said. She was 85."
)


def test_the_1950s_are_the_years_1951_to_1957_the_other_article_gives() -> None:
    assert not marks(compare_texts(_outraged("1950s"), _YEARS), "1950s")


def test_the_1960s_hold_none_of_those_years() -> None:
    assert marks(compare_texts(_outraged("1960s"), _YEARS), "1960s")
