"""One article reports "a first-quarter profit of $61 million, down from $75 million a year
earlier", the other "$61 million in the first three months of the year, compared with $75
million in the same period last year": a quarter is its three months, and "a year earlier"
beside this year's result is last year, so neither period is marked as one only one article
gives. Another quarter, or another year back, keeps the mark."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = (
    "Northwind profit falls\n\n"
    "Northwind reported a {quarter} profit of $61 million on Monday, down from $75 million "
    "{back}."
)
_RIGHT = (
    "Northwind earnings drop\n\n"
    "Northwind said on Monday it earned $61 million in the first three months of the year, "
    "compared with $75 million in the same period last year."
)


def _marks(quarter: str = "first-quarter", back: str = "a year earlier") -> list[str]:
    return yellow(compare_stories(_LEFT.format(quarter=quarter, back=back), _RIGHT))


def test_the_first_quarter_and_the_year_before_are_told_in_other_words() -> None:
    assert _marks() == [], _marks()


def test_another_quarter_keeps_the_mark() -> None:
    marks = _marks(quarter="second-quarter")
    assert "first three months of the year" in marks, marks


def test_another_year_back_keeps_the_mark() -> None:
    marks = _marks(back="two years earlier")
    assert "two years earlier" in marks, marks
