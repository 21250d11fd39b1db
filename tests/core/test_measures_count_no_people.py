"""A measure counts no people: "sentenced to 25 years in prison for the murder of his wife" /
"30 years behind bars for killing his wife" give two prison terms, and the killing near the
second never makes it a death toll kept apart from the first (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def test_two_prison_terms_near_a_killing_are_a_conflict() -> None:
    left = (
        "A Brooklyn man was sentenced to 25 years in prison on Monday for the murder of his wife."
    )
    right = "A judge on Monday gave a Brooklyn man 30 years behind bars for killing his wife."
    assert conflict_texts(compare_stories(left, right)) == [({"25 years"}, {"30 years"})]


def test_a_count_of_the_dead_still_tells_its_toll() -> None:
    """ "Three people were killed" and "five people were at home" count two groups, as before."""
    left = "A fire killed three people in a Dayton house on Tuesday. The house was destroyed."
    right = "Five people were at home when a fire broke out in a Dayton house on Tuesday."
    assert not conflict_texts(compare_stories(left, right))
