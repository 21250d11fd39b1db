"""A count of things gunfire struck (cars, homes, windows) never counts the people it struck:
"Two cars were hit by gunfire" / "Three people were hit by gunfire" is no conflict. Two counts of
the same things ("two cars" / "three cars", "two homes" / "three houses") and two counts of
people still clash.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import killing_conflicts


def test_two_cars_hit_are_not_three_people_hit() -> None:
    found = killing_conflicts("Two cars were hit by gunfire.", "Three people were hit by gunfire.")
    assert not found, found


def test_bullets_striking_two_homes_did_not_strike_three_people() -> None:
    found = killing_conflicts("Bullets struck two homes.", "Bullets struck three people.")
    assert not found, found


def test_two_homes_and_three_houses_struck_still_clash() -> None:
    found = killing_conflicts("Bullets struck two homes.", "Bullets struck three houses.")
    assert found == [({"two"}, {"three"})], found


def test_three_and_four_people_hit_still_clash() -> None:
    found = killing_conflicts(
        "Three people were hit by gunfire.", "Four people were hit by gunfire."
    )
    assert found == [({"Three"}, {"Four"})], found
