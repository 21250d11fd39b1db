"""A journalist's story: one report says dock workers ended a strike "they began six days ago"
and that trade fell "over the past six days", the other that the port "had been shut for six
days". The run of days is told twice on one side and in sentences worded apart, so no sentence
pair carries it; but a run of days a story counts is the time its happening has run: one
agreement holding every telling, not a yellow mark. A span of years (a term served, a contract)
is no such run, and stays with the passes that need what it is about named alike."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories

_LEFT = (
    "Dock strike ends\n\nDock workers in Harwell voted on Sunday to end the strike they began six "
    "days ago. Shops in the old town say trade has fallen sharply over the past six days. The "
    "union leader, Mary Cole, thanked the members.\n"
)
_RIGHT = (
    "Harwell port reopens\n\nFerries sailed from Harwell at dawn on Monday. The port had been "
    "shut for six days by a walkout of dock workers. Union leader Mary Cole called the deal fair.\n"
)


def _rare(report: object) -> list[str]:
    return [
        f.reason
        for f in report.findings  # type: ignore[attr-defined]
        if "for one happening, wherever each tells it" in f.reason
    ]


def test_a_run_of_days_each_article_counts_is_one_fact() -> None:
    report = compare_stories(_LEFT, _RIGHT)
    assert ({"six days ago", "past six days"}, {"six days"}) in agreed_texts(report)
    assert any("run of time" in r for r in _rare(report)), _rare(report)


def test_a_span_of_years_is_not_read_as_the_run_of_the_story() -> None:
    report = compare_stories(_LEFT.replace(" days", " years"), _RIGHT.replace(" days", " years"))
    assert not _rare(report), _rare(report)
