"""One article says Ortega "was convicted in 2016", the other that the fire was "in August 2015"
and "He was found guilty a year later": a lapse counted forward from the date told just before
it reaches a date, so neither "2016" nor "a year later" is marked as a fact only one article
gives. A lapse that reaches another date ("two years later") keeps the marks, and one with no
upper bound ("more than two years later") reaches no date."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_LEFT = (
    "Arson conviction overturned\n\n"
    "Ortega was convicted in 2016 of setting the fire that destroyed a duplex in Tulsa in "
    "August 2015, a court said on Thursday."
)
_RIGHT = (
    "Arson conviction reversed\n\n"
    "The blaze in August 2015 gutted a duplex in Tulsa, a court said on Thursday. "
    "Ortega was found guilty {}."
)


def test_a_year_later_than_august_2015_is_2016() -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format("a year later")))
    assert "2016" not in marks and "a year later" not in marks, marks


@pytest.mark.parametrize("lapse", ["two years later", "a month later"])
def test_a_lapse_reaching_another_date_keeps_the_marks(lapse: str) -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format(lapse)))
    assert "2016" in marks, marks


def test_a_lapse_with_no_upper_bound_reaches_no_date_and_breaks_nothing() -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format("more than two years later")))
    assert "August 2015" not in marks, marks
