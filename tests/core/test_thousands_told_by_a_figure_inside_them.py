"""One article says "Thousands of nurses" went on strike (its headline counts 4,500), the other that
"About 4,500 nurses" walked off the job: words of an order of magnitude give the same count at a
coarser precision, so in the sentence telling the same thing "Thousands" is not marked as a figure
only one article gives. A figure outside what the words allow ("Hundreds of nurses") does not tell
it: the mark stays, or the two counts conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

_LEFT = (
    "Nurses strike in Minneapolis\n\n"
    "About {} nurses at three Minneapolis hospitals walked off the job at 7 a.m. on Monday in "
    "a dispute over staffing and pay."
)
_RIGHT = (
    "4,500 Minneapolis nurses strike\n\n"
    "{} of nurses at three hospitals in Minneapolis went on strike on Monday morning, the first "
    "walkout by the city's nurses in more than a decade."
)


def test_thousands_of_nurses_are_told_by_4500_nurses() -> None:
    report = compare_stories(_LEFT.format("4,500"), _RIGHT.format("Thousands"))
    assert "Thousands" not in yellow(report), yellow(report)


def test_hundreds_of_nurses_are_not_told_by_4500_nurses() -> None:
    report = compare_stories(_LEFT.format("4,500"), _RIGHT.format("Hundreds"))
    shown = yellow(report) + [w for _, right in conflict_texts(report) for w in right]
    assert "Hundreds" in shown, shown
