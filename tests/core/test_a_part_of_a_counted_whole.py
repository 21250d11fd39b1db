"""A part taken out of a whole the article counts ("they have lost eight of 10") is a fact of its
own, marked when the other article lacks it; a part of a group it does not count ("eight of
them") stays too vague to mark."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

LEFT = (
    "Hornets fire coach\n\nThe Charlotte Hornets fired coach Dale Rourke on Sunday. The Hornets "
    "signed Tom Bell last summer."
)
RIGHT = (
    "Rourke out in Charlotte\n\nDale Rourke was fired Sunday as coach of the Charlotte Hornets. "
    "They signed Tom Bell last summer, but they have struggled and have lost eight of 10."
)


def test_a_team_that_lost_eight_of_10_is_a_fact_the_other_article_lacks() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert "eight" in yellow(report), yellow(report)


def test_eight_of_them_counts_no_whole_and_stays_unmarked() -> None:
    report = compare_texts(LEFT, RIGHT.replace("eight of 10", "eight of them"))
    assert "eight" not in yellow(report), yellow(report)
