"""A speed written "km/h" before the noun it measures ("packed 320 km/h winds") is a speed: the
slash glued to the unit reads "per" and "h" the hour, though the model left both outside the
figure. So it agrees with the same wind in miles per hour and conflicts with another."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_320_km_h_winds_are_winds_of_200_mph() -> None:
    report = compare_texts(
        "The tornado had winds of 200 mph.", "The twister packed 320 km/h winds."
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_250_km_h_winds_are_not_200_mph_winds() -> None:
    report = compare_texts(
        "The tornado packed 200 mph winds.", "The twister packed 250 km/h winds."
    )
    assert conflict_texts(report) == [({"200 mph"}, {"250 km"})]
