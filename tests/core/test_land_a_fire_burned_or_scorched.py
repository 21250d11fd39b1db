"""The verbs of a fire consuming land give one measure: "has burned 12,000 acres" in the lead and
"has scorched 18,000 acres" deep in the other article are two figures for the land burned."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Wildfire forces evacuations in California\n\n"
    "A wildfire near the town of Paradise in Butte County, California, has burned 12,000 acres "
    "and forced more than 3,000 people from their homes, fire officials said on Wednesday.\n\n"
    "More than 900 firefighters were fighting the blaze.\n"
)


def _right(acres: str) -> str:
    return (
        "Butte County blaze 10 percent contained\n\n"
        "More than 900 firefighters were battling a fast-moving wildfire in Butte County on "
        "Wednesday as winds drove the flames east.\n\n"
        "Over 3,000 residents near Paradise have been told to leave.\n\n"
        f"The fire, which broke out on Tuesday afternoon, has scorched {acres} acres and its cause "
        "is being investigated.\n"
    )


def test_land_scorched_deep_in_the_story_clashes_with_land_burned_in_the_lead() -> None:
    assert ({"12,000 acres"}, {"18,000 acres"}) in conflict_texts(
        compare_stories(LEFT, _right("18,000"))
    )


def test_the_same_land_scorched_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("12,000"))) == []
