"""A depth told with a unit ("trapped 700 metres below the surface") is a length, whatever
"below" it stands before: not a gap between two counts ("three games behind the leaders"). So it
agrees with the same depth in feet and conflicts with another."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_seven_hundred_metres_below_the_surface_are_2300_feet_below_ground() -> None:
    report = compare_texts(
        "The miners were trapped 700 metres below the surface.",
        "The miners were trapped 2,300 feet below ground.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_seven_hundred_metres_below_the_surface_are_not_1000_feet() -> None:
    report = compare_texts(
        "The miners were trapped 700 metres below the surface.",
        "The miners were trapped 1,000 feet below ground.",
    )
    assert conflict_texts(report) == [({"700 metres"}, {"1,000 feet"})]
