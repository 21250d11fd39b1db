"""What a follow-up story dates besides the shooting: the day a family heard news of the victim or
posted an update on his condition. Neither contradicts the other article's day of the shooting;
a different day of the shooting itself still does.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted

_SHOT_TUESDAY = (
    "Boy, 5, shot in Dallas\n\n"
    "Paramedics rushed 5-year-old Joel Smith to the hospital Tuesday after he was shot in "
    "Dallas, police said."
)


# --- the day of news about a victim --------------------------------------------------------------


def test_the_day_a_family_received_good_news_is_not_the_day_of_the_shooting() -> None:
    right = (
        "Boy, 5, shot in Dallas\n\n"
        "A 5-year-old boy, Joel Smith, was shot in Dallas. They received some good news Wednesday."
    )
    found = conflicts(compare(_SHOT_TUESDAY, right))
    assert not found, quoted(found)


def test_the_night_a_father_posted_an_update_on_his_sons_condition_is_not_the_shooting() -> None:
    left = "A teenager, Cameron Jones, was shot in Dallas. This was the scene Saturday night."
    right = (
        "A teenager, Cameron Jones, was shot in Dallas. His father posted an update on Facebook "
        "about his son's condition on Sunday night."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_different_day_of_the_shooting_itself_still_conflicts() -> None:
    right = (
        "Boy, 5, shot in Dallas\n\n"
        "A 5-year-old boy, Joel Smith, was shot in Dallas on Wednesday, police said."
    )
    found = conflicts(compare(_SHOT_TUESDAY, right))
    assert ({"Tuesday"}, {"Wednesday"}) in quoted(found), quoted(found)
