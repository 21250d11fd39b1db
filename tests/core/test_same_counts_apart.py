"""The same distinctive figure of one thing, in sentences that say other things around it, is one
fact both articles tell."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, statement_texts

_HEAD = "Jeffs sentenced to life\n\n"
_LEFT = (
    _HEAD + "Warren Jeffs was sentenced to life in prison on Tuesday. Jeffs' breakaway sect is "
    "believed to have about 10,000 followers.\n"
)
_RIGHT = (
    _HEAD + "Warren Jeffs was sentenced to life in prison on Tuesday. An estimated 10,000 FLDS "
    "followers live in communities along the Utah-Arizona border and in Texas.\n"
)


def test_ten_thousand_followers_in_both_articles_is_one_agreed_fact() -> None:
    report = compare_stories(_LEFT, _RIGHT)
    agreed = [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and not f.is_statement
    ]
    assert ({"about 10,000"}, {"An estimated 10,000"}) in agreed, agreed
    assert statement_texts(report, FindingKind.LEFT_ONLY) == []


def test_a_different_figure_of_followers_is_not_agreed() -> None:
    right = _RIGHT.replace("An estimated 10,000", "An estimated 6,000")
    report = compare_stories(_LEFT, right)
    assert not any(
        f.kind is FindingKind.AGREE and "about 10,000" in {s.text for s in f.left}
        for f in report.findings
    )
