"""What someone "now has" is a stock, every happening added up: "Brightsat now has 60 satellites
in orbit" never clashes with the other article's "placed 24 satellites into orbit", the count of
the one launch both tell (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts


def _launch(headline: str, sentence: str) -> str:
    return (
        f"{headline}\n\n"
        "Corra Space launched a rocket from its Veld Point spaceport early on Friday. "
        f"{sentence} The company plans one more launch before the end of the year."
    )


def test_a_stock_is_no_count_of_the_launch() -> None:
    left = _launch(
        "Corra rocket puts 24 satellites into orbit",
        "The rocket placed 24 small satellites into orbit for the imaging firm Brightsat.",
    )
    right = _launch(
        "Corra launches 24 satellites",
        "All 24 satellites were built for Brightsat, which now has 60 satellites in orbit.",
    )
    assert conflict_texts(compare(left, right)) == []


def test_two_stocks_still_clash() -> None:
    left = _launch(
        "Corra rocket puts 24 satellites into orbit",
        "The satellites were built for Brightsat, which now has 66 satellites in orbit.",
    )
    right = _launch(
        "Corra launches 24 satellites",
        "The satellites were built for Brightsat, which now has 60 satellites in orbit.",
    )
    assert ({"66"}, {"60"}) in conflict_texts(compare(left, right))
