"""Wire copy gives an event's local time with world time in brackets ("at 10:30 am (0700 GMT) on
Sunday"): the zone restates the event's time, it stamps no page, so the day stays the event's
and is set against the day the other article gives (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import day_conflicts
from tests.factories import marks_of as marks


def test_a_quake_at_local_time_with_gmt_in_brackets_on_sunday_clashes_with_wednesday() -> None:
    left = (
        "Quake shakes Iranian island\n\n"
        "A strong earthquake jolted Qeshm island in the Gulf at 10:30 am (0700 GMT) on Sunday, "
        "damaging hundreds of homes. Villagers spent the night outside."
    )
    right = (
        "Quake hits island off Iran\n\n"
        "An earthquake of magnitude 5.6 hit the island of Qeshm on Wednesday, officials said. "
        "Rescue teams reached the villages by road."
    )
    days = day_conflicts(compare(left, right))
    assert ({"Sunday"}, {"Wednesday"}) in days


def test_world_time_in_brackets_is_not_news_the_other_article_lacks() -> None:
    """One article gives the local time and world time, the other the local time alone: the
    bracketed zone restates the same moment, so it is not marked as told by one side only."""
    left = (
        "Quake shakes Iranian island\n\n"
        "A strong earthquake jolted Qeshm island at 10:30 local time (0700 GMT) on Sunday."
    )
    right = (
        "Quake hits island off Iran\n\n"
        "A strong earthquake jolted Qeshm island at 10:30 local time on Sunday."
    )
    assert not marks(compare(left, right), "0700 GMT")
