"""A product model named by a capital and a digit: "The R5 has twelve cores" / "its new R5
laptop processor". The other article writes the very name, even where its
parser read it as none, so no yellow "only the left names it" mark; a model the other article
never writes ("R6" there) keeps the mark (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "Chip designer Velto on Monday announced a processor for thin laptops.\n"
    "The R5 has twelve cores and runs at 4 gigahertz.\n"
    "Laptops using it will go on sale in March."
)


def _right(model: str) -> str:
    return (
        f"Velto said on Monday that its new {model} laptop processor would give notebooks two"
        " more hours of battery life.\n"
        "It has twelve cores and runs at 4 gigahertz.\n"
        "Laptops using it will go on sale in March."
    )


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_model_of_a_letter_and_a_digit_is_named_on_both_sides() -> None:
    assert "R5" not in _left_only(compare_stories(_LEFT, _right("R5")))


def test_a_model_the_other_never_writes_keeps_its_mark() -> None:
    report = compare_stories(_LEFT, _right("R6"))
    assert "R5" in _left_only(report) or any(
        f.kind is FindingKind.CONFLICT for f in report.findings
    )
