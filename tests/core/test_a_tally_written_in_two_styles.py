"""A vote written "14 to 8" in one article and "14-8" in the other is one tally in two styles: no
yellow "only the left gives it" mark on "14 to 8", even where the other article's "14-8" was
read as no figure. Another tally ("13-9") keeps the mark (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "The Senate on Tuesday confirmed Ruth Morrow as head of the state parks agency.\n"
    "The finance committee had approved her nomination 14 to 8 in September.\n"
    "Morrow ran the coastal parks for six years."
)


def _right(tally: str) -> str:
    return (
        "Ruth Morrow was confirmed on Tuesday to lead the state parks agency.\n"
        f"The finance committee backed Morrow {tally} in September.\n"
        "She ran the coastal parks for six years."
    )


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_tally_is_told_by_the_same_figures_joined_by_a_dash() -> None:
    assert "14 to 8" not in _left_only(compare_stories(_LEFT, _right("14-8")))


def test_another_tally_keeps_the_mark() -> None:
    report = compare_stories(_LEFT, _right("13-9"))
    assert "14 to 8" in _left_only(report) or any(
        f.kind is FindingKind.CONFLICT for f in report.findings
    )
