"""One figure of "passengers and crew" counts everyone on board: "All 157 passengers and crew
died" agrees with "killing all 157 people on board" and clashes with 149; the passengers alone
counted beside a figure for the crew are still a part (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

_LEFT = (
    "A passenger jet crashed six minutes after takeoff from Addis Ababa on Sunday, killing all "
    "157 people on board. The plane was bound for Nairobi. The pilot had asked to return."
)


def _right(count: str) -> str:
    return (
        f"All {count} died when the Ethiopian Airlines flight went down shortly after leaving "
        "Addis Ababa on Sunday. The Nairobi-bound jet crashed near Bishoftu. The captain had "
        "asked for permission to turn back."
    )


def test_all_157_passengers_and_crew_agrees_with_157_people_on_board() -> None:
    report = compare_stories(_LEFT, _right("157 passengers and crew"))
    assert not conflict_texts(report)
    assert ({"157"}, {"157"}) in agreed_texts(report)


def test_all_149_passengers_and_crew_conflicts_with_157_people_on_board() -> None:
    report = compare_stories(_LEFT, _right("149 passengers and crew"))
    assert ({"157"}, {"149"}) in conflict_texts(report)


def test_149_passengers_beside_eight_crew_are_still_a_part_of_157_on_board() -> None:
    report = compare_stories(_LEFT, _right("149 passengers and eight crew"))
    assert not conflict_texts(report)
