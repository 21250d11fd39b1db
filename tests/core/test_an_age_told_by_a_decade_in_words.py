"""An age one article gives exactly and the other as a decade of life in words: "A 74-year-old
woman died when a tree fell on her car" / "A woman in her seventies was killed". The decade
holds the age, so the exact age is no fact the other article lacks; a decade that does not hold
it ("in her sixties") keeps the mark or shows a conflict (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "Strong winds brought down trees across the county on Tuesday.\n"
    "A 74-year-old woman died when a tree fell on her car near Marlow.\n"
    "Power was cut to 3,000 homes."
)


def _right(decade: str) -> str:
    return (
        "Trees came down across the county on Tuesday as strong winds swept in.\n"
        f"A woman in her {decade} was killed when a falling tree struck her car.\n"
        "About 3,000 homes lost power."
    )


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_an_age_is_told_by_the_decade_of_life_in_words() -> None:
    assert "74-year-old" not in _left_only(compare_stories(_LEFT, _right("seventies")))


def test_a_decade_that_does_not_hold_the_age_keeps_the_mark() -> None:
    report = compare_stories(_LEFT, _right("sixties"))
    assert "74-year-old" in _left_only(report) or any(
        f.kind is FindingKind.CONFLICT for f in report.findings
    )
