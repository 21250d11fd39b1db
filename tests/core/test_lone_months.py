"""A day in one article and its month in the other are one date told at two precisions, when
each article names only that one date in that month."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts, marks_of

LEFT = (
    "Courthouse gunman gets life\n\n"
    "A judge sentenced Brian Nichols to life without parole on Saturday. "
    "Nichols was on trial for rape when on March 11, 2005 he overpowered a guard and seized "
    "her gun, killing a judge and a court reporter."
)
RIGHT = (
    "Courthouse gunman gets life\n\n"
    "A judge sentenced Brian Nichols to life without parole on Saturday. "
    "Nichols, 37, was found guilty of murder for the March 2005 rampage that started in a "
    "downtown courthouse."
)


def _dates_agreed(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type.value == "date"
    ]


def test_the_day_of_a_rampage_agrees_with_the_month_the_other_article_gives_it() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert ({"March 11, 2005"}, {"March 2005"}) in _dates_agreed(report)
    assert not marks_of(report, "2005")


def test_a_month_is_not_paired_with_one_of_two_days_the_other_article_gives_in_it() -> None:
    left = LEFT + " He was captured the next morning, March 12, 2005, in a suburban county."
    report = compare_texts(left, RIGHT)
    assert not any("March 2005" in right for _, right in _dates_agreed(report))
