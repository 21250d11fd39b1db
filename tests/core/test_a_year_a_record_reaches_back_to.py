"""A year a record reaches back to is no date of the election: "the highest for a provincial vote
since 1998" tells how long ago turnout was last as high, and never clashes with the other
article's "the last provincial election in 2021" (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts


def _vote(sentence: str) -> str:
    return (
        "Greens win Varden provincial election\n\n"
        "The Green Party won the largest share of the vote in Sunday's provincial election in "
        f"Varden, according to results published on Monday. {sentence}"
    )


LEFT = _vote(
    "Turnout was 61.2 percent, up from 55.4 percent at the last provincial election in 2019, "
    "the electoral office said."
)


def test_a_records_year_is_no_date_of_the_last_election() -> None:
    right = _vote("Turnout, at 61.2 percent, was the highest for a provincial vote since 1994.")
    assert conflict_texts(compare(LEFT, right)) == []


def test_two_years_a_record_reaches_back_to_still_clash() -> None:
    left = _vote("Turnout, at 61.2 percent, was the highest for a provincial vote since 1990.")
    right = _vote("Turnout, at 61.2 percent, was the highest for a provincial vote since 1994.")
    assert ({"1990"}, {"1994"}) in conflict_texts(compare(left, right))
