"""A gunwoman who worked on the third floor shot her co-workers there, then holed up in an
office on the second floor. The other article says she headed up to the third floor: one of the
two floors the first article names, not a clash with the second, so a journalist sees no conflict.
An article that names only the second floor for where she went still clashes (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_RIGHT = (
    "Ann Hiller forced her way past the gate at the bakery on Tuesday and went up to the third "
    "floor with a handgun, police said."
)


def test_a_floor_the_article_names_elsewhere_is_no_clash() -> None:
    left = (
        "Ann Hiller had worked on the third floor of the bakery for years. Ann Hiller forced "
        "her way past the gate at the bakery on Tuesday and went up to the second floor with a "
        "handgun, police said."
    )
    conflicts = conflict_texts(compare_stories(left, _RIGHT))
    assert not any("second floor" in lt for lt, _ in conflicts), conflicts


def test_two_floors_for_where_she_went_still_clash() -> None:
    left = (
        "Ann Hiller forced her way past the gate at the bakery on Tuesday and went up to the "
        "second floor with a handgun, police said."
    )
    assert ({"second floor"}, {"third floor"}) in conflict_texts(compare_stories(left, _RIGHT))
