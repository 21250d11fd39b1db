"""A journalist compares two reports of a raid: "four bombs were dropped" in one, "Five bombs
were dropped, of which four exploded" in the other. The four after "of which" are part of the
five, not a count of the bombs dropped: the two articles disagree on the bombs dropped, and do not
agree on "four"; a plain count of the bombs that exploded is still compared as it stands."""

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Sudan bombed the Yida camp on Thursday. Aid workers at the camp said that four bombs were "
    "dropped but that they caused no casualties."
)


def _agreed_numbers(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.NUMBER
    ]


def test_four_of_which_exploded_is_part_of_the_five_bombs_dropped() -> None:
    report = compare_stories(
        _LEFT,
        "Sudan bombed the Yida camp on Thursday. Five bombs were dropped, of which four "
        "exploded, they told our correspondent.",
    )
    assert conflict_texts(report) == [({"four"}, {"Five"})]
    assert _agreed_numbers(report) == []


def test_four_bombs_dropped_still_agrees_with_four_bombs_dropped() -> None:
    report = compare_stories(
        _LEFT,
        "Sudan bombed the Yida camp on Thursday. Four bombs were dropped, they told our "
        "correspondent.",
    )
    assert _agreed_numbers(report) == [({"four"}, {"Four"})]
