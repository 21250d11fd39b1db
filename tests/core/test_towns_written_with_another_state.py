"""A town both articles name, written by one with a state it does not lie in: "a prison unit in
Huntsville" under "Texas prisoner captured" / "his transport from Huntsville, California". No
Huntsville lies in California, one lies in Texas: the two articles put the town in two states.
A namesake the gazetteer knows ("Huntsville, Alabama") is another town, not a slip."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Texas prisoner captured after a week on the run\n\nAn inmate who escaped during a transfer "
    "from a prison unit in Huntsville was captured on Sunday.\n"
)


def right(town: str) -> str:
    return (
        "Prison escapee added to most wanted list\n\nMarshals added a man who escaped custody "
        f"during his transport from {town}, to their list of fugitives.\n"
    )


def test_a_town_given_a_state_it_does_not_lie_in_conflicts_with_the_state_it_does() -> None:
    assert ({"Texas"}, {"California"}) in conflict_texts(
        compare_stories(LEFT, right("Huntsville, California"))
    )


def test_a_namesake_town_in_another_state_is_no_slip() -> None:
    assert conflict_texts(compare_stories(LEFT, right("Huntsville, Alabama"))) == []
