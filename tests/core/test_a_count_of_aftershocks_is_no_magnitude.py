"""A count of a thing ("two strong aftershocks") and a figure with a fraction and no unit
("Aftershocks of 5.5 and 5.9 followed") read different things: nothing counted comes in halves,
so the fraction is a magnitude, not a count of aftershocks, and the two never conflict. Two
counts of aftershocks still do."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_two_aftershocks_are_no_conflict_with_an_aftershock_of_5_5() -> None:
    report = compare_texts(
        "The quake was followed by two strong aftershocks, of magnitude 5.5 and 5.9.",
        "The 6.8 quake hit in the afternoon. Aftershocks of 5.5 and 5.9 followed.",
    )
    assert conflict_texts(report) == []


def test_two_aftershocks_are_not_three() -> None:
    report = compare_texts(
        "The quake was followed by two strong aftershocks, of magnitude 5.5 and 5.9.",
        "The quake was followed by three strong aftershocks, of magnitude 5.5 and 5.9.",
    )
    assert conflict_texts(report) == [({"two"}, {"three"})]
