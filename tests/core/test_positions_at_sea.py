"""A position at sea one paper gives in nautical miles and the other in kilometres ("about 200
nautical miles east of Aden" / "roughly 370 km east of Aden") is one distance: a nautical mile is
1,852 metres, not a statute mile. Another distance still conflicts, and a ship's speed in knots
is a speed (hand-written texts)."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "Somali pirates have seized a Greek-owned bulk carrier in the Gulf of Aden, the EU naval "
    "force said. The ship was boarded about 200 nautical miles east of Aden on Monday. The "
    "carrier was taking iron ore to China."
)


def _right(distance: str) -> str:
    return (
        "Pirates hijacked a Greek-owned cargo ship off Yemen, the European Union's naval force "
        f"said. The ship was boarded on Monday roughly {distance} east of Aden. It was bound for "
        "China with a cargo of iron ore."
    )


def test_nautical_miles_agree_with_the_same_distance_in_kilometres() -> None:
    report = compare_stories(LEFT, _right("370 km"))
    assert not conflict_texts(report)
    assert "about 200 nautical miles" not in yellow(report)


def test_another_distance_at_sea_is_a_conflict() -> None:
    found = conflict_texts(compare_stories(LEFT, _right("120 km")))
    assert ({"about 200 nautical miles"}, {"roughly 120 km"}) in found


def test_a_nautical_mile_is_longer_than_a_statute_mile() -> None:
    nautical, statute = parse_number("600 nautical miles"), parse_number("600 miles")
    assert nautical is not None and statute is not None
    assert (nautical.low, statute.low) == (1_111_200.0, 600 * 1609.344)


def test_knots_are_a_speed() -> None:
    speed = parse_number("12 knots")
    assert speed is not None and speed.dimension == "speed"
    assert abs(speed.low * 3.6 - 22.2) < 0.1  # 12 knots is about 22 km/h
