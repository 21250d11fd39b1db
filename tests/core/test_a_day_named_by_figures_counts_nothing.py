"""Figures joined by a slash that name a day or a habit ("9/11", "24/7") count nothing: "the
victims of 9/11" gives no figure the other article's "the September 11 attacks" lacks, while a
count in the same sentence is still compared (hand-written texts)."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts

LEFT = "Memorial opens in Oakdale.\n\nThe memorial honours {} victims of 9/11 and opened on Friday."
RIGHT = (
    "Oakdale memorial opens.\n\n"
    "The memorial honours {} victims of the September 11 attacks and opened on Friday."
)


def test_9_11_is_no_one_sided_figure() -> None:
    report = compare_stories(LEFT.format("the"), RIGHT.format("the"))
    assert not [
        f
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY
        and f.type in (MentionType.NUMBER, MentionType.QUANTITY)
        and any("9/11" in s.text for s in f.left)
    ]


def test_a_count_beside_9_11_is_still_compared() -> None:
    found = conflict_texts(compare_stories(LEFT.format("nine"), RIGHT.format("eleven")))
    assert any("nine" in " ".join(left).lower() for left, _ in found)


def test_a_fraction_of_a_unit_is_still_a_figure() -> None:
    assert parse_number("9/11") is None and parse_number("24/7") is None
    assert parse_number("3/4") is not None
