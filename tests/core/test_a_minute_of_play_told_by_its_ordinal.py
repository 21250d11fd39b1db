"""A minute of play one match report writes in full and the other by its ordinal alone: "pulled
one back in the 51st minute" / "headed in a corner in the 51st". No yellow "only the left gives
it" mark on "51st minute"; another minute ("in the 53rd") keeps it, and so does an ordinal with
a noun after it ("his 51st goal"), which numbers something else (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "Harbor Town beat Millside 3-1 on Saturday.\n"
    "Millside went ahead early, but Tomas Brandt equalised with a header in the 51st minute.\n"
    "The crowd of 8,000 stayed on to applaud the players."
)


def _right(goal: str) -> str:
    return (
        "Harbor Town came from behind to beat Millside 3-1 on Saturday.\n"
        f"Tomas Brandt headed in a corner {goal} to level the game.\n"
        "A crowd of 8,000 watched."
    )


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_minute_of_play_is_told_by_its_ordinal_alone() -> None:
    assert "51st minute" not in _left_only(compare_stories(_LEFT, _right("in the 51st")))


def test_another_minute_keeps_the_mark() -> None:
    report = compare_stories(_LEFT, _right("in the 53rd"))
    assert "51st minute" in _left_only(report) or any(
        f.kind is FindingKind.CONFLICT for f in report.findings
    )


def test_an_ordinal_of_something_else_keeps_the_mark() -> None:
    assert "51st minute" in _left_only(compare_stories(_LEFT, _right("for his 51st goal")))
