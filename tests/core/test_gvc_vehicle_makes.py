"""A car's make that is also a town's name: "He fired into her Mercedes SUV" names the make of
the car, not the town of Mercedes, Texas, so it does not set the story in another place than
"Horn Lake, Miss." A story that tells of a shooting "in Mercedes" still names a town.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted

_HORN_LAKE = (
    "Murder-suicide leaves man and woman dead in Horn Lake. HORN LAKE, Miss. A man shot his "
    "daughter and killed her mother."
)


def test_her_mercedes_suv_is_a_car_not_a_town_in_texas() -> None:
    right = "A man shot his daughter and killed her mother. He fired into her Mercedes SUV."
    report = compare(_HORN_LAKE, right)
    found = conflicts(report)
    assert not found, quoted(found)
    places = [s.text for f in report.findings if f.type is MentionType.PLACE for s in f.right]
    assert "Mercedes" not in places, places


def test_a_shooting_in_mercedes_is_still_told_in_another_town() -> None:
    right = "A man shot his daughter and killed her mother in Mercedes. He fired into her car."
    found = conflicts(compare(_HORN_LAKE, right))
    assert any("Mercedes" in r for _, r in quoted(found)), quoted(found)
