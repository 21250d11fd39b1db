"""A manager's words told with "we had wanted" by one outlet and "we wanted" by the other, or a
killer's "I just wanted to say" and "I just want to say", are the same quote in another tense;
a "never" slipped in is still a misquote."""

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


def test_a_perfect_tense_added_is_the_same_quote_told_differently() -> None:
    right = (
        "Sixers fire Cheeks\n\n" + OPENING + '"I felt we were not progressing the way we had '
        'wanted to progress," Ed Stefanski said.'
    )
    assert _quote_kinds(compare_stories(LEFT, right)) == [FindingKind.AGREE]


def test_a_verb_in_the_present_for_the_past_is_the_same_quote_told_differently() -> None:
    left = (
        "Killer spared\n\nA jury spared Lee Grant the death penalty on Friday. "
        '"I just wanted to say that I will not bring dishonor to the decision," Grant said.'
    )
    right = (
        "Grant gets life\n\nA jury spared Lee Grant the death penalty on Friday. "
        '"I just want to say that I will not bring dishonor to the decision," Grant said.'
    )
    assert _quote_kinds(compare_stories(left, right)) == [FindingKind.AGREE]


def test_a_never_slipped_in_is_still_a_misquote() -> None:
    right = (
        "Sixers fire Cheeks\n\n" + OPENING + '"I felt we were not progressing the way we never '
        'wanted to progress," Ed Stefanski said.'
    )
    assert FindingKind.CONFLICT in _quote_kinds(compare_stories(LEFT, right))
