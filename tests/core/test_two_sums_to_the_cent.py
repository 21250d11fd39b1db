"""Two reports of one share price move: "fell $2.49 to $46.64" / "fell $2.56 to $44.27". Sums in
one currency, each to the cent, are either the same or not: no leeway makes them one figure,
while a length restated in another unit keeps its rounding ("200ft" / "about 60m")."""

from desktop.core.figures.numbers.values import numbers_compatible, parse_number
from tests.factories import compare_stories, conflict_texts


def test_two_drops_to_the_cent_are_not_the_same_figure() -> None:
    a, b = parse_number("$2.49"), parse_number("$2.56")
    assert a is not None and b is not None
    assert numbers_compatible(a, b) is False


def test_a_length_in_another_unit_keeps_its_leeway() -> None:
    a, b = parse_number("200ft"), parse_number("61m")
    assert a is not None and b is not None
    assert numbers_compatible(a, b) is True


def test_a_share_price_drop_told_two_ways_is_a_conflict() -> None:
    report = compare_stories(
        "HP shares fell $2.49 to close at $46.64 on Tuesday, the company said.",
        "HP shares fell $2.56 to close at $46.64 on Tuesday, the company said.",
    )
    assert conflict_texts(report) == [({"$2.49"}, {"$2.56"})]
