"""Forty nations pledged "to reduce plastic waste by 50 percent by 2040" in one article and "to
cut plastic waste by half by 2040" in the other: a reporter's "half" is 50 percent, so in the
sentence telling the same thing the percentage is not marked as a figure only one article
gives; nor is "33 percent" beside "a third", or "50 percent" beside "halve". Another percentage
("by 40 percent" / "by half") keeps the mark."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_LEFT = (
    "Nairobi pact on plastic waste\n\n"
    "Forty nations, among them China, pledged in Nairobi on Wednesday to reduce plastic waste by "
    "{} by 2040."
)
_RIGHT = (
    "Leaders agree to cut plastic waste\n\n"
    "Leaders from 40 countries meeting in Nairobi agreed on Wednesday to {} plastic waste by 2040."
)


@pytest.mark.parametrize(
    ("percent", "words"),
    [("50 percent", "cut by half"), ("50 percent", "halve"), ("33 percent", "cut by a third")],
)
def test_a_percentage_is_told_by_its_fraction(percent: str, words: str) -> None:
    marks = yellow(compare_stories(_LEFT.format(percent), _RIGHT.format(words)))
    assert percent not in marks, marks


def test_another_percentage_keeps_the_mark() -> None:
    marks = yellow(compare_stories(_LEFT.format("40 percent"), _RIGHT.format("cut by half")))
    assert "40 percent" in marks, marks
