"""A tally, how many of a run ("have lost eight of 10" / "eight losses in their last 10 games"),
is one claim of two numbers: the same part of the same whole, worded either way, is corroborated
(hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts as compare

HEADLINE = "Sixers fire coach Cheeks after slow start\n\n"
LEFT = (
    "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. The 76ers signed Elton Brand "
    "last summer, but they have struggled with him in the lineup and have lost eight of 10."
)


def _tallies(right: str) -> list[tuple[list[str], list[str]]]:
    report = compare(HEADLINE + LEFT, HEADLINE + right)
    return [
        ([s.text for s in f.left], [s.text for s in f.right])
        for f in report.findings
        if f.kind is FindingKind.AGREE and "tally" in f.reason
    ]


def test_eight_of_10_and_eight_losses_in_their_last_10_games_are_one_tally() -> None:
    right = (
        "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. Despite signing Elton "
        "Brand, the 76ers have opened 9-14 with eight losses in their last 10 games."
    )
    assert _tallies(right) == [(["eight", "10"], ["eight", "10"])]


def test_another_part_of_the_run_is_no_shared_tally() -> None:
    right = (
        "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. Despite signing Elton "
        "Brand, the 76ers have opened 9-14 with seven losses in their last 10 games."
    )
    assert _tallies(right) == []
