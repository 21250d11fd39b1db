"""The subject of the verb a day hangs on can name the happening it dates: "The fire broke out at
about 10 pm on Wednesday" and "A fire destroyed the mill on Thursday night" both date the fire,
with two different verbs, so the two days clash."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Fire destroys historic mill in Vermont town\n\n"
    "A fire destroyed a 19th century woolen mill in the village of Bridgewater on Thursday night, "
    "fire officials said. No one was hurt.\n\n"
    "The four-story building had been empty for years, owner Paul Greer said.\n"
)


def _right(day: str) -> str:
    return (
        "Blaze guts old Bridgewater mill\n\n"
        "Firefighters from six towns battled for hours to contain a blaze that gutted the old "
        "woolen mill in Bridgewater.\n\n"
        "The empty four-story building belonged to developer Paul Greer. Nobody was injured.\n\n"
        f"The fire broke out at about 10 pm on {day}, and the cause is under investigation.\n"
    )


def test_the_day_the_fire_broke_out_clashes_with_the_day_it_destroyed_the_mill() -> None:
    assert ({"Thursday night"}, {"Wednesday"}) in conflict_texts(
        compare_stories(LEFT, _right("Wednesday"))
    )


def test_the_same_day_the_fire_broke_out_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("Thursday"))) == []
