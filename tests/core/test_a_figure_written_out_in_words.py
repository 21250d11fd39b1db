"""A figure written out in words ("Two and a half million vaccine doses") that the tagger reads
as a date is a figure still: it agrees with "2.5 million doses" and conflicts with "3.5 million"
in the other article, where it was marked as told by one article only."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

LEFT = (
    "The health ministry said {doses} doses of the vaccine will arrive next month. Hospitals "
    "will get most of them. The campaign starts on October 1."
)
RIGHT = (
    "Two and a half million vaccine doses are due to be delivered in the coming month, the "
    "ministry said. Most will go to hospitals. Vaccinations begin Oct. 1."
)


def test_two_and_a_half_million_doses_agree_with_2_5_million() -> None:
    report = compare_stories(LEFT.format(doses="2.5 million"), RIGHT)
    assert ({"2.5 million"}, {"Two and a half million"}) in agreed_texts(report), yellow(report)


def test_two_and_a_half_million_doses_conflict_with_3_5_million() -> None:
    report = compare_stories(LEFT.format(doses="3.5 million"), RIGHT)
    assert ({"3.5 million"}, {"Two and a half million"}) in conflict_texts(report), yellow(report)
