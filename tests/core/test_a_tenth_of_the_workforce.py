"""A share told as "a tenth" or "two-fifths" in one article and as a percentage in the other
("10 percent of its workforce", "some 40 percent of the land") is one share, not a figure only
one side gives; a share far from it ("roughly 30 percent", "three-fifths") still conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_a_tenth_of_the_workforce_is_ten_percent_of_it() -> None:
    report = compare_texts(
        "The airline will cut 2,500 jobs, or 10 percent of its workforce.",
        "The airline will cut 2,500 jobs, a tenth of its workforce.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_two_fifths_of_the_land_is_forty_percent_of_it() -> None:
    report = compare_texts(
        "Some 40 percent of the land was flooded.", "Two-fifths of the land was flooded."
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_tenth_is_not_thirty_percent() -> None:
    report = compare_texts(
        "The airline will cut 2,500 jobs, or roughly 30 percent of its workforce.",
        "The airline will cut 2,500 jobs, about a tenth of its workforce.",
    )
    assert conflict_texts(report) == [({"roughly 30 percent"}, {"about a tenth"})]
