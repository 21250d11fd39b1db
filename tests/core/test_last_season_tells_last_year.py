"""A season of play counted from the page ("won two games last season") tells the year counted
the same way ("the worst record last year"): a league's season lies in the year it began or
runs into the next. A year the season cannot lie in stays the other article's own."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = "Colts win\n\nThe Colts, who won two games last season, clinched a spot in the playoffs.\n"


def test_last_year_is_told_by_last_season() -> None:
    report = compare_stories(
        _LEFT,
        "Colts win\n\nThe Colts owned the worst record last year and clinched a spot in the "
        "playoffs.\n",
    )
    assert "last year" not in yellow(report), yellow(report)


def test_a_year_long_before_last_season_stays_its_own() -> None:
    report = compare_stories(
        _LEFT,
        "Colts win\n\nThe Colts owned the worst record in 2009 and clinched a spot in the "
        "playoffs.\n",
    )
    assert "2009" in yellow(report), yellow(report)
