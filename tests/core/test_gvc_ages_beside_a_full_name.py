"""A victim's sister who shares her surname leaves open whom a bare "Dunn" stands for, but not
whose age "Keisha Dunn, 30" gives: an age written against the full name, or given to the unnamed
woman the story opens on before naming her, is still set against the other article's. An age
beside the bare surname stays unjudged.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_RIGHT = (
    "Police hunt boyfriend after woman killed\n\n"
    "A woman was fatally shot inside her apartment late Wednesday, police said.\n\n"
    "Keisha Dunn, 30, was found by officers shortly before 10 p.m. She had been shot several "
    "times.\n\n"
    "Neighbors said they had heard the couple arguing in the days before the shooting."
)


def test_the_victims_age_told_against_her_full_name_clashes_beside_a_sister_of_her_name() -> None:
    left = (
        "Woman, 31, shot dead in apartment\n\n"
        "A 31-year-old woman was shot and killed Wednesday night in her apartment, police said.\n\n"
        "Officers found Keisha Dunn dead in the living room.\n\n"
        '"She was the light of our family," her sister, Tonya Dunn, 28, said Thursday.'
    )
    found = conflict_texts(compare_stories(left, _RIGHT))
    assert ({"31"}, {"30"}) in found, found


def test_an_age_beside_a_bare_surname_two_sisters_share_is_not_set_against_hers() -> None:
    left = (
        "Woman shot dead in apartment\n\n"
        "Tonya Dunn called 911 on Wednesday night, police said. Her sister, Keisha Dunn, had "
        "been shot in the living room.\n\n"
        "Dunn, 31, died at the scene."
    )
    found = conflict_texts(compare_stories(left, _RIGHT))
    assert not found, found
