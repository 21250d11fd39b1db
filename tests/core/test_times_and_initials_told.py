"""Times and initials told in other words: "approximately 7 p.m." and "7:01 p.m." are one time,
"eleventh-hour" and "11th hour" one phrase, and "DWI" the "driving while intoxicated" of the
sentence told alongside it."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

HIT_AND_RUN = (
    "Woman killed by driver in Kelso\n\n"
    "At approximately 7 p.m. on Friday, a woman was walking near the corner of Mill Road and "
    "Bank Street when a car struck her. The driver fled."
)


def test_approximately_seven_and_one_minute_past_seven_are_one_time_on_both_sides() -> None:
    right = (
        "Kelso hit-and-run\n\n"
        "Police responded to the crash at Mill Road and Bank Street at 7:01 p.m. on Friday and "
        "found the woman unconscious. The driver fled the scene."
    )
    marks = yellow(compare_texts(HIT_AND_RUN, right))
    assert "approximately 7 p.m." not in marks
    assert "7:01 p.m." not in marks


def test_a_time_hours_away_is_no_telling_of_the_other() -> None:
    right = (
        "Kelso hit-and-run\n\n"
        "Police said the driver was arrested at 11:40 p.m. on Friday, hours after the crash at "
        "Mill Road and Bank Street."
    )
    assert "approximately 7 p.m." in yellow(compare_texts(HIT_AND_RUN, right))


def test_an_eleventh_hour_rule_and_an_11th_hour_rule_are_written_alike() -> None:
    left = (
        "Minister scraps rule\n\n"
        "The minister on Tuesday scrapped an 11th hour rule that let builders skip flood "
        "checks, her office said. Builders criticised the move."
    )
    right = (
        "Flood rule scrapped\n\n"
        "By rolling back this eleventh-hour rule, builders will again face flood checks, the "
        "minister's office said on Tuesday. Builders were unhappy."
    )
    marks = yellow(compare_texts(left, right))
    assert "11th hour" not in marks
    assert "eleventh-hour" not in marks


def test_dwi_is_told_by_driving_while_intoxicated_in_the_sentence_told_alongside() -> None:
    left = (
        "Driver charged after Kelso crash\n\n"
        "The driver, Tom Reddy, was charged with DWI, leaving the scene of an accident and "
        "manslaughter, police said on Saturday."
    )
    right = (
        "Kelso driver charged\n\n"
        "Police said on Saturday that Tom Reddy was charged with manslaughter, leaving the scene "
        "of an accident and driving while intoxicated."
    )
    assert "DWI" not in yellow(compare_texts(left, right))
