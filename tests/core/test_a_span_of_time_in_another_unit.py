"""Prosecutors "have 30 days to decide" in one article and "a month to decide" in the other; "24
hours" are "a day". A month holds 28 to 31 days and a day 24 hours, so in the sentence that
tells the same thing the span is one, and neither side marks it as one only it gives. A span
the other unit cannot hold ("20 days" / "a month") keeps the mark."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_STORY = (
    "Arson conviction overturned\n\n"
    "An appeals court threw out the arson conviction of James Ortega on Thursday, and "
    "prosecutors have {} to decide whether to try him again, his lawyer said."
)


@pytest.mark.parametrize(
    ("ours", "theirs"), [("30 days", "a month"), ("a month", "30 days"), ("24 hours", "a day")]
)
def test_the_same_span_in_another_unit_is_told(ours: str, theirs: str) -> None:
    marks = yellow(compare_stories(_STORY.format(ours), _STORY.format(theirs)))
    assert marks == [], marks


@pytest.mark.parametrize(("ours", "theirs"), [("20 days", "a month"), ("36 hours", "a day")])
def test_a_span_the_other_unit_cannot_hold_keeps_the_mark(ours: str, theirs: str) -> None:
    marks = yellow(compare_stories(_STORY.format(ours), _STORY.format(theirs)))
    assert ours in marks, marks
