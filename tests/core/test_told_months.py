"""A day and the month that holds it are one date at two precisions: "on March 11, 2005" / "the
March 2005 rampage" (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts

LEFT = (
    "Courthouse gunman gets life\n\n"
    "A judge on Saturday sentenced the man who killed four people in a courthouse escape. "
    "He was on trial for rape when on March 11, 2005 he overpowered a deputy and took her gun."
)
RIGHT = (
    "Courthouse gunman sentenced to life\n\n"
    "A judge on Saturday sentenced the man who killed four people in a courthouse escape. "
    "He was found guilty of murder for the March 2005 rampage at the courthouse."
)


def _dates_marked(report: Report) -> list[str]:
    return [
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY) and f.type is MentionType.DATE
        for s in f.left + f.right
    ]


def test_the_day_and_the_month_of_one_rampage_are_marked_on_neither_side() -> None:
    assert _dates_marked(compare_texts(LEFT, RIGHT)) == []


def test_a_day_beside_another_day_of_that_month_is_the_finer_fact() -> None:
    left = LEFT + " He was captured on March 12, 2005 in a suburban apartment."
    marked = _dates_marked(compare_texts(left, RIGHT))
    assert "March 11, 2005" in marked
    assert "March 2005" not in marked


def test_a_month_of_another_year_tells_no_day() -> None:
    right = RIGHT.replace("March 2005", "March 2006")
    marked = _dates_marked(compare_texts(LEFT, right))
    assert "March 11, 2005" in marked and "March 2006" in marked
