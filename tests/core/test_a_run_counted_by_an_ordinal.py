"""An ordinal before "straight", "consecutive" or "successive" counts a run: "his 16th straight
fight" is 16 fights in a row. Only one article giving it keeps it yellow; the other telling the
same run in a count agrees, another length conflicts; a run of days, which grows with the day of
writing, is left alone."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

_FIGHT = (
    "Wladimir Klitschko stopped Tony Brooks in the sixth round on Saturday to keep his "
    "heavyweight titles.\n\n"
)
_LEFT = _FIGHT + "The Ukrainian won his 16th straight fight in front of 50,000 fans in Berne."


def _right(rest: str) -> str:
    return (
        "Wladimir Klitschko knocked out Tony Brooks in the sixth round on Saturday to retain his "
        f"heavyweight belts.\n\n{rest}"
    )


def test_a_winning_run_only_one_article_gives_is_marked_one_sided() -> None:
    report = compare_stories(_LEFT, _right("Klitschko had a comfortable night in Berne."))
    assert any(
        f.kind is FindingKind.LEFT_ONLY and [s.text for s in f.left] == ["16th straight"]
        for f in report.findings
    ), report.findings


def test_the_same_run_told_as_a_streak_of_16_fights_agrees() -> None:
    report = compare_stories(_LEFT, _right("Klitschko extended his winning streak to 16 fights."))
    assert ({"16th straight"}, {"16"}) in agreed_texts(report)
    assert "16th straight" not in yellow(report)


def test_a_run_one_fight_shorter_is_a_conflict() -> None:
    report = compare_stories(_LEFT, _right("Klitschko won his 15th straight fight in Berne."))
    assert ({"16th straight"}, {"15th straight"}) in conflict_texts(report)


def test_a_run_of_days_is_the_run_as_of_the_writing_and_stays_unread() -> None:
    """ "The sixth straight day of riots" is a day later the seventh: no figure to set against
    another report's, and none to mark."""
    left = "Protesters clashed with police in Athens on Tuesday.\n\nIt was the sixth straight day of riots."
    report = compare_stories(
        left, "Protesters clashed with police in Athens on Tuesday.\n\nThe riots went on."
    )
    assert not any("sixth" in words for words in yellow(report)), yellow(report)
