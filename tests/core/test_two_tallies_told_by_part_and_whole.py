"""A reporter compares two game stories: one says a guard "hit 9 of his 14 shots in the first
half", the other that he "hit 21 of 38 shots" in the game. Both the made and the taken shots
differ, so the two count over two spans, and no red mark sets 14 shots against 38. When the part
is the same and only the whole differs ("9 of his 14" / "9 of his 17"), one tally is told two
ways and the conflict stays (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

_LEFT = (
    "The Hawks beat the Owls 88-80 on Saturday. Marcus Hale hit 9 of his 14 shots in the first "
    "half."
)


def _conflicts(left: str, right: str) -> list[tuple[str, str]]:
    report = compare_stories(left, right)
    return [
        (f.left[0].text, f.right[0].text)
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.left and f.right
    ]


def test_a_halfs_shots_and_the_games_shots_are_two_tallies() -> None:
    right = "The Hawks beat the Owls 88-80 on Saturday. Marcus Hale hit 21 of 38 shots."
    assert _conflicts(_LEFT, right) == []


def test_one_tally_told_with_two_wholes_still_clashes() -> None:
    right = (
        "The Hawks beat the Owls 88-80 on Saturday. Marcus Hale hit 9 of his 17 shots in the "
        "first half."
    )
    assert ("14", "17") in _conflicts(_LEFT, right)
