"""Both articles say the Angels made an eight-year offer; the right adds that "the seven-year
offers" for the player were in some range. A measure hyphened before a plural noun measures each
of several offers, not the one offer the left measures in the singular: no conflict. When the
right gives "a seven-year offer", one offer has two lengths and the two clash (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The Angels have made an eight-year contract offer to first baseman Mark Tobin, the team's "
    "general manager said on Tuesday.\n\n"
    "The dollar amount of the offer was not disclosed."
)
_RIGHT = (
    "The Angels made an eight-year offer to first baseman Mark Tobin on Tuesday, general "
    "manager Tony Reese said.\n\n"
    "No dollar figures have been released with the offer, but the seven-year offers for Tobin "
    "were in the $140 million to $160 million range."
)
_RIGHT_ALONE = (
    "The Angels made a seven-year offer to first baseman Mark Tobin on Tuesday, general manager "
    "Tony Reese said.\n\n"
    "No dollar figures have been released with the offer."
)


def _length_clashes(right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_texts(_LEFT, right, "2024-02-06")
    return [(a, b) for a, b in conflict_texts(report) if any("seven" in t for t in b)]


def test_the_earlier_offers_length_is_no_second_length_of_the_offer_both_give() -> None:
    assert _length_clashes(_RIGHT) == []


def test_one_offer_given_two_lengths_is_a_conflict() -> None:
    assert _length_clashes(_RIGHT_ALONE) != []
