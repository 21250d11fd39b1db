"""A boxer called "the two-time heavyweight champion" by one article and stopped "in seven
rounds" by the other: the hyphened figure says what kind of champion he is, not a count the
other article gives differently. Two articles that call him a two-time and a three-time
champion still disagree."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Klitschko stops Rahman\n\n"
    "Wladimir Klitschko beat Hasim Rahman in Mannheim, Germany, on Saturday. "
    "Rahman, the two-time heavyweight champion, struggled against the taller Klitschko."
)
OPENING = (
    "Klitschko beats Rahman\n\n"
    "Wladimir Klitschko beat Hasim Rahman in Mannheim, Germany, on Saturday. "
)


def test_a_two_time_champion_is_no_count_against_seven_rounds() -> None:
    right = OPENING + "Klitschko stopped the former heavyweight champion in seven rounds."

    assert conflict_texts(compare_stories(LEFT, right)) == []


def test_a_two_time_and_a_three_time_champion_still_disagree() -> None:
    right = OPENING + "Rahman, the three-time heavyweight champion, struggled against Klitschko."

    assert ({"two"}, {"three"}) in conflict_texts(compare_stories(LEFT, right))
