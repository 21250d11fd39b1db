"""A county against a town it may hold is one scene at two precisions, even in two sentences
told alike: "shot Saturday in Harris County" / "shot Saturday in Houston" is no conflict. Two
towns swapped in such sentences still are.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import shooting_conflicts as _conflicts


def test_a_county_and_a_town_it_may_hold_are_one_scene() -> None:
    found = _conflicts(
        "John Carter was shot Saturday in Harris County, police said.",
        "John Carter was shot Saturday in Houston, police said.",
    )
    assert not found, found


def test_two_towns_far_apart_still_clash() -> None:
    found = _conflicts(
        "John Carter was shot Saturday in Houston, police said.",
        "John Carter was shot Saturday in Dallas, police said.",
    )
    assert any("Houston" in f and "Dallas" in f for f in found), found
