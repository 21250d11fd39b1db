"""Where the suspect was arrested, where he faced a judge and where the mourners gathered are not
where the shots were fired. A follow-up story often tells only those places; set against the other
article's scene they are two answers to two questions. Two places of the same step still clash.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

_SHOT_IN_FORT_WORTH = (
    "Man, 24, killed outside Fort Worth store\n\n"
    "A 24-year-old man was shot and killed late Saturday in Fort Worth, police said. "
    "The gunman fled in a white pickup."
)


def test_the_town_a_suspect_was_arrested_in_is_not_the_town_of_the_shooting() -> None:
    left = (
        "Suspect arrested in weekend killing\n\n"
        "Police arrested a 31-year-old man in Dallas on Monday in connection with the weekend "
        "shooting death of a 24-year-old father. Tyrone Smith faces a murder charge."
    )
    found = place_conflicts(compare_stories(left, _SHOT_IN_FORT_WORTH))
    assert not found, found


def test_a_headline_and_lead_naming_only_the_town_of_the_arrest_set_no_story_city() -> None:
    left = (
        "Suspect arrested in Dallas in weekend killing\n\n"
        "Police arrested a man in Dallas on Monday in the weekend shooting death of a father. "
        "Tyrone Smith was taken into custody in Dallas without incident."
    )
    right = (
        "Man killed in Fort Worth\n\n"
        "A man was shot and killed Saturday in Fort Worth, police said. Fort Worth police are "
        "looking for the gunman. It was the second killing in Fort Worth this month."
    )
    found = place_conflicts(compare_stories(left, right))
    assert not found, found


def test_the_state_a_suspect_was_caught_in_is_not_the_state_of_the_shooting() -> None:
    left = (
        "Man charged in killing\n\n"
        "A man was arrested in Oklahoma on Monday in the death of a 24-year-old man, police "
        "said. Tyrone Smith, 31, faces a murder charge."
    )
    right = (
        "Man killed in Texas shooting\n\n"
        "A 24-year-old man was shot and killed Saturday in Texas, police said. The gunman fled."
    )
    found = place_conflicts(compare_stories(left, right))
    assert not found, found


def test_a_town_and_state_of_the_arrest_are_not_a_changed_town_and_state_of_the_killing() -> None:
    left = (
        "Suspect caught\n\n"
        "Tyrone Smith was arrested Monday in Dallas, Texas, police said. He is charged with "
        "murder in the death of Darius Cole."
    )
    right = (
        "Man killed\n\n"
        "Darius Cole was shot and killed Saturday in Fort Worth, Texas, police said. "
        "The gunman fled."
    )
    found = place_conflicts(compare_stories(left, right))
    assert not found, found


def test_the_town_of_an_arraignment_or_a_vigil_is_not_the_town_of_the_shooting() -> None:
    right = (
        "Man killed\n\n"
        "Darius Cole, 24, was shot and killed Saturday in Fort Worth. Police are looking for "
        "the gunman."
    )
    arraigned = (
        "Man in court\n\n"
        "Tyrone Smith was arraigned in Dallas on Tuesday on a murder charge in the death of "
        "Darius Cole."
    )
    vigil = (
        "Vigil for slain man\n\n"
        "Family and friends of Darius Cole gathered for a vigil in Arlington on Monday night. "
        "Cole, 24, was shot Saturday."
    )
    for left in (arraigned, vigil):
        found = place_conflicts(compare_stories(left, right))
        assert not found, (left, found)


# --- twins: the same step placed twice still clashes -------------------------------------------


def test_two_towns_of_the_arrest_in_the_same_sentence_still_clash() -> None:
    left = (
        "Suspect caught\n\n"
        "Tyrone Smith was arrested Monday in Dallas, police said. He is charged with murder."
    )
    right = (
        "Suspect caught\n\n"
        "Tyrone Smith was arrested Monday in Arlington, police said. He is charged with murder."
    )
    assert place_conflicts(compare_stories(left, right)) == [({"Dallas"}, {"Arlington"})]


def test_two_towns_of_the_shooting_still_clash_beside_a_town_of_the_arrest() -> None:
    left = (
        "Man killed in Dallas\n\n"
        "A man was shot and killed Saturday in Dallas, police said. Police arrested a suspect "
        "in Irving on Monday."
    )
    right = (
        "Man killed\n\nA 24-year-old man was fatally shot Saturday night in Arlington, police said."
    )
    assert place_conflicts(compare_stories(left, right)) == [({"Dallas"}, {"Arlington"})]


def test_two_states_of_the_shooting_still_clash() -> None:
    left = (
        "Man killed in Oklahoma shooting\n\n"
        "A 24-year-old man was shot and killed Saturday in Oklahoma, police said. The gunman fled."
    )
    right = (
        "Man killed in Texas shooting\n\n"
        "A 24-year-old man was shot and killed Saturday in Texas, police said. The gunman fled."
    )
    found = place_conflicts(compare_stories(left, right))
    assert found and all(left_words and right_words for left_words, right_words in found), found
