"""A body the other article calls by its name shortened in lower case is told there: "the
National Flood Relief Agency" is the "national flood agency" whose spokesman speaks on
the other side; a "national weather agency" is another body, and the name keeps its mark."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_NAMED = (
    "Earthquake in Aceh\n\n"
    "A strong earthquake struck Aceh province on Tuesday, said Budi Santoso of the National "
    "Flood Relief Agency. Two houses collapsed."
)


def _described(body: str) -> str:
    return (
        "Quake hits Aceh\n\n"
        "A strong earthquake struck Aceh province on Tuesday. "
        f'"Everyone ran into the street," {body} spokesman Budi Santoso said. '
        "Two houses collapsed."
    )


def test_the_relief_agency_is_the_national_flood_agency_of_the_other_article() -> None:
    marks = yellow(compare_stories(_described("national flood agency"), _NAMED))
    assert "National Flood Relief Agency" not in marks


def test_a_national_weather_agency_does_not_tell_the_flood_relief_agency() -> None:
    marks = yellow(compare_stories(_described("national weather agency"), _NAMED))
    assert "National Flood Relief Agency" in marks
