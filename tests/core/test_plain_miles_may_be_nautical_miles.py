"""One article puts the lifeboat "some 13 miles" from the trawler, the other "13 nautical miles":
at sea a reporter writes "miles" for nautical miles as often as for statute ones, so the plain
mile is the less specific word, not another distance. A figure the plain miles cannot come to
("20 miles"), or kilometres, still conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_NAUTICAL = (
    "Trawler crew saved\n\n"
    "The trawler Morvoren, which was 13 nautical miles from the lifeboat, sent up flares "
    "as it took on water."
)


def _plain(distance: str) -> str:
    return (
        "Lifeboat reaches sinking trawler\n\n"
        f"The lifeboat, which was escorting a yacht {distance} away, answered the trawler "
        "Morvoren's distress call as it took on water."
    )


def _distance_conflicts(distance: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(_plain(distance), _NAUTICAL)
    return [c for c in conflict_texts(report) if "13 nautical miles" in c[1]]


def test_some_13_miles_at_sea_is_13_nautical_miles() -> None:
    assert not _distance_conflicts("some 13 miles")


def test_some_20_miles_is_not_13_nautical_miles() -> None:
    assert _distance_conflicts("some 20 miles") == [({"some 20 miles"}, {"13 nautical miles"})]


def test_13_kilometres_is_not_13_nautical_miles() -> None:
    assert _distance_conflicts("some 13 kilometres")
