"""One article says "Two men were shot dead", the other names the dead men, Carl Lee and John
Smith, without a figure: naming two dead men tells that two died, so "Two" is not marked as
told by one side only. Two people who merely meet tell no toll (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories
from tests.factories import marks_of as marks


def test_two_named_dead_men_tell_two_dead() -> None:
    report = compare_stories(
        "Two shot\n\nTwo men were shot dead on Friday near the station.\n",
        "Double killing\n\nPolice named the dead men as Carl Lee, 31, and John Smith, 24. They were"
        " shot on Friday near the station.\n",
    )
    assert not marks(report, "Two")


def test_two_people_meeting_tell_no_count_of_arrests() -> None:
    report = compare_stories(
        "Arrests\n\nTwo men were arrested on Friday near the station.\n",
        "Talks\n\nCarl Lee and John Smith met on Friday near the station.\n",
    )
    assert marks(report, "Two")
