"""A British wire opens "Sixty-five per cent of traffic to Mumbai was down" and another paper
writes "65% of traffic to Mumbai was down": the model tags only "Sixty-five" and leaves the two
words of the percent sign outside, so the share read as a bare count of 65 and both figures were
marked as told by one article only. Taken whole, the share agrees with "65%", and another share
("Forty per cent") still clashes with it."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

_LEFT = (
    "Cable cut slows the web\n\n"
    "{} of traffic to Mumbai was down on Friday after a cable was cut, a spokesman said."
)
_RIGHT = (
    "Cut cable disrupts internet\n\n"
    "Officials said that {} of traffic to Mumbai was down on Friday after a cable was cut."
)


def test_a_share_in_words_per_cent_agrees_with_the_same_share_as_a_percent_sign() -> None:
    report = compare_stories(_LEFT.format("Sixty-five per cent"), _RIGHT.format("65%"))
    marks = yellow(report)
    assert "Sixty-five" not in marks and "65%" not in marks, marks
    assert not conflict_texts(report)


def test_another_share_in_words_per_cent_still_clashes_with_the_percent_sign() -> None:
    report = compare_stories(_LEFT.format("Forty per cent"), _RIGHT.format("65%"))
    assert ({"Forty per cent"}, {"65%"}) in conflict_texts(report), conflict_texts(report)
