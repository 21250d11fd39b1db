"""An age that stands for its person with no noun after it ("a 19-year-old was booked", "police
charged a 19-year-old") takes the part its clause gives, as "a 19-year-old man was booked" does:
whoever is held, charged or booked is the suspect, and the suspect's age never meets the
victim's. An age of that shape that is shot or killed stays the victim's, and two suspects'
ages told that way still meet. One who shot only himself ("A 4-year-old boy accidentally shot
himself") is the one hurt, not a suspect; a man who shot himself after killing his wife is
still the one who killed.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflicts, killing_conflicts, quoted


def test_a_19_year_old_charged_with_murder_is_not_the_34_year_old_victim() -> None:
    found = killing_conflicts(
        "The victim was 34 years old.", "Officers charged a 19-year-old with murder on Monday."
    )
    assert not found, found


def test_a_23_year_old_booked_into_jail_is_not_the_41_year_old_who_died() -> None:
    found = killing_conflicts(
        "The man who died was 41.", "A 23-year-old was booked into the county jail."
    )
    assert not found, found


def test_two_ages_of_the_one_charged_still_clash() -> None:
    found = killing_conflicts(
        "Officers charged a 19-year-old with murder on Monday.",
        "Officers charged a 21-year-old with murder on Monday.",
    )
    assert found == [({"19-year-old"}, {"21-year-old"})], found


def test_a_19_year_old_who_was_killed_is_still_the_victim_aged_21() -> None:
    found = killing_conflicts(
        "Police said a 19-year-old was killed.", "The victim, 21, died at a hospital."
    )
    assert found, found


_CHILD_LEFT = "A child was shot Saturday night on Elm Street in Ridgeview, police said.\n\n"
_CHILD_RIGHT = (
    "A child was hurt in a shooting on Elm Street in Ridgeview on Saturday night, police said.\n\n"
)


def test_a_boy_who_shot_himself_is_the_boy_the_other_article_says_was_shot() -> None:
    found = quoted(
        conflicts(
            compare_stories(
                _CHILD_LEFT + "A 4-year-old boy accidentally shot himself.",
                _CHILD_RIGHT + "A 5-year-old boy was shot.",
            )
        )
    )
    assert found == [({"4-year-old"}, {"5-year-old"})], found


def test_a_4_year_old_who_shot_himself_is_the_5_year_old_taken_to_hospital() -> None:
    found = quoted(
        conflicts(
            compare_stories(
                _CHILD_LEFT + "A 4-year-old accidentally shot himself.",
                _CHILD_RIGHT + "The 5-year-old was taken to a hospital.",
            )
        )
    )
    assert found == [({"4-year-old"}, {"5-year-old"})], found


def test_a_man_who_shot_himself_after_killing_his_wife_is_not_her_age() -> None:
    left = "A woman was shot and killed Saturday night on Elm Street in Ridgeview, police said.\n\n"
    right = "A woman died after a shooting on Elm Street in Ridgeview on Saturday night.\n\n"
    found = quoted(
        conflicts(
            compare_stories(
                left + "A 45-year-old man shot himself after killing his wife.",
                right + "The woman was 41.",
            )
        )
    )
    assert not found, found
