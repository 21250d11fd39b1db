"""An ordinal before "straight", "consecutive" or "successive" counts a run: "her 12th
consecutive match" is 12 matches in a row. Only one article giving it keeps it yellow; the other
telling the same run in a count agrees, another length conflicts; a run of days, which grows with
the day of writing, is left alone."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

_MATCH = "Marta Novak beat Elena Duval in three sets on Sunday to lift the trophy in Lyon.\n\n"
_LEFT = _MATCH + "The Czech won her 12th consecutive match before a sell-out crowd."


def _right(rest: str) -> str:
    return (
        "Marta Novak took the title in Lyon on Sunday, beating Elena Duval in three sets.\n\n"
        f"{rest}"
    )


def test_a_winning_run_only_one_article_gives_is_marked_one_sided() -> None:
    report = compare_stories(_LEFT, _right("Novak had an easy afternoon in Lyon."))
    assert any(
        f.kind is FindingKind.LEFT_ONLY and [s.text for s in f.left] == ["12th consecutive"]
        for f in report.findings
    ), report.findings


def test_the_same_run_told_as_a_streak_of_12_matches_agrees() -> None:
    report = compare_stories(_LEFT, _right("Novak stretched her winning streak to 12 matches."))
    assert ({"12th consecutive"}, {"12"}) in agreed_texts(report)
    assert "12th consecutive" not in yellow(report)


def test_a_run_one_match_shorter_is_a_conflict() -> None:
    report = compare_stories(_LEFT, _right("Novak won her 11th consecutive match in Lyon."))
    assert ({"12th consecutive"}, {"11th consecutive"}) in conflict_texts(report)


def test_a_run_of_days_is_the_run_as_of_the_writing_and_stays_unread() -> None:
    """ "The sixth straight day of riots" is a day later the seventh: no figure to set against
    another report's, and none to mark."""
    left = (
        "Protesters clashed with police in the capital on Tuesday.\n\n"
        "It was the sixth straight day of riots."
    )
    report = compare_stories(
        left, "Protesters clashed with police in the capital on Tuesday.\n\nThe riots went on."
    )
    assert not any("sixth" in words for words in yellow(report)), yellow(report)
