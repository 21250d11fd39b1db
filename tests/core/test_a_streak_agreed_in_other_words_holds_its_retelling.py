"""Once an article's "eighth straight win" agrees with the other's "eight games" (unbeaten in
eight), the other article's own "eighth straight win" is that same claim: it joins the agreement
instead of sitting unmarked beside it. An article that also gives its wins another figure does
not say which mention the agreement is about, and nothing joins."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "The Colts beat Jacksonville 31-24 on Thursday to reach the play-offs.\n\n"
    "Trailing by ten points going into the fourth quarter, the Colts scored 17 unanswered points "
    "to clinch their eighth straight win."
)
_RIGHT = (
    "Peyton Manning led the Colts to their eighth straight win of the season on Thursday, a "
    "31-24 victory over Jacksonville that sends them to the play-offs.\n\n"
    "The Colts looked set for their first defeat in eight games when they trailed by ten points "
    "going into the fourth quarter."
)


def _agreed_on_the_run(report: Report) -> set[str]:
    """The right's wordings in the agreement on the left's "eighth straight"."""
    return {
        s.text
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and not f.is_statement
        and any(s.text == "eighth straight" for s in f.left)
        for s in f.right
    }


def test_the_other_articles_own_eighth_straight_win_joins_the_agreement() -> None:
    assert "eighth straight" in _agreed_on_the_run(compare_stories(_LEFT, _RIGHT))


def test_an_article_giving_its_wins_another_figure_adds_nothing_to_the_agreement() -> None:
    right = _RIGHT + "\n\nThey now have 11 wins this season."
    assert "eighth straight" not in _agreed_on_the_run(compare_stories(_LEFT, right))
