"""In April one article says the studio will start the sequel "in the fall", the other that
production starts "later in the year": the fall is ahead in the page's year, one time told at two
precisions, so "later in the year" carries no yellow mark. On a December page the fall is behind:
"later in the year" is then a time the other article does not give, and so it is where the
other article speaks of "the fall of the regime", which names no season.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Director in talks for sequel\n\n"
    "The studio is in a rush to start the next film in the fall, people close to the talks said."
)
_RIGHT = (
    "Director negotiating sequel\n\n"
    "The studio wants the next film in production starting later in the year, people close to "
    "the talks said."
)


def test_later_in_the_year_is_told_by_the_fall_in_april() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2012-04-04")
    assert not marks(report, "later in the year")


def test_later_in_the_year_is_not_the_fall_in_december() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2012-12-04")
    assert marks(report, "later in the year")


def test_the_fall_of_a_regime_is_no_season() -> None:
    left = _LEFT.replace("in the fall", "after the fall of the regime")
    report = compare_texts(left, _RIGHT, "2012-04-04")
    assert marks(report, "later in the year")
