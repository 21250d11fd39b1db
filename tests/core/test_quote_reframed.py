"""A judge's words recast by one outlet in an existential frame are the same saying, not a
misquote; a frame that brings a negation with it is still a misquote."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories


def _quote_kinds(report: Report) -> list[FindingKind]:
    return [f.kind for f in report.findings if f.type is MentionType.QUOTE]


LEFT = (
    "Killer gets life for shop shooting\n\n"
    "Dale Hargrove, 41, was sentenced to life in prison on Monday for shooting a shopkeeper. "
    '"If I could give you more, I would," Judge Ellen Marsh told him.'
)


def test_a_judge_quoted_in_an_existential_frame_is_told_differently_not_misquoted() -> None:
    right = (
        "Life sentence for shopkeeper's killer\n\n"
        "Dale Hargrove, 41, received a life sentence on Monday for shooting a shopkeeper. "
        '"If there was any more I could give you, I would," Judge Ellen Marsh said.'
    )
    report = compare_stories(LEFT, right)

    assert FindingKind.CONFLICT not in _quote_kinds(report)
    (told,) = [
        f for f in report.findings if f.type is MentionType.QUOTE and f.kind is FindingKind.AGREE
    ]
    assert "told a little differently" in told.reason


def test_the_same_frame_with_a_negation_is_still_a_misquote() -> None:
    right = (
        "Life sentence for shopkeeper's killer\n\n"
        "Dale Hargrove, 41, received a life sentence on Monday for shooting a shopkeeper. "
        '"If there was no more I could give you, I would," Judge Ellen Marsh said.'
    )
    assert FindingKind.CONFLICT in _quote_kinds(compare_stories(LEFT, right))
