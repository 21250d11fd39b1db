"""A team the one article names in full ("the Orlando Magic") is told where the other meets its
city alone as a side in a contest ("his coaching debut against Orlando"); a city the other article
names as a place ("his debut in Orlando") does not tell the team."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

LEFT = (
    "Hornets fire coach\n\nThe Charlotte Hornets fired coach Dale Rourke on Sunday. Assistant "
    "Tom Bell was named interim coach. Charlotte host the Orlando Magic on Monday."
)
RIGHT = (
    "Rourke out in Charlotte\n\nDale Rourke was fired Sunday as coach of the Charlotte Hornets. "
    "Assistant Tom Bell takes over, with Bell making his coaching debut against Orlando."
)
RIGHT_IN_ORLANDO = RIGHT.replace("against Orlando", "in Orlando")


def test_the_orlando_magic_are_told_by_a_debut_against_orlando() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert "Orlando Magic" not in yellow(report), yellow(report)


def test_the_orlando_magic_are_not_told_by_a_debut_in_orlando() -> None:
    report = compare_texts(LEFT, RIGHT_IN_ORLANDO)
    assert "Orlando Magic" in yellow(report), yellow(report)
