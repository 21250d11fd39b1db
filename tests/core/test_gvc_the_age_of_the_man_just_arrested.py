"""An age told of "he" or "she" right after a sentence about one person ("Police arrested Carl
Boyd. He is 22.") is that person's, and when that person was arrested or charged it is the
suspect's age, never the victim's. After a sentence about the one person killed the age stays
the victim's, and after a sentence about two people it is no one's in particular.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import killing_conflicts


def test_he_is_22_after_his_arrest_is_not_the_victims_age_of_30() -> None:
    found = killing_conflicts(
        "Police arrested Carl Boyd. He is 22.", "The victim, Jon Pratt, was 30."
    )
    assert not found, found


def test_she_is_41_after_her_murder_charge_is_not_the_dead_mans_45() -> None:
    found = killing_conflicts(
        "Ann Boyd was charged with murder. She is 41.", "The man who died was 45."
    )
    assert not found, found


def test_he_was_30_after_his_killing_is_still_the_victims_age() -> None:
    found = killing_conflicts("Jon Pratt was killed. He was 30.", "The victim, Jon Pratt, was 32.")
    assert found == [({"30"}, {"32"})], found


def test_two_ages_of_the_arrested_man_told_by_pronouns_still_clash() -> None:
    found = killing_conflicts(
        "Police arrested Carl Boyd. He is 22.", "Police arrested Carl Boyd. He is 24."
    )
    assert found == [({"22"}, {"24"})], found
