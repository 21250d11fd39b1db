"""A town both articles name, placed by one "in" a country it does not lie in: "the port city of
Bandar Abbas" in a story on a quake in southern Iran / "south west of Bandar Abbas in Russia".
"In" between a town and a region says where the town lies, as a comma does ("Huntsville,
Texas"), so the two articles put the town, and the quake, in two countries."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, place_conflicts

LEFT = (
    "Quake shakes southern Iran\n\nAn earthquake with a magnitude of 5.9 hit southern Iran on "
    "Sunday, killing ten people.\n\nThe quake also shook the port city of Bandar Abbas and was "
    "felt in nearby countries.\n"
)


def right(country: str) -> str:
    return (
        "Tremors felt across the Gulf\n\nTremors from an earthquake registering 6.1 on the "
        f"Richter scale south west of Bandar Abbas in {country} were felt in Dubai today.\n"
    )


def test_a_town_placed_in_a_country_it_does_not_lie_in_conflicts_with_the_one_it_does() -> None:
    assert ({"Iran"}, {"Russia"}) in conflict_texts(compare_stories(LEFT, right("Russia")))


def test_the_town_placed_in_its_own_country_is_no_conflict() -> None:
    # The two magnitudes (5.9 / 6.1 on the Richter scale) do clash (scale_figures.py), and so
    # do "Sunday" and "today" on pages both dated Tuesday (stamp_lag.py); no place does.
    assert place_conflicts(compare_stories(LEFT, right("Iran"))) == []


def test_a_town_in_a_state_it_does_not_lie_in_conflicts_as_with_a_comma() -> None:
    left = (
        "Texas prisoner captured after a week on the run\n\nAn inmate who escaped during a "
        "transfer from a prison unit in Huntsville was captured on Sunday.\n"
    )
    right = (
        "Prison escapee added to most wanted list\n\nMarshals added a man who escaped custody "
        "during his transport from Huntsville in California to their list of fugitives.\n"
    )
    assert ({"Texas"}, {"California"}) in conflict_texts(compare_stories(left, right))
