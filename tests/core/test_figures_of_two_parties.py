"""One club's offer is no account of another club's: "the Orioles have offered a seven-year deal"
/ "the Red Sox have offered an eight-year deal", in articles naming both clubs, do not clash.
Two agencies' readings of one quake, neither named by the other article, still do."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

ORIOLES = (
    "Orioles bid for Marks\n\nThe Orioles have offered first baseman Tom Marks a seven-year deal, "
    "according to reports. The Red Sox are also in the running."
)
RED_SOX = (
    "Red Sox in talks\n\nTom Marks met the Orioles on Monday. Newsday reported that the Red Sox "
    "have offered the first baseman an eight-year deal."
)


def test_one_clubs_offer_does_not_clash_with_another_clubs_offer() -> None:
    assert conflict_texts(compare_texts(ORIOLES, RED_SOX)) == []


def test_two_agencies_reading_one_quake_still_clash() -> None:
    left = "Quake hits\n\nThe USGS put the magnitude of Sunday's quake near Bam at 6.1."
    right = "Quake hits Iran\n\nThe EMSC put the magnitude of Sunday's quake near Bam at 5.9."
    assert ({"6.1"}, {"5.9"}) in conflict_texts(compare_texts(left, right))
