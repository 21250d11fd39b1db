"""A manager's words told with "we had wanted" by one outlet and "we wanted" by the other, or a
killer's "I just wanted to say" and "I just want to say", are one quote in another tense: not the
words as said, but no word that carries a fact changes, so a misquote of low confidence (maybe
the reporter's tidying); a "never" slipped in is a misquote outright."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories

OPENING = "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. "
LEFT = (
    "Coach Cheeks fired\n\n" + OPENING + '"I made the decision because I felt we were not '
    'progressing the way we wanted to progress," said general manager Ed Stefanski.'
)


def _quote_kinds(report: Report) -> list[FindingKind]:
    return [f.kind for f in report.findings if f.type is MentionType.QUOTE]


def _doubtful_misquotes(report: Report) -> list[str]:
    """The reasons of quote conflicts of low confidence."""
    return [
        f.reason
        for f in report.findings
        if f.type is MentionType.QUOTE and f.kind is FindingKind.CONFLICT and f.confidence < 0.5
    ]


def test_a_perfect_tense_added_is_a_doubtful_misquote_maybe_tidying() -> None:
    right = (
        "Sixers fire Cheeks\n\n" + OPENING + '"I felt we were not progressing the way we had '
        'wanted to progress," Ed Stefanski said.'
    )
    (reason,) = _doubtful_misquotes(compare_stories(LEFT, right))
    assert "reporter's tidying" in reason


def test_a_verb_in_the_present_for_the_past_is_a_doubtful_misquote_maybe_tidying() -> None:
    left = (
        "Killer spared\n\nA jury spared Lee Grant the death penalty on Friday. "
        '"I just wanted to say that I will not bring dishonor to the decision," Grant said.'
    )
    right = (
        "Grant gets life\n\nA jury spared Lee Grant the death penalty on Friday. "
        '"I just want to say that I will not bring dishonor to the decision," Grant said.'
    )
    (reason,) = _doubtful_misquotes(compare_stories(left, right))
    assert "reporter's tidying" in reason


def test_a_never_slipped_in_is_still_a_misquote() -> None:
    right = (
        "Sixers fire Cheeks\n\n" + OPENING + '"I felt we were not progressing the way we never '
        'wanted to progress," Ed Stefanski said.'
    )
    report = compare_stories(LEFT, right)
    assert FindingKind.CONFLICT in _quote_kinds(report)
    assert not _doubtful_misquotes(report)
