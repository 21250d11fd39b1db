"""Two children of one story: "the 8-year-old" takes up the 8-year-old boy the story introduced,
not the 5-year-old girl it names, so the girl's age is not contradicted; a girl the story calls
"the 8-year-old" with no one else of that age still is.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted

# --- "the 8-year-old" takes up the 8-year-old the story introduced --------------------------------

_SERENITY_FIVE = (
    "Family members gave us this picture of 5-year-old Serenity Allen, the little girl killed "
    "in the shooting. Her brother found the gun."
)


def test_the_8_year_old_who_found_the_gun_is_not_the_5_year_old_girl_who_was_killed() -> None:
    right = (
        "Police said an 8-year-old boy found a gun in the apartment. A girl, Serenity Allen, was "
        "killed in the shooting. Police are investigating where the gun was and how the "
        "8-year-old got access to it."
    )
    found = conflicts(compare(_SERENITY_FIVE, right))
    assert not found, quoted(found)


def test_the_girl_called_the_8_year_old_with_no_one_else_of_that_age_still_conflicts() -> None:
    right = (
        "A girl, Serenity Allen, was killed in the shooting on Monday. The 8-year-old was shot "
        "in the chest, police said."
    )
    found = conflicts(compare(_SERENITY_FIVE, right))
    assert any("8" in r for _, r in quoted(found)), quoted(found)
