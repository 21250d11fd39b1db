"""A clock time the other article gives as the early afternoon of a named day, or as the early
morning, is the same moment at the precision that article gives.

"early Sunday afternoon" is the early afternoon of that Sunday, the weekday set inside the
phrase; "the early morning shooting" holds a shooting at 2:10 a.m. A clock outside those hours
tells another moment and stays a fact the other article lacks.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_QUAKE_LEFT = (
    "Quake shakes island\n\n"
    "A series of aftershocks have shaken the island since it was first rocked by a moderate "
    "earthquake early Sunday afternoon. Rescue teams searched the ruins of three villages."
)


def _quake_right(clock: str) -> str:
    return (
        "Island villages flattened by quake\n\n"
        "The earthquake destroyed three villages on the island, officials said. "
        f"It hit at {clock} local time and was followed by strong aftershocks."
    )


def test_a_quake_at_1_53_pm_is_the_one_the_other_article_puts_early_sunday_afternoon() -> None:
    assert not marks(compare_texts(_QUAKE_LEFT, _quake_right("1:53 p.m.")), "1:53")


def test_a_quake_at_9_10_pm_is_not_in_the_early_afternoon_the_other_article_gives() -> None:
    assert marks(compare_texts(_QUAKE_LEFT, _quake_right("9:10 p.m.")), "9:10")


def _shots_left(clock: str) -> str:
    return (
        "Police seek drive-by gunmen\n\n"
        "Police said they had found one of the cars used in the shooting, which occurred about "
        f"{clock} on Harbor Street outside an apartment building."
    )


_SHOTS_RIGHT = (
    "Suspect circled complex before shooting\n\n"
    "The man charged in the drive-by shooting had circled the apartment building for nearly an "
    "hour before the early morning shooting, investigators said."
)


def test_shots_at_2_10_am_are_the_early_morning_shooting_the_other_article_tells() -> None:
    assert not marks(compare_texts(_shots_left("2:10 a.m."), _SHOTS_RIGHT), "2:10")


def test_shots_at_2_10_pm_are_no_early_morning_shooting() -> None:
    assert marks(compare_texts(_shots_left("2:10 p.m."), _SHOTS_RIGHT), "2:10")
