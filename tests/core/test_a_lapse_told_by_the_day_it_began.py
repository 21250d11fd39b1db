"""A lapse of days since a happening ("nine days after suffering a heart attack") and that
happening's day of the month ("a heart attack on Dec. 2") in sentences telling the same death
date one happening at two precisions; a lapse since another happening ("a stroke") does not."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

LEFT = (
    "Singer dies\n\nThe singer Mary Doyle died Thursday evening at a hospital in Chicago after "
    "having suffered a heart attack on Dec. 2, her family said."
)
RIGHT = (
    "Mary Doyle dies at 79\n\nMary Doyle, whose voice made her a radio favourite, died Thursday "
    "night at a Chicago hospital - nine days after suffering a heart attack."
)


def test_nine_days_after_a_heart_attack_is_told_by_the_heart_attack_on_dec_2() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert "nine days" not in yellow(report), yellow(report)
    assert "Dec. 2" not in yellow(report), yellow(report)


def test_nine_days_after_a_stroke_is_not_told_by_a_heart_attack_on_dec_2() -> None:
    report = compare_texts(LEFT, RIGHT.replace("a heart attack", "a stroke"))
    assert "nine days" in yellow(report), yellow(report)
