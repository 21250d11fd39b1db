"""A county against a town it may hold is one scene at two precisions, even in two sentences
told alike: "shot Saturday in Harris County" / "shot Saturday in Houston" is no conflict. Two
towns swapped in such sentences still are.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted

_LEAD_LEFT = "A man was shot and killed Saturday night on the East Side, police said.\n\n"
_LEAD_RIGHT = "A man died after a shooting on the East Side on Saturday night, police said.\n\n"


def _conflicts(left: str, right: str) -> list[str]:
    found = conflicts(compare(_LEAD_LEFT + left, _LEAD_RIGHT + right))
    return [str(quoted([f])) for f in found]


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
