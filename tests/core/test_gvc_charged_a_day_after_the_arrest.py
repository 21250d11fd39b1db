"""A suspect is charged a day or more after his arrest as often as not: "arrested Sunday" and
"charged Monday with murder" date two steps of the story, not one step told two ways. Two days of
the charge, or two days of the arrest, still clash.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import day_conflicts, eastwood_stories


def test_the_day_a_suspect_was_charged_is_not_the_day_he_was_arrested() -> None:
    found = day_conflicts(
        eastwood_stories(
            "Tyrone Smith, 31, was charged Monday with murder.",
            "Smith was arrested Sunday, police said.",
        )
    )
    assert not found, found


def test_two_days_of_the_charge_still_clash() -> None:
    found = day_conflicts(
        eastwood_stories(
            "Tyrone Smith, 31, was charged Monday with murder.",
            "Tyrone Smith, 31, was charged Tuesday with murder, police said.",
        )
    )
    assert found == [({"Monday"}, {"Tuesday"})], found


def test_two_days_of_the_arrest_still_clash_beside_a_charge() -> None:
    found = day_conflicts(
        eastwood_stories(
            "Tyrone Smith, 31, was arrested Monday and charged with murder.",
            "Tyrone Smith, 31, was arrested Tuesday, police said.",
        )
    )
    assert found == [({"Monday"}, {"Tuesday"})], found
