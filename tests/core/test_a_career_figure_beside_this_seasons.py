"""A player's career figure and his figure of this season are two tallies: "Kershaw has 41 career
shutouts" / "Kershaw has three shutouts this season" is no figure told two ways (invented
stories). The same stretch told with two figures stays a conflict."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, conflict_texts

OPENING = "Clayton Kershaw won his 200th game on Thursday. "
CLOSING = " The left-hander is 35."


@pytest.mark.parametrize(
    ("career", "season"),
    [
        ("Kershaw has 41 career shutouts.", "Kershaw has three shutouts this season."),
        (
            "Kershaw has 2,900 strikeouts in his career.",
            "Kershaw has 190 strikeouts this season.",
        ),
    ],
)
def test_a_career_figure_and_this_seasons_are_no_conflict(career: str, season: str) -> None:
    report = compare_texts(OPENING + career + CLOSING, OPENING + season + CLOSING)
    assert conflict_texts(report) == []


def test_two_career_figures_are_still_a_conflict() -> None:
    report = compare_texts(
        OPENING + "Kershaw has 41 career shutouts." + CLOSING,
        OPENING + "Kershaw has 44 career shutouts." + CLOSING,
    )
    assert conflict_texts(report) == [({"41"}, {"44"})]
