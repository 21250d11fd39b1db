"""A number from 21 to 99 written in words carries a hyphen of its own: "Thirty-two people
died" gives a toll, not a figure joined to a noun it describes ("a four-car pile-up"), so it
conflicts with "killing 23 people" as the digits would; the same toll still agrees (hand-written
texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

_LEFT = (
    "A bridge collapsed in Genoa on Tuesday, killing 43 people. A section of the motorway "
    "bridge gave way during a storm. About 30 vehicles fell to the ground below."
)


def _right(toll: str) -> str:
    return (
        f"{toll} people were killed when the motorway bridge in Genoa fell on Tuesday. A long "
        "stretch collapsed in heavy rain. Some 30 cars and trucks plunged to the ground."
    )


def test_thirty_eight_killed_conflicts_with_43_killed() -> None:
    report = compare_stories(_LEFT, _right("Thirty-eight"))
    assert ({"43"}, {"Thirty-eight"}) in conflict_texts(report)


def test_forty_three_killed_agrees_with_43_killed() -> None:
    report = compare_stories(_LEFT, _right("Forty-three"))
    assert not conflict_texts(report)
    assert ({"43"}, {"Forty-three"}) in agreed_texts(report)
