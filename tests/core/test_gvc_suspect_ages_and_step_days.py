"""A shooting story ages its victim and its suspect alike and dates several happenings: the
shots, the arrest, the vigil. "A 34-year-old man was killed" and "a 22-year-old man was
arrested" are two men, and the day of the shooting is not the day of the arrest or of a vigil;
neither pair is a conflict. Two ages of the victim, two ages of the suspect, two days of the
arrest and two days of the shooting still clash.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import shooting_conflicts as _conflicts


def test_the_age_of_the_man_arrested_is_not_the_age_of_the_man_shot() -> None:
    found = _conflicts(
        "A 34-year-old man was shot in the chest outside a store on Elm Street on Saturday.",
        "A 22-year-old man was arrested after a man was shot in the chest outside a store on "
        "Elm Street on Saturday.",
    )
    assert not found, found


def test_the_age_of_the_man_charged_is_not_the_age_of_the_man_killed() -> None:
    found = _conflicts(
        "A 34-year-old man was killed in the shooting on Elm Street, police said.",
        "A 22-year-old man was charged with murder in the shooting on Elm Street, police said.",
    )
    assert not found, found


def test_the_age_of_the_man_who_opened_fire_is_not_the_age_of_his_victim() -> None:
    found = _conflicts(
        "The 34-year-old man was shot several times on Elm Street and died at the scene.",
        "A 22-year-old man opened fire on Elm Street, killing a man, police said.",
    )
    assert not found, found


def test_the_age_of_the_man_police_are_looking_for_is_not_the_age_of_the_man_killed() -> None:
    found = _conflicts(
        "A 34-year-old man was shot and killed on Elm Street on Saturday, police said.",
        "Police are looking for a 22-year-old man after the shooting on Elm Street on Saturday.",
    )
    assert not found, found


def test_the_age_of_the_man_taken_into_custody_is_not_the_age_of_the_man_killed() -> None:
    found = _conflicts(
        "A 34-year-old man was shot and killed on Elm Street on Saturday, police said.",
        "A 22-year-old man was taken into custody after the shooting on Elm Street on Saturday, "
        "police said.",
    )
    assert not found, found


def test_two_ages_of_the_man_arrested_still_clash() -> None:
    found = _conflicts(
        "Police arrested a 22-year-old man in the shooting on Elm Street.",
        "Police arrested a 24-year-old man in the shooting on Elm Street.",
    )
    assert any("22" in f and "24" in f for f in found), found


def test_two_ages_of_the_man_killed_still_clash() -> None:
    found = _conflicts(
        "A 34-year-old man was shot several times on Elm Street and died at the scene.",
        "A 36-year-old man was shot several times on Elm Street and died at the scene.",
    )
    assert any("34" in f and "36" in f for f in found), found


def test_a_vigil_two_days_later_is_not_a_day_of_the_shooting() -> None:
    found = _conflicts(
        "John Carter was shot and killed on Elm Street on June 3, police said.",
        "Friends held a vigil on Elm Street on June 5 for John Carter, who was shot and killed "
        "there.",
    )
    assert not found, found


def test_a_death_at_a_hospital_two_days_later_is_not_a_day_of_the_shooting() -> None:
    found = _conflicts(
        "John Carter was shot on June 3 on Elm Street, police said.",
        "John Carter, who was shot on Elm Street, died on June 5 at a hospital, police said.",
    )
    assert not found, found


def test_a_year_of_release_is_not_a_year_of_conviction() -> None:
    found = _conflicts(
        "Davis, 22, was convicted of robbery in 2014, records show.",
        "Davis, 22, was released from prison in 2015, records show.",
    )
    assert not found, found


def test_two_days_of_the_arrest_still_clash() -> None:
    found = _conflicts(
        "John Carter was shot and killed on June 3 on Elm Street. Police arrested Mark Davis on "
        "June 10.",
        "John Carter was shot and killed June 3 on Elm Street. Mark Davis was arrested June 12 "
        "and charged with murder.",
    )
    assert any("June 10" in f and "June 12" in f for f in found), found


def test_two_days_of_the_shooting_still_clash() -> None:
    found = _conflicts(
        "John Carter was shot June 3 on Elm Street, police said.",
        "John Carter was shot June 4 on Elm Street, police said.",
    )
    assert any("June 3" in f and "June 4" in f for f in found), found
