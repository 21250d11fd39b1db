"""A journalist compares two near-copies of one shooting report. One copy says the man was shot
"in apartment 3", the other "in building 8": the first says which apartment, the second which
building, and both can be true at once (apartment 3 of building 8). A numeral after a noun that
numbers its members is a label of that noun, so two labels of two kinds of thing are not one
number changed. Two labels of the same kind ("apartment 3" / "apartment 12") still conflict.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def _report(where: str) -> str:
    return (
        "Man shot overnight\n\n"
        f"A man was shot {where} on Tuesday night, police said.\n\n"
        "He was taken to a hospital in stable condition."
    )


def test_an_apartment_in_one_report_and_a_building_in_the_other_are_no_conflict() -> None:
    found = conflict_texts(compare_stories(_report("in apartment 3"), _report("in building 8")))
    assert found == [], found


def test_a_motel_room_and_a_suite_are_no_conflict() -> None:
    found = conflict_texts(compare_stories(_report("in room 3"), _report("in suite 12")))
    assert found == [], found


def test_officers_of_a_precinct_and_of_a_district_are_no_conflict() -> None:
    left = "Man shot overnight\n\nOfficers from Precinct 3 found a man shot on Tuesday night."
    right = "Man shot overnight\n\nOfficers from District 8 found a man shot on Tuesday night."
    found = conflict_texts(compare_stories(left, right))
    assert found == [], found


def test_one_apartment_given_two_numbers_is_still_a_conflict() -> None:
    found = conflict_texts(compare_stories(_report("in apartment 3"), _report("in apartment 12")))
    assert ({"3"}, {"12"}) in found, found
