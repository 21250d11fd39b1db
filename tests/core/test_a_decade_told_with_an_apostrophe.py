"""A building dated to the mid 1930's is not said to conflict with one dated 1935: "1930's" with
an apostrophe is a decade as "1930s" is, and its middle years hold 1935. A year outside the part
of the decade told ("1939" against "the mid 1930's") still conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Fire destroyed an old creamery in Palmer on Tuesday.\n\n"
    "The creamery building dates to 1935, when the first farm families settled the valley."
)
RIGHT = (
    "An old creamery in Palmer burned down on Tuesday.\n\n"
    "The creamery building dates to the mid 1930's, when the first farm families settled the "
    "valley."
)


def test_a_building_of_the_mid_1930s_agrees_with_one_dated_1935() -> None:
    assert conflict_texts(compare_texts(LEFT, RIGHT)) == []


def test_a_year_outside_the_mid_1930s_still_conflicts() -> None:
    left = LEFT.replace("dates to 1935", "dates to 1939")
    assert conflict_texts(compare_texts(left, RIGHT)) == [({"1939"}, {"mid 1930's"})]
