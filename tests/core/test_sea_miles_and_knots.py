"""Distances and speeds at sea: a nautical mile is 1,852 metres, a knot 1,852 metres an hour."""

from tests.factories import compare_stories, conflict_texts

REST = " Oil leaked into the water. None of the crew were injured, the port authority said."


def _collision(distance: str) -> str:
    return f"The tanker hit a cargo ship {distance} off Singapore on Saturday." + REST


def test_50_nautical_miles_is_about_90_km() -> None:
    report = compare_stories(_collision("50 nautical miles"), _collision("about 90 km"))

    assert not conflict_texts(report)


def test_50_nautical_miles_is_not_30_km() -> None:
    report = compare_stories(_collision("50 nautical miles"), _collision("about 30 km"))

    assert conflict_texts(report) == [({"50 nautical miles"}, {"about 30 km"})]


def _speed(told: str) -> str:
    return f"The ship was doing {told} when it hit rocks on Monday. Three of its crew died."


def test_20_knots_is_about_37_km_an_hour_and_not_60() -> None:
    assert not conflict_texts(compare_stories(_speed("20 knots"), _speed("about 37 km/h")))
    found = conflict_texts(compare_stories(_speed("20 knots"), _speed("about 60 km/h")))
    assert [left for left, _ in found] == [{"20 knots"}]
