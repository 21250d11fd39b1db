"""Phoenix "reached 118 degrees Fahrenheit" in one article and hit "a record 118 degrees" in the
other: degrees given with no scale are on the scale the readers use, so the same number of
degrees is the same reading, and the temperature is not marked as one only the first article
gives. Another number of degrees keeps the mark."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_LEFT = (
    "Phoenix sets heat record\n\n"
    "The temperature in Phoenix reached 118 degrees Fahrenheit at the airport on Sunday, "
    "breaking the record for the date, the weather service said."
)
_RIGHT = (
    "Heat wave grips Arizona\n\n"
    "Phoenix hit a record {} at the airport on Sunday, the weather service said."
)


@pytest.mark.parametrize("heat", ["118 degrees", "118°"])
def test_the_same_degrees_with_no_scale_are_the_same_heat(heat: str) -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format(heat)))
    assert "118 degrees Fahrenheit" not in marks, marks


def test_other_degrees_keep_the_mark() -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format("115 degrees")))
    assert "118 degrees Fahrenheit" in marks, marks
