"""A sum the partner sentence gives in another currency is told there: "a haul put at 2 million
euros" / "jewellery worth £1.7m" is one haul, converted at a rate of the articles' year. A sum
ten times larger converts at no such rate and stays one-sided on both sides."""

from __future__ import annotations

from tests.factories import compare_stories
from tests.factories import marks_of as marks

_LEFT = (
    "Thieves hit Paris jewellery store\n\n"
    "Four robbers rammed a car into a Paris jewellery store early Monday, police said.\n\n"
    "The thieves took jewellery and watches, a haul put at 2 million euros, Le Monde reported."
)


def _right(worth: str) -> str:
    return (
        "Jewels stolen in Paris raid\n\n"
        f"Jewellery and watches worth {worth} have been stolen during a raid on a Paris shop.\n\n"
        "Four men rammed a car into the store on Monday, police said."
    )


def test_a_haul_of_two_million_euros_is_the_haul_worth_one_point_seven_million_pounds() -> None:
    report = compare_stories(_LEFT, _right("£1.7m"))
    assert not marks(report, "2 million euros")
    assert not marks(report, "£1.7m")


def test_a_haul_of_two_million_euros_is_not_told_by_seventeen_million_pounds() -> None:
    report = compare_stories(_LEFT, _right("£17m"))
    assert marks(report, "2 million euros")
    assert marks(report, "£17m")
