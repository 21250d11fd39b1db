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


_TWO_SENTENCES = (
    "Colts win\n\nLuck is the heir to Manning on a team that won two games {when}.\n\n"
    "The Colts clinched a spot in the playoffs with the win on Sunday.\n"
)
_OTHER = (
    "Colts win\n\nThe Colts beat the Chiefs on Sunday and clinched a spot in the playoffs.\n\n"
    "The Colts owned the worst record in the league last year.\n"
)


def test_last_year_is_told_by_last_season_in_a_sentence_telling_something_else() -> None:
    report = compare_stories(_TWO_SENTENCES.format(when="last season"), _OTHER)
    assert "last year" not in yellow(report), yellow(report)


def test_last_year_is_not_told_by_this_summer_anywhere() -> None:
    report = compare_stories(_TWO_SENTENCES.format(when="this summer"), _OTHER)
    assert "last year" in yellow(report), yellow(report)
