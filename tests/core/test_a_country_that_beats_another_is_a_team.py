"""A game between two countries: the countries that beat or are beaten are national teams, and
two match reports that name them differently do not tell the story in two places."""

from tests.factories import compare_texts, place_conflicts


def test_a_final_between_two_countries_told_by_each_sides_name_is_no_place_conflict() -> None:
    report = compare_texts(
        "The Springboks beat New Zealand 12-11 in the final.",
        "South Africa edged the All Blacks 12-11 in the final.",
    )
    assert place_conflicts(report) == []


def test_a_country_beaten_by_the_other_side_is_no_place_conflict() -> None:
    report = compare_texts(
        "Japan lost to Scotland on Sunday.", "The Brave Blossoms were beaten by Italy on Sunday."
    )
    assert place_conflicts(report) == []


def test_a_quake_that_struck_two_different_countries_is_still_a_place_conflict() -> None:
    report = compare_texts(
        "A strong earthquake struck Chile on Monday.", "A strong earthquake struck Peru on Monday."
    )
    assert place_conflicts(report) == [({"Chile"}, {"Peru"})]
