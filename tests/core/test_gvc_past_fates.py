"""A victim's namesake who died years before: "her husband, Michael Teasley, was murdered at a
club in 2005" tells of an earlier killing, not of the man shot in this story, who "is expected to
recover". A story that says this man was killed in this shooting still contradicts the other.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted

_EXPECTED_TO_RECOVER = (
    "Michael Teasley was shot outside a bar in Dayton on Saturday. He is expected to recover."
)


def test_a_man_murdered_in_2005_is_not_said_to_have_died_in_this_shooting() -> None:
    right = (
        "A man was shot outside a bar in Dayton on Saturday. The shooting brought back memories "
        "for Crystal, who said her husband, Michael Teasley, was murdered at a club in 2005."
    )
    found = conflicts(compare(_EXPECTED_TO_RECOVER, right))
    assert not found, quoted(found)


def test_a_man_killed_in_this_shooting_still_contradicts_one_expected_to_recover() -> None:
    right = "Michael Teasley was shot and killed outside a bar in Dayton on Saturday."
    found = conflicts(compare(_EXPECTED_TO_RECOVER, right))
    assert any("killed" in r for _, r in quoted(found)), quoted(found)
