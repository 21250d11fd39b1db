"""A season of play counted from the page ("last season") and a year counted the same way ("last
year") in related sentences are one time in sport's words; ``told_seasons`` reads both."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

FIRED = (
    "Hornets fire coach\n\nThe Charlotte Hornets fired coach Dale Rourke on Sunday after a 6-12 "
    "start. Last season Rourke took the club to its first playoff spot in six years."
)
FIRED_BY_YEAR = (
    "Rourke out in Charlotte\n\nDale Rourke was fired Sunday as coach of the Charlotte Hornets, "
    "who are 6-12. Rourke took the Hornets to the playoffs last year for the first time."
)


def test_last_year_in_the_playoffs_is_told_by_last_season_in_the_playoffs() -> None:
    report = compare_texts(FIRED, FIRED_BY_YEAR)
    assert "last year" not in yellow(report), yellow(report)


def test_last_year_is_told_by_last_season_on_pages_of_one_day() -> None:
    report = compare_texts(FIRED, FIRED_BY_YEAR, "2008-12-14")
    assert "last year" not in yellow(report), yellow(report)
