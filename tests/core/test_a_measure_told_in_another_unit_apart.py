"""A measure one article gives in another unit than the other, in sentences worded too apart to
be compared ("The flood waters were 2 feet deep in the town centre" / "Water stood 60 cm deep in
the centre of town"; "30 miles north of Philadelphia" / "about 48 kilometres north of
Philadelphia"), is told by both when the values convert into each other: no yellow mark. A value
that does not convert (90 cm is not 2 feet) stays one-sided on both sides."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_two_feet_of_flood_water_are_sixty_centimetres() -> None:
    report = compare_texts(
        "The flood waters were 2 feet deep in the town centre.",
        "Water stood 60 cm deep in the centre of town.",
    )
    assert yellow(report) == []


def test_thirty_miles_north_of_a_city_are_48_kilometres_north_of_it() -> None:
    report = compare_texts(
        "The derailment happened 30 miles north of Philadelphia.",
        "The train left the tracks about 48 kilometres north of Philadelphia.",
    )
    assert yellow(report) == []


def test_ninety_centimetres_of_water_are_not_two_feet() -> None:
    report = compare_texts(
        "The flood waters were 2 feet deep in the town centre.",
        "Water stood 90 cm deep in the centre of town.",
    )
    assert sorted(yellow(report)) == ["2 feet", "90 cm"]
