"""Days a follow-up story gives to what came after the shooting: a court appearance, the
questioning of a suspect, a building that "remained closed Wednesday, two days after a gunman
killed two people". None is the day of the shooting; a shooting told on another day still
conflicts, even when its sentence says it came "two days after a fight".

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted

_SHOT_TUESDAY = (
    "Five shot near Atlanta school\n\n"
    "Five people were shot near an Atlanta high school on Tuesday afternoon, police said."
)

_COURTHOUSE_MONDAY = (
    "Gunman kills two at courthouse\n\n"
    "A gunman killed his ex-wife and a friend at the county courthouse on Monday morning, "
    "police said."
)


def test_a_court_appearance_on_wednesday_is_not_the_day_of_the_shooting() -> None:
    right = (
        "Teen denied bond in school shooting\n\n"
        "A teen accused of shooting five people near an Atlanta high school was denied bond "
        "during a court appearance on Wednesday."
    )
    found = conflicts(compare(_SHOT_TUESDAY, right))
    assert not found, quoted(found)


def test_a_suspect_questioned_on_wednesday_night_was_not_shot_at_then() -> None:
    right = (
        "Teen held in school shooting\n\n"
        "A teen was being questioned by police Wednesday night about the shooting of five people "
        "near an Atlanta high school."
    )
    found = conflicts(compare(_SHOT_TUESDAY, right))
    assert not found, quoted(found)


def test_a_courthouse_closed_two_days_after_the_killings_dates_no_killing() -> None:
    right = (
        "Courthouse stays closed\n\n"
        "As the county courthouse remained partially closed Wednesday, two days after a gunman "
        "killed two people inside its lobby, the gunman's daughter spoke out."
    )
    found = conflicts(compare(_COURTHOUSE_MONDAY, right))
    assert not found, quoted(found)


def test_a_killing_on_wednesday_two_days_after_a_fight_still_conflicts() -> None:
    right = (
        "Gunman kills two at courthouse\n\n"
        "A gunman killed his ex-wife and a friend at the county courthouse on Wednesday morning, "
        "two days after a fight with her lawyer, police said."
    )
    found = conflicts(compare(_COURTHOUSE_MONDAY, right))
    assert any("Wednesday" in t for _, r in quoted(found) for t in r), quoted(found)


def test_a_suspect_who_faced_a_judge_for_the_first_time_on_wednesday_was_not_shooting() -> None:
    right = (
        "Teen faces judge\n\n"
        "The accused shooter faced a judge for the first time Wednesday morning at the county jail."
    )
    found = conflicts(compare(_SHOT_TUESDAY, right))
    assert not found, quoted(found)


def test_a_girl_who_died_sunday_at_a_hospital_after_a_shooting_was_shot_before() -> None:
    left = (
        "Girl, 3, dies after accidental shooting\n\n"
        "A 3-year-old girl in Dallas was accidentally shot by her brother on Saturday evening."
    )
    right = (
        "Girl, 3, dies after accidental shooting\n\n"
        "The child was transported to Paulding Hospital where she died Sunday."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)
