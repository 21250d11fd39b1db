"""Once an article's "sixth straight win" agrees with the other's "six games" (no loss in six),
the other article's own "sixth straight win" is that same claim: it joins the agreement instead
of sitting unmarked beside it. An article that also gives its wins another figure does not say
which mention the agreement is about, and nothing joins."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "The Rockets beat Denver 104-99 on Friday night to secure a playoff place.\n\n"
    "Down by nine points at the start of the last quarter, Houston rallied to seal their sixth "
    "straight win."
)
_RIGHT = (
    "James Harden carried the Rockets to their sixth straight win of the month on Friday night, "
    "a 104-99 victory over Denver that secures a playoff place.\n\n"
    "Houston were heading for their first loss in six games when they fell nine points behind "
    "at the start of the last quarter."
)


def _agreed_on_the_run(report: Report) -> set[str]:
    """The right's wordings in the agreement on the left's "sixth straight"."""
    return {
        s.text
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and not f.is_statement
        and any(s.text == "sixth straight" for s in f.left)
        for s in f.right
    }


def test_the_other_articles_own_sixth_straight_win_joins_the_agreement() -> None:
    assert "sixth straight" in _agreed_on_the_run(compare_stories(_LEFT, _RIGHT))


def test_an_article_giving_its_wins_another_figure_adds_nothing_to_the_agreement() -> None:
    right = _RIGHT + "\n\nThey now have 41 wins this season."
    assert "sixth straight" not in _agreed_on_the_run(compare_stories(_LEFT, right))
