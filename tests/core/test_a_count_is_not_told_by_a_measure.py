"""A plain count is not told by its numeral glued to a unit in the other article: "extending
his record for comebacks to seven" / "a seven-yard touchdown pass" count and measure different
things. The same numeral standing alone there still tells it."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = "Colts win\n\nLuck extended his rookie record for fourth-quarter comebacks to seven.\n"


def test_seven_comebacks_are_not_told_by_a_seven_yard_pass() -> None:
    report = compare_stories(
        _LEFT, "Colts win\n\nLuck found Wayne for a seven-yard touchdown pass to win it.\n"
    )
    assert "seven" in yellow(report), yellow(report)


def test_seven_comebacks_are_told_by_seven_written_alone() -> None:
    report = compare_stories(
        _LEFT, "Colts win\n\nLuck has now led seven comebacks in the fourth quarter.\n"
    )
    assert "seven" not in yellow(report), yellow(report)
